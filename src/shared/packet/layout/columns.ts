/**
 * Table column widths: proportional to the columns' weights, except that no column is made
 * narrower than the longest word of its header (labels stay at 8 pt, packet.md, so a narrow
 * column would break "Количество" in the middle). The width a widened column needs comes from
 * the others, in proportion. When even that cannot work, the plain proportions are kept and
 * long words break, as everywhere else.
 */
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
