import fc from 'fast-check'
import { resolve, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mimeTypeOf, resolveAppAsset } from '../../src/main/core/app-assets'
import { APP_ORIGIN } from '../../src/shared/app-identity'

const root = resolve('/opt/TransitDesk/resources/app/out/renderer')
const asset = (path: string) => resolveAppAsset(root, `${APP_ORIGIN}${path}`)
const isInsideRoot = (file: string) => file === root || file.startsWith(root + sep)

describe('resolveAppAsset', () => {
  it('serves index.html for the root', () => {
    expect(asset('/')).toBe(resolve(root, 'index.html'))
  })

  it('maps paths to files under the renderer folder, ignoring query and fragment', () => {
    expect(asset('/index.html')).toBe(resolve(root, 'index.html'))
    expect(asset('/assets/main-3f2a.js')).toBe(resolve(root, 'assets', 'main-3f2a.js'))
    expect(asset('/assets/main.js?v=2#top')).toBe(resolve(root, 'assets', 'main.js'))
  })

  it('decodes percent-encoded names', () => {
    expect(asset('/fonts/Noto%20Sans.woff2')).toBe(resolve(root, 'fonts', 'Noto Sans.woff2'))
  })

  it('accepts the root folder given with a trailing separator', () => {
    expect(resolveAppAsset(root + sep, `${APP_ORIGIN}/a.js`)).toBe(resolve(root, 'a.js'))
  })

  it.each([
    '/../../../etc/passwd',
    '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/%2E%2E/%2E%2E/etc/passwd',
    '/..%2f..%2f..%2fetc%2fpasswd',
    '/assets/..%2f..%2f..%2fsecret',
    '/%2e%2e%2f%2e%2e%2fsecret',
    '/..%5c..%5c..%5cwindows%5cwin.ini',
    '/..\\..\\..\\windows\\win.ini',
    '//etc/passwd',
    '/%2fetc%2fpasswd',
    '/C:%5cWindows%5cwin.ini',
  ])('never serves anything outside the renderer folder: %s', (path) => {
    const file = asset(path)
    // Either refused, or (e.g. a backslash on POSIX, a plain file name there) a file inside.
    if (file !== null) expect(isInsideRoot(file)).toBe(true)
  })

  it('refuses encoded traversal outright', () => {
    expect(asset('/..%2f..%2fetc/passwd')).toBeNull()
    expect(asset('/assets/..%2f..%2f..%2fsecret')).toBeNull()
    expect(asset('/%2e%2e%2f%2e%2e%2fsecret')).toBeNull()
  })

  it('refuses a root folder that merely shares a prefix with the target', () => {
    // "/renderer-evil" starts with "/renderer" but is another folder.
    expect(asset('/..%2frenderer-evil/x.js')).toBeNull()
  })

  it('refuses NUL bytes and malformed escapes', () => {
    expect(asset('/index.html%00.png')).toBeNull()
    expect(asset('/%00')).toBeNull()
    expect(asset('/%E0%A4%A')).toBeNull()
    expect(asset('/%')).toBeNull()
  })

  it.each([
    'https://app/index.html',
    'http://app/index.html',
    'file:///opt/TransitDesk/resources/app/out/renderer/index.html',
    'transitdesk://evil/index.html',
    'transitdesk://app.evil.com/index.html',
    'transitdesk://app:8080/index.html',
    'other://app/index.html',
    'not a url',
    '',
  ])('refuses other schemes, hosts and non-URLs: %s', (url) => {
    expect(resolveAppAsset(root, url)).toBeNull()
  })

  it('never resolves outside the folder for any path', () => {
    const segment = fc.oneof(
      fc.constantFrom(
        '..',
        '.',
        '%2e%2e',
        '%2E%2e',
        '..%2f',
        '%2f',
        '%5c',
        '\\',
        '..\\',
        '%00',
        '',
      ),
      fc.string(),
    )
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (parts) => {
        const file = asset('/' + parts.join('/'))
        if (file !== null) expect(isInsideRoot(file)).toBe(true)
      }),
    )
  })
})

describe('mimeTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/main.js', 'text/javascript; charset=utf-8'],
    ['worker.mjs', 'text/javascript; charset=utf-8'],
    ['style.CSS', 'text/css; charset=utf-8'],
    ['app.json', 'application/json; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['logo.png', 'image/png'],
    ['favicon.ico', 'image/x-icon'],
    ['font.woff2', 'font/woff2'],
    ['font.ttf', 'font/ttf'],
    ['sql.wasm', 'application/wasm'],
  ])('%s is %s', (file, type) => {
    expect(mimeTypeOf(file)).toBe(type)
  })

  it('falls back to octet-stream for unknown or missing extensions', () => {
    expect(mimeTypeOf('archive.zip')).toBe('application/octet-stream')
    expect(mimeTypeOf('README')).toBe('application/octet-stream')
    expect(mimeTypeOf('.html.bak')).toBe('application/octet-stream')
  })
})
