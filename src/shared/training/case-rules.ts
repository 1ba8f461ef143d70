/**
 * What a case's pointers say about the elements of its answer — left out, critical, weighted,
 * explained, hinted — as a tree of the pointers' segments. The scoring walk descends it beside
 * the answer: an element no pointer names costs no look-up at all, and a pointer is never
 * compared as a string.
 */
import { fromPointer } from '../json'
import type { Case, Pointer, Text } from './case'

export interface RuleNode {
  children?: Map<string, RuleNode>
  ignore?: true
  critical?: true
  hinted?: true
  weight?: number
  explanation?: Text
}

/** The node of `pointer`'s element, made on the way when missing. */
function nodeAt(root: RuleNode, pointer: Pointer): RuleNode {
  let node = root
  for (const part of fromPointer(pointer)) {
    const key = String(part)
    node.children ??= new Map()
    let child = node.children.get(key)
    if (child === undefined) {
      child = {}
      node.children.set(key, child)
    }
    node = child
  }
  return node
}

/** The rules of a case's scoring and explanations, with the hints the trainee was shown. */
export function caseRules(kase: Case, hints: readonly Pointer[]): RuleNode {
  const root: RuleNode = {}
  const scoring = kase.scoring ?? {}
  for (const pointer of scoring.ignore ?? []) nodeAt(root, pointer).ignore = true
  for (const pointer of scoring.critical ?? []) nodeAt(root, pointer).critical = true
  for (const [pointer, weight] of Object.entries(scoring.weights ?? {})) {
    nodeAt(root, pointer).weight = weight
  }
  for (const [pointer, text] of Object.entries(kase.explanations ?? {})) {
    nodeAt(root, pointer).explanation = text
  }
  for (const pointer of hints) nodeAt(root, pointer).hinted = true
  return root
}

/** The rules under `node` for its child `key` (an object's key, or a list's index). */
export function childRules(node: RuleNode | undefined, key: string | number): RuleNode | undefined {
  return node?.children?.get(typeof key === 'number' ? String(key) : key)
}
