/**
 * The pseudo-locale (en-XA, as Android and Chromium name theirs): every English text with its
 * letters accented and 40 % longer, so that a screen shows at a glance where a translation would
 * be cut or overflow, and any text that skips the catalogue stays plain. A translator's and
 * tester's aid, reached with `?lang=en-XA` in the browser edition; never offered in the picker.
 */
import type { Catalogue } from './catalogues'

export const PSEUDO_LANGUAGE = 'en-XA'

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdeghiklnorstuyzABCDEGHIKLNORSTUYZ'].map((letter, i) => [
    letter,
    [...'áƀçđéĝĥíķĺñóŕšţúýžÁƁÇĐÉĜĤÍĶĹÑÓŔŠŢÚÝŽ'][i]!,
  ]),
)

/** Placeholders ({{name}}, $t(key)) and tags stay as they are: only words are dressed up. */
const KEEP = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<[^>]*>)/

export function pseudoText(text: string): string {
  const parts = text.split(KEEP)
  const dressed = parts
    .map((part, i) => (i % 2 === 1 ? part : [...part].map((c) => ACCENTED[c] ?? c).join('')))
    .join('')
  // Padding in word-sized pieces: a translation is longer words and more of them, and breaks
  // between them like any text.
  const padding = ' ~~~~'.repeat(Math.ceil((text.length * 0.4) / 5))
  return `⟦${dressed}${padding}⟧`
}

export function pseudoCatalogue(catalogue: Catalogue): Catalogue {
  const walk = (node: unknown): unknown =>
    typeof node === 'string'
      ? pseudoText(node)
      : typeof node === 'object' && node !== null
        ? Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value)]))
        : node
  return walk(catalogue) as Catalogue
}
