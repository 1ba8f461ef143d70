/**
 * The training view's sidebar: the case library — each case's title in the trainee's language,
 * procedure, level, attempts, best score and whether it was passed — filtered by procedure and
 * level; the progress per regime; "Import cases…".
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { CASE_LEVELS, DEFAULT_PASS_MARK } from '../../../shared/training/case'
import { pickText } from '../../../shared/training/text'
import { useLanguage } from '../../i18n'
import { importCaseFiles } from './import-cases'
import { caseProgress, progressOf, regimeProgress, type CaseProgress } from './progress'
import { training } from './repository'
import { useTraining } from './training-store'

export function TrainingLibrary() {
  const { t } = useTranslation()
  const language = useLanguage()
  const cases = useLiveQuery(() => training.cases(), [])
  const attempts = useLiveQuery(() => training.attempts(), [])
  const { procedure, level, caseId, setFilter, showCase } = useTraining()
  const progress = useMemo(() => caseProgress(attempts ?? []), [attempts])
  const regimes = useMemo(
    () =>
      regimeProgress(
        (cases ?? []).map((c) => c.case),
        progress,
      ),
    [cases, progress],
  )
  const shown = (cases ?? []).filter(
    ({ case: kase }) =>
      (procedure === '' || kase.procedure === procedure) &&
      (level === '' || String(kase.level) === level),
  )

  return (
    <div className="training-library">
      <div className="list-toolbar">
        <button type="button" onClick={() => void importCaseFiles()}>
          {t('trainee.library.import')}
        </button>
        <div className="filters">
          <select
            aria-label={t('list.procedure')}
            value={procedure}
            onChange={(e) => setFilter({ procedure: e.currentTarget.value })}
          >
            <option value="">{t('list.allProcedures')}</option>
            {regimes.map((r) => (
              <option key={r.procedure} value={r.procedure}>
                {t(`code.procedure.${r.procedure}`)} ({r.cases})
              </option>
            ))}
          </select>
          <select
            aria-label={t('trainee.library.level')}
            value={level}
            onChange={(e) => setFilter({ level: e.currentTarget.value })}
          >
            <option value="">{t('trainee.library.allLevels')}</option>
            {CASE_LEVELS.map((l) => (
              <option key={l} value={String(l)}>
                {t(`trainee.level.${l}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <section className="training-progress" aria-label={t('trainee.library.progress')}>
        <h3>{t('trainee.library.progress')}</h3>
        <ul>
          {regimes.map((r) => (
            <li key={r.procedure} data-procedure={r.procedure}>
              <span className={`badge badge--${r.procedure}`}>{r.procedure}</span>{' '}
              {t('trainee.library.regime', { done: r.done, passed: r.passed, count: r.cases })}
            </li>
          ))}
        </ul>
      </section>
      <div className="list-status" role="status" data-total={shown.length}>
        {cases === undefined
          ? t('trainee.library.loading')
          : t('trainee.library.count', { count: shown.length })}
      </div>
      <ul className="case-list" aria-label={t('trainee.library.title')}>
        {shown.map(({ case: kase, shipped }) => (
          <li key={kase.id}>
            <button
              type="button"
              className="case-row"
              data-case={kase.id}
              aria-current={kase.id === caseId ? 'true' : undefined}
              onClick={() => showCase(kase.id)}
            >
              <span className="case-title">{pickText(kase.title, language)}</span>
              <span className="row-sub">
                <span className={`badge badge--${kase.procedure}`}>{kase.procedure}</span>
                <span>{t(`trainee.level.${kase.level}`)}</span>
                {!shipped && <span>{t('trainee.library.imported')}</span>}
              </span>
              <CaseStanding
                progress={progressOf(progress, kase.id)}
                passMark={kase.scoring?.passMark ?? DEFAULT_PASS_MARK}
              />
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** Done or not, the best score and the pass mark, and whether an attempt passed. */
function CaseStanding({ progress, passMark }: { progress: CaseProgress; passMark: number }) {
  const { t } = useTranslation()
  return (
    <span className="row-sub case-standing" data-best={progress.best ?? ''}>
      {progress.attempts === 0 ? (
        <span>{t('trainee.library.notTried')}</span>
      ) : progress.best === undefined ? (
        <span>{t('trainee.library.notDone', { count: progress.attempts })}</span>
      ) : (
        <span>
          {t('trainee.library.best', { score: progress.best, count: progress.submitted })}
        </span>
      )}
      <span>{t('trainee.library.passMark', { mark: passMark })}</span>
      {progress.passed && (
        <span className="passed-mark" data-passed="true">
          {t('trainee.passed')}
        </span>
      )}
    </span>
  )
}
