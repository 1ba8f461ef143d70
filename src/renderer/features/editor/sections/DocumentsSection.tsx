/**
 * Documents, invoice and remarks (SAD boxes 20–23 and 44, TIR box 8): the papers that travel with
 * the goods, the commercial invoice the values come from, and free remarks.
 */
import { useTranslation } from 'react-i18next'
import { LIMITS } from '../../../../shared/format/constants'
import type { JsonPath } from '../../../../shared/json'
import { DateField, NumberField, SelectField, TextField } from '../fields'
import { incotermOptions } from '../options'
import { Repeated } from '../repeated'

/** The document codes used most in transit (N + UN/EDIFACT 1001), offered in the type input. */
export const DOCUMENT_CODES = [
  'N380',
  'N271',
  'N730',
  'N955',
  'N861',
  'N851',
  'N705',
  'N740',
  'N760',
  'N325',
] as const

/** The `<datalist id="document-codes">` the document type inputs suggest from. */
export function DocumentCodeList() {
  const { t } = useTranslation()
  return (
    <datalist id="document-codes">
      {DOCUMENT_CODES.map((code) => (
        <option key={code} value={code}>
          {t(`code.document.${code}`)}
        </option>
      ))}
    </datalist>
  )
}

/**
 * The elements of one Document: type, reference and date. Any document list can use it (the
 * declaration's documents here, an item's documents with the goods); the editor renders the
 * `<DocumentCodeList />` they suggest from once for all sections.
 */
export function DocumentFields({ path }: { path: JsonPath }) {
  return (
    <div className="grid">
      <TextField
        path={[...path, 'type']}
        element="document.type"
        maxLength={4}
        upper
        list="document-codes"
        placeholder="N380"
      />
      <TextField path={[...path, 'reference']} element="document.reference" maxLength={70} />
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
          max={LIMITS.documents}
          create={() => ({})}
          renderEntry={(entry) => <DocumentFields path={entry} />}
        />
      </fieldset>
      <fieldset className="group">
        <legend>{t('editor.group.invoice')}</legend>
        <div className="grid">
          <TextField path={['invoice', 'number']} element="invoice.number" maxLength={35} />
          <DateField path={['invoice', 'date']} element="invoice.date" />
          <TextField
            path={['invoice', 'currency']}
            element="invoice.currency"
            maxLength={3}
            upper
          />
          <SelectField
            path={['invoice', 'incoterm', 'rule']}
            element="invoice.incoterm"
            options={incotermOptions()}
            optional
          />
          <TextField
            path={['invoice', 'incoterm', 'place']}
            element="invoice.incotermPlace"
            maxLength={35}
          />
          <NumberField path={['invoice', 'total']} element="invoice.total" />
          <NumberField path={['invoice', 'exchangeRate']} element="invoice.exchangeRate" />
        </div>
      </fieldset>
      <fieldset className="group">
        <legend>{t('editor.group.remarks')}</legend>
        <div className="grid">
          <TextField path={['remarks']} element="remarks" maxLength={512} multiline />
        </div>
      </fieldset>
    </>
  )
}
