/** The user's choices for how new declarations start (start-settings.ts). */
import { useTranslation } from 'react-i18next'
import { PROCEDURES } from '../../../shared/format/constants'
import { Modal } from '../../components/Modal'
import { MAX_LIMIT_DAYS, startSettings, useStartSettings } from './start-settings'

export function StartSettingsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation()
  const settings = useStartSettings()
  const setDays = (procedure: string, text: string) => {
    const limitDays = { ...settings.limitDays }
    const days = Number(text)
    if (text.trim() === '' || !Number.isInteger(days) || days < 0) delete limitDays[procedure]
    else limitDays[procedure] = Math.min(days, MAX_LIMIT_DAYS)
    startSettings.set({ limitDays })
  }
  return (
    <Modal title={t('startSettings.title')} onCancel={onClose}>
      <label className="choice">
        <input
          type="checkbox"
          checked={settings.fromLast}
          onChange={(e) => startSettings.set({ fromLast: e.currentTarget.checked })}
        />
        {t('startSettings.fromLast')}
      </label>
      <fieldset className="group">
        <legend>{t('startSettings.limitTitle')}</legend>
        <small className="field-help">{t('startSettings.limitHelp')}</small>
        <div className="grid grid--tight">
          {PROCEDURES.map((procedure) => (
            <div className="field" key={procedure}>
              <label htmlFor={`limit-days-${procedure}`}>{t(`code.procedure.${procedure}`)}</label>
              <input
                id={`limit-days-${procedure}`}
                type="text"
                inputMode="numeric"
                dir="ltr"
                className="number"
                placeholder={t('startSettings.noLimit')}
                value={settings.limitDays[procedure] ?? ''}
                onChange={(e) => setDays(procedure, e.currentTarget.value)}
              />
            </div>
          ))}
        </div>
      </fieldset>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('startSettings.close')}
        </button>
      </div>
    </Modal>
  )
}
