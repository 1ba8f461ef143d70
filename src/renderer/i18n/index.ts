/**
 * All UI text goes through i18next. English ships now; Russian, Urdu and Kazakh are added as
 * files beside en.json. The page direction follows the language, so Urdu flips to right-to-left.
 */
import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from '../../shared/i18n/en'

export const SUPPORTED_LANGUAGES = ['en'] as const

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
})

function applyDirection(language: string): void {
  if (typeof document === 'undefined') return // unit tests run without a page
  document.documentElement.lang = language
  document.documentElement.dir = i18n.dir(language)
}
applyDirection(i18n.language)
i18n.on('languageChanged', applyDirection)

export default i18n
