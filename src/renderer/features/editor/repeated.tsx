/**
 * A list element of the format (offices of transit, means of transport, seals, packages …):
 * its entries in order, each removable and movable, and an Add button up to the format's limit.
 */
import { useRef, type ReactNode } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { boxCaption, type ElementId, listMax } from '../../../shared/format/elements'
import {
  asArray,
  getAt,
  toPointer,
  type JsonObject,
  type JsonPath,
  type JsonValue,
} from '../../../shared/json'
import { insertAt, moveWithin, removeAt } from '../../../shared/model/document-ops'
import { useMayChange } from '../movement/edit-mode'
import { useSession, useValue } from './session-context'

interface RepeatedProps {
  path: JsonPath
  /** the list element: its label, box and how many entries the format allows */
  element: ElementId
  /** the value a new entry starts with */
  create: () => JsonValue
  renderEntry: (path: JsonPath, index: number) => ReactNode
  /** lay entries out on one line each (string lists) instead of as boxed groups */
  inline?: boolean
  /** where Add puts the new entry (default: last) */
  addAt?: (document: JsonObject) => number | undefined
}

export function Repeated({ path, element, create, renderEntry, inline, addAt }: RepeatedProps) {
  const max = listMax(element)
  const session = useSession()
  const { t } = useTranslation()
  const entries = asArray(useValue(path))
  const label = t(`element.${element}.label`)
  const caption = boxCaption(element)
  const open = useMayChange(path)
  const list = useRef<HTMLFieldSetElement>(null)
  /** Adds an entry and puts the focus in it, so the user types on at once. */
  const add = () => {
    let index = entries.length
    flushSync(() =>
      session.update((d) => {
        index = addAt?.(d) ?? asArray(getAt(d, path)).length
        return insertAt(d, path, create(), index)
      }, path),
    )
    list.current
      ?.querySelector(`[data-entry="${index}"]`)
      ?.querySelector<HTMLElement>('input, select, textarea')
      ?.focus()
  }
  return (
    <fieldset
      ref={list}
      className={inline ? 'repeated repeated--inline' : 'repeated'}
      data-path={toPointer(path)}
    >
      <legend>
        {label}
        {caption && <span className="box-caption">{caption}</span>}
        <span className="count">
          {entries.length} / {max}
        </span>
      </legend>
      <small className="field-help">{t(`element.${element}.help`)}</small>
      {entries.map((_, index) => (
        <div className="repeated-entry" key={index} data-entry={index}>
          <span className="entry-number">{index + 1}</span>
          <div className="entry-body">{renderEntry([...path, index], index)}</div>
          {open && (
            <div className="entry-actions">
              <button
                type="button"
                aria-label={t('editor.moveUp', { what: label, n: index + 1 })}
                disabled={index === 0}
                onClick={() => session.update((d) => moveWithin(d, path, index, index - 1), path)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={t('editor.moveDown', { what: label, n: index + 1 })}
                disabled={index === entries.length - 1}
                onClick={() => session.update((d) => moveWithin(d, path, index, index + 1), path)}
              >
                ↓
              </button>
              <button
                type="button"
                className="danger"
                aria-label={t('editor.remove', { what: label, n: index + 1 })}
                onClick={() => session.update((d) => removeAt(d, path, index), path)}
              >
                ✕
              </button>
            </div>
          )}
        </div>
      ))}
      {open && (
        <button type="button" className="add" disabled={entries.length >= max} onClick={add}>
          {t('editor.add', { what: label })}
        </button>
      )}
    </fieldset>
  )
}
