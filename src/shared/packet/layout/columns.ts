/**
 * Table column widths: proportional to the columns' weights, except that no column is made
 * narrower than what it must print whole (columnMinimums). The width a widened column needs
 * comes from the others, in proportion. When even that cannot work, the plain proportions are
 * kept and long words break, as everywhere else.
 */
import { MIN_TEXT_SIZE, type TextMetrics } from './model'

export function columnWidths(
  weights: readonly number[],
  minimums: readonly number[],
  total: number,
): number[] {
  const weight = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0))
  const sum = weight.reduce((a, b) => a + b, 0)
  const share = sum > 0 ? weight.map((w) => w / sum) : weight.map(() => 1 / weight.length)
  const plain = share.map((s) => s * total)
  if (minimums.reduce((a, b) => a + b, 0) > total) return plain

  // Columns pinned at their minimum; the rest share what is left, in proportion. Pinning one
  // column shrinks the others, which may pin more: repeat until nothing changes.
  const pinned = new Set<number>()
  for (;;) {
    const left = total - [...pinned].reduce((a, i) => a + minimums[i]!, 0)
    const freeShare = share.reduce((a, s, i) => (pinned.has(i) ? a : a + s), 0)
    const widths = share.map((s, i) =>
      pinned.has(i) ? minimums[i]! : freeShare > 0 ? (s / freeShare) * left : 0,
    )
    const under = widths.findIndex((w, i) => !pinned.has(i) && w < minimums[i]! - 1e-9)
    if (under === -1) return widths
    pinned.add(under)
  }
}

/** A word with a digit: an HS code, a container number, a reference, an amount. */
const CODE_LIKE = /\d/

/** The widest share of a table one code may claim for its column. */
const MAX_CODE_SHARE = 0.5

/**
 * The narrowest each column may be (plus `padding`), all at 8 pt, the smallest text: its
 * longest header word (bold, so "Количество" is never broken), and its longest code-like word
 * in the cells and the totals (bold) — codes never break across lines. When the columns
 * cannot all have that within `total`, the codes alone (header labels are already at 8 pt and
 * wrap, breaking a word only as a last resort), then the header words alone.
 */
export function columnMinimums(
  labels: readonly string[],
  rows: readonly (readonly string[])[],
  totals: readonly string[] | undefined,
  metrics: TextMetrics,
  padding: number,
  total: number,
): number[] {
  // A "word" wider than this (marks of 80 letters without a space) breaks whatever is done:
  // it must not take the other columns' codes down with it.
  const cap = (total * MAX_CODE_SHARE) / MIN_TEXT_SIZE
  const widest = (text: string, bold: boolean, codesOnly: boolean) => {
    let width = 0
    for (const word of text.split(/[ \n]+/)) {
      if (word === '' || (codesOnly && !CODE_LIKE.test(word))) continue
      const w = metrics.width(word, bold ? 'bold' : 'regular')
      if (codesOnly && w > cap) continue
      width = Math.max(width, w)
    }
    return width * MIN_TEXT_SIZE
  }
  const headers = labels.map((label) => widest(label, true, false) + padding)
  const codes = labels.map((_, i) => {
    let width = 0
    for (const row of rows) {
      const cell = row[i] ?? ''
      if (CODE_LIKE.test(cell)) width = Math.max(width, widest(cell, false, true) + padding)
    }
    const sum = totals?.[i]
    if (sum !== undefined && sum !== '') width = Math.max(width, widest(sum, true, false) + padding)
    return width
  })
  const both = headers.map((header, i) => Math.max(header, codes[i]!))
  const fits = (widths: readonly number[]) => widths.reduce((a, b) => a + b, 0) <= total
  return [both, codes, headers].find(fits) ?? headers
}
