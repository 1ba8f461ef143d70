import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { protocol } from 'electron'
import { APP_SCHEME } from '../../shared/app-identity'
import { mimeTypeOf, resolveAppAsset } from '../core/app-assets'
import { CONTENT_SECURITY_POLICY } from '../core/security'

/** Serves the built renderer on transitdesk://app/ with the CSP as a response header. */
export function registerAppProtocol(): void {
  const root = join(import.meta.dirname, '../renderer')
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppAsset(root, request.url)
    if (file === null) return new Response('Not found', { status: 404 })
    try {
      const body = await readFile(file)
      return new Response(body, {
        headers: {
          'content-type': mimeTypeOf(file),
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  })
}
