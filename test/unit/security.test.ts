import { describe, expect, it } from 'vitest'
import { externalLink, LINKED_HOSTS, isAppUrl } from '../../src/main/core/security'
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
} from '../../src/shared/security-policy'
import { APP_ORIGIN } from '../../src/shared/app-identity'

describe('isAppUrl', () => {
  it('accepts pages of the pinned app origin', () => {
    expect(APP_ORIGIN).toBe('transitdesk://app')
    expect(isAppUrl('transitdesk://app/')).toBe(true)
    expect(isAppUrl('transitdesk://app/index.html#/declarations/1')).toBe(true)
    expect(isAppUrl('transitdesk://app/assets/x.js?v=1')).toBe(true)
  })

  it.each([
    'transitdesk://evil/',
    'transitdesk://app.evil.com/',
    'transitdesk://app:1234/',
    'transitdesk://APP-X/',
    'https://app/',
    'http://localhost:5173/',
    'file:///index.html',
    'javascript:alert(1)',
    'about:blank',
    'data:text/html,<p>x</p>',
    'not a url',
    '',
  ])('refuses %s without a dev server', (url) => {
    expect(isAppUrl(url)).toBe(false)
  })

  it('accepts the dev server origin only when one is given, and only that origin', () => {
    const dev = 'http://localhost:5173'
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5173/', dev + '/')).toBe(true)
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false)
    expect(isAppUrl('http://localhost.evil.com:5173/', dev)).toBe(false)
    expect(isAppUrl('http://127.0.0.1:5173/', dev)).toBe(false)
    expect(isAppUrl('transitdesk://app/', dev)).toBe(true)
  })

  it('refuses everything when the dev server URL is itself not a URL', () => {
    expect(isAppUrl('http://localhost:5173/', 'garbage')).toBe(false)
  })
})

describe('externalLink', () => {
  it.each([
    [
      'https://unece.org/trade/uncefact/cl-recommendations',
      'https://unece.org/trade/uncefact/cl-recommendations',
      'unece.org',
    ],
    ['HTTPS://EXAMPLE.COM', 'https://example.com/', 'example.com'],
    ['https://example.com:8443/a?b=c#d', 'https://example.com:8443/a?b=c#d', 'example.com'],
    // Backslashes, tabs and newlines are what a browser would read as a plain https address.
    ['https:\\\\evil.com', 'https://evil.com/', 'evil.com'],
    ['https:evil.com/x', 'https://evil.com/x', 'evil.com'],
    ['  https://evil.com/\n', 'https://evil.com/', 'evil.com'],
    ['https://ev\til.com/', 'https://evil.com/', 'evil.com'],
    // An international host is shown in punycode: it cannot pass for a Latin one.
    ['https://аpple.com/', 'https://xn--pple-43d.com/', 'xn--pple-43d.com'],
  ])('asks before opening %j, showing and passing %s', (url, normalised, host) => {
    expect(externalLink(url)).toEqual({ action: 'ask', url: normalised, host })
  })

  it('opens the hosts the app links to without asking, still normalised', () => {
    const linked = new Set(['unece.org'])
    expect(externalLink('https:\\\\unece.org\\tir', linked)).toEqual({
      action: 'open',
      url: 'https://unece.org/tir',
      host: 'unece.org',
    })
    expect(externalLink('https://unece.org.evil.com/', linked).action).toBe('ask')
    expect(externalLink('https://evil.com/unece.org', linked).action).toBe('ask')
  })

  it('links to no outside host today', () => {
    expect(LINKED_HOSTS.size).toBe(0)
  })

  it.each([
    ['plain http', 'http://example.com/'],
    ['javascript', 'javascript:alert(1)'],
    ['javascript in caps', 'JavaScript:alert(1)'],
    ['file', 'file:///etc/passwd'],
    ['file on Windows', 'file:///C:/Windows/win.ini'],
    ['the app itself', 'transitdesk://app/'],
    ['data', 'data:text/html,hi'],
    ['mailto', 'mailto:a@example.com'],
    ['smb share', 'smb://server/share'],
    ['ftp', 'ftp://example.com/'],
    ['user name', 'https://user@example.com/'],
    ['user and password', 'https://user:secret@example.com/'],
    ['empty password', 'https://:secret@example.com/'],
    ['relative', '/path'],
    ['protocol-relative', '//example.com/'],
    ['not a URL', 'example.com'],
    ['empty', ''],
  ])('refuses %s', (_kind, url) => {
    expect(externalLink(url)).toEqual({ action: 'refuse' })
  })
})

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows only the app’s own code and no framing, forms or plugins', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/)
        return [name, values] as const
      }),
    )
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('frame-src')).toEqual(["'none'"])
    expect(directives.get('form-action')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-(inline|eval|hashes)'/)
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/)
  })

  it('keeps the same policy in the meta tag, less frame-ancestors (which a meta tag cannot carry)', () => {
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors')
    expect(CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`)
  })
})
