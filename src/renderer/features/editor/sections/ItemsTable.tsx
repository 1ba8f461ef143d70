/**
 * The items of one consignment as an editable, virtualised table: only the rows in view are
 * mounted, and a row re-renders only when its own item changes, so typing stays instant with
 * 999 items. Keyboard: ↑/↓ move between rows, Alt+↑/↓ reorder, Ctrl+Enter adds an item below,
 * Ctrl+D duplicates, Ctrl+Delete removes.
 */
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { asArray, type JsonObject, type JsonValue } from '../../../../shared/json'
import { LIMITS } from '../../../../shared/format/constants'
import {
  addItem,
  blankItem,
  duplicateItem,
  moveItem,
  removeItem,
  totalItems,
} from '../../../../shared/model/item-ops'
import { lazyPart } from '../../../components/lazy-part'
import { useUi } from '../../../state/ui-store'
// The dialog's styles come with the window's, in their place in the cascade; only its code waits.
import '../../sheet-import/sheet-import.css'
import {
  fillDown,
  ITEM_COLUMNS,
  itemWithDefaults,
  type ItemColumn,
} from '../../../../shared/model/item-defaults'
import { FillDownButton, NewItemRow, useDetailFaults } from './item-table-aids'
import { ItemRow } from './ItemRow'
import { fieldId, useSelector, useSession, useValue } from '../session-context'
import { useMayChange } from '../../movement/edit-mode'

const ROW_HEIGHT = 44

// With the spreadsheet readers (read-excel-file, papaparse): loaded the first time it opens.
const SheetImportDialog = lazyPart(() =>
  import('../../sheet-import/SheetImportDialog').then((m) => m.SheetImportDialog),
)

interface ItemsTableProps {
  consignment: number
  selected: number | null
  onSelect(index: number | null): void
}

export function ItemsTable({ consignment, selected, onSelect }: ItemsTableProps) {
  const { t } = useTranslation()
  const session = useSession()
  const items = asArray(useValue(['consignments', consignment, 'items']))
  const full = useSelector((d) => totalItems(d) >= LIMITS.itemsTotal)
  const open = useMayChange(['consignments', consignment, 'items'])
  const [importing, setImporting] = useState(false)
  /** the row the user was last in: Fill down copies from it */
  const [focusedRow, setFocusedRow] = useState(0)
  const faulty = useDetailFaults(consignment)
  /** Ctrl+K or the button: a goods line from the catalogue becomes the last item. */
  const openCatalogue = () => {
    if (!full)
      useUi.getState().setLibraryPicker({ kind: 'goods', path: ['consignments', consignment] })
  }
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  })

  // A jump from the issues panel to an item of this consignment: bring its row into view first.
  const focusRequest = useUi((s) => s.focusRequest)
  useEffect(() => {
    const match = /^\/consignments\/(\d+)\/items\/(\d+)/.exec(focusRequest?.pointer ?? '')
    if (match && Number(match[1]) === consignment) virtualizer.scrollToIndex(Number(match[2]))
  }, [focusRequest, consignment, virtualizer])

  /**
   * Focuses a column in another row. A row in view gets the focus at once, so keys typed right
   * after a shortcut land in the new row; a row out of view is scrolled in first.
   */
  const focusCell = (row: number, column: string) => {
    const count = asArray(session.valueAt(['consignments', consignment, 'items'])).length
    if (row < 0 || row >= count) return
    const id = fieldId(['consignments', consignment, 'items', row, ...column.split('/')])
    const cell = document.getElementById(id)
    if (cell) return cell.focus()
    virtualizer.scrollToIndex(row)
    requestAnimationFrame(() => document.getElementById(id)?.focus())
  }

  /** A structural change, rendered before the focus moves (hence flushSync). */
  const change = (update: (doc: JsonObject) => JsonObject, focusRow: number, column: string) => {
    flushSync(() => session.update(update))
    focusCell(focusRow, column)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement
    const row = Number(target.closest<HTMLElement>('[data-row]')?.dataset.row)
    if (Number.isNaN(row)) return
    const column = target.id.split('/items/')[1]?.split('/').slice(1).join('/') ?? 'description'
    const mod = event.ctrlKey || event.metaKey
    const plain = !event.altKey && !mod
    let handled = true
    if (event.altKey && event.key === 'ArrowUp' && row > 0)
      change((d) => moveItem(d, consignment, row, row - 1), row - 1, column)
    else if (event.altKey && event.key === 'ArrowDown' && row < items.length - 1)
      change((d) => moveItem(d, consignment, row, row + 1), row + 1, column)
    else if (plain && event.key === 'ArrowDown') focusCell(row + 1, column)
    else if (plain && event.key === 'ArrowUp') focusCell(row - 1, column)
    else if (mod && !event.shiftKey && event.key.toLowerCase() === 'k') openCatalogue()
    else if (mod && event.key === 'Enter')
      change((d) => addItem(d, consignment, row + 1), row + 1, 'description')
    else if (mod && event.key.toLowerCase() === 'd')
      change((d) => duplicateItem(d, consignment, row), row + 1, column)
    else if (mod && event.key === 'Delete')
      change((d) => removeItem(d, consignment, row), Math.min(row, items.length - 2), column)
    else handled = false
    if (handled) event.preventDefault()
  }

  return (
    <div
      className="items"
      role="table"
      aria-label={t('editor.goods.itemsTable')}
      aria-rowcount={items.length + 1}
    >
      <div className="items-row items-head" role="row">
        <span role="columnheader" className="col-sequence">
          {t('editor.goods.column.sequence')}
        </span>
        {(Object.keys(ITEM_COLUMNS) as ItemColumn[]).map((column) => (
          <span key={column} role="columnheader" className={`col-${column}`}>
            {t(`editor.goods.column.${column}`)}
            {open && items.length > 1 && (
              <FillDownButton
                column={column}
                from={Math.min(focusedRow, items.length - 2)}
                onFill={(from) => session.update((d) => fillDown(d, consignment, from, column))}
              />
            )}
          </span>
        ))}
        <span role="columnheader" className="col-actions">
          {t('editor.goods.column.actions')}
        </span>
      </div>
      <div
        className="items-scroll"
        ref={scrollRef}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          const row = Number(event.target.closest<HTMLElement>('[data-row]')?.dataset.row)
          if (!Number.isNaN(row)) setFocusedRow(row)
        }}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((row) => (
            <div
              key={row.key}
              className="items-virtual-row"
              style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
            >
              <ItemRow
                session={session}
                consignment={consignment}
                index={row.index}
                item={items[row.index] as JsonValue}
                last={row.index === items.length - 1}
                selected={selected === row.index}
                faulty={faulty.has(row.index)}
                onSelect={onSelect}
              />
            </div>
          ))}
        </div>
      </div>
      {open && !full && (
        <NewItemRow
          onStart={(description) => {
            const at = items.length
            flushSync(() =>
              session.update((d) =>
                addItem(d, consignment, at, itemWithDefaults(d, { ...blankItem(), description })),
              ),
            )
            focusCell(at, 'description')
            // Typing goes on where it began: the caret after what was typed.
            const input = document.activeElement
            if (input instanceof HTMLInputElement)
              input.setSelectionRange(input.value.length, input.value.length)
          }}
        />
      )}
      {open && (
        <>
          <button
            type="button"
            className="add"
            disabled={full}
            onClick={() => {
              change((d) => addItem(d, consignment), items.length, 'description')
            }}
          >
            {t('editor.goods.addItem')}
          </button>
          <button
            type="button"
            className="add"
            disabled={full}
            title="Ctrl+K"
            onClick={() => openCatalogue()}
          >
            {t('library.goods.from')}
          </button>
          <button type="button" className="add" disabled={full} onClick={() => setImporting(true)}>
            {t('sheet.open')}
          </button>
        </>
      )}
      {importing && (
        <SheetImportDialog consignment={consignment} onClose={() => setImporting(false)} />
      )}
    </div>
  )
}
