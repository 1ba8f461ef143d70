/** Decisions about URLs, kept free of Electron so tests can exercise them. */
import { APP_ORIGIN } from '../../shared/app-identity'

/** True for pages of the app itself (the pinned custom-scheme origin, or the dev server). */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  const origin = safeOrigin(url)
  if (origin === null) return false
  if (origin === APP_ORIGIN) return true
  return devServerUrl !== undefined && origin === safeOrigin(devServerUrl)
}

/**
 * Hosts the app itself links to, opened in the OS browser without asking. The app links to no
 * outside page today; a host goes here together with the link that needs it.
 */
export const LINKED_HOSTS: ReadonlySet<string> = new Set<string>()

/**
 * What to do with a link that would leave the app: refuse it, open it, or ask the user first.
 * Only https with a host and no credentials ever leaves; the URL handed on is the parsed,
 * normalised one (so `https:\\evil.com` becomes, and is shown as, `https://evil.com/`; an
 * international host is shown in its punycode form, which cannot imitate another host).
 */
export type ExternalLink =
  { action: 'refuse' } | { action: 'open' | 'ask'; url: string; host: string }

export function externalLink(url: string, linkedHosts = LINKED_HOSTS): ExternalLink {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { action: 'refuse' }
  }
  if (parsed.protocol !== 'https:' || !parsed.hostname || parsed.username || parsed.password) {
    return { action: 'refuse' }
  }
  const host = parsed.hostname
  return { action: linkedHosts.has(host) ? 'open' : 'ask', url: parsed.href, host }
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
