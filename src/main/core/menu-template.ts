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
  // Every entry is labelled: Electron's own role labels are English only.
  const minimize: MenuEntry = { role: 'minimize', label: t('menu.minimize') }
  const appMenu: MenuEntry[] = mac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about', label: t('menu.about') },
            sep,
            { role: 'hide', label: t('menu.hide') },
            { role: 'hideOthers', label: t('menu.hideOthers') },
            { role: 'unhide', label: t('menu.unhide') },
            sep,
            { role: 'quit', label: t('menu.quit') },
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
        mac
          ? { role: 'close', label: t('menu.close') }
          : { role: 'quit', label: t('menu.quit'), accelerator: 'Ctrl+Q' },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        // Undo and redo go to the editor's own history, not the text field's.
        { label: t('menu.undo'), accelerator: 'CmdOrCtrl+Z', command: 'undo' },
        { label: t('menu.redo'), accelerator: mac ? 'Shift+Cmd+Z' : 'Ctrl+Y', command: 'redo' },
        sep,
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
        sep,
        { label: t('menu.find'), accelerator: 'CmdOrCtrl+F', command: 'find' },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { role: 'resetZoom', label: t('menu.resetZoom') },
        { role: 'zoomIn', label: t('menu.zoomIn') },
        { role: 'zoomOut', label: t('menu.zoomOut') },
        sep,
        { role: 'togglefullscreen', label: t('menu.fullScreen') },
        ...(options.devTools
          ? [{ role: 'toggleDevTools', label: t('menu.devTools') } as const]
          : []),
      ],
    },
    // On macOS File ▸ Close already closes the window (Cmd+W).
    {
      label: t('menu.window'),
      submenu: mac ? [minimize] : [minimize, { role: 'close', label: t('menu.close') }],
    },
  ]
}
