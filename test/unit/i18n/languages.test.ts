import { describe, expect, it } from 'vitest'
import {
  languageFromPosixLocale,
  languageFromPreferences,
} from '../../../src/shared/i18n/languages'

describe('the language to start in', () => {
  it.each([
    [['ru-RU', 'en-US'], 'ru'],
    [['kk-KZ', 'ru-RU'], 'kk'],
    [['ur-PK'], 'ur'],
    [['en-US', 'ru'], 'en'],
    [['de-DE', 'ru-RU'], 'ru'],
    [['uz-Latn-UZ'], 'ru'],
    [['be-BY', 'en-GB'], 'en'],
    [['de-DE'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (tags, language) => {
    expect(languageFromPreferences(tags)).toBe(language)
  })

  it.each([
    ['ru_RU.UTF-8', 'ru'],
    ['kk_KZ', 'kk'],
    ['ur_PK.utf8@latin', 'ur'],
    ['C.UTF-8', undefined],
    ['uz_UZ.UTF-8', 'ru'],
    ['C', undefined],
    ['de_DE.UTF-8', undefined],
    [undefined, undefined],
  ] as const)('the POSIX locale %s → %s', (locale, language) => {
    expect(languageFromPosixLocale(locale)).toBe(language)
  })
})
