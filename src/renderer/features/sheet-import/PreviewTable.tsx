/** Every row of the sheet as it would be imported, with what the validator says about it. */
import { useTranslation } from 'react-i18next'
import { findingText } from '../../../shared/validation/finding-text'
import type { PlannedRow } from './plan'

/** Rows shown at once; the counts above cover all of them. */
const SHOWN = 300

export function PreviewTable({ rows }: { rows: PlannedRow[] }) {
  const { t } = useTranslation()
  return (
    <div className="sheet-preview">
      <table aria-label={t('sheet.preview')}>
        <thead>
          <tr>
            <th>{t('sheet.row')}</th>
            <th>{t('sheet.item')}</th>
            <th>{t('sheet.findings')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN).map((row) => {
            const item = row.item
            return (
              <tr
                key={row.rowNumber}
                className={row.clean ? 'sheet-row--clean' : 'sheet-row--faulty'}
              >
                <td>{row.rowNumber}</td>
                <td>
                  {item
                    ? [
                        item.description,
                        item.hsCode,
                        item.grossMass !== undefined ? `${String(item.grossMass)} kg` : '',
                      ]
                        .filter(Boolean)
                        .join(' · ')
                    : '—'}
                </td>
                <td>
                  <ul className="findings">
                    {row.problems.map((p) => (
                      <li key={p} className="finding finding--error">
                        {p}
                      </li>
                    ))}
                    {row.errors.map((f) => (
                      <li key={f.rule + f.path} className="finding finding--error">
                        {findingText(f, t)}
                      </li>
                    ))}
                    {row.warnings.map((f) => (
                      <li key={f.rule + f.path} className="finding finding--warning">
                        {findingText(f, t)}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {rows.length > SHOWN && (
        <p className="picker-empty">{t('sheet.more', { count: rows.length - SHOWN })}</p>
      )}
    </div>
  )
}
