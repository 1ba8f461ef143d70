/**
 * A dialog that finds saved entries as the user types and picks one: ↓/↑ and Enter, or a click.
 * Used for the address book, the goods catalogue and the vehicles; `footer` adds what a pick
 * needs besides the entry (the goods catalogue's package count).
 */
import { useEffect, useId, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Modal } from '../../components/Modal'

export interface EntryLine {
  primary: string
  secondary: string
}

interface EntryPickerProps<T extends { id: string }> {
  title: string
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
  search,
  describe,
  onPick,
  onCancel,
  empty,
  footer,
}: EntryPickerProps<T>) {
  const { t } = useTranslation()
  const listId = useId()
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<T[] | null>(null)
  const [active, setActive] = useState(0)

  useEffect(() => {
    let current = true
    void search(query).then((entries) => {
      if (!current) return
      setFound(entries)
      setActive(0)
    })
    return () => {
      current = false
    }
  }, [query, search])

  const entries = found ?? []
  const optionId = (i: number) => `${listId}-${i}`
  return (
    <Modal title={title} onCancel={onCancel}>
      <input
        type="search"
        className="picker-query"
        role="combobox"
        aria-label={t('library.search')}
        aria-expanded={entries.length > 0}
        aria-controls={listId}
        aria-activedescendant={entries.length > 0 ? optionId(active) : undefined}
        autoFocus
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') e.stopPropagation()
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault()
            const step = e.key === 'ArrowDown' ? 1 : -1
            setActive((i) => Math.min(Math.max(0, i + step), Math.max(0, entries.length - 1)))
          } else if (e.key === 'Enter' && entries[active]) {
            e.preventDefault()
            onPick(entries[active])
          }
        }}
      />
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
