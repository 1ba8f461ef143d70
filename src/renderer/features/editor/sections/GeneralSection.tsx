/**
 * General data and the guarantee: what the declaration is and what secures it (TIR-EPD step 1).
 * Every guarantee element is shown whatever the kind, so nothing an imported file holds is hidden;
 * the help line says which kinds need which.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { StartSettingsDialog } from '../StartSettingsDialog'
import { LimitDateOffer } from './Offers'
import { CodeField, DateField, NumberField, SelectField, TextField } from '../fields'
import {
  goodsStatusOptions,
  guaranteeKindOptions,
  procedureOptions,
  voucherOptions,
} from '../options'

export function GeneralSection() {
  const { t } = useTranslation()
  const [settingsOpen, setSettingsOpen] = useState(false)
  return (
    <>
      <fieldset className="group">
        <legend>{t('editor.group.declaration')}</legend>
        <div className="legend-actions">
          <button type="button" onClick={() => setSettingsOpen(true)}>
            {t('startSettings.open')}
          </button>
        </div>
        <div className="grid">
          <TextField path={['lrn']} element="lrn" />
          <SelectField path={['procedure']} element="procedure" options={procedureOptions(t)} />
          <SelectField
            path={['goodsStatus']}
            element="goodsStatus"
            options={goodsStatusOptions(t)}
            optional
          />
          <TextField path={['mrn']} element="mrn" upper />
          <DateField path={['declarationDate']} element="declarationDate" />
          <TextField path={['placeOfDeclaration']} element="placeOfDeclaration" />
          <div>
            <DateField path={['limitDate']} element="limitDate" />
            <LimitDateOffer />
          </div>
        </div>
      </fieldset>
      {settingsOpen && <StartSettingsDialog onClose={() => setSettingsOpen(false)} />}
      <fieldset className="group">
        <legend>{t('editor.group.guarantee')}</legend>
        <div className="grid">
          <SelectField
            path={['guarantee', 'kind']}
            element="guarantee.kind"
            options={guaranteeKindOptions(t)}
          />
          <TextField path={['guarantee', 'reference']} element="guarantee.reference" upper />
          <DateField path={['guarantee', 'validUntil']} element="guarantee.validUntil" />
          <SelectField
            path={['guarantee', 'vouchers']}
            element="guarantee.vouchers"
            options={voucherOptions()}
            optional
          />
          <TextField path={['guarantee', 'accessCode']} element="guarantee.accessCode" />
          <NumberField path={['guarantee', 'amount', 'amount']} element="guarantee.amount" />
          <CodeField
            path={['guarantee', 'amount', 'currency']}
            element="guarantee.currency"
            list="currency"
          />
        </div>
      </fieldset>
    </>
  )
}
