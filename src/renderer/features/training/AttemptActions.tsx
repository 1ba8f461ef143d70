/**
 * The attempt's own actions in the editor's header, where a declaration has its own: the mode,
 * an exam's countdown (at 0 the declaration is submitted and scored as it stands), "Submit to
 * customs" (and "Lodge again" after a rejection), "Finish" while customs wait for the trainee,
 * the score once scored, "Try again" and the way back to the case.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { movementView } from '../../../shared/model/view'
import { Modal } from '../../components/Modal'
import type { AttemptRow } from '../../db/training'
import { problemText } from '../../i18n'
import { useUi } from '../../state/ui-store'
import { startAttempt } from './CasePage'
import { clockText } from './format'
import type { OpenedAttempt } from './open-attempt'
import { useTraining } from './training-store'

const LODGEABLE = new Set(['draft', 'rejected'])

export function AttemptActions({
  opened,
  attempt,
}: {
  opened: OpenedAttempt
  attempt: AttemptRow
}) {
  const { t } = useTranslation()
  const { session, kase } = opened
  const status = useSyncExternalStore(
    session.subscribe,
    () => movementView(session.valueAt(['movement'])).status,
  )
  const [confirming, setConfirming] = useState(false)
  const scored = attempt.result !== undefined
  const lodged = status !== 'draft'
  const minutes = kase.timeLimitMinutes
  const lodge = () => {
    setConfirming(false)
    void session.flush().then(() => opened.lodge())
  }
  const finish = () =>
    void opened
      .finish()
      .catch((error: unknown) => useUi.getState().notify('error', problemText(error)))

  return (
    <>
      <span className={`badge attempt-mode attempt-mode--${attempt.mode}`}>
        {t(`trainee.mode.${attempt.mode}`)}
      </span>
      {attempt.mode === 'exam' && !scored && minutes !== undefined && (
        <Countdown
          deadline={Date.parse(attempt.startedAt) + minutes * 60_000}
          onTimeUp={() => {
            useUi.getState().notify('info', t('trainee.attempt.timeUp'))
            // Not lodged yet: lodged now, and scored once customs answer; else scored now.
            if (lodged) finish()
            else lodge()
          }}
        />
      )}
      {attempt.result && (
        <span
          className={`attempt-score attempt-score--${attempt.result.passed ? 'passed' : 'failed'}`}
          data-score={attempt.result.score}
        >
          {t('trainee.attempt.score', { score: attempt.result.score })} —{' '}
          {t(attempt.result.passed ? 'trainee.passed' : 'trainee.notPassed')}
        </span>
      )}
      {LODGEABLE.has(status) && (
        <button
          type="button"
          className="primary"
          onClick={() => (lodged ? lodge() : setConfirming(true))}
        >
          {t(lodged ? 'trainee.attempt.lodgeAgain' : 'trainee.attempt.submit')}
        </button>
      )}
      {lodged && !scored && (
        <button type="button" onClick={finish} title={t('trainee.attempt.finishHelp')}>
          {t('trainee.attempt.finish')}
        </button>
      )}
      {scored && (
        <button type="button" onClick={() => void startAttempt(kase, attempt.mode)}>
          {t('trainee.attempt.tryAgain')}
        </button>
      )}
      <button type="button" onClick={() => useTraining.getState().showCase(kase.id)}>
        {t('trainee.attempt.backToCase')}
      </button>
      {confirming && (
        <Modal title={t('trainee.attempt.submit')} onCancel={() => setConfirming(false)}>
          <p>{t('trainee.attempt.confirmSubmit')}</p>
          <div className="dialog-buttons">
            <button type="button" onClick={() => setConfirming(false)}>
              {t('trainee.attempt.keepWorking')}
            </button>
            <button type="button" className="primary" onClick={lodge}>
              {t('trainee.attempt.submitNow')}
            </button>
          </div>
        </Modal>
      )}
    </>
  )
}

/** The exam's time left, counting down each second; `onTimeUp` once, at 0. */
function Countdown({ deadline, onTimeUp }: { deadline: number; onTimeUp(): void }) {
  const { t } = useTranslation()
  const [now, setNow] = useState(() => Date.now())
  const fired = useRef(false)
  const left = deadline - now
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  useEffect(() => {
    if (left > 0 || fired.current) return
    fired.current = true
    onTimeUp()
  }, [left, onTimeUp])
  return (
    <span
      className={`countdown${left < 5 * 60_000 ? ' countdown--short' : ''}`}
      role="timer"
      aria-label={t('trainee.attempt.timeLeft', { time: clockText(left) })}
      data-deadline={new Date(deadline).toISOString()}
    >
      {clockText(left)}
    </span>
  )
}
