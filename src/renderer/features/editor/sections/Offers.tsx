/**
 * Values the app can work out, offered beside their field for one click: the invoice total as
 * the sum of the item values, the time limit from the declaration date. An offer only shows
 * while it would change something; the user's value is never replaced unasked.
 */
import { useTranslation } from 'react-i18next'
import { formatLocalDate, formatLocalNumber } from '../../../../shared/i18n/local-format'
import { itemValuesTotal } from '../../../../shared/model/item-defaults'
import { addDays } from '../../../../shared/dates'
import { useLanguage } from '../../../i18n'
import { useMayChange } from '../../movement/edit-mode'
import { useStartSettings } from '../start-settings'
import { useSelector, useSession } from '../session-context'

export function InvoiceTotalOffer() {
  const { t } = useTranslation()
  const session = useSession()
  const language = useLanguage()
  const sum = useSelector(itemValuesTotal)
  const total = useSelector((d) => {
    const invoice = d.invoice
    return invoice && typeof invoice === 'object' && !Array.isArray(invoice)
      ? (invoice.total as number | undefined)
      : undefined
  })
  const open = useMayChange(['invoice', 'total'])
  if (!open || sum === undefined || sum === total) return null
  const shown = formatLocalNumber(sum, language, { fractionDigits: 2 })
  return (
    <button type="button" className="offer" onClick={() => session.set(['invoice', 'total'], sum)}>
      {t('editor.offer.invoiceTotal', { sum: shown })}
    </button>
  )
}

export function LimitDateOffer() {
  const { t } = useTranslation()
  const session = useSession()
  const language = useLanguage()
  const procedure = useSelector((d) => (typeof d.procedure === 'string' ? d.procedure : ''))
  const declared = useSelector((d) =>
    typeof d.declarationDate === 'string' ? d.declarationDate : '',
  )
  const limit = useSelector((d) => (typeof d.limitDate === 'string' ? d.limitDate : ''))
  const open = useMayChange(['limitDate'])
  const days = useStartSettings().limitDays[procedure]
  const suggested = days !== undefined && declared ? addDays(declared, days) : undefined
  if (!open || !suggested || limit !== '') return null
  return (
    <button type="button" className="offer" onClick={() => session.set(['limitDate'], suggested)}>
      {t('editor.offer.limitDate', { date: formatLocalDate(suggested, language), count: days })}
    </button>
  )
}
