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
import { devServerUrl } from './dev-server'

export type MainWindow = BrowserWindow & {
  /** The renderer's answer to a close request: it has flushed (close) or must stay open. */
  answerClose(close: boolean): void
}

/** How long a closing window waits for a renderer that does not answer at all (hung). */
const UNANSWERED_CLOSE_MS = 10_000

export async function createMainWindow(): Promise<MainWindow> {
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
      // A middle click would otherwise ask for a new window (refused anyway, hardening.ts).
      disableBlinkFeatures: 'Auxclick',
      // Chromium would fetch dictionaries from the network; the fields are mostly codes anyway.
      spellcheck: false,
      // An installed app has no DevTools at all, not only none in its menu.
      devTools: !app.isPackaged,
    },
  }) as MainWindow
  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize()
    window.show()
  })

  // Closing asks the renderer to write its pending edit first. It answers close (saved) or stay
  // (the save failed: the user must see why); a renderer that never answers is closed anyway.
  let state: 'open' | 'asking' | 'confirmed' = 'open'
  let unanswered: ReturnType<typeof setTimeout> | undefined
  window.answerClose = (close) => {
    clearTimeout(unanswered)
    state = close ? 'confirmed' : 'open'
    if (close && !window.isDestroyed()) window.close()
  }
  window.on('close', (event) => {
    if (state === 'confirmed') return
    event.preventDefault()
    if (state === 'asking') return
    state = 'asking'
    saveWindowState(stateFile, {
      bounds: window.getNormalBounds(),
      maximized: window.isMaximized(),
    }).catch(() => undefined)
    window.webContents.send(ipcEvents.closeRequested)
    unanswered = setTimeout(() => window.answerClose(true), UNANSWERED_CLOSE_MS)
  })
  window.webContents.on('render-process-gone', () => {
    if (state === 'asking') window.answerClose(true)
  })

  await window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)
  return window
}
