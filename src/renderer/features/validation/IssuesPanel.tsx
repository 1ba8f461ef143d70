/**
 * Every finding of the open declaration, errors first; a click opens the section, consignment
 * and item that hold the element and puts the cursor in it.
 */
import { useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { findingText } from '../../../shared/validation/finding-text'
import { useUi } from '../../state/ui-store'
import type { FindingsStore } from './findings-store'
import { jumpTarget } from './jump'

export function IssuesPanel({ store }: { store: FindingsStore }) {
  const { t } = useTranslation()
  const report = useSyncExternalStore(store.subscribe, store.getReport)
  const problem = useSyncExternalStore(store.subscribe, store.getProblem)
  const [open, setOpen] = useState(false)
  const { setSection, setGoods, requestFocus } = useUi.getState()
  if (problem) {
    return (
      <div className="issues issues--errors" role="alert">
        {t('issues.unavailable', { reason: problem })}
      </div>
    )
  }
  if (!report) return <div className="issues issues--checking">{t('issues.checking')}</div>
  const findings = [
    ...report.errors.map((f) => ({ ...f, severity: 'error' as const })),
    ...report.warnings.map((f) => ({ ...f, severity: 'warning' as const })),
  ]
  const jump = (pointer: string) => {
    const target = jumpTarget(pointer)
    setSection(target.section)
    if (target.goods) setGoods(target.goods)
    requestFocus(pointer)
  }
  return (
    <section
      className={`issues issues--${report.valid ? (findings.length ? 'warnings' : 'ready') : 'errors'}`}
      aria-label={t('issues.title')}
    >
      <button
        type="button"
        className="issues-toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        data-errors={report.errors.length}
        data-warnings={report.warnings.length}
      >
        <ReadinessBadge errors={report.errors.length} warnings={report.warnings.length} />
        {findings.length > 0 && <span>{t(open ? 'issues.hide' : 'issues.show')}</span>}
      </button>
      {open && findings.length > 0 && (
        <ol className="issues-list">
          {findings.map((f, i) => (
            <li key={i} className={`finding finding--${f.severity}`}>
              <button
                type="button"
                onClick={() => jump(f.path)}
                data-path={f.path}
                data-rule={f.rule}
              >
                <span className="finding-kind">{t(`issues.${f.severity}`)}</span>
                {f.box && <span className="box-caption">{t('issues.box', { box: f.box })}</span>}
                <span className="finding-message">{findingText(f, t)}</span>
                <code className="finding-rule">{f.rule}</code>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

/** "Ready" / "2 errors · 1 warning": the same words in the editor and in the list. */
export function ReadinessBadge({ errors, warnings }: { errors: number; warnings: number }) {
  const { t } = useTranslation()
  if (errors === 0 && warnings === 0)
    return <span className="readiness readiness--ready">{t('issues.ready')}</span>
  return (
    <span className={`readiness readiness--${errors > 0 ? 'errors' : 'warnings'}`}>
      {[
        errors > 0 && t('issues.errors', { count: errors }),
        warnings > 0 && t('issues.warnings', { count: warnings }),
      ]
        .filter(Boolean)
        .join(' · ')}
    </span>
  )
}
