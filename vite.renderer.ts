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

export function rendererConfig({ outDir }: { outDir: string }): UserConfig {
  return {
    root: resolve('src/renderer'),
    base: './',
    plugins: [react(), cspMetaTag(), rememberedLanguagePreload()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'chrome130',
      rollupOptions: { input: resolve('src/renderer/index.html') },
    },
  }
}
