/**
 * The command line, built (`npm run build`) into out/cli: one bundle of src/cli/command.ts and every
 * dependency it reaches, with each command (and what only it needs: the packet's layout and
 * fonts, libxml2, the scoring) in a chunk of its own that is loaded when that command runs.
 * bin/transitdesk.mjs runs it; without a build it falls back to the TypeScript sources.
 *
 * Why bundle: run from the sources, every start compiled them through tsx and loaded every
 * module of every command (1.3 s to validate one file); the bundle starts in a tenth of that.
 * The files the commands read at run time (the packet's fonts, the NCTS schemas) are copied
 * beside it, so out/cli is a self-contained folder (`node out/cli/transitdesk.mjs`).
 */
import { cpSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import { fontkitLazyData } from './scripts/vite/fontkit-lazy-data'

export const CLI_OUT_DIR = resolve('out/cli')

/** The run-time files, copied after the bundle is written (see src/cli/resources.ts). */
function copyResources(): Plugin {
  return {
    name: 'transitdesk-cli-resources',
    apply: 'build',
    writeBundle() {
      cpSync(resolve('resources/fonts'), resolve(CLI_OUT_DIR, 'fonts'), { recursive: true })
      cpSync(resolve('src/shared/ncts/xsd'), resolve(CLI_OUT_DIR, 'xsd'), { recursive: true })
    },
  }
}

export default defineConfig({
  plugins: [copyResources(), fontkitLazyData()],
  // JSON (the catalogues, code lists) as JSON.parse of a string, which V8 reads several times
  // faster than the same data as an object literal.
  json: { stringify: true },
  // Every dependency inside the bundle: the built command needs no node_modules.
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: true,
    outDir: CLI_OUT_DIR,
    emptyOutDir: true,
    target: 'node20',
    minify: true,
    reportCompressedSize: false,
    rollupOptions: {
      input: { transitdesk: resolve('src/cli/command.ts') },
      output: {
        format: 'es',
        entryFileNames: '[name].mjs',
        // Beside the entry, so import.meta.dirname is the same folder in every chunk.
        chunkFileNames: '[name]-[hash].mjs',
      },
    },
  },
})
