/**
 * Everything the renderer needs from the edition it runs in. The desktop implementation talks to
 * the main process through the preload bridge; the web one uses the browser's own file input
 * and downloads. Nothing else in the renderer knows which edition it is in.
 */
import type { MenuCommand, OpenedBackupFile, PickedFile } from '../../shared/ipc/contract'
import type { Language } from '../../shared/i18n/languages'
import type { PacketJob, PacketProgress, PaperRequest } from './packet'

export type { MenuCommand, PickedFile }

export interface Platform {
  edition: 'desktop' | 'web'
  /** The system's (desktop) or browser's preferred languages, most preferred first (BCP 47). */
  preferredLanguages(): Promise<readonly string[]>
  /** The window now shows `language`: the desktop's native menu and dialogs follow it. */
  languageShown(language: Language): void
  /** Lets the user choose declaration files; null when the choice was cancelled. */
  pickDeclarationFiles(): Promise<PickedFile[] | null>
  /** Lets the user save a file; false when cancelled. Throws with a message when it fails. */
  saveDeclarationFile(suggestedName: string, content: string): Promise<boolean>
  /** Lets the user save a workspace backup file; false when cancelled. */
  saveBackupFile(suggestedName: string, bytes: Uint8Array): Promise<boolean>
  /** The rolling automatic backups (desktop: the user-data folder; browser: its own storage). */
  autoBackups: AutoBackups
  /** Lets the user choose customs reply files (NCTS XML); null when the choice was cancelled. */
  pickReplyFiles(): Promise<PickedFile[] | null>
  /** Lets the user save an NCTS XML message (the IE015); false when cancelled. */
  saveXmlFile(suggestedName: string, content: string): Promise<boolean>
  /** The same for a CSV list (the customs offices). */
  saveCsvFile(suggestedName: string, content: string): Promise<boolean>
  /** The packet dialog opened: get ready to make a packet (the desktop warms a worker). */
  preparePacket(): void
  /**
   * Makes the packet (or a training report: any paper request) off the window's thread, with
   * progress; cancellable.
   */
  makePacket(request: PaperRequest, onProgress?: PacketProgress): PacketJob
  /**
   * A backup the operating system handed over (a double-clicked .tdbackup): the one that came
   * with the launch at once, later ones as they come. Only the desktop has a file association.
   */
  onBackupOpened(listener: (file: OpenedBackupFile) => void): () => void
  /** Menu commands and their keyboard shortcuts. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /**
   * Called before the window closes; the desktop window waits for the answer: true to close,
   * false to stay open (a pending edit could not be saved). A browser tab cannot wait.
   */
  onBeforeClose(listener: () => Promise<boolean>): () => void
}

export interface AutoBackups {
  /** Writes a backup (whole or not at all) and prunes old ones; throws with a message. */
  write(bytes: Uint8Array): Promise<void>
  /** The automatic backups there are, newest first (none where there is no storage for them). */
  list(): Promise<AutoBackupEntry[]>
  /** One backup's bytes, by a name `list` gave; throws with the reason when it cannot be read. */
  read(name: string): Promise<Uint8Array>
}

export interface AutoBackupEntry {
  name: string
  /** when it was made (ISO time) */
  at: string
  /** its size in bytes */
  bytes: number
}
