/**
 * Which of the names in hs-synonyms.ts a query uses, and what each does for the query's words:
 * the codes the goods are classified in, and the nomenclature's own words for them.
 */
import { HS_SYNONYMS } from './hs-synonyms'
import { searchStems } from './search-text'

/** What one name does for the query words it stands for. */
export interface SynonymUse {
  /** positions of the query words it stands for */
  covers: number[]
  /** the nomenclature's words, all of which an entry needs (none: the codes alone) */
  means: string[]
  /** entries under these codes match those words, and rank first */
  codes: readonly string[]
}

interface Name {
  words: string[]
  means: string[]
  codes: readonly string[]
}

const NAMES: Name[] = HS_SYNONYMS.flatMap((synonym) =>
  synonym.say.map((name) => ({
    words: searchStems(name),
    means: searchStems(synonym.means),
    codes: synonym.codes,
  })),
).filter((name) => name.words.length > 0)

/** The shortest beginning of a word still being typed that already finds a name. */
const MIN_TYPED = 3

/**
 * The names the query uses. `words` are the query's stems; `typing` is its last word as typed
 * (folded), which may be the beginning of a name. One-word names come first, and what they mean
 * counts for the names of several words: "хлопковая пряжа" is "cotton yarn".
 */
export function synonymsFor(words: readonly string[], typing?: string): SynonymUse[] {
  const last = words.length - 1
  const typed = typing !== undefined && typing.length >= MIN_TYPED ? typing : undefined
  /** Whether a name's word is in `alike` (query word `i`, or what it means) or begins so. */
  const meets = (word: string, i: number, alike: ReadonlySet<string>) =>
    alike.has(word) || (i === last && typed !== undefined && word.startsWith(typed))
  const own = words.map((word) => new Set([word]))
  const alike = words.map((word) => new Set([word]))
  const uses: SynonymUse[] = []
  for (const name of NAMES) {
    if (name.words.length !== 1) continue
    for (const i of words.keys()) {
      if (!meets(name.words[0]!, i, own[i]!)) continue
      uses.push({ covers: [i], means: name.means, codes: name.codes })
      if (name.means.length === 1) alike[i]!.add(name.means[0]!)
    }
  }
  for (const name of NAMES) {
    if (name.words.length === 1) continue
    const covers: number[] = []
    for (const word of name.words) {
      const i = words.findIndex((_, k) => !covers.includes(k) && meets(word, k, alike[k]!))
      if (i < 0) break
      covers.push(i)
    }
    if (covers.length === name.words.length)
      uses.push({ covers, means: name.means, codes: name.codes })
  }
  return uses
}
