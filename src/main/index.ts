/**
 * The desktop entry point. Everything with logic lives in Electron-free modules under core/;
 * this file and electron/ only wire them to Electron.
 */
import { app, protocol } from 'electron'
import { APP_NAME, APP_SCHEME } from '../shared/app-identity'
import { registerAppProtocol } from './electron/app-protocol'
import { hardenWebContents } from './electron/hardening'
import { registerIpc } from './electron/ipc'
import { installMenu } from './electron/menu'
import { createMainWindow, type MainWindow } from './electron/window'

// The user-data folder (and with it the IndexedDB) is named after the app: pin it before
// anything reads app.getPath('userData').
app.setName(APP_NAME)

protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: {
      standard: true,
      secure: true,
      supportFetchAPI: true,
      corsEnabled: false,
      stream: true,
    },
  },
])

let mainWindow: MainWindow | null = null

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => mainWindow?.focus())
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  void app.whenReady().then(async () => {
    registerAppProtocol()
    registerIpc(() => mainWindow)
    mainWindow = await createMainWindow()
    installMenu(() => mainWindow)
    app.on('activate', async () => {
      if (mainWindow === null || mainWindow.isDestroyed()) mainWindow = await createMainWindow()
    })
  })
}
