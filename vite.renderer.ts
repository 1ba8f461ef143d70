/**
 * The renderer's Vite settings, shared by the desktop build (electron.vite.config.ts) and the
 * browser edition (vite.web.config.ts), so both editions run the very same code.
 */
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import type { Plugin, UserConfig } from 'vite'
import { META_CONTENT_SECURITY_POLICY } from './src/shared/security-policy'

/** Production HTML carries the CSP as a meta tag too (the dev server needs inline scripts). */
function cspMetaTag(): Plugin {
  return {
    name: 'transitdesk-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  }
}

export function rendererConfig({ outDir }: { outDir: string }): UserConfig {
  return {
    root: resolve('src/renderer'),
    base: './',
    plugins: [react(), cspMetaTag()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'chrome130',
      rollupOptions: { input: resolve('src/renderer/index.html') },
    },
  }
}
