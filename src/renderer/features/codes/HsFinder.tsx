/**
 * The HS 2022 finder: words or a code prefix in, ranked subheadings (and headings, chapters)
 * out, each with its chapter → heading path; ↓/↑ and Enter, or a click, pick one. A national
 * 8- or 10-digit code typed in full is offered as it is when its subheading exists.
 */
import { useDeferredValue, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { hsIndex, type HsHit } from '../../../shared/codes/hs-search'
import { Modal } from '../../components/Modal'

const SHOWN = 50

/** "081310" → "0813.10", as the nomenclature prints codes. */
export function formatHsCode(code: string): string {
  return code.length > 4 ? `${code.slice(0, 4)}.${code.slice(4)}` : code
}

export function HsFinder({
  initialQuery,
  onPick,
  onCancel,
}: {
  initialQuery: string
  onPick(code: string): void
  onCancel(): void
}) {
  const { t } = useTranslation()
  const listId = useId()
  const [query, setQuery] = useState(initialQuery)
  const [active, setActive] = useState(0)
  // Typing stays responsive even on the first search, which builds the index.
  const deferred = useDeferredValue(query)
  const hits = useMemo(() => hsIndex().search(deferred, SHOWN), [deferred])
  const optionId = (i: number) => `${listId}-${i}`
  const pick = (hit: HsHit) => onPick(hit.nationalCode ?? hit.entry.code)

  return (
    <Modal title={t('hsFinder.title')} onCancel={onCancel}>
      <input
        type="search"
        className="hs-query"
        role="combobox"
        aria-label={t('hsFinder.query')}
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={hits.length > 0 ? optionId(active) : undefined}
        placeholder={t('hsFinder.placeholder')}
        autoFocus
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value)
          setActive(0)
        }}
        onKeyDown={(e) => {
          // The finder's keys are its own, not the editor's (the items table moves on arrows).
          if (e.key !== 'Escape') e.stopPropagation()
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault()
            const step = e.key === 'ArrowDown' ? 1 : -1
            setActive((i) => Math.min(Math.max(0, i + step), Math.max(0, hits.length - 1)))
          } else if (e.key === 'Enter' && hits[active]) {
            e.preventDefault()
            pick(hits[active])
          }
        }}
      />
      <p className="hs-count" role="status">
        {deferred.trim() === ''
          ? t('hsFinder.hint')
          : hits.length === 0
            ? t('hsFinder.none')
            : t('hsFinder.count', { count: hits.length })}
      </p>
      <ul role="listbox" id={listId} className="hs-hits" aria-label={t('hsFinder.results')}>
        {hits.map((hit, i) => (
          <li
            key={hit.entry.code}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={`hs-hit hs-hit--level${hit.entry.code.length}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(hit)}
          >
            <span className="hs-code">{formatHsCode(hit.nationalCode ?? hit.entry.code)}</span>
            <span className="hs-description">{hit.entry.description}</span>
            {hit.path.length > 0 && (
              <span className="hs-path">
                {hit.path.map((p) => `${formatHsCode(p.code)} ${p.description}`).join(' › ')}
              </span>
            )}
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('hsFinder.cancel')}
        </button>
      </div>
    </Modal>
  )
}
