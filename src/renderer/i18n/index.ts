/**
 * All UI text goes through i18next. The language is the user's choice, remembered in this
 * origin's storage; until there is one, the first of the system's (desktop) or browser's
 * preferred languages that TransitDesk speaks. English is always loaded (every other language
 * falls back to it); another language's catalogue loads when chosen. The page's `lang` and
 * direction follow, so Urdu turns the window right to left.
 */
import i18n from 'i18next'
import { initReactI18next, useTranslation } from 'react-i18next'
import type { CodeListId, CodeNaming } from '../../shared/codes/code-lists'
import { englishCatalogue, I18NEXT_OPTIONS, loadCatalogue } from '../../shared/i18n/catalogues'
import {
  isLanguage,
  LANGUAGES,
  LANGUAGE_INFO,
  languageFromPreferences,
  type Language,
} from '../../shared/i18n/languages'
import { PSEUDO_LANGUAGE, pseudoCatalogue } from '../../shared/i18n/pseudo'
import type { Translate } from '../../shared/validation/finding-text'
import { errorText } from '../../shared/worded-error'

void i18n.use(initReactI18next).init({
  resources: { en: { translation: englishCatalogue } },
  ...I18NEXT_OPTIONS,
})

/** Where the chosen language is remembered (per origin, like the workspace itself). */
const CHOICE_KEY = 'transitdesk.language'

function rememberedLanguage(): Language | undefined {
  try {
    const stored = localStorage.getItem(CHOICE_KEY)
    return isLanguage(stored) ? stored : undefined
  } catch {
    return undefined // storage blocked: the system's preference serves
  }
}

// The remembered language's catalogue starts loading as this module is evaluated — before the
// rest of the window's code — so that the first screen does not wait for it afterwards.
const remembered = rememberedLanguage()
if (remembered !== undefined && remembered !== 'en')
  void loadCatalogue(remembered).catch(() => undefined)

/** The language the window shows now. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'en'
}

/** The latest language asked for: a slower load of an earlier choice does not overturn it. */
let wanted: Language | undefined

async function showLanguage(language: Language): Promise<void> {
  wanted = language
  if (!i18n.hasResourceBundle(language, 'translation')) {
    const catalogue = await loadCatalogue(language)
    if (!i18n.hasResourceBundle(language, 'translation')) {
      i18n.addResourceBundle(language, 'translation', catalogue)
    }
  }
  if (wanted === language) await i18n.changeLanguage(language)
}

/**
 * The language at start: the remembered choice, else the preferred languages. A catalogue that
 * cannot load leaves the window in English rather than without words.
 */
export async function startLanguage(preferred: () => Promise<readonly string[]>): Promise<void> {
  if (new URLSearchParams(location.search).get('lang') === PSEUDO_LANGUAGE) {
    i18n.addResourceBundle(PSEUDO_LANGUAGE, 'translation', pseudoCatalogue(englishCatalogue))
    await i18n.changeLanguage(PSEUDO_LANGUAGE)
    return
  }
  try {
    await showLanguage(rememberedLanguage() ?? languageFromPreferences(await preferred()))
  } catch (error) {
    console.error('The language could not be loaded; English is shown.', error)
  }
}

/**
 * Loads the other languages' catalogues in the background (the window has settled) and hands
 * them to i18next, so that a switch in the picker waits for no file and no merge.
 */
export function warmCatalogues(): void {
  for (const language of LANGUAGES) {
    if (i18n.hasResourceBundle(language, 'translation')) continue
    loadCatalogue(language)
      .then((catalogue) => {
        if (!i18n.hasResourceBundle(language, 'translation')) {
          i18n.addResourceBundle(language, 'translation', catalogue)
        }
      })
      .catch(() => undefined) // a switch to it will load it again, and say so if it fails
  }
}

/** The user picked a language: remember it and show it. */
export async function chooseLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(CHOICE_KEY, language)
  } catch {
    // Not remembered (storage blocked); the window still shows it.
  }
  await showLanguage(language)
}

function applyDirection(language: string): void {
  if (typeof document === 'undefined') return // unit tests run without a page
  document.documentElement.lang = language // en-XA for the pseudo-locale
  document.documentElement.dir = isLanguage(language) ? LANGUAGE_INFO[language].direction : 'ltr'
}
applyDirection(i18n.language)
i18n.on('languageChanged', applyDirection)

// Another window of the app picked a language: follow it (not in the pseudo-locale).
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== CHOICE_KEY || !isLanguage(event.newValue)) return
    if (i18n.language === PSEUDO_LANGUAGE) return
    showLanguage(event.newValue).catch((error: unknown) =>
      console.error('The language could not be loaded.', error),
    )
  })
}

export default i18n

/** The window's language, re-rendering the component when it changes. */
export function useLanguage(): Language {
  const { i18n: instance } = useTranslation()
  return isLanguage(instance.language) ? instance.language : 'en'
}

/** How a code list is named in `language` (the catalogue's `codeName.<list>`). */
export function codeNaming(list: CodeListId, language: Language): CodeNaming {
  const names: unknown = i18n.getResource(language, 'translation', `codeName.${list}`)
  return typeof names === 'object' && names !== null
    ? { language, names: names as Record<string, string> }
    : { language }
}

/** The Intl locale of the window's language, for dates and numbers shown (not typed). */
export function displayLocale(): string {
  return LANGUAGE_INFO[currentLanguage()].locale
}

/** The window's translator, for shared code that takes one. */
export const translate: Translate = (key, options) => i18n.t(key, options)

/** What went wrong, in the window's language (see WordedError). */
export const problemText = (error: unknown): string => errorText(error, translate)
