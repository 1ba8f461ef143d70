/** Decisions about URLs, kept free of Electron so tests can exercise them. */
import { APP_ORIGIN } from '../../shared/app-identity'

export { CONTENT_SECURITY_POLICY } from '../../shared/security-policy'

/** True for pages of the app itself (the pinned custom-scheme origin, or the dev server). */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  const origin = safeOrigin(url)
  if (origin === null) return false
  if (origin === APP_ORIGIN) return true
  return devServerUrl !== undefined && origin === safeOrigin(devServerUrl)
}

/** Links that may leave the app for the OS browser: https only, with a host, no credentials. */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return (
      parsed.protocol === 'https:' && parsed.hostname !== '' && !parsed.username && !parsed.password
    )
  } catch {
    return false
  }
}

function safeOrigin(url: string): string | null {
  try {
    const parsed = new URL(url)
    // Custom schemes report origin "null" in WHATWG URL; build it from the parts instead.
    return `${parsed.protocol}//${parsed.host}`
  } catch {
    return null
  }
}
