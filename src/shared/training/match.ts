/**
 * Which entry of the trainee's declaration is compared with which entry of the model answer
 * (case-format.md, "Scoring"): goods items by their `sequence` (box 32, numbered across the whole
 * declaration), wherever the trainee put them; documents by their type, the n-th document of a
 * type with the n-th of that type (box 44 lists them in no particular order); every other list —
 * countries of routing, seals, containers, offices of transit, means of transport, packages —
 * entry by entry, in order.
 */
import { isJsonObject, type JsonValue } from '../json'

/** Escapes one key or index for a JSON Pointer (RFC 6901). */
export function pointerPart(key: string | number): string {
  if (typeof key === 'number') return `/${key}`
  return key.includes('~') || key.includes('/')
    ? `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`
    : `/${key}`
}

export interface Entry {
  value: unknown
  path: string
}

/** The trainee's goods items by sequence (the first of each number), across consignments. */
export class ItemIndex {
  private readonly bySequence = new Map<number, Entry>()
  private readonly all: Entry[] = []
  private readonly used = new Set<Entry>()

  constructor(declaration: unknown) {
    const consignments = isJsonObject(declaration) ? declaration.consignments : undefined
    if (!Array.isArray(consignments)) return
    consignments.forEach((consignment, c) => {
      const items = isJsonObject(consignment) ? consignment.items : undefined
      if (!Array.isArray(items)) return
      items.forEach((value, i) => {
        const entry = { value, path: `/consignments/${c}/items/${i}` }
        this.all.push(entry)
        const sequence = isJsonObject(value) ? value.sequence : undefined
        if (typeof sequence === 'number' && !this.bySequence.has(sequence)) {
          this.bySequence.set(sequence, entry)
        }
      })
    })
  }

  /** The trainee's item of this sequence number, taken: it is no longer an extra. */
  take(sequence: JsonValue | undefined): Entry | undefined {
    if (typeof sequence !== 'number') return undefined
    const entry = this.bySequence.get(sequence)
    if (entry === undefined || this.used.has(entry)) return undefined
    this.used.add(entry)
    return entry
  }

  /** The trainee's items no item of the answer was matched with, in document order. */
  untaken(): Entry[] {
    return this.all.filter((entry) => !this.used.has(entry))
  }
}

/** A document's type as the lists are matched by it ("n380 " is N380). */
const typeOf = (document: unknown) =>
  isJsonObject(document) && typeof document.type === 'string'
    ? document.type.trim().toUpperCase()
    : undefined

/**
 * For each of the answer's documents, the index of the trainee's document of the same type and
 * rank among that type (undefined when the trainee has fewer of it); and the trainee's indexes
 * left over.
 */
export function matchDocuments(
  expected: readonly JsonValue[],
  given: readonly unknown[],
): { matches: (number | undefined)[]; left: number[] } {
  const byType = new Map<string, number[]>()
  given.forEach((document, index) => {
    const type = typeOf(document)
    if (type === undefined) return
    const indexes = byType.get(type)
    if (indexes === undefined) byType.set(type, [index])
    else indexes.push(index)
  })
  const taken = new Set<number>()
  const matches = expected.map((document) => {
    const type = typeOf(document)
    const index = type === undefined ? undefined : byType.get(type)?.shift()
    if (index !== undefined) taken.add(index)
    return index
  })
  const left = given.map((_, index) => index).filter((index) => !taken.has(index))
  return { matches, left }
}
