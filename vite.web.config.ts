/** The browser edition: the same renderer, served on 127.0.0.1 (`npm run web`). */
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import { rendererConfig } from './vite.renderer'

export const WEB_PORT = 5178

export default defineConfig({
  ...rendererConfig({ outDir: resolve('out/web') }),
  server: { host: '127.0.0.1', port: WEB_PORT, strictPort: true },
  preview: { host: '127.0.0.1', port: WEB_PORT, strictPort: true },
})
