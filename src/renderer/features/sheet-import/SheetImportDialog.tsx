/**
 * Items from a spreadsheet: choose an .xlsx or .csv file, check which column fills what
 * (guessed from the titles, or as last time for this sender), see every row with what the
 * validator says about it, then import all rows or only the clean ones — in one step that Undo
 * takes back. Nothing changes before that; Cancel leaves the declaration as it was.
 */
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  applyRememberedMapping,
  cellText,
  guessMapping,
  headerRowIndex,
  mappingToRemember,
  readGoodsRows,
  SHEET_FIELDS,
  sheetFieldLabel,
  type Cell,
  type ColumnMapping,
  type SheetField,
} from '../../../shared/import/goods-sheet'
import { readSpreadsheet } from '../../../shared/import/read-spreadsheet'
import { isJsonObject } from '../../../shared/json'
import { Modal } from '../../components/Modal'
import { library } from '../../db/workspace'
import { useUi } from '../../state/ui-store'
import { useSession } from '../editor/session-context'
import { planImport, senderKey, withImportedItems } from './plan'
import { PreviewTable } from './PreviewTable'
import { ProblemAlert } from '../../components/ProblemAlert'

interface Sheet {
  name: string
  rows: Cell[][]
  header: number
}

export function SheetImportDialog({
  consignment,
  onClose,
}: {
  consignment: number
  onClose(): void
}) {
  const { t } = useTranslation()
  const session = useSession()
  const [sheet, setSheet] = useState<Sheet | null>(null)
  const [mapping, setMapping] = useState<ColumnMapping>([])
  const [problem, setProblem] = useState('')
  // The declaration as the dialog opened on it: the dialog is modal, so it stays so.
  const [doc] = useState(() => session.getDocument())
  const sender = senderKey(doc, consignment)

  const choose = async (file: File) => {
    setProblem('')
    const read = await readSpreadsheet(file.name, new Uint8Array(await file.arrayBuffer()))
    if ('error' in read) return setProblem(read.error)
    const header = headerRowIndex(read.rows)
    const titles = read.rows[header] ?? []
    const remembered = await library.sheetMapping(sender)
    setMapping((remembered && applyRememberedMapping(titles, remembered)) ?? guessMapping(titles))
    setSheet({ name: file.name, rows: read.rows, header })
  }

  const rows = useMemo(
    () => (sheet ? readGoodsRows(sheet.rows, mapping, sheet.header) : []),
    [sheet, mapping],
  )
  const plan = useMemo(() => planImport(doc, consignment, rows), [doc, consignment, rows])
  const importable = plan.rows.filter((r) => r.item)
  const clean = plan.rows.filter((r) => r.clean)
  const described = mapping.includes('description')

  const importRows = async (chosen: typeof plan.rows) => {
    const items = chosen.flatMap((r) => (r.item && isJsonObject(r.item) ? [r.item] : []))
    session.update((d) => withImportedItems(d, consignment, items))
    if (sheet)
      await library.rememberSheetMapping(
        sender,
        mappingToRemember(sheet.rows[sheet.header] ?? [], mapping),
      )
    useUi
      .getState()
      .notify('success', t('sheet.imported', { count: items.length, name: sheet?.name }))
    onClose()
  }

  const setField = (column: number, field: SheetField | null) =>
    setMapping((m) =>
      m.map((f, i) => (i === column ? field : f === field && field !== null ? null : f)),
    )

  return (
    <Modal title={t('sheet.title')} onCancel={onClose}>
      <p>{t('sheet.intro')}</p>
      <input
        type="file"
        accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        aria-label={t('sheet.choose')}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0]
          if (file) void choose(file)
        }}
      />
      <ProblemAlert problem={problem} />
      {sheet && (
        <>
          <fieldset className="sheet-mapping">
            <legend>{t('sheet.mapping', { name: sheet.name })}</legend>
            {(sheet.rows[sheet.header] ?? []).map((title, column) => (
              <label key={column}>
                <span>{cellText(title) || t('sheet.column', { n: column + 1 })}</span>
                <select
                  value={mapping[column] ?? ''}
                  onChange={(e) =>
                    setField(column, (e.currentTarget.value || null) as SheetField | null)
                  }
                >
                  <option value="">{t('sheet.ignore')}</option>
                  {SHEET_FIELDS.map((field) => (
                    <option key={field} value={field}>
                      {sheetFieldLabel(field)}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </fieldset>
          {!described && <p className="packet-problem">{t('sheet.needDescription')}</p>}
          <p role="status" className="sheet-summary">
            {t('sheet.summary', { rows: plan.rows.length, clean: clean.length })}
          </p>
          {importable.length > plan.room && (
            <p className="packet-problem" role="alert">
              {t('sheet.noRoom', { count: importable.length, room: plan.room })}
            </p>
          )}
          <PreviewTable rows={plan.rows} />
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('sheet.cancel')}
        </button>
        {sheet && (
          <>
            <button
              type="button"
              disabled={
                clean.length === 0 || clean.length > plan.room || clean.length === importable.length
              }
              onClick={() => void importRows(clean)}
            >
              {t('sheet.importClean', { count: clean.length })}
            </button>
            <button
              type="button"
              className="primary"
              disabled={importable.length === 0 || importable.length > plan.room}
              onClick={() => void importRows(importable)}
            >
              {t('sheet.importAll', { count: importable.length })}
            </button>
          </>
        )}
      </div>
    </Modal>
  )
}
