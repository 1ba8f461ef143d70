/**
 * What the user can do with declarations, from the toolbar, the list, the editor or the menu.
 * Each command reports its outcome (or its failure, in words) as a notice; none throws.
 */
import { declarationFileText } from '../../../shared/format/export-declaration'
import type { MenuCommand } from '../../../shared/ipc/contract'
import { declarations } from '../../db/workspace'
import { describeStorageError } from '../../db/storage-errors'
import i18n, { problemText } from '../../i18n'
import { measured } from '../../perf'
import { platform } from '../../platform'
import type { PickedFile } from '../../platform/types'
import { useUi } from '../../state/ui-store'
import { flushActiveSession, getActiveEditor, getActiveSession } from '../editor/active-session'
import { startSettings } from '../editor/start-settings'
import { forgetAmendment } from '../movement/amending'
import { checkReadiness } from '../readiness/readiness-check'
import { importDeclarationFiles, type AskConflict } from './import-files'
import { SAMPLES } from './samples'

const ui = () => useUi.getState()

async function attempt<T>(work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work()
  } catch (error) {
    ui().notify('error', describeStorageError(error).message)
    return undefined
  }
}

/**
 * Opens a declaration just made (new, from a sample, a copy, an import) at its first section,
 * where the editor's checks find its readiness counts.
 */
function open(id: string | undefined): void {
  if (!id) return
  ui().setShowTrash(false)
  ui().select(id)
  ui().setSection('general')
}

/** A blank declaration, opened with the focus in its first field left to type. */
export async function newBlankDeclaration(): Promise<void> {
  const fromLast = startSettings.get().fromLast
  const id = await attempt(() => declarations.createBlank(fromLast))
  open(id)
  if (id)
    ui().requestFocus(
      fromLast && (await hasPlace(id)) ? '/guarantee/reference' : '/placeOfDeclaration',
    )
}

const hasPlace = async (id: string) =>
  typeof (await declarations.getDocument(id))?.placeOfDeclaration === 'string'

export async function newFromSample(sampleId: string): Promise<void> {
  const sample = SAMPLES.find((s) => s.id === sampleId)
  if (!sample) return
  const id = await attempt(async () => {
    const lrn = await declarations.freeLrn(String(sample.document.lrn))
    return declarations.create({ ...structuredClone(sample.document), lrn })
  })
  open(id)
}

export const duplicateDeclaration = async (id: string) => {
  await flushActiveSession()
  const copy = await attempt(() => declarations.duplicateAsTemplate(id))
  if (copy) ui().notify('success', i18n.t('notice.duplicated'))
  open(copy)
}

export async function trashDeclaration(id: string): Promise<void> {
  await flushActiveSession()
  const done = await attempt(async () => {
    await declarations.moveToTrash(id)
    return true
  })
  if (!done) return
  if (ui().selectedId === id) ui().select(null)
  ui().notify('info', i18n.t('notice.trashed'))
}

export async function restoreDeclaration(id: string): Promise<void> {
  const done = await attempt(async () => {
    await declarations.restoreFromTrash(id)
    return true
  })
  if (done) ui().notify('success', i18n.t('notice.restored'))
}

export async function purgeDeclaration(id: string): Promise<void> {
  if (!window.confirm(i18n.t('trash.confirmPurge'))) return
  const done = await attempt(async () => {
    await declarations.purge([id])
    return true
  })
  if (done) forgetAmendment(id)
  if (done && ui().selectedId === id) ui().select(null)
}

export async function emptyTrash(): Promise<void> {
  if (!window.confirm(i18n.t('trash.confirmEmpty'))) return
  const count = await attempt(() => declarations.emptyTrash())
  if (count !== undefined) ui().notify('info', i18n.t('notice.trashEmptied', { count }))
}

export async function exportDeclaration(id: string): Promise<void> {
  await flushActiveSession()
  const document = await attempt(() => declarations.getDocument(id))
  if (!document) return
  const name = `${String(document.lrn || 'declaration').replace(/[^A-Za-z0-9._-]/g, '_')}.json`
  // Within the 16 MiB import accepts: indented, else compact, else refused in one sentence.
  const file = declarationFileText(document, name, (key, options) => i18n.t(key, options))
  if ('message' in file) return void ui().notify('error', file.message)
  try {
    if (await platform.saveDeclarationFile(name, file.text)) {
      ui().notify('success', i18n.t('notice.exported', { name }))
    }
  } catch (error) {
    ui().notify('error', problemText(error))
  }
}

/** Asks the user through the conflict dialog. */
const askConflict: AskConflict = (question) =>
  new Promise((resolve) =>
    ui().setConflict({
      ...question,
      resolve: (choice, applyToAll) => {
        ui().setConflict(null)
        resolve({ choice, applyToAll })
      },
    }),
  )

export async function importFiles(files: PickedFile[]): Promise<void> {
  if (files.length === 0) return
  // Write a pending edit first: written later, it would undo a replace of this declaration.
  await flushActiveSession()
  const summary = await measured('import', () =>
    importDeclarationFiles(files, declarations, askConflict),
  )
  await showReplacedInEditor(summary.replacedIds)
  ui().setImportReport(summary.outcomes)
  // The counts of every declaration the import wrote are found in the background.
  void checkReadiness()
  open(summary.lastId ?? undefined)
}

/** The declaration open in the editor was replaced by an import: show what is stored now. */
async function showReplacedInEditor(replacedIds: string[]): Promise<void> {
  const editor = getActiveEditor()
  if (!editor || !replacedIds.includes(editor.id)) return
  await attempt(() => editor.showStored())
}

export async function importFromPicker(): Promise<void> {
  try {
    const files = await platform.pickDeclarationFiles()
    if (files) await importFiles(files)
  } catch (error) {
    ui().notify('error', problemText(error))
  }
}

export function runMenuCommand(command: MenuCommand): void {
  const session = getActiveSession()
  switch (command) {
    case 'new':
      void newBlankDeclaration()
      break
    case 'import':
      void importFromPicker()
      break
    case 'export': {
      const id = ui().selectedId
      if (id) void exportDeclaration(id)
      else ui().notify('info', i18n.t('notice.selectToExport'))
      break
    }
    case 'packet': {
      const id = ui().selectedId
      if (id) ui().setPacketFor(id)
      else ui().notify('info', i18n.t('notice.selectToPrint'))
      break
    }
    case 'undo':
      if (session && !isTextOutsideEditor()) session.undo()
      else document.execCommand('undo')
      break
    case 'redo':
      if (session && !isTextOutsideEditor()) session.redo()
      else document.execCommand('redo')
      break
    case 'find':
      document.getElementById('declaration-search')?.focus()
      break
  }
}

/** The search box and dialogs keep their own, native undo. */
function isTextOutsideEditor(): boolean {
  const active = document.activeElement
  return !!active && active.matches('input, textarea') && !active.closest('.editor')
}
