/**
 * The HS 2022 finder: words (in English, Russian, Kazakh or Urdu, as people name goods) or a
 * code prefix in, ranked subheadings (and headings, chapters) out, each with its chapter →
 * heading path; ↓/↑ and Enter, or a click, pick one. The lines of imported national tariffs
 * follow their subheading, and picking one takes its 8 or 10 digits. A national code typed in
 * full is offered as it is when its subheading exists. The national tariffs are imported and
 * removed here too (TariffsPanel).
 */
import { useDeferredValue, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { hsIndexWith, type HsHit } from '../../../shared/codes/hs-search'
import { Modal } from '../../components/Modal'
import { useListSearch } from '../../components/use-list-search'
import { useNationalTariffs } from './national-tariffs'
import { TariffsPanel } from './TariffsPanel'
import './hs-finder.css'

const SHOWN = 50

/**
 * A code as its nomenclature prints it: "0813.10" (HS), "0813 10 000 0" (the EAEU's ТН ВЭД),
 * "0813.1000" (the Pakistan Customs Tariff's PCT code).
 */
export function formatHsCode(code: string): string {
  if (code.length === 10)
    return `${code.slice(0, 4)} ${code.slice(4, 6)} ${code.slice(6, 9)} ${code.slice(9)}`
  return code.length > 4 ? `${code.slice(0, 4)}.${code.slice(4)}` : code
}

/** A hit's row style: a national line, or the level of its HS entry (2, 4 or 6 digits). */
const hitClass = (hit: HsHit) =>
  `hs-hit hs-hit--${hit.line ? 'national' : `level${hit.entry.code.length}`}`

const hitKey = (hit: HsHit) =>
  hit.line ? `${hit.line.tariff}:${hit.line.code}` : (hit.nationalCode ?? hit.entry.code)

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
  const [managing, setManaging] = useState(false)
  const { tariffs, lines } = useNationalTariffs()
  // Typing stays responsive even on the first search, which builds the index.
  const deferred = useDeferredValue(query)
  const hits = useMemo(() => hsIndexWith(lines).search(deferred, SHOWN), [deferred, lines])
  const pick = (hit: HsHit) => onPick(hit.line?.code ?? hit.nationalCode ?? hit.entry.code)
  const { active, resetActive, optionId, inputProps, listId } = useListSearch(hits, pick)
  const tariffName = new Map(tariffs?.map((tariff) => [tariff.id, tariff.name]))

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
          setManaging(false)
        }}
      />
      <div className="hs-status">
        <p className="hs-count" role="status">
          {deferred.trim() === ''
            ? t('hsFinder.hint')
            : hits.length === 0
              ? t('hsFinder.none')
              : t('hsFinder.count', { count: hits.length })}
        </p>
        <button type="button" aria-expanded={managing} onClick={() => setManaging(!managing)}>
          {managing
            ? t('hsFinder.tariffs.back')
            : t('hsFinder.tariffs.open', { number: tariffs?.length ?? 0 })}
        </button>
      </div>
      {managing ? (
        <TariffsPanel tariffs={tariffs} />
      ) : (
        <ul role="listbox" id={listId} className="hs-hits" aria-label={t('hsFinder.results')}>
          {hits.map((hit, i) => (
            <li
              key={hitKey(hit)}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={hitClass(hit)}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(hit)}
            >
              <span className="hs-code">
                {formatHsCode(hit.line?.code ?? hit.nationalCode ?? hit.entry.code)}
              </span>
              {hit.line ? (
                <>
                  <span className="hs-description">{hit.line.description}</span>
                  <span className="hs-path">
                    {[tariffName.get(hit.line.tariff), hit.line.context]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </>
              ) : (
                <>
                  <span className="hs-description">{hit.entry.description}</span>
                  {hit.path.length > 0 && (
                    <span className="hs-path">
                      {hit.path.map((p) => `${formatHsCode(p.code)} ${p.description}`).join(' › ')}
                    </span>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('hsFinder.cancel')}
        </button>
      </div>
    </Modal>
  )
}
