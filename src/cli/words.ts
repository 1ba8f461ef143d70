/**
 * The command line's words: English (every language's fallback, and the words of a usage error
 * found before the language is known) and the one language the line asks for, loaded alone.
 * The main process keeps its own translator (src/main/core/translator.ts) with all four, for a
 * window that can switch language at any time; a command speaks one language and ends.
 */
import i18next from 'i18next'
import { englishCatalogue, I18NEXT_OPTIONS, loadCatalogue } from '../shared/i18n/catalogues'
import type { Language } from '../shared/i18n/languages'
import type { Translate } from '../shared/validation/finding-text'

const instance = i18next.createInstance()
void instance.init({
  resources: { en: { translation: englishCatalogue } },
  ...I18NEXT_OPTIONS,
})

export const english: Translate = (key, options) => instance.t(key, options) as string

/** The words of `language`, English where its catalogue lacks a key. */
export async function cliTranslator(language: Language): Promise<Translate> {
  if (!instance.hasResourceBundle(language, 'translation')) {
    instance.addResourceBundle(language, 'translation', await loadCatalogue(language))
  }
  return (key, options) => instance.t(key, { ...options, lng: language }) as string
}
