import { join } from 'node:path'
import { app, BrowserWindow, screen } from 'electron'
import { APP_ORIGIN } from '../../shared/app-identity'
import { ipcEvents } from '../../shared/ipc/contract'
import {
  DEFAULT_SIZE,
  loadWindowState,
  MIN_SIZE,
  restorableBounds,
  saveWindowState,
} from '../core/window-state'
import { denyAllPermissions } from './hardening'

export type MainWindow = BrowserWindow & { closeConfirmed(): void }

/** How long a window waits for the renderer to flush its autosave before closing anyway. */
const CLOSE_FLUSH_TIMEOUT_MS = 3000

export async function createMainWindow(): Promise<MainWindow> {
  denyAllPermissions()
  const stateFile = join(app.getPath('userData'), 'window-state.json')
  const saved = await loadWindowState(stateFile)
  const bounds = restorableBounds(
    saved?.bounds,
    screen.getAllDisplays().map((d) => d.workArea),
  )
  const window = new BrowserWindow({
    ...DEFAULT_SIZE,
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: app.getName(),
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  }) as MainWindow
  if (saved?.maximized) window.maximize()
  window.once('ready-to-show', () => window.show())

  // Closing waits until the renderer has written its pending edit (or a timeout passes).
  let closeConfirmed = false
  window.closeConfirmed = () => {
    closeConfirmed = true
    if (!window.isDestroyed()) window.close()
  }
  window.on('close', (event) => {
    void saveWindowState(stateFile, {
      bounds: window.getNormalBounds(),
      maximized: window.isMaximized(),
    })
    if (closeConfirmed) return
    event.preventDefault()
    window.webContents.send(ipcEvents.closeRequested)
    setTimeout(() => window.closeConfirmed(), CLOSE_FLUSH_TIMEOUT_MS)
  })

  const devUrl = process.env['ELECTRON_RENDERER_URL']
  await window.loadURL(!app.isPackaged && devUrl ? devUrl : `${APP_ORIGIN}/index.html`)
  return window
}
