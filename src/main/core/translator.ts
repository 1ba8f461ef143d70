/**
 * The app's catalogues through i18next for code that runs outside the window: the command line
 * and the main process's menu and dialogs. English is there at once; another language is loaded
 * the first time it is asked for.
 */
import i18next from 'i18next'
import { englishCatalogue, loadCatalogue } from '../../shared/i18n/catalogues'
import type { Language } from '../../shared/i18n/languages'
import type { Translate } from '../../shared/validation/finding-text'

const instance = i18next.createInstance()
void instance.init({
  resources: { en: { translation: englishCatalogue } },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
})

export const english: Translate = (key, options) => instance.t(key, options) as string

/** The words of `language`, English where its catalogue lacks a key. */
export async function translator(language: Language): Promise<Translate> {
  if (!instance.hasResourceBundle(language, 'translation')) {
    instance.addResourceBundle(language, 'translation', await loadCatalogue(language))
  }
  return (key, options) => instance.t(key, { ...options, lng: language }) as string
}

let shown: Translate = english

/**
 * The words of the language the window shows, for the native menu and the main process's
 * dialogs and messages; English until the window says otherwise.
 */
export const windowText: Translate = (key, options) => shown(key, options)

/** The window now shows `language`. */
export async function followWindowLanguage(language: Language): Promise<void> {
  shown = await translator(language)
}
