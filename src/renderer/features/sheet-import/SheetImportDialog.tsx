/**
 * Items from a spreadsheet: choose an .xlsx or .csv file, see every row as it would be imported
 * with what the validator says about it, set what each column means in the preview's header
 * (guessed from the titles and values, or as last time for this sender) and the defaults for
 * rows that lack a currency or a kind of package — each change re-plans at once — then import all
 * rows or only the clean ones, in one step that Undo takes back. Nothing changes before that;
 * Cancel leaves the declaration as it was.
 */
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  applyRememberedMapping,
  headerRowIndex,
  mappingToRemember,
  readGoodsRows,
  withColumnMeaning,
  type Cell,
  type ColumnMapping,
  type SheetField,
} from '../../../shared/import/goods-sheet'
import { readSpreadsheet } from '../../../shared/import/read-spreadsheet'
import { guessColumns, type GuessNote } from '../../../shared/import/sheet-columns'
import { isJsonObject } from '../../../shared/json'
import { Modal } from '../../components/Modal'
import { ProblemAlert } from '../../components/ProblemAlert'
import { library } from '../../db/workspace'
import { problemText } from '../../i18n'
import { useUi } from '../../state/ui-store'
import { useSession } from '../editor/session-context'
import { DefaultsFields, appliedDefaults } from './DefaultsFields'
import { planImport, senderKey, withImportedItems } from './plan'
import { PreviewTable } from './PreviewTable'
import './sheet-import.css'

interface Sheet {
  name: string
  rows: Cell[][]
  header: number
  /** the header's cells, one per column (as wide as the widest row: a column may lack a title) */
  titles: Cell[]
  /** the guess for each column, and why where the title alone did not say (none if remembered) */
  guess: { mapping: ColumnMapping; notes: (GuessNote | null)[] } | null
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
  const [typedDefaults, setTypedDefaults] = useState({ currency: '', packageKind: '' })
  const [problem, setProblem] = useState('')
  // The declaration as the dialog opened on it: the dialog is modal, so it stays so.
  const [doc] = useState(() => session.getDocument())
  const sender = senderKey(doc, consignment)

  const choose = async (file: File) => {
    setProblem('')
    const read = await readSpreadsheet(file.name, new Uint8Array(await file.arrayBuffer()))
    if ('error' in read) return setProblem(problemText(read.error))
    const header = headerRowIndex(read.rows)
    const width = read.rows.slice(header).reduce((w, row) => Math.max(w, row.length), 0)
    const titles = Array.from({ length: width }, (_, i) => read.rows[header]?.[i] ?? null)
    const remembered = await library.sheetMapping(sender)
    const known = remembered ? applyRememberedMapping(titles, remembered) : null
    const guess = known ? null : guessColumns(titles, read.rows.slice(header + 1))
    setMapping(known ?? guess!.mapping)
    setSheet({ name: file.name, rows: read.rows, header, titles, guess })
  }

  const defaults = appliedDefaults(typedDefaults)
  const { currency, packageKind } = defaults
  const rows = useMemo(
    () =>
      sheet ? readGoodsRows(sheet.rows, mapping, sheet.header, { currency, packageKind }) : [],
    [sheet, mapping, currency, packageKind],
  )
  const plan = useMemo(() => planImport(doc, consignment, rows), [doc, consignment, rows])
  const importable = plan.rows.filter((r) => r.item)
  const clean = plan.rows.filter((r) => r.clean)
  const described = mapping.includes('description')
  // A note explains a guess: it goes once the user gives the column another meaning.
  const notes = mapping.map((field, column) =>
    sheet?.guess && sheet.guess.mapping[column] === field ? sheet.guess.notes[column] : null,
  )

  const importRows = async (chosen: typeof plan.rows) => {
    const items = chosen.flatMap((r) => (r.item && isJsonObject(r.item) ? [r.item] : []))
    session.update((d) => withImportedItems(d, consignment, items))
    if (sheet) await library.rememberSheetMapping(sender, mappingToRemember(sheet.titles, mapping))
    useUi
      .getState()
      .notify('success', t('sheet.imported', { count: items.length, name: sheet?.name }))
    onClose()
  }

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
          <DefaultsFields
            typed={typedDefaults}
            onType={(field, text) => setTypedDefaults((d) => ({ ...d, [field]: text }))}
          />
          {!described && <p className="packet-problem">{t('sheet.needDescription')}</p>}
          <p role="status" className="sheet-summary">
            {t('sheet.summary', { rows: plan.rows.length, clean: clean.length })}
          </p>
          {importable.length > plan.room && (
            <p className="packet-problem" role="alert">
              {t('sheet.noRoom', { count: importable.length, room: plan.room })}
            </p>
          )}
          <PreviewTable
            name={sheet.name}
            cells={sheet.rows}
            titles={sheet.titles}
            mapping={mapping}
            notes={notes}
            defaults={defaults}
            rows={plan.rows}
            onMeaning={(column: number, field: SheetField | null) =>
              setMapping((m) => withColumnMeaning(m, column, field))
            }
          />
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
