/**
 * The HS 2022 finder: words or a code prefix in, ranked subheadings (and headings, chapters)
 * out, each with its chapter → heading path; ↓/↑ and Enter, or a click, pick one. A national
 * 8- or 10-digit code typed in full is offered as it is when its subheading exists.
 */
import { useDeferredValue, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { hsIndex, type HsHit } from '../../../shared/codes/hs-search'
import { Modal } from '../../components/Modal'
import { useListSearch } from '../../components/use-list-search'

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
  const [query, setQuery] = useState(initialQuery)
  // Typing stays responsive even on the first search, which builds the index.
  const deferred = useDeferredValue(query)
  const hits = useMemo(() => hsIndex().search(deferred, SHOWN), [deferred])
  const pick = (hit: HsHit) => onPick(hit.nationalCode ?? hit.entry.code)
  const { active, resetActive, optionId, inputProps, listId } = useListSearch(hits, pick)

  return (
    <Modal title={t('hsFinder.title')} onCancel={onCancel}>
      <input
        type="search"
        className="hs-query"
        {...inputProps}
        aria-label={t('hsFinder.query')}
        placeholder={t('hsFinder.placeholder')}
        autoFocus
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value)
          resetActive()
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
