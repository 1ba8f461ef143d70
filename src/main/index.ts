/**
 * The desktop entry point. Everything with logic lives in Electron-free modules under core/;
 * this file and electron/ only wire them to Electron.
 */
import { join, resolve } from 'node:path'
import { app, dialog, protocol } from 'electron'
import { APP_NAME, APP_SCHEME } from '../shared/app-identity'
import { ipcEvents } from '../shared/ipc/contract'
import { backupPathsIn, OpenedBackups } from './core/opened-backups'
import { registerAppProtocol } from './electron/app-protocol'
import { allowOnlyPersistentStorage, hardenWebContents } from './electron/hardening'
import { registerIpc } from './electron/ipc'
import { installMenu } from './electron/menu'
import { createMainWindow, type MainWindow } from './electron/window'

// The user-data folder holds the IndexedDB: pin it to the app name, whatever package.json
// says (Electron derives the default from productName before this code runs).
app.setName(APP_NAME)
app.setPath('userData', join(app.getPath('appData'), APP_NAME))

protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: {
      standard: true,
      secure: true,
      supportFetchAPI: true,
      corsEnabled: false,
      stream: true,
      codeCache: true,
    },
  },
])

let mainWindow: MainWindow | null = null
let quitting = false
/** A .tdbackup double-clicked in the file manager arrives as an argument or an `open-file`. */
const openedBackups = new OpenedBackups()
openedBackups.add(backupPathsIn(process.argv.slice(1)).map((path) => resolve(path)))
const announceOpenedBackup = () => liveWindow()?.webContents.send(ipcEvents.backupOpened)

const liveWindow = (): MainWindow | null =>
  mainWindow && !mainWindow.isDestroyed() ? mainWindow : null

async function openWindow(): Promise<void> {
  const window = await createMainWindow()
  mainWindow = window
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
}

function fail(error: unknown): void {
  dialog.showErrorBox(
    APP_NAME,
    `${APP_NAME} could not start: ${(error as Error)?.message ?? error}`,
  )
  app.quit()
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const paths = backupPathsIn(argv.slice(1)).map((path) => resolve(workingDirectory, path))
    if (openedBackups.add(paths)) announceOpenedBackup()
    const window = liveWindow()
    if (!window) return void openWindow().catch(fail)
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  // macOS hands over files as events, the first ones before `ready`.
  app.on('open-file', (event, path) => {
    event.preventDefault()
    if (openedBackups.add(backupPathsIn([path]))) announceOpenedBackup()
  })
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))
  app.on('before-quit', () => {
    quitting = true
  })
  app.on('window-all-closed', () => {
    // macOS keeps an app without windows running, unless the user asked to quit.
    if (process.platform !== 'darwin' || quitting) app.quit()
  })
  app
    .whenReady()
    .then(async () => {
      allowOnlyPersistentStorage()
      registerAppProtocol()
      registerIpc(openedBackups, () => installMenu(liveWindow))
      installMenu(liveWindow)
      await openWindow()
      app.on('activate', () => {
        if (!liveWindow()) openWindow().catch(fail)
      })
    })
    .catch(fail)
}
