import { BrowserWindow, dialog, session, shell, type WebContents } from 'electron'
import { externalLink, isAppUrl } from '../core/security'
import { windowText } from '../core/translator'
import { devServerUrl } from './dev-server'

/**
 * A link that would leave the app opens in the OS browser: hosts the app links to at once,
 * any other https address only after the user has seen it and said yes; everything else never.
 */
async function openInBrowser(contents: WebContents, url: string): Promise<void> {
  const link = externalLink(url)
  if (link.action === 'refuse') return
  if (link.action === 'ask') {
    const options: Electron.MessageBoxOptions = {
      type: 'question',
      message: windowText('externalLink.question'),
      detail: windowText('externalLink.detail', { host: link.host }) + `\n\n${link.url}`,
      buttons: [windowText('externalLink.open'), windowText('externalLink.cancel')],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    }
    const parent = BrowserWindow.fromWebContents(contents)
    const { response } = parent
      ? await dialog.showMessageBox(parent, options)
      : await dialog.showMessageBox(options)
    if (response !== 0) return
  }
  await shell.openExternal(link.url)
}

/**
 * Every web contents: no navigation away from the app, no new windows, no webviews. A link
 * that would leave goes to the OS browser instead (openInBrowser).
 */
export function hardenWebContents(contents: WebContents): void {
  const leave = (url: string) => void openInBrowser(contents, url).catch(() => undefined)
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, devServerUrl)) return
    event.preventDefault()
    leave(event.url)
  })
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, devServerUrl)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    leave(url)
    return { action: 'deny' }
  })
}

/** Permissions the app's own page may have: only keeping its storage. Everything else is refused. */
const ALLOWED_PERMISSIONS = new Set(['persistent-storage'])

export function allowOnlyPersistentStorage(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(ALLOWED_PERMISSIONS.has(permission) && isAppUrl(details.requestingUrl, devServerUrl)),
  )
  session.defaultSession.setPermissionCheckHandler(
    (_contents, permission, origin) =>
      ALLOWED_PERMISSIONS.has(permission) && isAppUrl(origin, devServerUrl),
  )
}
