import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { fontkitLazyData } from './scripts/vite/fontkit-lazy-data'
import { rendererConfig } from './vite.renderer'

export default defineConfig({
  main: {
    plugins: [fontkitLazyData()],
    build: {
      // Every dependency bundled: the packaged app then carries no node_modules (electron-builder
      // .yml), and i18n-iso-countries' JSON needs bundling anyway (Node's ES modules load JSON
      // only with an import attribute the package's own imports do not carry).
      externalizeDeps: false,
      rollupOptions: {
        external: ['electron'],
        input: {
          index: resolve('src/main/index.ts'),
          // A worker thread of the main process (packet-ipc.ts): the packet's layout and PDF.
          'packet-worker': resolve('src/main/workers/packet-worker.ts'),
        },
      },
    },
  },
  preload: {
    // A sandboxed preload can only require('electron'): bundle everything else into one CJS file.
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig({ outDir: resolve('out/renderer'), edition: 'desktop' }),
})
