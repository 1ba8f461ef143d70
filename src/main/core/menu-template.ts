/**
 * The native menu as plain data, so its shape (commands, shortcuts, roles) is tested without
 * Electron. The Electron layer turns `command` entries into clicks sent to the window.
 */
import type { MenuCommand } from '../../shared/ipc/contract'

export type MenuRole =
  | 'about'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'minimize'
  | 'close'
  | 'toggleDevTools'

export interface MenuEntry {
  label?: string
  accelerator?: string
  command?: MenuCommand
  role?: MenuRole
  separator?: true
  submenu?: MenuEntry[]
}

export function buildMenuTemplate(
  platform: NodeJS.Platform,
  t: (key: string) => string,
  appName: string,
  options: { devTools: boolean } = { devTools: false },
): MenuEntry[] {
  const mac = platform === 'darwin'
  const sep: MenuEntry = { separator: true }
  const appMenu: MenuEntry[] = mac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about' },
            sep,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            sep,
            { role: 'quit' },
          ],
        },
      ]
    : []
  return [
    ...appMenu,
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.new'), accelerator: 'CmdOrCtrl+N', command: 'new' },
        { label: t('menu.import'), accelerator: 'CmdOrCtrl+O', command: 'import' },
        { label: t('menu.export'), accelerator: 'CmdOrCtrl+E', command: 'export' },
        { label: t('menu.packet'), accelerator: 'CmdOrCtrl+P', command: 'packet' },
        sep,
        mac ? { role: 'close' } : { role: 'quit', label: t('menu.quit'), accelerator: 'Ctrl+Q' },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        // Undo and redo go to the editor's own history, not the text field's.
        { label: t('menu.undo'), accelerator: 'CmdOrCtrl+Z', command: 'undo' },
        { label: t('menu.redo'), accelerator: mac ? 'Shift+Cmd+Z' : 'Ctrl+Y', command: 'redo' },
        sep,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        sep,
        { label: t('menu.find'), accelerator: 'CmdOrCtrl+F', command: 'find' },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        sep,
        { role: 'togglefullscreen' },
        ...(options.devTools ? [{ role: 'toggleDevTools' } as const] : []),
      ],
    },
    // On macOS File ▸ Close already closes the window (Cmd+W).
    {
      label: t('menu.window'),
      submenu: mac ? [{ role: 'minimize' }] : [{ role: 'minimize' }, { role: 'close' }],
    },
  ]
}
