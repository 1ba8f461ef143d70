/**
 * The browser edition: the same renderer, built into out/web and served on 127.0.0.1
 * (`npm run web`) with the same CSP header as the desktop's app protocol.
 */
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import { APP_RESPONSE_HEADERS } from './src/shared/security-policy'
import { rendererConfig } from './vite.renderer'

export const WEB_PORT = 5178

/**
 * Where the browser edition is built and served from. TRANSITDESK_WEB_OUT moves it (for a second
 * build beside the first, e.g. end-to-end runs of two working copies at once).
 */
export const WEB_OUT_DIR = resolve(process.env.TRANSITDESK_WEB_OUT ?? 'out/web')

export default defineConfig({
  ...rendererConfig({ outDir: WEB_OUT_DIR, edition: 'web' }),
  // `npm run web:dev` only, for work on the renderer: hot reload needs inline scripts, so the
  // development server sends no CSP.
  server: { host: '127.0.0.1', port: WEB_PORT, strictPort: true },
  preview: { host: '127.0.0.1', port: WEB_PORT, strictPort: true, headers: APP_RESPONSE_HEADERS },
})
