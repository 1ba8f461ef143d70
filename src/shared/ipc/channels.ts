/**
 * Channel names and menu commands: the part of the IPC contract the preload needs at run time.
 * Kept free of zod so the sandboxed preload bundle stays tiny.
 */
export const IPC_CHANNELS = {
  openDeclarationFiles: 'files:open-declarations',
  saveDeclarationFile: 'files:save-declaration',
  savePacketFile: 'files:save-packet',
  openExternal: 'shell:open-external',
  answerClose: 'app:answer-close',
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
} as const
