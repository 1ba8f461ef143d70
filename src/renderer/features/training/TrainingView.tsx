/**
 * Trainee mode's two halves of the window, loaded the first time the training view opens (the
 * app loads this module lazily): the library in the sidebar, and in the main area the attempt
 * open, else the case chosen, else a word on where to start.
 */
import { useTranslation } from 'react-i18next'
import { AttemptPage } from './AttemptPage'
import { CaseImportReport } from './CaseImportReport'
import { CasePage } from './CasePage'
import { TrainingLibrary } from './TrainingLibrary'
import { useTraining } from './training-store'
import './training.css'

export function TrainingSidebar() {
  return (
    <>
      <TrainingLibrary />
      <CaseImportReport />
    </>
  )
}

export function TrainingMain() {
  const { t } = useTranslation()
  const caseId = useTraining((s) => s.caseId)
  const attemptId = useTraining((s) => s.attemptId)
  if (attemptId) return <AttemptPage key={attemptId} attemptId={attemptId} />
  if (caseId) return <CasePage key={caseId} caseId={caseId} />
  return (
    <div className="empty-workspace">
      <p>{t('trainee.empty')}</p>
      <p className="hint">{t('trainee.emptyHint')}</p>
    </div>
  )
}
