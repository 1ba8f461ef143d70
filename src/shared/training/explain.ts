/**
 * A case's explanation of an element (case-format.md, `explanations`): the explanation of the
 * pointer itself, else of the nearest element it lies under that has one — "/holder" explains
 * the holder's name when "/holder/name" has no explanation of its own. A hint in practice mode
 * shows it; a result gives it with each missed box.
 */
import type { Case, Pointer, Text } from './case'
import { pickText } from './text'

/** The pointer of the element that holds `pointer`: "/holder/name" → "/holder"; "" for a top element. */
export function parentPointer(pointer: Pointer): Pointer {
  return pointer.slice(0, Math.max(0, pointer.lastIndexOf('/')))
}

/** The explanation (a Text) of the nearest pointer at or above `pointer` that has one. */
export function explanationTextFor(kase: Case, pointer: Pointer): Text | undefined {
  const explanations = kase.explanations
  if (explanations === undefined) return undefined
  for (let at = pointer; ; at = parentPointer(at)) {
    if (Object.hasOwn(explanations, at)) return explanations[at]
    if (at === '') return undefined
  }
}

/** The explanation of `pointer` (a pointer into the model answer) in `language`, if any. */
export function explanationFor(kase: Case, pointer: Pointer, language: string): string | undefined {
  const text = explanationTextFor(kase, pointer)
  return text === undefined ? undefined : pickText(text, language)
}
