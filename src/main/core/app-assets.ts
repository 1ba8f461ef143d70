/**
 * Maps requests on the app's custom scheme to files of the built renderer, refusing anything
 * that would step outside its folder.
 */
import { extname, resolve, sep } from 'node:path'
import { APP_HOST, APP_SCHEME } from '../../shared/app-identity'

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
}

export function mimeTypeOf(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}

/** The file to serve for `url`, or null when the URL is not an app asset. */
export function resolveAppAsset(rendererRoot: string, url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0')) return null
  const root = resolve(rendererRoot)
  const target = resolve(root, '.' + (pathname === '/' ? '/index.html' : pathname))
  return target === root || target.startsWith(root + sep) ? target : null
}
