import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  isAllowedExternalUrl,
  isAppUrl,
} from '../../src/main/core/security'
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

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://unece.org/trade/uncefact/cl-recommendations',
    'https://www.iru.org/what-we-do/facilitating-trade-and-transit/tir',
    'HTTPS://EXAMPLE.COM/',
    'https://example.com:8443/a?b=c#d',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true)
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
    expect(isAllowedExternalUrl(url)).toBe(false)
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
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('frame-src')).toEqual(["'none'"])
    expect(directives.get('form-action')).toEqual(["'none'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/)
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/)
  })
})
