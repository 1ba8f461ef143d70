/**
 * A dialog that finds saved entries as the user types and picks one: ↓/↑ and Enter, or a click.
 * Used for the address book, the goods catalogue and the vehicles; `footer` adds what a pick
 * needs besides the entry (the goods catalogue's package count).
 */
import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Modal } from '../../components/Modal'
import { useListSearch } from '../../components/use-list-search'

export interface EntryLine {
  primary: string
  secondary: string
}

interface EntryPickerProps<T extends { id: string }> {
  title: string
  /** the search box's visible label: what it searches */
  searchLabel: string
  search(query: string): Promise<T[]>
  describe(entry: T): EntryLine
  onPick(entry: T): void
  onCancel(): void
  /** shown when nothing is saved yet */
  empty: string
  footer?: ReactNode
}

export function EntryPicker<T extends { id: string }>({
  title,
  searchLabel,
  search,
  describe,
  onPick,
  onCancel,
  empty,
  footer,
}: EntryPickerProps<T>) {
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<T[] | null>(null)

  const entries = found ?? []
  const { active, resetActive, optionId, inputProps, listId } = useListSearch(entries, onPick)

  useEffect(() => {
    let current = true
    void search(query).then((next) => {
      if (!current) return
      setFound(next)
      resetActive()
    })
    return () => {
      current = false
    }
  }, [query, search, resetActive])

  return (
    <Modal title={title} onCancel={onCancel}>
      <label className="search-field">
        {searchLabel}
        <input
          type="search"
          className="picker-query"
          {...inputProps}
          autoFocus
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
      </label>
      {found !== null && entries.length === 0 && (
        <p className="picker-empty" role="status">
          {query.trim() === '' ? empty : t('library.noMatch')}
        </p>
      )}
      <ul role="listbox" id={listId} className="picker-list" aria-label={title}>
        {entries.map((entry, i) => {
          const line = describe(entry)
          return (
            <li
              key={entry.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onPick(entry)}
            >
              <span className="picker-primary">{line.primary}</span>
              <span className="picker-secondary">{line.secondary}</span>
            </li>
          )
        })}
      </ul>
      {footer}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('library.cancel')}
        </button>
      </div>
    </Modal>
  )
}
