/**
 * The languages TransitDesk speaks, and how each one writes: its own name (the picker shows
 * each language in itself), its direction, and the Intl locale its numbers and dates follow.
 * Urdu keeps Western digits (0–9): Pakistani business papers write amounts, weights and codes
 * with them (docs/glossary.md, "Digits").
 */
export const LANGUAGES = ['en', 'ru', 'kk', 'ur'] as const
export type Language = (typeof LANGUAGES)[number]

export interface LanguageInfo {
  /** the language's name in itself */
  nativeName: string
  direction: 'ltr' | 'rtl'
  /** the locale Intl formats numbers and dates with */
  locale: string
}

export const LANGUAGE_INFO: Readonly<Record<Language, LanguageInfo>> = {
  en: { nativeName: 'English', direction: 'ltr', locale: 'en-GB' },
  ru: { nativeName: 'Русский', direction: 'ltr', locale: 'ru-RU' },
  kk: { nativeName: 'Қазақ тілі', direction: 'ltr', locale: 'kk-KZ' },
  ur: { nativeName: 'اردو', direction: 'rtl', locale: 'ur-PK-u-nu-latn' },
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/**
 * Languages whose speakers on the corridor do their paperwork in Russian when TransitDesk does
 * not speak their own: Belarusian, Uzbek, Kyrgyz, Tajik and Turkmen.
 */
const READ_RUSSIAN = new Set(['be', 'uz', 'ky', 'tg', 'tk'])

/**
 * The language to start in, from the system's or browser's preferred languages in order
 * (BCP 47 tags such as "ru-RU", "kk", "ur-PK"): the first one TransitDesk speaks; else Russian
 * when one of them is read in Russian on the corridor; else English.
 */
export function languageFromPreferences(tags: readonly string[]): Language {
  const primaries = tags.map((tag) => tag.toLowerCase().split(/[-_]/)[0] ?? '')
  const spoken = primaries.find(isLanguage)
  if (spoken) return spoken
  return primaries.some((primary) => READ_RUSSIAN.has(primary)) ? 'ru' : 'en'
}

/**
 * The language of a POSIX locale such as "ru_RU.UTF-8" (LC_ALL, LC_MESSAGES, LANG), as
 * `languageFromPreferences` chooses (so "uz_UZ" is Russian, as in the app); undefined for "C",
 * "POSIX" and a language of no use here.
 */
export function languageFromPosixLocale(locale: string | undefined): Language | undefined {
  if (!locale || locale === 'C' || locale === 'POSIX' || locale.startsWith('C.')) return undefined
  const primary = locale.toLowerCase().split(/[-_.@]/)[0] ?? ''
  if (isLanguage(primary) || READ_RUSSIAN.has(primary)) return languageFromPreferences([primary])
  return undefined
}
