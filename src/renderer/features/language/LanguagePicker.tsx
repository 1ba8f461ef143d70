/**
 * The language picker in the app bar: each language named in itself, so a user who cannot read
 * the current one still finds their own. The choice is remembered (see i18n/index.ts).
 */
import { useTranslation } from 'react-i18next'
import { LANGUAGE_INFO, LANGUAGES, isLanguage } from '../../../shared/i18n/languages'
import { chooseLanguage, currentLanguage, problemText } from '../../i18n'
import { useUi } from '../../state/ui-store'

export function LanguagePicker() {
  const { t } = useTranslation()
  return (
    <select
      className="language-picker"
      aria-label={t('language.label')}
      title={t('language.review')}
      value={currentLanguage()}
      onChange={(e) => {
        const language = e.currentTarget.value
        if (!isLanguage(language)) return
        chooseLanguage(language).catch((error: unknown) =>
          useUi.getState().notify('error', t('language.failed', { reason: problemText(error) })),
        )
      }}
    >
      {LANGUAGES.map((language) => (
        <option
          key={language}
          value={language}
          lang={language}
          dir={LANGUAGE_INFO[language].direction}
        >
          {LANGUAGE_INFO[language].nativeName}
        </option>
      ))}
    </select>
  )
}
