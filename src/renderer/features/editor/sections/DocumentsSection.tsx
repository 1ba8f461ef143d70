/**
 * Documents, invoice and remarks (SAD boxes 20–23 and 44, TIR box 8): the papers that travel with
 * the goods, the commercial invoice the values come from, and free remarks.
 */
import { useTranslation } from 'react-i18next'
import type { JsonPath } from '../../../../shared/json'
import { CodeField, DateField, NumberField, TextField } from '../fields'
import { Repeated } from '../repeated'
import { InvoiceTotalOffer } from './Offers'

/**
 * The elements of one Document: type, reference and date. Any document list can use it (the
 * declaration's documents here, an item's documents with the goods).
 */
export function DocumentFields({ path }: { path: JsonPath }) {
  return (
    <div className="grid">
      <CodeField path={[...path, 'type']} element="document.type" list="documentCode" />
      <TextField path={[...path, 'reference']} element="document.reference" />
      <DateField path={[...path, 'date']} element="document.date" />
    </div>
  )
}

export function DocumentsSection() {
  const { t } = useTranslation()
  return (
    <>
      <fieldset className="group">
        <legend>{t('editor.group.documents')}</legend>
        <Repeated
          path={['documents']}
          element="documents"
          create={() => ({})}
          renderEntry={(entry) => <DocumentFields path={entry} />}
        />
      </fieldset>
      <fieldset className="group">
        <legend>{t('editor.group.invoice')}</legend>
        <div className="grid">
          <TextField path={['invoice', 'number']} element="invoice.number" />
          <DateField path={['invoice', 'date']} element="invoice.date" />
          <CodeField path={['invoice', 'currency']} element="invoice.currency" list="currency" />
          <CodeField
            path={['invoice', 'incoterm', 'rule']}
            element="invoice.incoterm"
            list="incoterm"
          />
          <TextField path={['invoice', 'incoterm', 'place']} element="invoice.incotermPlace" />
          <div>
            <NumberField path={['invoice', 'total']} element="invoice.total" />
            <InvoiceTotalOffer />
          </div>
          <NumberField path={['invoice', 'exchangeRate']} element="invoice.exchangeRate" />
        </div>
      </fieldset>
      <fieldset className="group">
        <legend>{t('editor.group.remarks')}</legend>
        <div className="grid">
          <TextField path={['remarks']} element="remarks" multiline />
        </div>
      </fieldset>
    </>
  )
}
