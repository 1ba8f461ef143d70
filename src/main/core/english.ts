/**
 * English through the same i18next catalogue as the app, for code that runs outside the window:
 * the command line and the main process's menu and dialogs. The words are those the app shows.
 */
import i18next from 'i18next'
import { en } from '../../shared/i18n/en'
import type { Translate } from '../../shared/validation/finding-text'

const instance = i18next.createInstance()
void instance.init({
  resources: { en: { translation: en } },
  lng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
})

export const english: Translate = (key, options) => instance.t(key, options) as string
