import { useTranslation } from 'react-i18next'
import { Modal } from '../../components/Modal'
import { useUi } from '../../state/ui-store'

/** After an import: one line per file saying what happened to it and why. */
export function ImportReport() {
  const { t } = useTranslation()
  const report = useUi((s) => s.importReport)
  const close = useUi((s) => s.setImportReport)
  if (!report) return null
  const imported = report.filter((r) => r.outcome === 'imported' || r.outcome === 'replaced').length
  return (
    <Modal title={t('import.title')} onCancel={() => close(null)}>
      <p>{t('import.summary', { imported, count: report.length })}</p>
      <ul className="import-report">
        {report.map((r, i) => (
          <li key={i} className={`outcome outcome--${r.outcome}`} data-file={r.fileName}>
            <strong>{r.fileName}</strong> — {t(`import.outcome.${r.outcome}`, { lrn: r.lrn })}
            {r.message && <div className="outcome-message">{r.message}</div>}
            {r.warnings.length > 0 && (
              <ul className="warnings">
                {r.warnings.map((w, j) => (
                  <li key={j}>{w}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={() => close(null)} autoFocus>
          {t('import.close')}
        </button>
      </div>
    </Modal>
  )
}
