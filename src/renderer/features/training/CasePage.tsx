/**
 * A case chosen in the library: its brief, level, procedure, pass mark, references and papers;
 * the trainee's past attempts (when, mode, score, passed, time taken); "Practice" and
 * "Exam (N minutes)" start a new attempt.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DEFAULT_PASS_MARK, type Case } from '../../../shared/training/case'
import { pickText } from '../../../shared/training/text'
import { problemText, useLanguage } from '../../i18n'
import { useUi } from '../../state/ui-store'
import type { AttemptMode, AttemptRow } from '../../db/training'
import { durationText, whenText } from './format'
import { Markdown } from './Markdown'
import { training } from './repository'
import { useTraining } from './training-store'

/** Starts a new attempt at `kase` and opens it. */
export async function startAttempt(kase: Case, mode: AttemptMode): Promise<void> {
  try {
    const attempt = await training.startAttempt(kase, mode)
    // A new attempt starts where a declaration does: at the first section.
    useUi.getState().setSection('general')
    useTraining.getState().showAttempt(kase.id, attempt.id)
  } catch (error) {
    useUi.getState().notify('error', problemText(error))
  }
}

export function CasePage({ caseId }: { caseId: string }) {
  const { t } = useTranslation()
  const kase = useLiveQuery(() => training.getCase(caseId).then((c) => c ?? null), [caseId])
  if (kase === undefined) return <div className="case-page">{t('editor.loading')}</div>
  if (kase === null) return <div className="case-page">{t('trainee.case.missing')}</div>
  return <CaseView kase={kase} />
}

function CaseView({ kase }: { kase: Case }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const attempts = useLiveQuery(() => training.attemptsAt(kase.id), [kase.id])
  const [starting, setStarting] = useState(false)
  const start = (mode: AttemptMode) => {
    setStarting(true)
    void startAttempt(kase, mode).finally(() => setStarting(false))
  }
  const minutes = kase.timeLimitMinutes
  return (
    <article className="case-page" aria-labelledby="case-title">
      <header className="case-header">
        <h2 id="case-title">{pickText(kase.title, language)}</h2>
        <p className="case-facts">
          <span className={`badge badge--${kase.procedure}`}>
            {t(`code.procedure.${kase.procedure}`)}
          </span>
          <span>{t(`trainee.level.${kase.level}`)}</span>
          <span>
            {t('trainee.library.passMark', { mark: kase.scoring?.passMark ?? DEFAULT_PASS_MARK })}
          </span>
        </p>
        <div className="button-row">
          <button
            type="button"
            className="primary"
            disabled={starting}
            onClick={() => start('practice')}
          >
            {t('trainee.case.practice')}
          </button>
          <button type="button" disabled={starting} onClick={() => start('exam')}>
            {minutes === undefined
              ? t('trainee.case.examNoLimit')
              : t('trainee.case.exam', { count: minutes })}
          </button>
        </div>
        <p className="field-help">{t('trainee.case.modes')}</p>
      </header>

      <section aria-labelledby="case-brief">
        <h3 id="case-brief">{t('trainee.case.brief')}</h3>
        <Markdown text={pickText(kase.brief, language)} />
      </section>

      <section aria-labelledby="case-papers">
        <h3 id="case-papers">{t('trainee.case.papers')}</h3>
        <ul>
          {kase.sources.map((source, i) => (
            <li key={i}>
              {pickText(source.title, language)} ({t(`trainee.sourceKind.${source.kind}`)})
            </li>
          ))}
        </ul>
      </section>

      {kase.references && kase.references.length > 0 && (
        <section aria-labelledby="case-references">
          <h3 id="case-references">{t('trainee.case.references')}</h3>
          <ul className="case-references">
            {kase.references.map((reference, i) => (
              <li key={i}>
                {reference.url?.startsWith('https://') ? (
                  <a href={reference.url} target="_blank" rel="noreferrer noopener">
                    {pickText(reference.title, language)}
                  </a>
                ) : (
                  pickText(reference.title, language)
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <PastAttempts attempts={attempts ?? []} />
    </article>
  )
}

function PastAttempts({ attempts }: { attempts: AttemptRow[] }) {
  const { t } = useTranslation()
  const showAttempt = useTraining((s) => s.showAttempt)
  const scores = attempts.flatMap((a) => (a.result ? [a.result.score] : []))
  return (
    <section aria-labelledby="case-attempts" className="case-attempts">
      <h3 id="case-attempts">{t('trainee.case.attempts')}</h3>
      <p className="case-progress" data-attempts={attempts.length}>
        {attempts.length === 0
          ? t('trainee.case.noAttempts')
          : t('trainee.case.progress', {
              count: attempts.length,
              best: scores.length ? Math.max(...scores) : '—',
            })}
      </p>
      {attempts.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>{t('trainee.case.when')}</th>
              <th>{t('trainee.case.mode')}</th>
              <th>{t('trainee.case.score')}</th>
              <th>{t('trainee.case.outcome')}</th>
              <th>{t('trainee.case.timeTaken')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {attempts.map((a) => (
              <tr key={a.id} data-attempt={a.id}>
                <td>{whenText(a.startedAt)}</td>
                <td>{t(`trainee.mode.${a.mode}`)}</td>
                <td className="number">{a.result ? a.result.score : '—'}</td>
                <td>
                  {a.result
                    ? t(a.result.passed ? 'trainee.passed' : 'trainee.notPassed')
                    : t('trainee.case.inProgress')}
                </td>
                <td>{a.timeTakenMs === undefined ? '—' : durationText(a.timeTakenMs, t)}</td>
                <td>
                  <button type="button" onClick={() => showAttempt(a.caseId, a.id)}>
                    {t(a.result ? 'trainee.case.openResult' : 'trainee.case.continue')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
