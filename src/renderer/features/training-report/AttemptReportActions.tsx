/**
 * The result view's buttons for the instructor: the trainee's name (optional, printed on the
 * report only), the one-page report as PDF, and the attempt as JSON.
 */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Case } from '../../../shared/training/case'
import type { ReportableAttempt } from './attempt-files'

// The report's composing and the export load on the first click, not with the result view.
const attemptFiles = () => import('./attempt-files')

export function AttemptReportActions({
  kase,
  attempt,
}: {
  kase: Case
  attempt: ReportableAttempt
}) {
  const { t } = useTranslation()
  const nameId = useId()
  const [name, setName] = useState('')
  const [busy, setBusy] = useState<'pdf' | 'json' | null>(null)
  const run = (what: 'pdf' | 'json', work: () => Promise<boolean>) => {
    setBusy(what)
    void work().finally(() => setBusy(null))
  }
  return (
    <div className="attempt-report" aria-busy={busy !== null}>
      <div className="field">
        <label htmlFor={nameId}>{t('trainingReport.ui.name')}</label>
        <input
          id={nameId}
          value={name}
          maxLength={120}
          autoComplete="name"
          onChange={(e) => setName(e.currentTarget.value)}
        />
      </div>
      <div className="dialog-actions">
        <button
          type="button"
          disabled={busy !== null || !attempt.result}
          onClick={() =>
            run('json', async () => (await attemptFiles()).exportAttemptJson(kase, attempt))
          }
        >
          {t('trainingReport.ui.json')}
        </button>
        <button
          type="button"
          disabled={busy !== null || !attempt.result}
          onClick={() =>
            run('pdf', async () =>
              (await attemptFiles()).downloadAttemptReport(kase, attempt, { traineeName: name }),
            )
          }
        >
          {busy === 'pdf' ? t('trainingReport.ui.making') : t('trainingReport.ui.pdf')}
        </button>
      </div>
    </div>
  )
}
