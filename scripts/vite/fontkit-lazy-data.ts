/**
 * fontkit decodes its data tables when it is loaded, each to serve one kind of font or script:
 *
 * - the Brotli dictionary (120 kB) of its WOFF2 decoder; the packet's fonts are TrueType files,
 *   which never need it;
 * - four Unicode tries (each inflated twice): the character properties and Arabic joining types
 *   that shaping reads, and the Indic and Universal shapers' categories. Since the main font is
 *   drawn unshaped (src/shared/packet/layout/style-face.ts), only a packet with Arabic script
 *   shapes, and no packet font is Indic.
 *
 * Together they were a fifth of the command line's `packet` start (bench/cli.ts). This plugin
 * makes each decode on first use: the same data when it is needed, no work otherwise.
 * test/cli/built-cli.test.ts holds the built packets (with the plugin) to the sources' (without
 * it), byte for byte, Urdu and Dari ones included.
 */
import type { Plugin } from 'vite'

const MODULE = /[\\/]@pdf-lib[\\/]fontkit[\\/]dist[\\/]fontkit\.es\.js$/

/** Each eager line of fontkit, and what it becomes. */
const LAZY: [eager: string, lazy: string][] = [
  [
    'exports.dictionary = dictionaryDataCompressed.init(BrotliDecompressBuffer);',
    [
      'var decoded;',
      "Object.defineProperty(exports, 'dictionary', { configurable: true, enumerable: true,",
      '  get: function () { return decoded || (decoded = dictionaryDataCompressed.init(BrotliDecompressBuffer)); } });',
    ].join('\n'),
  ],
  ...['', '$1', '$2', '$3'].flatMap((suffix): [string, string][] => [
    [`var trieData${suffix} = pako.inflate(base64Arraybuffer_2(base64DeflatedTrie${suffix}));`, ''],
    [
      `var trie${suffix} = new unicodeTrie(trieData${suffix});`,
      `var trie${suffix} = transitdeskLazyTrie(function () { return new unicodeTrie(pako.inflate(base64Arraybuffer_2(base64DeflatedTrie${suffix}))); });`,
    ],
  ]),
]

/** fontkit reads a trie only through its get(codePoint), which this one forwards. */
const LAZY_TRIE = `
function transitdeskLazyTrie(make) {
  var trie;
  return { get: function (codePoint) { return (trie || (trie = make())).get(codePoint); } };
}
`

export function fontkitLazyData(): Plugin {
  return {
    name: 'transitdesk-fontkit-lazy-data',
    transform(code, id) {
      if (!MODULE.test(id)) return null
      let lazy = code
      for (const [eager, replacement] of LAZY) {
        if (lazy.split(eager).length !== 2) {
          throw new Error(
            `fontkit no longer has "${eager}" once, as scripts/vite/fontkit-lazy-data.ts expects: update the plugin`,
          )
        }
        lazy = lazy.replace(eager, () => replacement)
      }
      if (usesTriesOtherwise(lazy)) {
        throw new Error(
          'fontkit uses its tries otherwise than scripts/vite/fontkit-lazy-data.ts expects: update the plugin',
        )
      }
      return { code: lazy + LAZY_TRIE, map: null }
    },
  }
}

/** Whether fontkit's code (comments aside) reads a trie other than by get, or its data at all. */
function usesTriesOtherwise(code: string): boolean {
  const withoutComments = code.replace(/\/\/.*$/gm, '')
  const other = /(?<![\w$])(trieData(\$\d)?|trie(\$\d)?(?!\.get\(| = transitdeskLazyTrie))(?![\w$])/
  return other.test(withoutComments)
}
