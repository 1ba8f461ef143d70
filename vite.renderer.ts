/**
 * The renderer's Vite settings, shared by the desktop build (electron.vite.config.ts) and the
 * browser edition (vite.web.config.ts), so both editions run the very same code.
 */
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import type { Plugin, UserConfig } from 'vite'
import { fontkitLazyData } from './scripts/vite/fontkit-lazy-data'
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

/**
 * Each language's catalogue is a chunk of its own (src/shared/i18n/catalogues.ts). A small
 * script in the page's head asks for the remembered language's chunk at once, so that it loads
 * and compiles beside the main bundle instead of after it (`bench/languages.ts`: the first screen
 * in each language). An external file: the CSP allows no inline script.
 */
function rememberedLanguagePreload(): Plugin {
  const FILE = 'language-preload.js'
  return {
    name: 'transitdesk-language-preload',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: Record<string, string> = {}
      // Urdu's script font too: its first screen is laid out in it.
      const urduFonts = Object.keys(bundle).filter((name) =>
        /noto-naskh-arabic-arabic-\d+-normal.*\.woff2$/.test(name),
      )
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk' || !output.facadeModuleId) continue
        const language = /[\\/]shared[\\/]i18n[\\/](\w+)[\\/]index\.ts$/.exec(
          output.facadeModuleId,
        )?.[1]
        if (language && language !== 'en') chunks[language] = output.fileName
      }
      const source = [
        "// Made by the build (vite.renderer.ts): preloads the remembered language's catalogue.",
        '(function () {',
        '  try {',
        `    var file = ${JSON.stringify(chunks)}[localStorage.getItem('transitdesk.language')]`,
        '    if (!file) return',
        "    var link = document.createElement('link')",
        "    link.rel = 'modulepreload'",
        '    link.href = file',
        '    document.head.appendChild(link)',
        `    if (localStorage.getItem('transitdesk.language') !== 'ur') return`,
        `    ${JSON.stringify(urduFonts)}.forEach(function (font) {`,
        "      var preload = document.createElement('link')",
        "      preload.rel = 'preload'",
        "      preload.as = 'font'",
        "      preload.type = 'font/woff2'",
        "      preload.crossOrigin = 'anonymous'",
        '      preload.href = font',
        '      document.head.appendChild(preload)',
        '    })',
        '  } catch (error) {}',
        '})()',
        '',
      ].join('\n')
      this.emitFile({ type: 'asset', fileName: FILE, source })
    },
    transformIndexHtml: () => [{ tag: 'script', attrs: { src: `./${FILE}` }, injectTo: 'head' }],
  }
}

/**
 * The edition's own files, chosen at build time (as Actual Budget does): an extensionless import
 * `./x` takes `x.desktop.ts` where there is one in the desktop build, `x.ts` otherwise. So
 * src/renderer/platform/edition.ts (the browser's platform; also what TypeScript checks against)
 * gives way to edition.desktop.ts, and neither bundle carries the other edition's platform.
 */
const EDITION_EXTENSIONS = {
  web: [],
  desktop: ['.desktop.ts', '.desktop.tsx'],
} as const
/** Vite's own resolve.extensions, after the edition's. */
const EXTENSIONS = ['.mjs', '.js', '.mts', '.ts', '.jsx', '.tsx', '.json']

export type Edition = keyof typeof EDITION_EXTENSIONS

export function rendererConfig({
  outDir,
  edition,
}: {
  outDir: string
  edition: Edition
}): UserConfig {
  return {
    root: resolve('src/renderer'),
    base: './',
    plugins: [react(), cspMetaTag(), rememberedLanguagePreload()],
    resolve: { extensions: [...EDITION_EXTENSIONS[edition], ...EXTENSIONS] },
    // The browser edition's packet worker loads fontkit: its WOFF2 dictionary decoded on demand.
    worker: { plugins: () => [fontkitLazyData()] },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'chrome130',
      // electron-vite leaves the desktop renderer unminified; both editions are minified alike
      // (the desktop's first chunk is parsed on every start, as the browser's).
      minify: true,
      rolldownOptions: {
        input: resolve('src/renderer/index.html'),
        output: {
          // All the window needs at start in one chunk (only the bundler's runtime beside it),
          // its modules and styles in the order they always ran: zod-without-eval.ts before
          // any schema, styles.css after the parts' styles. Left to itself the bundler spreads
          // the start over chunks and runs them out of that order. What loads on first use
          // (components/lazy-part.tsx) is split off as it sees fit.
          codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] },
        },
      },
    },
  }
}
