import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { protocol } from 'electron'
import { APP_SCHEME } from '../../shared/app-identity'
import { APP_RESPONSE_HEADERS } from '../../shared/security-policy'
import { mimeTypeOf, resolveAppAsset } from '../core/app-assets'

const notFound = () =>
  new Response('Not found', {
    status: 404,
    headers: { ...APP_RESPONSE_HEADERS, 'content-type': 'text/plain; charset=utf-8' },
  })

/** Serves the built renderer on transitdesk://app/; every response carries the CSP header. */
export function registerAppProtocol(): void {
  const root = join(import.meta.dirname, '../renderer')
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppAsset(root, request.url)
    if (file === null) return notFound()
    try {
      const body = await readFile(file)
      return new Response(body, {
        headers: { ...APP_RESPONSE_HEADERS, 'content-type': mimeTypeOf(file) },
      })
    } catch {
      return notFound()
    }
  })
}
