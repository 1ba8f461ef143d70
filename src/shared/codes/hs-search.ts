/**
 * The HS 2022 finder: full-text search over every description and code-prefix search, ranked,
 * each hit with its chapter → heading path. The index is built on first use (a few tens of
 * milliseconds), never at start.
 */
import { HS_ENTRIES, hsEntry, type HsEntry } from './hs2022'
import { searchWords } from './search-text'

export interface HsHit {
  entry: HsEntry
  /** the chapter and heading above a subheading (the chapter above a heading), top down */
  path: HsEntry[]
  /** for a national 8/10-digit code typed in full: that code (its first 6 digits are `entry`) */
  nationalCode?: string
}

/** What a query asks for: a code (digits, maybe with dots or spaces) or words. */
export function parseHsQuery(query: string): { code: string } | { words: string[] } {
  const compact = query.replace(/[\s.]/g, '')
  if (/^\d{1,10}$/.test(compact)) return { code: compact }
  const words = searchWords(query)
  // "motor vehicles for the transport of goods": the small words would only exclude matches.
  const meaningful = words.filter((word, i) => !STOP_WORDS.has(word) || i === words.length - 1)
  return { words: meaningful.length > 0 ? meaningful : words }
}

const STOP_WORDS = new Set(['a', 'an', 'and', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with'])

/** The chapter and heading above an entry. */
export function hsPath(code: string): HsEntry[] {
  const above = code.length === 6 ? [2, 4] : code.length === 4 ? [2] : []
  return above.map((n) => hsEntry(code.slice(0, n))).filter((e): e is HsEntry => e !== undefined)
}

interface Indexed {
  entry: HsEntry
  /** the description's words in order */
  sequence: string[]
  /** description length: shorter descriptions rank first among equals */
  length: number
}

export class HsIndex {
  private readonly items: Indexed[]
  /** every distinct word, sorted, for prefix lookups */
  private readonly vocabulary: string[]
  private readonly postings = new Map<string, number[]>()

  constructor(entries: readonly HsEntry[]) {
    this.items = entries.map((entry, i) => {
      const sequence = searchWords(entry.description)
      for (const word of new Set(sequence)) {
        const list = this.postings.get(word)
        if (list) list.push(i)
        else this.postings.set(word, [i])
      }
      return { entry, sequence, length: entry.description.length }
    })
    this.vocabulary = [...this.postings.keys()].sort()
  }

  search(query: string, limit = 50): HsHit[] {
    const parsed = parseHsQuery(query)
    return 'code' in parsed ? this.byCode(parsed.code, limit) : this.byWords(parsed.words, limit)
  }

  /** Codes starting with the digits; a full 8/10-digit national code finds its subheading. */
  private byCode(digits: string, limit: number): HsHit[] {
    if (digits.length > 6) {
      const entry = hsEntry(digits.slice(0, 6))
      const national = digits.length === 8 || digits.length === 10 ? digits : undefined
      return entry
        ? [{ entry, path: hsPath(entry.code), ...(national ? { nationalCode: national } : {}) }]
        : []
    }
    const hits: HsHit[] = []
    for (const { entry } of this.items) {
      if (!entry.code.startsWith(digits)) continue
      hits.push({ entry, path: hsPath(entry.code) })
      if (hits.length === limit) break
    }
    return hits
  }

  /**
   * Entries holding every word of the query (the last one may be a prefix: the user is still
   * typing it). Ranked by: whole-word matches, the query's words side by side ("cotton yarn"
   * before "yarn … of cotton"), then subheadings (what an item needs) before
   * headings and chapters, then shorter descriptions, then code order.
   */
  private byWords(words: string[], limit: number): HsHit[] {
    if (words.length === 0) return []
    const scores = new Map<number, number>()
    for (const [n, word] of words.entries()) {
      const exact = new Set(this.postings.get(word) ?? [])
      const matching = new Set(exact)
      if (n === words.length - 1) for (const i of this.prefixed(word)) matching.add(i)
      if (n > 0) for (const i of scores.keys()) if (!matching.has(i)) scores.delete(i)
      for (const i of matching) {
        if (n > 0 && !scores.has(i)) continue
        scores.set(i, (scores.get(i) ?? 0) + (exact.has(i) ? 2 : 1))
      }
      if (scores.size === 0) return []
    }
    const level = (code: string) => (code.length === 6 ? 2 : code.length === 4 ? 1 : 0)
    return [...scores]
      .map(([i, score]) => {
        const item = this.items[i]!
        return { item, score: score + (adjacent(item.sequence, words) ? words.length : 0) }
      })
      .sort(
        (a, b) =>
          b.score - a.score ||
          level(b.item.entry.code) - level(a.item.entry.code) ||
          a.item.length - b.item.length ||
          a.item.entry.code.localeCompare(b.item.entry.code),
      )
      .slice(0, limit)
      .map(({ item }) => ({ entry: item.entry, path: hsPath(item.entry.code) }))
  }

  /** Entries with a word that starts with `prefix` (and is longer than it). */
  private prefixed(prefix: string): number[] {
    const found: number[] = []
    let low = 0
    let high = this.vocabulary.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (this.vocabulary[mid]! < prefix) low = mid + 1
      else high = mid
    }
    for (let i = low; i < this.vocabulary.length; i++) {
      const word = this.vocabulary[i]!
      if (!word.startsWith(prefix)) break
      if (word !== prefix) found.push(...this.postings.get(word)!)
    }
    return found
  }
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

/** The index over all of HS 2022, built on first use. */
export function hsIndex(): HsIndex {
  shared ??= new HsIndex(HS_ENTRIES)
  return shared
}
