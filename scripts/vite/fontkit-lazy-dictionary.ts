/**
 * fontkit carries a Brotli decoder for WOFF2 fonts, and on load it decodes that decoder's
 * 120 kB dictionary at once — the largest part of loading fontkit (a fifth of the command
 * line's `packet` start, bench/cli.ts). The packet's fonts are TrueType files, which never need
 * it. This plugin makes the decoded dictionary a getter that decodes on first read: the same
 * words when a WOFF2 font is read, no work otherwise. test/cli/built-cli.test.ts holds the built
 * packets (with the plugin) to the sources' (without it), byte for byte.
 */
import type { Plugin } from 'vite'

const MODULE = /[\\/]@pdf-lib[\\/]fontkit[\\/]dist[\\/]fontkit\.es\.js$/
const EAGER = 'exports.dictionary = dictionaryDataCompressed.init(BrotliDecompressBuffer);'
const LAZY = [
  'var decoded;',
  "Object.defineProperty(exports, 'dictionary', { configurable: true, enumerable: true,",
  '  get: function () { return decoded || (decoded = dictionaryDataCompressed.init(BrotliDecompressBuffer)); } });',
].join('\n')

export function fontkitLazyDictionary(): Plugin {
  return {
    name: 'transitdesk-fontkit-lazy-dictionary',
    transform(code, id) {
      if (!MODULE.test(id)) return null
      if (!code.includes(EAGER)) {
        throw new Error(
          'fontkit no longer decodes its Brotli dictionary as scripts/vite/fontkit-lazy-dictionary.ts expects: update the plugin',
        )
      }
      return { code: code.replace(EAGER, LAZY), map: null }
    },
  }
}
