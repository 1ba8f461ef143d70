/**
 * The browser edition: the same renderer, built into out/web and served on 127.0.0.1
 * (`npm run web`) with the same CSP header as the desktop's app protocol.
 */
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import { APP_RESPONSE_HEADERS } from './src/shared/security-policy'
import { rendererConfig } from './vite.renderer'

export const WEB_PORT = 5178

export default defineConfig({
  ...rendererConfig({ outDir: resolve('out/web') }),
  // `npm run web:dev` only, for work on the renderer: hot reload needs inline scripts, so the
  // development server sends no CSP.
  server: { host: '127.0.0.1', port: WEB_PORT, strictPort: true },
  preview: { host: '127.0.0.1', port: WEB_PORT, strictPort: true, headers: APP_RESPONSE_HEADERS },
})
