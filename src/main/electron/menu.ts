import { app, Menu, type MenuItemConstructorOptions } from 'electron'
import { ipcEvents } from '../../shared/ipc/contract'
import { windowText } from '../core/translator'
import { buildMenuTemplate, type MenuEntry } from '../core/menu-template'
import type { MainWindow } from './window'

export function installMenu(getWindow: () => MainWindow | null): void {
  const toElectron = (entry: MenuEntry): MenuItemConstructorOptions => {
    if (entry.separator) return { type: 'separator' }
    const { command, submenu, ...rest } = entry
    return {
      ...rest,
      ...(submenu ? { submenu: submenu.map(toElectron) } : {}),
      ...(command
        ? { click: () => getWindow()?.webContents.send(ipcEvents.menuCommand, command) }
        : {}),
    }
  }
  const template = buildMenuTemplate(process.platform, windowText, app.getName(), {
    devTools: !app.isPackaged,
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template.map(toElectron)))
}
