/**
 * Every row of the sheet as it would be imported: the sheet's own columns, each headed by its
 * title and a select of what the column means (pre-set to the guess, with the reason where the
 * title alone did not say), then the goods item the row becomes and what the validator says
 * about it. What the import's defaults supply is marked as the default, in the sheet's column
 * when it has one and in the item.
 */
import { useTranslation } from 'react-i18next'
import {
  cellText,
  SHEET_FIELDS,
  sheetFieldLabel,
  sheetProblemText,
  type Cell,
  type ColumnMapping,
  type DefaultedField,
  type SheetDefaults,
  type SheetField,
} from '../../../shared/import/goods-sheet'
import type { GuessNote } from '../../../shared/import/sheet-columns'
import { isJsonObject, type JsonObject, type JsonValue } from '../../../shared/json'
import { findingText } from '../../../shared/validation/finding-text'
import type { PlannedRow } from './plan'

/** Rows shown at once; the counts above cover all of them. */
const SHOWN = 300

interface PreviewTableProps {
  name: string
  /** the header's cells, one per column */
  titles: readonly Cell[]
  /** the sheet's rows as read (a row's number is its index + 1) */
  cells: readonly (readonly Cell[])[]
  mapping: ColumnMapping
  notes: readonly (GuessNote | null)[]
  defaults: SheetDefaults
  rows: PlannedRow[]
  onMeaning(column: number, field: SheetField | null): void
}

export function PreviewTable(props: PreviewTableProps) {
  const { name, titles, cells, mapping, notes, defaults, rows, onMeaning } = props
  const { t } = useTranslation()
  const heading = (column: number) =>
    cellText(titles[column]) || t('sheet.column', { n: column + 1 })
  return (
    <div className="sheet-preview">
      <table aria-label={t('sheet.preview')}>
        <caption>{t('sheet.mapping', { name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sheet.row')}</th>
            {titles.map((_, column) => {
              const note = notes[column]
              return (
                <th key={column} scope="col" className="sheet-column">
                  <span className="sheet-column-title">{heading(column)}</span>
                  <select
                    aria-label={t('sheet.meaning', { title: heading(column) })}
                    value={mapping[column] ?? ''}
                    onChange={(e) =>
                      onMeaning(column, (e.currentTarget.value || null) as SheetField | null)
                    }
                  >
                    <option value="">{t('sheet.ignore')}</option>
                    {SHEET_FIELDS.map((field) => (
                      <option key={field} value={field}>
                        {sheetFieldLabel(field, t)}
                      </option>
                    ))}
                  </select>
                  {note && (
                    <small className="sheet-guess">
                      {t(`sheet.why.${note.reason}`, { other: note.other })}
                    </small>
                  )}
                </th>
              )
            })}
            <th scope="col" className="sheet-item">
              {t('sheet.item')}
            </th>
            <th scope="col" className="sheet-findings">
              {t('sheet.findings')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN).map((row) => (
            <tr
              key={row.rowNumber}
              className={row.clean ? 'sheet-row--clean' : 'sheet-row--faulty'}
            >
              <td>{row.rowNumber}</td>
              {titles.map((_, column) => {
                const field = mapping[column] ?? null
                return (
                  <td key={column} className={field ? undefined : 'sheet-cell--ignored'}>
                    <SheetCell
                      cell={cells[row.rowNumber - 1]?.[column]}
                      field={field}
                      row={row}
                      defaults={defaults}
                    />
                  </td>
                )
              })}
              <td className="sheet-item">
                {row.item ? itemSummary(row.item, row.defaulted) : '—'}
              </td>
              <td>
                <Findings row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > SHOWN && (
        <p className="picker-empty">{t('sheet.more', { count: rows.length - SHOWN })}</p>
      )}
    </div>
  )
}

const isDefaulted = (field: SheetField | null): field is DefaultedField =>
  field === 'currency' || field === 'packageKind'

/** A cell as the sheet has it; an empty one the default filled says so. */
function SheetCell(props: {
  cell: Cell
  field: SheetField | null
  row: PlannedRow
  defaults: SheetDefaults
}) {
  const { cell, field, row, defaults } = props
  const text = cellText(cell)
  if (text !== '' || !isDefaulted(field) || !row.defaulted.includes(field)) return text
  return <DefaultValue value={defaults[field] ?? ''} />
}

function DefaultValue({ value }: { value: string }) {
  const { t } = useTranslation()
  return <span className="sheet-default">{t('sheet.defaultValue', { value })}</span>
}

const shown = (value: JsonValue | undefined) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : ''

/** The item in one line: description · HS code · gross mass · packages · quantity · value. */
function itemSummary(item: JsonObject, defaulted: DefaultedField[]) {
  const pkg = Array.isArray(item.packages) && isJsonObject(item.packages[0]) ? item.packages[0] : {}
  const value = isJsonObject(item.value) ? item.value : {}
  const quantity = isJsonObject(item.supplementaryUnits) ? item.supplementaryUnits : {}
  const code = (field: DefaultedField, text: string) =>
    defaulted.includes(field) ? <DefaultValue value={text} /> : text
  const parts = [
    shown(item.description),
    shown(item.hsCode),
    item.grossMass !== undefined ? `${shown(item.grossMass)} kg` : '',
    pkg.count !== undefined || pkg.kind !== undefined ? (
      <>
        {shown(pkg.count)} {code('packageKind', shown(pkg.kind))}
      </>
    ) : (
      ''
    ),
    quantity.quantity !== undefined
      ? `${shown(quantity.quantity)} ${shown(quantity.unit)}`.trim()
      : '',
    value.amount !== undefined ? (
      <>
        {shown(value.amount)} {code('currency', shown(value.currency))}
      </>
    ) : (
      ''
    ),
  ].filter((part) => part !== '')
  return parts.map((part, i) => (
    <span key={i} className="sheet-item-part">
      {part}
    </span>
  ))
}

function Findings({ row }: { row: PlannedRow }) {
  const { t } = useTranslation()
  return (
    <ul className="findings">
      {row.problems.map((p, i) => (
        <li key={i} className="finding finding--error">
          {sheetProblemText(p, t)}
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
  )
}
