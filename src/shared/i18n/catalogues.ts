/**
 * The catalogues of every language, each loaded when first needed: English is always there (it
 * is every other language's fallback), the others come as their own chunk so a Russian user
 * does not load Urdu.
 */
import { en } from './en'
import type { Language } from './languages'

/** A catalogue: nested objects of strings, in the English one's shape. */
export type Catalogue = Readonly<Record<string, unknown>>

const loaders: Readonly<Record<Language, () => Promise<Catalogue>>> = {
  en: () => Promise.resolve(en),
  ru: async () => (await import('./ru')).ru,
  kk: async () => (await import('./kk')).kk,
  ur: async () => (await import('./ur')).ur,
}

export function loadCatalogue(language: Language): Promise<Catalogue> {
  return loaders[language]()
}

export { en as englishCatalogue }

/**
 * How every i18next instance of the app reads the catalogues (the window, the main process, the
 * command line): English first and every language's fallback, ready at once, no HTML escaping
 * (React and the terminal escape for themselves), a missing key never null.
 */
export const I18NEXT_OPTIONS = {
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
} as const
