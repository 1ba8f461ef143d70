import { session, shell, type WebContents } from 'electron'
import { isAllowedExternalUrl, isAppUrl } from '../core/security'
import { devServerUrl } from './dev-server'

const openInBrowser = (url: string) => {
  if (isAllowedExternalUrl(url)) shell.openExternal(url).catch(() => undefined)
}

/**
 * Every web contents: no navigation away from the app, no new windows, no webviews. Allowed
 * https links open in the OS browser instead.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, devServerUrl)) return
    event.preventDefault()
    openInBrowser(event.url)
  })
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, devServerUrl)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url)
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
