/**
 * Recording one event: when it happened, and what the step needs — the number customs gave
 * (checked as it is typed), the release's time limit and seals, the country of a TIR step, a
 * note. The rules (record-event.ts) decide; the dialog only gathers and shows their answer.
 */
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { JsonObject } from '../../../shared/json'
import {
  eventRefusal,
  type NewEvent,
  type PossibleEvent,
  type ReleaseFacts,
} from '../../../shared/movement/record-event'
import { EVENT_TEXT_LIMITS } from '../../../shared/movement/event-text'
import { STEPS } from '../../../shared/movement/steps'
import { localDate, withLocalOffset } from '../../../shared/dates'
import { Modal } from '../../components/Modal'
import { problemText } from '../../i18n'
import { localDateTimeNow } from './local-time'

const RECORDER_KEY = 'transitdesk.recordedBy'

interface Props {
  possible: PossibleEvent
  document: JsonObject
  onRecord(event: NewEvent, release: ReleaseFacts): void | Promise<void>
  onCancel(): void
}

export function EventDialog({ possible, document, onRecord, onCancel }: Props) {
  const { t } = useTranslation()
  const { type } = possible
  const step = STEPS[type]
  const numbered = type === 'mrnAllocated' || type === 'registered'
  const tirStep = type === 'tirStarted' || type === 'tirTerminated'
  const [at, setAt] = useState(localDateTimeNow)
  const [reference, setReference] = useState('')
  const [country, setCountry] = useState(possible.countries?.[0] ?? '')
  const [detail, setDetail] = useState('')
  const [limitDate, setLimitDate] = useState(String(document.limitDate ?? ''))
  const [seals, setSeals] = useState(
    Array.isArray(document.seals) ? (document.seals as string[]).join('\n') : '',
  )
  const [by, setBy] = useState(() => localStorage.getItem(RECORDER_KEY) ?? '')

  const event = useMemo((): NewEvent => {
    // A TIR step names the office when one is typed (its first letters are its country), else
    // the country chosen.
    const office = reference.trim().toUpperCase()
    const ref = tirStep ? office || country : numbered ? office : reference.trim()
    const who = step.by === 'customs' ? 'customs' : by.trim()
    return {
      type,
      at: withLocalOffset(at),
      ...(ref ? { reference: ref } : {}),
      ...(detail.trim() ? { detail: detail.trim() } : {}),
      ...(who ? { by: who } : {}),
    }
  }, [type, at, reference, country, detail, by, step.by, tirStep, numbered])

  const release = useMemo((): ReleaseFacts => {
    if (type !== 'released') return {}
    const sealList = seals
      .split(/[\n,]/)
      .map((seal) => seal.trim())
      .filter(Boolean)
    return {
      ...(limitDate ? { limitDate } : {}),
      ...(sealList.length > 0 ? { seals: sealList } : {}),
    }
  }, [type, limitDate, seals])

  const missingNumber = numbered && reference.trim() === ''
  const refusal = useMemo(
    () => (missingNumber ? null : eventRefusal(document, event, localDate(new Date()), release)),
    [document, event, release, missingNumber],
  )

  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    if (refusal || missingNumber) return
    if (step.by === 'holder') localStorage.setItem(RECORDER_KEY, by.trim())
    onRecord(event, release)
  }

  const title = t(`movement.action.${type}`)
  const referenceLabel = numbered
    ? type === 'mrnAllocated'
      ? 'movement.dialog.mrn'
      : 'movement.dialog.registration'
    : tirStep
      ? 'movement.dialog.office'
      : 'movement.dialog.reference'
  return (
    <Modal title={title} onCancel={onCancel}>
      <form className="event-form" onSubmit={submit}>
        {step.ncts && (
          <p className="field-help">{t('movement.dialog.ncts', { message: step.ncts })}</p>
        )}
        <label>
          {t('movement.dialog.at')}
          <input
            type="datetime-local"
            required
            value={at}
            onChange={(e) => setAt(e.target.value)}
          />
        </label>
        {tirStep && (
          <label>
            {t('movement.dialog.country')}
            <select value={country} onChange={(e) => setCountry(e.target.value)}>
              {(possible.countries ?? []).map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t(referenceLabel)}
          <input
            required={numbered}
            dir="ltr"
            autoFocus={numbered}
            maxLength={EVENT_TEXT_LIMITS.reference}
            value={reference}
            aria-invalid={numbered && refusal !== null}
            aria-describedby={refusal ? 'event-refusal' : undefined}
            onChange={(e) => setReference(e.target.value)}
          />
        </label>
        {type === 'released' && (
          <>
            <label>
              {t('movement.dialog.limitDate')}
              <input type="date" value={limitDate} onChange={(e) => setLimitDate(e.target.value)} />
            </label>
            <label>
              {t('movement.dialog.seals')}
              <textarea
                dir="ltr"
                rows={3}
                value={seals}
                onChange={(e) => setSeals(e.target.value)}
              />
            </label>
          </>
        )}
        <label>
          {t('movement.dialog.note')}
          <textarea
            dir="auto"
            rows={2}
            maxLength={EVENT_TEXT_LIMITS.detail}
            value={detail}
            onChange={(e) => setDetail(e.target.value)}
          />
        </label>
        {step.by === 'holder' && (
          <label>
            {t('movement.dialog.by')}
            <input
              dir="auto"
              maxLength={EVENT_TEXT_LIMITS.by}
              value={by}
              onChange={(e) => setBy(e.target.value)}
            />
          </label>
        )}
        {refusal && (
          <p className="finding finding--error" id="event-refusal" aria-live="polite">
            {problemText(refusal)}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>
            {t('movement.dialog.cancel')}
          </button>
          <button type="submit" className="primary" disabled={refusal !== null || missingNumber}>
            {t('movement.dialog.record')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
