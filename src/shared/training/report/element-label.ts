/**
 * How a report names a box of the declaration: the element's label from the catalogue
 * (`element.<id>.label`, the element id found from the pointer's shape as the scorer finds it),
 * the entry it lies in ("goods item 2", from `validation.entry.*`) and the SAD / TIR boxes the
 * element is printed in (the element table) — "Net mass (kg) · goods item 2", "SAD 38".
 */
import { boxCaption } from '../../format/elements'
import { fromPointer } from '../../json'
import type { Translate } from '../../validation/describe'
import type { Pointer } from '../case'
import { Shape } from '../compare'

export interface ElementName {
  /** the element's label, and the numbered entries it lies in */
  label: string
  /** "SAD 38 · TIR 11"; empty when the element is printed in no box */
  boxes: string
}

/** The root every pointer's shape is found from (shapes are kept: the same for every report). */
const ROOT = new Shape()

export function elementName(pointer: Pointer, t: Translate): ElementName {
  const parts = fromPointer(pointer)
  let shape = ROOT
  const entries: string[] = []
  let list = ''
  for (const part of parts) {
    if (typeof part === 'number') {
      // A declaration's single consignment needs no number; a second one does.
      if (list !== 'consignments' || part > 0) entries.push(entry(t, list, part + 1))
      continue
    }
    shape = shape.child(part)
    list = part
  }
  const id = shape.element
  const label =
    id === undefined
      ? (parts.filter((p) => typeof p === 'string').at(-1) ?? pointer)
      : t(`element.${id}.label`, { defaultValue: id })
  return {
    label: [label, ...entries].join(' · '),
    boxes: id === undefined ? '' : boxCaption(id),
  }
}

function entry(t: Translate, list: string, number: number): string {
  const phrase = t(`validation.entry.${list}`, { number, defaultValue: '' })
  return phrase === '' ? t('validation.entry.unknown', { list, number }) : phrase
}
