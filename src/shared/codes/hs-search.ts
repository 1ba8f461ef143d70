/**
 * The HS 2022 finder: full-text search over every description and code-prefix search, ranked,
 * each hit with its chapter → heading path. Words match across their forms (searchStems) and
 * through the names people use for goods (hs-synonyms.ts). The lines of imported national
 * tariffs (8 or 10 digits) are searched too and offered under their subheading. The index is
 * built on first use (a few tens of milliseconds), never at start.
 */
import { HS_ENTRIES, hsEntry, type HsEntry } from './hs2022'
import { synonymsFor } from './hs-synonyms-query'
import { fold, searchStems } from './search-text'

/** A line of a national tariff: a code of 8 or 10 digits under an HS 2022 subheading. */
export interface NationalLine {
  /** the imported tariff it belongs to */
  tariff: string
  /** 8 or 10 digits; the first six are an HS 2022 subheading */
  code: string
  description: string
  /** the tariff's texts above the line (by its dashes), which its own text takes for granted */
  context?: string
}

export interface HsHit {
  entry: HsEntry
  /** the chapter and heading above a subheading (the chapter above a heading), top down */
  path: HsEntry[]
  /** for a national 8/10-digit code typed in full: that code (its first 6 digits are `entry`) */
  nationalCode?: string
  /** a national tariff's line under the subheading `entry` */
  line?: NationalLine
}

/** What a query asks for: a code (digits, maybe with dots or spaces) or words. */
export function parseHsQuery(query: string): { code: string } | { words: string[] } {
  const compact = query.replace(/[\s.]/g, '')
  if (/^\d{1,10}$/.test(compact)) return { code: compact }
  const words = searchStems(query)
  // "motor vehicles for the transport of goods": the small words would only exclude matches.
  const meaningful = words.filter((word, i) => !STOP_WORDS.has(word) || i === words.length - 1)
  return { words: meaningful.length > 0 ? meaningful : words }
}

/** Small words of English, Russian (folded: и for й), Kazakh and Urdu. */
const STOP_WORDS = new Set(
  (
    'a an and for in of on or the to with ' +
    'и в во на с со из для или по от к без ' +
    'және мен үшін ' +
    'اور کے کی کا'
  ).split(' '),
)

/** The chapter and heading above an entry. */
export function hsPath(code: string): HsEntry[] {
  const above = code.length === 6 ? [2, 4] : code.length === 4 ? [2] : []
  return above.map((n) => hsEntry(code.slice(0, n))).filter((e): e is HsEntry => e !== undefined)
}

interface Indexed {
  code: string
  /** the HS entry; for a national line, its subheading */
  entry: HsEntry
  line?: NationalLine
  /** the description's words in order */
  sequence: string[]
  /** description length: shorter descriptions rank first among equals */
  length: number
}

/** Points per query word: a name from hs-synonyms.ts with codes, a whole word, a beginning. */
const BY_CODE = 4
const WHOLE = 2
const BEGINNING = 1

export class HsIndex {
  /** HS entries and national lines, in code order (a line after its subheading) */
  private readonly items: Indexed[]
  /** every distinct word, sorted, for prefix lookups */
  private readonly vocabulary: string[]
  private readonly postings = new Map<string, number[]>()
  /** subheading → the positions of the national lines under it */
  private readonly linesUnder = new Map<string, number[]>()

  constructor(entries: readonly HsEntry[], lines: readonly NationalLine[] = []) {
    const items: Indexed[] = entries.map((entry) => indexed(entry.code, entry, entry.description))
    for (const line of lines) {
      const subheading = hsEntry(line.code.slice(0, 6))
      if (subheading?.code.length !== 6) continue
      items.push(indexed(line.code, subheading, `${line.context ?? ''} ${line.description}`, line))
    }
    this.items = items.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    this.items.forEach((item, i) => {
      for (const word of new Set(item.sequence)) {
        const list = this.postings.get(word)
        if (list) list.push(i)
        else this.postings.set(word, [i])
      }
      if (item.line) {
        const under = this.linesUnder.get(item.entry.code)
        if (under) under.push(i)
        else this.linesUnder.set(item.entry.code, [i])
      }
    })
    this.vocabulary = [...this.postings.keys()].sort()
  }

  search(query: string, limit = 50): HsHit[] {
    const parsed = parseHsQuery(query)
    if ('code' in parsed) return this.byCode(parsed.code, limit)
    const typed = fold(query)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .at(-1)
    return this.byWords(parsed.words, typed ?? '', limit)
  }

  /**
   * Codes starting with the digits. Past six digits: the subheading, then the national lines
   * under it that start so; a national 8/10-digit code typed in full is offered as typed.
   */
  private byCode(digits: string, limit: number): HsHit[] {
    const found = this.under(digits).slice(0, limit)
    if (digits.length <= 6) return found.map((i) => this.hit(i))
    const entry = hsEntry(digits.slice(0, 6))
    if (entry?.code.length !== 6) return []
    const typedInFull =
      (digits.length === 8 || digits.length === 10) &&
      !found.some((i) => this.items[i]!.code === digits)
    return [
      { entry, path: hsPath(entry.code), ...(typedInFull ? { nationalCode: digits } : {}) },
      ...found.map((i) => this.hit(i)),
    ].slice(0, limit)
  }

  /**
   * Entries holding every word of the query (the last one may be a beginning: the user is still
   * typing it), directly or through a name people use for the goods. Ranked by: names with
   * codes, whole-word matches, the query's words side by side ("cotton yarn" before "yarn … of
   * cotton"), then national lines and subheadings (what an item needs) before headings and
   * chapters, then shorter descriptions, then code order.
   */
  private byWords(words: string[], typed: string, limit: number): HsHit[] {
    if (words.length === 0) return []
    const uses = synonymsFor(words, typed)
    const last = words.length - 1
    let scores = new Map<number, number>()
    for (const [n, word] of words.entries()) {
      const points = new Map<number, number>()
      const give = (list: Iterable<number>, value: number) => {
        for (const i of list) if ((points.get(i) ?? 0) < value) points.set(i, value)
      }
      if (n === last) give(this.prefixed(typed), BEGINNING)
      give(this.postings.get(word) ?? [], WHOLE)
      if (n === last && typed !== word) give(this.postings.get(typed) ?? [], WHOLE)
      for (const use of uses) {
        if (!use.covers.includes(n)) continue
        for (const code of use.codes) give(this.under(code), BY_CODE)
        if (use.means.length > 0) give(this.holdingAll(use.means), WHOLE)
      }
      if (n > 0) for (const i of points.keys()) if (!scores.has(i)) points.delete(i)
      for (const [i, value] of points) points.set(i, value + (scores.get(i) ?? 0))
      scores = points
      if (scores.size === 0) return []
    }
    const ranked = [...scores]
      .map(([i, score]) => {
        const item = this.items[i]!
        return { i, item, score: score + (adjacent(item.sequence, words) ? words.length : 0) }
      })
      .sort(
        (a, b) =>
          b.score - a.score ||
          level(b.item.code) - level(a.item.code) ||
          a.item.length - b.item.length ||
          (a.item.code < b.item.code ? -1 : 1),
      )
    return this.grouped(ranked, scores, limit)
  }

  /**
   * The ranked matches with each national line under its subheading: the subheading where its
   * best match ranks, then its matching lines, then its other lines (they are what an item
   * needs, and the subheading matched).
   */
  private grouped(ranked: { i: number }[], scores: Map<number, number>, limit: number): HsHit[] {
    const hits: HsHit[] = []
    const placed = new Set<string>()
    for (const { i } of ranked) {
      if (hits.length >= limit) break
      const item = this.items[i]!
      if (!item.line && item.code.length !== 6) {
        hits.push(this.hit(i))
        continue
      }
      const subheading = item.entry.code
      if (placed.has(subheading)) continue
      placed.add(subheading)
      hits.push({ entry: item.entry, path: hsPath(subheading) })
      const lines = [...(this.linesUnder.get(subheading) ?? [])].sort(
        (a, b) => (scores.get(b) ?? -1) - (scores.get(a) ?? -1) || a - b,
      )
      for (const line of lines) hits.push(this.hit(line))
    }
    return hits.slice(0, limit)
  }

  private hit(i: number): HsHit {
    const { entry, line } = this.items[i]!
    return line
      ? { entry, path: [...hsPath(entry.code), entry], line }
      : { entry, path: hsPath(entry.code) }
  }

  /** Positions of the items whose code starts with `prefix` (they are side by side). */
  private under(prefix: string): number[] {
    const found: number[] = []
    const start = lowerBound(this.items.length, (i) => this.items[i]!.code < prefix)
    for (let i = start; i < this.items.length && this.items[i]!.code.startsWith(prefix); i++)
      found.push(i)
    return found
  }

  /** Positions of the items whose description holds every one of the words. */
  private holdingAll(words: readonly string[]): number[] {
    const [first = '', ...rest] = words
    const others = rest.map((word) => new Set(this.postings.get(word) ?? []))
    return (this.postings.get(first) ?? []).filter((i) => others.every((set) => set.has(i)))
  }

  /** Items with a word that starts with `prefix` (and is longer than it). */
  private prefixed(prefix: string): number[] {
    const found: number[] = []
    if (prefix === '') return found
    const vocabulary = this.vocabulary
    for (
      let i = lowerBound(vocabulary.length, (k) => vocabulary[k]! < prefix);
      i < vocabulary.length;
      i++
    ) {
      const word = vocabulary[i]!
      if (!word.startsWith(prefix)) break
      if (word !== prefix) found.push(...this.postings.get(word)!)
    }
    return found
  }
}

function indexed(code: string, entry: HsEntry, text: string, line?: NationalLine): Indexed {
  return {
    code,
    entry,
    ...(line ? { line } : {}),
    sequence: searchStems(text),
    length: text.length,
  }
}

/** Chapters 0, headings 1, subheadings 2, national lines 3. */
const level = (code: string) => Math.min(3, code.length / 2 - 1)

/** The first position in 0…n for which `before` is false (`before` holds for a prefix of them). */
function lowerBound(n: number, before: (i: number) => boolean): number {
  let low = 0
  let high = n
  while (low < high) {
    const mid = (low + high) >> 1
    if (before(mid)) low = mid + 1
    else high = mid
  }
  return low
}

/** Whether `words` occur side by side in `sequence` (the last one as a prefix). */
function adjacent(sequence: readonly string[], words: readonly string[]): boolean {
  if (words.length < 2) return false
  const last = words.length - 1
  for (let start = 0; start + last < sequence.length; start++) {
    if (
      words.every((word, k) =>
        k === last ? sequence[start + k]!.startsWith(word) : sequence[start + k] === word,
      )
    )
      return true
  }
  return false
}

let shared: HsIndex | undefined
let withLines: { lines: readonly NationalLine[]; index: HsIndex } | undefined

/** The index over all of HS 2022, built on first use. */
export function hsIndex(): HsIndex {
  shared ??= new HsIndex(HS_ENTRIES)
  return shared
}

/** The index over HS 2022 and these national lines, built again when they change. */
export function hsIndexWith(lines: readonly NationalLine[]): HsIndex {
  if (lines.length === 0) return hsIndex()
  if (withLines?.lines !== lines) withLines = { lines, index: new HsIndex(HS_ENTRIES, lines) }
  return withLines.index
}
