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
 *
 * fontkit also carries iconv-lite's tables of the Chinese, Japanese and Korean legacy code pages
 * (110,000 characters of source, built as arrays when fontkit loads), for font names written in
 * them. The packet's fonts name themselves in Mac Roman and UTF-16 (fonts.test.ts reads every
 * name record back), so the tables are left out: a name in such a code page would read as
 * replacement characters, and no packet reads a font's names at all.
 * test/cli/built-cli.test.ts holds the built packets (with the plugin) to the sources' (without
 * it), byte for byte, Urdu and Dari ones included; test/unit/fontkit-lazy-data.test.ts lays out
 * Latin, Cyrillic and Arabic text with fontkit as built and as published, glyph for glyph.
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

/** iconv-lite's double-byte code page tables (see above), each `var NAME = [ … ];` in fontkit. */
const CJK_TABLES = [
  'shiftjis',
  'eucjp',
  'cp936',
  'gbkAdded',
  'uChars',
  'gbChars',
  'cp949',
  'cp950',
  'big5Added',
]

/** `code` with each table's array left empty. */
function withoutCjkTables(code: string): string {
  let stripped = code
  for (const name of CJK_TABLES) {
    const start = stripped.indexOf(`\nvar ${name} = [\n`)
    const end = stripped.indexOf('\n];\n', start)
    if (start < 0 || end < 0 || stripped.indexOf(`\nvar ${name} = [\n`, start + 1) >= 0) {
      throw new Error(
        `fontkit no longer has the table ${name} once, as scripts/vite/fontkit-lazy-data.ts expects: update the plugin`,
      )
    }
    stripped = `${stripped.slice(0, start)}\nvar ${name} = [];${stripped.slice(end + 3)}`
  }
  return stripped
}

/** fontkit reads a trie only through its get(codePoint), which this one forwards. */
const LAZY_TRIE = `
function transitdeskLazyTrie(make) {
  var trie;
  return { get: function (codePoint) { return (trie || (trie = make())).get(codePoint); } };
}
`

/** fontkit's published source (dist/fontkit.es.js) as the builds use it. */
export function lazyFontkit(code: string): string {
  let lazy = withoutCjkTables(code)
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
  return lazy + LAZY_TRIE
}

export function fontkitLazyData(): Plugin {
  return {
    name: 'transitdesk-fontkit-lazy-data',
    transform(code, id) {
      return MODULE.test(id) ? { code: lazyFontkit(code), map: null } : null
    },
  }
}

/** Whether fontkit's code (comments aside) reads a trie other than by get, or its data at all. */
function usesTriesOtherwise(code: string): boolean {
  const withoutComments = code.replace(/\/\/.*$/gm, '')
  const other = /(?<![\w$])(trieData(\$\d)?|trie(\$\d)?(?!\.get\(| = transitdeskLazyTrie))(?![\w$])/
  return other.test(withoutComments)
}
