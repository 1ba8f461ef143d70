/**
 * Choosing the critical boxes among the declaration's scored values: a search over each box's
 * label, SAD / TIR box, pointer and value, the chosen ones always listed first. A declaration of
 * 999 items has thousands of values, so only the first matches are listed.
 */
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { fromPointer, getAt, type JsonObject } from '../../../shared/json'
import { criticalChoices } from '../../../shared/training/author-case'
import { elementName } from '../../../shared/training/report/element-label'
import { translate, useLanguage } from '../../i18n'
import { Section } from './fields'

/** The most boxes listed at once. */
const LISTED = 40

interface Choice {
  pointer: string
  label: string
  boxes: string
  value: string
  /** what the search looks in, lower case */
  haystack: string
}

export function CriticalPicker({
  declaration,
  chosen,
  onChange,
}: {
  declaration: JsonObject
  chosen: string[]
  onChange(chosen: string[]): void
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [query, setQuery] = useState('')
  const choices = useMemo(
    () =>
      criticalChoices(declaration).map((pointer): Choice => {
        const { label, boxes } = elementName(pointer, translate)
        const value = String(getAt(declaration, fromPointer(pointer)))
        return {
          pointer,
          label,
          boxes,
          value,
          haystack: `${label} ${boxes} ${pointer} ${value}`.toLowerCase(),
        }
      }),
    // The labels follow the window's language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [declaration, language],
  )
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean)
  const matches = choices.filter(
    (c) => !chosen.includes(c.pointer) && words.every((w) => c.haystack.includes(w)),
  )
  const picked = choices.filter((c) => chosen.includes(c.pointer))
  const listed = [...picked, ...matches.slice(0, Math.max(0, LISTED - picked.length))]
  const toggle = (pointer: string, on: boolean) =>
    onChange(on ? [...chosen, pointer] : chosen.filter((p) => p !== pointer))

  return (
    <Section title={t('caseAuthor.critical')} help={t('caseAuthor.criticalHelp')}>
      <label className="search-field">
        {t('caseAuthor.criticalSearch')}
        <input type="search" value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
      </label>
      <p className="count" role="status">
        {t('caseAuthor.criticalCount', { count: chosen.length })}
      </p>
      <ul className="critical-choices">
        {listed.map((choice) => (
          <li key={choice.pointer} data-pointer={choice.pointer}>
            <label>
              <input
                type="checkbox"
                checked={chosen.includes(choice.pointer)}
                onChange={(e) => toggle(choice.pointer, e.currentTarget.checked)}
              />
              <span>{choice.label}</span>
              {choice.boxes && <span className="box-caption">{choice.boxes}</span>}
              <bdi className="critical-value">{choice.value}</bdi>
            </label>
          </li>
        ))}
      </ul>
      {picked.length + matches.length > listed.length && (
        <p className="field-help">
          {t('caseAuthor.criticalShown', {
            shown: listed.length,
            total: picked.length + matches.length,
          })}
        </p>
      )}
    </Section>
  )
}
