/**
 * The result of a submitted attempt: the score against the pass mark, passed or not, the time
 * taken and the hints used; each missed box with the expected and the given value and the
 * case's explanation; what the trainee added that the answer does not have; the validator's
 * findings of the declaration as submitted.
 */
import { useTranslation } from 'react-i18next'
import type { JsonValue } from '../../../shared/json'
import { DEFAULT_PASS_MARK, type Case } from '../../../shared/training/case'
import { explanationFor } from '../../../shared/training/explain'
import type { ScoreFinding } from '../../../shared/training/score'
import { capitalise, describePointer } from '../../../shared/validation/describe'
import { findingText } from '../../../shared/validation/finding-text'
import type { AttemptRow } from '../../db/training'
import { useLanguage } from '../../i18n'
import { AttemptReportActions } from '../training-report/AttemptReportActions'
import { startAttempt } from './CasePage'
import { durationText } from './format'

const shown = (value: JsonValue): string =>
  value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value)

export function ResultView({ kase, attempt }: { kase: Case; attempt: AttemptRow }) {
  const { t } = useTranslation()
  const result = attempt.result
  if (!result) return null
  const passMark = kase.scoring?.passMark ?? DEFAULT_PASS_MARK
  const { errors, warnings } = result.validation
  const criticalMissed = result.findings.some((finding) => finding.critical)
  return (
    <div className="result" data-score={result.score} data-passed={result.passed}>
      <p className={`result-score result-score--${result.passed ? 'passed' : 'failed'}`}>
        <strong>{t('trainee.attempt.score', { score: result.score })}</strong> —{' '}
        {t(result.passed ? 'trainee.passed' : 'trainee.notPassed')}
      </p>
      <ul className="result-facts">
        <li>{t('trainee.library.passMark', { mark: passMark })}</li>
        {criticalMissed && <li className="finding--error">{t('trainee.result.criticalMissed')}</li>}
        {attempt.timeTakenMs !== undefined && (
          <li>{t('trainee.result.timeTaken', { time: durationText(attempt.timeTakenMs, t) })}</li>
        )}
        <li>{t('trainee.result.hints', { count: attempt.hints.length })}</li>
      </ul>
      <button
        type="button"
        className="primary"
        onClick={() => void startAttempt(kase, attempt.mode)}
      >
        {t('trainee.attempt.tryAgain')}
      </button>
      <AttemptReportActions kase={kase} attempt={attempt} />

      <h4>{t('trainee.result.missed', { count: result.findings.length })}</h4>
      {result.findings.length === 0 ? (
        <p>{t('trainee.result.noneMissed')}</p>
      ) : (
        <ol className="missed">
          {result.findings.map((finding) => (
            <Missed key={finding.path} kase={kase} finding={finding} />
          ))}
        </ol>
      )}

      {result.extras.length > 0 && (
        <>
          <h4>{t('trainee.result.extras', { count: result.extras.length })}</h4>
          <ul className="extras">
            {result.extras.map((extra) => (
              <li key={extra.path} data-path={extra.path}>
                {capitalise(describePointer(extra.path, t))}: <q>{shown(extra.given)}</q>
              </li>
            ))}
          </ul>
        </>
      )}

      <h4>{t('trainee.result.checks', { count: errors.length + warnings.length })}</h4>
      {errors.length + warnings.length === 0 ? (
        <p>{t('trainee.result.noFindings')}</p>
      ) : (
        <ul className="findings">
          {errors.map((finding, i) => (
            <li key={`e${i}`} className="finding finding--error" data-rule={finding.rule}>
              {findingText(finding, t)}
            </li>
          ))}
          {warnings.map((finding, i) => (
            <li key={`w${i}`} className="finding finding--warning" data-rule={finding.rule}>
              {findingText(finding, t)}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

function Missed({ kase, finding }: { kase: Case; finding: ScoreFinding }) {
  const { t } = useTranslation()
  // In the window's language now, not the one the attempt was scored in.
  const why = explanationFor(kase, finding.path, useLanguage()) ?? finding.explanation
  return (
    <li className="missed-box" data-path={finding.path}>
      <div className="missed-what">
        <strong>{capitalise(describePointer(finding.path, t))}</strong>
        {finding.critical && (
          <span className="badge badge--critical">{t('trainee.result.critical')}</span>
        )}
        {finding.hinted && <span className="badge">{t('trainee.result.hinted')}</span>}
        <span className="missed-weight">
          {t('trainee.result.weight', { count: finding.weight })}
        </span>
      </div>
      <dl>
        <dt>{t('trainee.result.expected')}</dt>
        <dd className="missed-expected">{String(finding.expected)}</dd>
        <dt>{t('trainee.result.given')}</dt>
        <dd className="missed-given">
          {finding.given === null ? <em>{t('trainee.result.nothing')}</em> : shown(finding.given)}
        </dd>
      </dl>
      {why && <p className="missed-why">{why}</p>}
    </li>
  )
}
