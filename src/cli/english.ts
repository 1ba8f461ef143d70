/**
 * The command line speaks English: findings are rendered through the same i18next catalogue as
 * the app, so the words are those the app shows.
 */
import i18next from 'i18next'
import { en } from '../shared/i18n/en'
import type { Translate } from '../shared/validation/finding-text'

const instance = i18next.createInstance()
void instance.init({
  resources: { en: { translation: en } },
  lng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
})

export const english: Translate = (key, options) => instance.t(key, options) as string
