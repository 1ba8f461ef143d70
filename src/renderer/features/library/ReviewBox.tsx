/**
 * What an import read, shown before anything is written: a summary, each line that could not
 * be read, and the choice to import or not.
 */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export function ReviewBox({
  label,
  summary,
  problems,
  confirm,
  busy = false,
  onConfirm,
  onCancel,
  children,
}: {
  label: string
  summary: ReactNode
  problems: readonly string[]
  /** the import button's label */
  confirm: string
  busy?: boolean
  onConfirm(): void
  onCancel(): void
  children?: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <div className="library-pending" role="group" aria-label={label}>
      {summary}
      {problems.length > 0 && (
        <ul className="findings">
          {problems.map((p) => (
            <li key={p} className="finding finding--warning">
              {p}
            </li>
          ))}
        </ul>
      )}
      {children}
      <div className="dialog-actions">
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('library.cancel')}
        </button>
        <button type="button" className="primary" disabled={busy} onClick={onConfirm}>
          {confirm}
        </button>
      </div>
    </div>
  )
}
