/**
 * Editing an address book entry: the party's elements, with the identification checked by its
 * scheme exactly as the validator checks it in a declaration.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { IDENTIFICATION_SCHEMES } from '../../../shared/format/constants'
import { maxLengthOf } from '../../../shared/format/elements'
import { getAt, setAt, type JsonObject } from '../../../shared/json'
import { identificationProblem } from '../../../shared/validation/check-parties'
import { findingText } from '../../../shared/validation/finding-text'
import { ProblemAlert } from '../../components/ProblemAlert'
import { problemText } from '../../i18n'

const FIELDS = [
  ['name', 'party.name'],
  ['address/street', 'party.street'],
  ['address/city', 'party.city'],
  ['address/postcode', 'party.postcode'],
  ['address/country', 'party.country'],
  ['identification/value', 'party.idValue'],
  ['tirHolderId', 'party.tirHolderId'],
  ['contact/name', 'party.contactName'],
  ['contact/phone', 'party.phone'],
  ['contact/email', 'party.email'],
] as const
/** The scheme's choice goes just before the identification it names. */
const ID_VALUE = FIELDS.findIndex(([pointer]) => pointer === 'identification/value')

export function PartyForm({
  party,
  onSave,
  onCancel,
}: {
  party: JsonObject
  onSave(party: JsonObject): Promise<void>
  onCancel(): void
}) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState(party)
  const [problem, setProblem] = useState('')
  const value = (pointer: string) => {
    const v = getAt(draft, pointer.split('/'))
    return typeof v === 'string' ? v : ''
  }
  const set = (pointer: string, text: string) =>
    setDraft((d) => setAt(d, pointer.split('/'), text === '' ? undefined : text))
  const scheme = value('identification/scheme')
  const idValue = value('identification/value')
  const idProblem = scheme && idValue ? identificationProblem(scheme, idValue) : null

  /** One element's input; the name takes the whole width, as long as a company's name is. */
  const input = ([pointer, element]: (typeof FIELDS)[number]) => (
    <label className={pointer === 'name' ? 'field field--wide' : 'field'} key={pointer}>
      {t(`element.${element}.label`)}
      <input
        type="text"
        maxLength={maxLengthOf(element)}
        value={value(pointer)}
        aria-invalid={pointer === 'identification/value' && idProblem ? true : undefined}
        onChange={(e) => set(pointer, e.currentTarget.value)}
      />
    </label>
  )

  return (
    <form
      className="party-form"
      aria-label={t('library.edit')}
      onSubmit={(e) => {
        e.preventDefault()
        setProblem('')
        onSave(draft).catch((error: unknown) => setProblem(problemText(error)))
      }}
    >
      <div className="grid">
        {FIELDS.slice(0, ID_VALUE).map(input)}
        <label className="field">
          {t('element.party.idScheme.label')}
          <select
            value={scheme}
            onChange={(e) => set('identification/scheme', e.currentTarget.value)}
          >
            <option value="">—</option>
            {IDENTIFICATION_SCHEMES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        {FIELDS.slice(ID_VALUE).map(input)}
      </div>
      {idProblem && (
        <p className="finding finding--error" role="alert">
          {findingText({ ...idProblem, path: '' }, t)}
        </p>
      )}
      <ProblemAlert problem={problem} />
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('library.cancel')}
        </button>
        <button type="submit" className="primary">
          {t('library.save')}
        </button>
      </div>
    </form>
  )
}
