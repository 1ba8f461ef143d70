/**
 * UI state only: what is selected, filtered and shown. Declarations themselves live in the
 * database (read with useLiveQuery) and, while edited, in the editor session.
 */
import { create } from 'zustand'
import type { OpenedBackupFile } from '../../shared/ipc/contract'
import type { JsonPath } from '../../shared/json'
import type { OfficeRole } from '../../shared/library/offices'
import type { SortKey } from '../db/declarations'
import type { StorageStatus } from '../db/workspace'

export type NoticeTone = 'info' | 'success' | 'error'
export interface Notice {
  id: number
  tone: NoticeTone
  text: string
}

export type ConflictChoice = 'replace' | 'keep-both' | 'skip'
export interface PendingConflict {
  fileName: string
  lrn: string
  existingInTrash: boolean
  resolve(choice: ConflictChoice, applyToAll: boolean): void
}

export interface FileOutcome {
  fileName: string
  outcome: 'imported' | 'replaced' | 'skipped' | 'refused'
  lrn?: string
  message?: string
  warnings: string[]
}

export const EDITOR_SECTIONS = [
  'general',
  'itinerary',
  'parties',
  'transport',
  'goods',
  'documents',
  'movement',
] as const
export type EditorSectionId = (typeof EDITOR_SECTIONS)[number]

/** Where the goods section is: which consignment, which item's details, parties unfolded. */
export interface GoodsView {
  consignment: number
  item: number | null
  partiesOpen: boolean
}

export type LibraryKind = 'parties' | 'goods' | 'vehicles' | 'offices' | 'places'
/**
 * `path`: the party to fill, the consignment to add an item to, the transport, the office or
 * the place; `role`: the office's role (departure, transit, destination), to offer its offices.
 */
export interface LibraryPicker {
  kind: LibraryKind
  path: JsonPath
  role?: OfficeRole
}

/** A request to bring a field into view and focus it (the issues panel's jump). */
export interface FocusRequest {
  pointer: string
  nonce: number
}

interface UiState {
  storage: StorageStatus | null
  section: EditorSectionId
  setSection(section: EditorSectionId): void
  goods: GoodsView
  setGoods(goods: Partial<GoodsView>): void
  focusRequest: FocusRequest | null
  /** the declaration whose packet dialog is open */
  packetFor: string | null
  /** the restore dialog is open */
  restoreOpen: boolean
  /** the backup it opens with, handed over by the operating system (a double-clicked file) */
  restoreFile: OpenedBackupFile | null
  setRestoreOpen(open: boolean, file?: OpenedBackupFile): void
  /** the Automatic backups dialog is open */
  autoBackupsOpen: boolean
  setAutoBackupsOpen(open: boolean): void
  /** when the workspace was last backed up to a file (browser reminder) */
  lastFileBackup: string | null
  /** the declaration whose history is shown */
  historyFor: string | null
  setHistoryFor(id: string | null): void
  /** a picker of saved entries, open for the place it fills (a party, a consignment, transport) */
  libraryPicker: LibraryPicker | null
  setLibraryPicker(picker: LibraryPicker | null): void
  /** the address book, goods catalogue or vehicles, open for keeping */
  libraryOpen: LibraryKind | null
  setLibraryOpen(kind: LibraryKind | null): void
  /** the commodity code field the HS finder fills, while it is open */
  hsFinderFor: JsonPath | null
  setHsFinderFor(path: JsonPath | null): void
  setPacketFor(id: string | null): void
  requestFocus(pointer: string): void
  showTrash: boolean
  selectedId: string | null
  search: string
  procedure: string
  status: string
  sort: SortKey
  pageSize: number
  notices: Notice[]
  importReport: FileOutcome[] | null
  conflict: PendingConflict | null
  setShowTrash(show: boolean): void
  select(id: string | null): void
  setSearch(search: string): void
  setProcedure(procedure: string): void
  setStatus(status: string): void
  setSort(sort: SortKey): void
  showMore(): void
  notify(tone: NoticeTone, text: string): void
  dismiss(id: number): void
  setImportReport(report: FileOutcome[] | null): void
  setConflict(conflict: PendingConflict | null): void
}

export const PAGE_SIZE = 100
let nextNoticeId = 1

export const useUi = create<UiState>()((set) => ({
  storage: null,
  section: 'general',
  setSection: (section) => set({ section }),
  goods: { consignment: 0, item: null, partiesOpen: false },
  setGoods: (goods) => set((s) => ({ goods: { ...s.goods, ...goods } })),
  focusRequest: null,
  packetFor: null,
  setPacketFor: (packetFor) => set({ packetFor }),
  restoreOpen: false,
  restoreFile: null,
  setRestoreOpen: (restoreOpen, file) => set({ restoreOpen, restoreFile: file ?? null }),
  autoBackupsOpen: false,
  setAutoBackupsOpen: (autoBackupsOpen) => set({ autoBackupsOpen }),
  lastFileBackup: null,
  historyFor: null,
  setHistoryFor: (historyFor) => set({ historyFor }),
  libraryPicker: null,
  setLibraryPicker: (libraryPicker) => set({ libraryPicker }),
  libraryOpen: null,
  setLibraryOpen: (libraryOpen) => set({ libraryOpen }),
  hsFinderFor: null,
  setHsFinderFor: (hsFinderFor) => set({ hsFinderFor }),
  requestFocus: (pointer) =>
    set((s) => ({ focusRequest: { pointer, nonce: (s.focusRequest?.nonce ?? 0) + 1 } })),
  showTrash: false,
  selectedId: null,
  search: '',
  procedure: '',
  status: '',
  sort: 'updated-desc',
  pageSize: PAGE_SIZE,
  notices: [],
  importReport: null,
  conflict: null,
  setShowTrash: (showTrash) => set({ showTrash, selectedId: null, pageSize: PAGE_SIZE }),
  select: (selectedId) =>
    set({
      selectedId,
      focusRequest: null,
      hsFinderFor: null,
      libraryPicker: null,
      goods: { consignment: 0, item: null, partiesOpen: false },
    }),
  setSearch: (search) => set({ search, pageSize: PAGE_SIZE }),
  setProcedure: (procedure) => set({ procedure, pageSize: PAGE_SIZE }),
  setStatus: (status) => set({ status, pageSize: PAGE_SIZE }),
  setSort: (sort) => set({ sort, pageSize: PAGE_SIZE }),
  showMore: () => set((s) => ({ pageSize: s.pageSize + PAGE_SIZE })),
  notify: (tone, text) =>
    set((s) => ({ notices: [...s.notices.slice(-4), { id: nextNoticeId++, tone, text }] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  setImportReport: (importReport) => set({ importReport }),
  setConflict: (conflict) => set({ conflict }),
}))
