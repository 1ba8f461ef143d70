import { pathToFileURL } from 'node:url'
import { BrowserWindow, session } from 'electron'

/** An in-memory session of its own: the print window shares no storage with the app. */
const PRINT_PARTITION = 'transitdesk-print'
/** How long to wait for the PDF viewer's frame before printing anyway. */
const VIEWER_WAIT_MS = 3000

/**
 * Shows a packet PDF in Chromium's PDF viewer and opens the operating system's print dialog.
 * Resolves true when it printed, false when the user cancelled or closed the window; the
 * window stays open afterwards, and the viewer's own print button is there for another copy.
 * Sandboxed, no preload, no Node; it shows a local PDF only, and navigation and new windows
 * are blocked as everywhere (hardening.ts).
 *
 * Why file:// and not a scheme of our own: Chromium's PDF viewer reads its document through the
 * frame's own loader, and for custom schemes (protocol.handle) it shows a blank page
 * (electron/electron#24859, reported still so with protocol.handle in 2024). The file is the
 * packet's own copy in the user's profile (core/packet-copies.ts), the window has an
 * in-memory session of its own, and the GrantFileProtocolExtraPrivileges fuse is off in a
 * packaged app, so the page cannot read other files.
 */
export async function showPrintWindow(
  file: string,
  title: string,
  parent: BrowserWindow | null,
): Promise<boolean> {
  const printSession = session.fromPartition(PRINT_PARTITION)
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  printSession.setPermissionCheckHandler(() => false)
  const window = new BrowserWindow({
    width: 900,
    height: 1000,
    title,
    autoHideMenuBar: true,
    ...(parent ? { parent } : {}),
    webPreferences: {
      // Chromium's PDF viewer is a plugin; nothing else runs here.
      plugins: true,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      session: printSession,
    },
  })
  window.on('page-title-updated', (event) => event.preventDefault())
  const closed = new Promise<false>((resolve) => window.once('closed', () => resolve(false)))
  try {
    // The viewer draws the PDF in a frame of its own, after the page itself has loaded; print
    // once that frame is there (electron/electron#43309 prints through it).
    const viewer = new Promise<void>((resolve) => {
      window.webContents.on('did-frame-finish-load', (_event, isMainFrame) => {
        if (!isMainFrame) resolve()
      })
      setTimeout(resolve, VIEWER_WAIT_MS)
    })
    await window.loadURL(pathToFileURL(file).href)
    await Promise.race([viewer, closed])
    if (window.isDestroyed()) return false
    const printed = new Promise<boolean>((resolve, reject) =>
      window.webContents.print({ silent: false, printBackground: true }, (done, reason) =>
        // Electron reports a dismissed dialog as "Print job canceled".
        done || /cancel/i.test(reason) ? resolve(done) : reject(new Error(reason)),
      ),
    )
    return await Promise.race([printed, closed])
  } catch (error) {
    if (!window.isDestroyed()) window.destroy()
    throw error
  }
}
