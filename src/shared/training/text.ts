/**
 * Reading a case's Text (case-format.md): a string, or an object of language codes to strings,
 * read in the user's language, else English, else the first language the text has.
 */
import type { Text } from './case'

/**
 * The text in `language` ("ru"; a tag such as "ru-RU" finds "ru" too), else in English, else in
 * the first language it is written in.
 */
export function pickText(text: Text, language: string): string {
  if (typeof text === 'string') return text
  const primary = language.toLowerCase().split(/[-_]/)[0] ?? ''
  for (const wanted of [language, primary, 'en']) {
    if (Object.hasOwn(text, wanted)) return text[wanted]!
  }
  const first = Object.keys(text)[0]
  return first === undefined ? '' : text[first]!
}
