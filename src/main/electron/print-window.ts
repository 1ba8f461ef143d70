import { pathToFileURL } from 'node:url'
import { BrowserWindow, session } from 'electron'

/** An in-memory session of its own: the print window shares no storage with the app. */
const PRINT_PARTITION = 'transitdesk-print'

/**
 * Shows a packet PDF in Chromium's PDF viewer and opens the operating system's print dialog.
 * The window stays open afterwards: the viewer's own print button is there for a second copy
 * (or if the print dialog was dismissed). Sandboxed, no preload, no Node; the page it shows is
 * a local PDF only, and navigation and new windows are blocked as everywhere (hardening.ts).
 */
export async function showPrintWindow(
  file: string,
  title: string,
  parent: BrowserWindow | null,
): Promise<void> {
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
      session: printSession,
    },
  })
  window.on('page-title-updated', (event) => event.preventDefault())
  await window.loadURL(pathToFileURL(file).href)
  await new Promise<void>((resolve, reject) =>
    window.webContents.print({ silent: false, printBackground: true }, (printed, reason) =>
      printed || reason === 'cancelled' ? resolve() : reject(new Error(reason)),
    ),
  )
}
