/**
 * Channel names and menu commands: the part of the IPC contract the preload needs at run time.
 * Kept free of zod so the sandboxed preload bundle stays tiny.
 */
export const IPC_CHANNELS = {
  openDeclarationFiles: 'files:open-declarations',
  saveDeclarationFile: 'files:save-declaration',
  saveCsvFile: 'files:save-csv',
  openReplyFiles: 'files:open-replies',
  saveXmlFile: 'files:save-xml',
  saveBackupFile: 'backup:save-file',
  writeAutoBackup: 'backup:write-auto',
  listAutoBackups: 'backup:list-auto',
  readAutoBackup: 'backup:read-auto',
  preparePacket: 'packet:prepare',
  makePacket: 'packet:make',
  cancelPacket: 'packet:cancel',
  savePacket: 'packet:save',
  printPacket: 'packet:print',
  openPacket: 'packet:open',
  discardPacket: 'packet:discard',
  takeOpenedBackup: 'backup:take-opened',
  answerClose: 'app:answer-close',
  preferredLanguages: 'app:preferred-languages',
  showLanguage: 'app:show-language',
} as const

/** Commands the native menu sends to the window (main → renderer, one channel). */
export const MENU_COMMANDS = ['new', 'import', 'export', 'packet', 'undo', 'redo', 'find'] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value)
}

export const ipcEvents = {
  menuCommand: 'menu:command',
  closeRequested: 'app:close-requested',
  packetProgress: 'packet:progress',
  /** The operating system handed the app a backup file: take it (takeOpenedBackup). */
  backupOpened: 'backup:opened',
} as const

/** Pages drawn so far of the packet being made (main → renderer, during makePacket). */
export interface PacketProgressEvent {
  jobId: string
  done: number
  total: number
}

export function isPacketProgressEvent(value: unknown): value is PacketProgressEvent {
  if (typeof value !== 'object' || value === null) return false
  const { jobId, done, total } = value as Record<string, unknown>
  return typeof jobId === 'string' && typeof done === 'number' && typeof total === 'number'
}
