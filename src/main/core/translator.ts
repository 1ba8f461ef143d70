/**
 * The app's catalogues through i18next for code that runs outside the window: the command line
 * and the main process's menu and dialogs. All four are imported here at once (static imports:
 * the command line runs under tsx's CommonJS hooks, which a dynamic import() would bypass; the
 * window loads them one by one instead, see catalogues.ts).
 */
import i18next from 'i18next'
import { I18NEXT_OPTIONS } from '../../shared/i18n/catalogues'
import { en } from '../../shared/i18n/en'
import { kk } from '../../shared/i18n/kk'
import type { Language } from '../../shared/i18n/languages'
import { ru } from '../../shared/i18n/ru'
import { ur } from '../../shared/i18n/ur'
import type { Translate } from '../../shared/validation/finding-text'

const CATALOGUES = { en, ru, kk, ur }

const instance = i18next.createInstance()
void instance.init({
  resources: Object.fromEntries(
    Object.entries(CATALOGUES).map(([language, catalogue]) => [
      language,
      { translation: catalogue },
    ]),
  ),
  ...I18NEXT_OPTIONS,
})

export const english: Translate = (key, options) => instance.t(key, options) as string

/** The words of `language`, English where its catalogue lacks a key. */
export function translator(language: Language): Translate {
  return (key, options) => instance.t(key, { ...options, lng: language }) as string
}

let shown: Translate = english
let shownLanguage: Language = 'en'

/**
 * The words of the language the window shows, for the native menu and the main process's
 * dialogs and messages; English until the window says otherwise.
 */
export const windowText: Translate = (key, options) => shown(key, options)

/** The window now shows `language`; false when it already did (nothing to redo). */
export function followWindowLanguage(language: Language): boolean {
  if (language === shownLanguage) return false
  shown = translator(language)
  shownLanguage = language
  return true
}
