/**
 * Which explanation a field's hint shows, and what it costs. A field is at a path of the
 * trainee's declaration; the case explains elements of its model answer. Goods items are
 * matched by sequence (as the scoring matches them), every other element by its place. The hint
 * shows the explanation of the element or of the nearest element it lies under, and is recorded
 * at that explanation's pointer: every scored box under it counts as missed (score.ts).
 */
import { toPointer, type JsonObject, type JsonPath } from '../../../shared/json'
import type { Case, Pointer } from '../../../shared/training/case'
import { explanationTextFor, parentPointer } from '../../../shared/training/explain'
import { scoreAnswer } from '../../../shared/training/score'
import { pickText } from '../../../shared/training/text'

export interface HintTarget {
  /** the model answer's pointer the explanation is given at: what the hint is recorded as */
  pointer: Pointer
  text: string
}

const sequenceOf = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject).sequence
    : undefined

/** The model answer's path for a path of the trainee's declaration. */
export function answerPath(kase: Case, document: JsonObject, path: JsonPath): JsonPath {
  if (path[0] !== 'consignments' || path[2] !== 'items' || typeof path[3] !== 'number') return path
  const consignments = (document.consignments ?? []) as JsonObject[]
  const items = (consignments[path[1] as number]?.items ?? []) as unknown[]
  const sequence = sequenceOf(items[path[3]])
  if (sequence === undefined) return path
  const answer = (kase.answer.consignments ?? []) as JsonObject[]
  for (const [c, consignment] of answer.entries()) {
    const index = ((consignment.items ?? []) as unknown[]).findIndex(
      (item) => sequenceOf(item) === sequence,
    )
    if (index >= 0) return ['consignments', c, 'items', index, ...path.slice(4)]
  }
  return path
}

/** The hint a field at `path` offers, or null when the case explains nothing there. */
export function hintTarget(
  kase: Case,
  document: JsonObject,
  path: JsonPath,
  language: string,
): HintTarget | null {
  let pointer = toPointer(answerPath(kase, document, path))
  const text = explanationTextFor(kase, pointer)
  // A text for the whole declaration would be a hint on every field: not offered.
  if (text === undefined) return null
  while (!Object.hasOwn(kase.explanations ?? {}, pointer)) pointer = parentPointer(pointer)
  return pointer === '' ? null : { pointer, text: pickText(text, language) }
}

/**
 * What a hint at each pointer costs: the weight of the scored boxes under it (the scoring of an
 * empty declaration misses every box, each with its weight).
 */
export function hintCosts(kase: Case): (pointer: Pointer) => number {
  const leaves = scoreAnswer(kase, {}).findings
  const cache = new Map<Pointer, number>()
  return (pointer) => {
    let cost = cache.get(pointer)
    if (cost === undefined) {
      cost = leaves
        .filter((leaf) => leaf.path === pointer || leaf.path.startsWith(`${pointer}/`))
        .reduce((sum, leaf) => sum + leaf.weight, 0)
      cache.set(pointer, cost)
    }
    return cost
  }
}
