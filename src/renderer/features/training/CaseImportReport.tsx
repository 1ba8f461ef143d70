import { useTranslation } from 'react-i18next'
import { Modal } from '../../components/Modal'
import { useTraining } from './training-store'

/** After an import of case files: one line per file, imported or refused with the reason. */
export function CaseImportReport() {
  const { t } = useTranslation()
  const report = useTraining((s) => s.importReport)
  const close = () => useTraining.getState().setImportReport(null)
  if (!report) return null
  const imported = report.filter((r) => r.outcome !== 'refused').length
  return (
    <Modal title={t('trainee.import.title')} onCancel={close}>
      <p>{t('trainee.import.summary', { imported, count: report.length })}</p>
      <ul className="import-report">
        {report.map((r, i) => (
          <li key={i} className={`outcome outcome--${r.outcome}`} data-file={r.fileName}>
            <strong>{r.fileName}</strong> — {t(`trainee.import.outcome.${r.outcome}`)}
            {'message' in r && <div className="outcome-message">{r.message}</div>}
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={close} autoFocus>
          {t('import.close')}
        </button>
      </div>
    </Modal>
  )
}
