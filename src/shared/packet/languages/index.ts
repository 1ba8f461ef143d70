/** The papers' own words in each language the app speaks (see paper-words.ts). */
import type { Language } from '../../i18n/languages'
import { ENGLISH_PAPERS } from './en'
import { KAZAKH_PAPERS } from './kk'
import type { PaperWords } from './paper-words'
import { RUSSIAN_PAPERS } from './ru'
import { URDU_PAPERS } from './ur'

export type { PaperWords } from './paper-words'
export { ENGLISH_PAPERS } from './en'

const PAPERS: Readonly<Record<Language, PaperWords>> = {
  en: ENGLISH_PAPERS,
  ru: RUSSIAN_PAPERS,
  kk: KAZAKH_PAPERS,
  ur: URDU_PAPERS,
}

export function paperWords(language: Language): PaperWords {
  return PAPERS[language]
}
