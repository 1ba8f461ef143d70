/**
 * A TrueType subset made with fontkit's subsetter, with two additions the shaped Arabic font
 * needs:
 *
 * - Moved copies. Noto Naskh places its dots and vowel marks with offsets from the pen. In
 *   PDF text a vertical offset needs the text rise (Ts), which a TJ array cannot change, and a
 *   horizontal one a TJ number before and after the mark: each dot cost a Ts, a TJ and two
 *   numbers — three times the bytes of the letters, and most of the time an Arabic packet
 *   took more went into compressing them. Instead each (glyph, offset) pair gets a glyph of
 *   its own in the subset: a composite whose one component is the glyph moved by the offset.
 *   Marks then sit at the pen like any glyph, in the run's one TJ array.
 * - Outlines copied, not decoded. fontkit's subsetter decodes each glyph, every point of it,
 *   to learn whether it is a composite; the glyph's first two bytes (numberOfContours, negative
 *   for a composite) say so, and only a composite is decoded, to renumber its components.
 * - Even glyph lengths. fontkit 1.x copies each glyph's bytes as they are and writes the short
 *   `loca` format (offsets halved) when the subset is small; a glyph of odd length (Noto Naskh
 *   has 281) then shifts every later glyph by a byte and they draw as nothing. Each glyph is
 *   padded to an even length, as the TrueType format expects.
 */
import type { Font } from '@pdf-lib/fontkit'

/** A glyph of the font, moved by (`dx`, `dy`) font units (0, 0: the glyph as it is). */
export interface RaisedGlyph {
  id: number
  dx: number
  dy: number
}

/** Subset glyph numbers from here on stand for raised copies (fontkit's ids stay below). */
const RAISED = 0x10000

interface GlyfBuffer extends Uint8Array {
  copy(target: GlyfBuffer): number
  constructor: { alloc(size: number): GlyfBuffer }
}
interface GlyfData {
  numberOfContours: number
  /** each component's glyph, and where its number is in the glyph's bytes */
  components?: { glyphID: number; pos: number }[]
}
interface FontInternals {
  loca: { offsets: number[] }
  hmtx: {
    metrics: { length: number; get(index: number): { advance: number; bearing: number } }
    bearings: { get(index: number): number | undefined }
  }
  _getTableStream(tag: 'glyf'): { pos: number; readBuffer(length: number): GlyfBuffer }
}
interface SubsetInternals {
  font: Font
  glyphs: number[]
  glyf: GlyfBuffer[]
  loca: { offsets: number[] }
  hmtx: { metrics: { advance: number; bearing: number }[] }
  offset: number
  _addGlyph(id: number): number
  includeGlyph(id: number): number
  encodeStream(): {
    on(event: 'data', callback: (bytes: Uint8Array) => void): unknown
    on(event: 'end', callback: () => void): unknown
    on(event: 'error', callback: (error: unknown) => void): unknown
  }
}
type GlyphInternals = { _decode(): GlyfData | null; cbox: Font['bbox'] }

/** The subset's bytes, and the subset glyph number of each of `glyphs`. */
export async function ttfSubset(
  font: Font,
  glyphs: readonly RaisedGlyph[],
): Promise<{ bytes: Uint8Array; ids: number[] }> {
  const subset = font.createSubset() as unknown as SubsetInternals
  const ids = glyphs.map((glyph) => subset.includeGlyph(glyph.id))
  // fontkit adds a composite glyph's components as it writes the glyph; added now, every
  // glyph of the font has its number before the raised copies are numbered after them.
  for (let i = 0; i < subset.glyphs.length; i++) {
    for (const component of componentsOf(font, subset.glyphs[i]!)) {
      subset.includeGlyph(component.glyphID)
    }
  }
  const raised: RaisedGlyph[] = []
  const raisedIds = new Map<string, number>()
  glyphs.forEach((glyph, index) => {
    if (glyph.dx === 0 && glyph.dy === 0) return
    const key = `${glyph.id} ${glyph.dx} ${glyph.dy}`
    let id = raisedIds.get(key)
    if (id === undefined) {
      raised.push(glyph)
      subset.glyphs.push(RAISED + raised.length - 1)
      id = subset.glyphs.length - 1
      raisedIds.set(key, id)
    }
    ids[index] = id
  })
  // A raised copy of a composite glyph nests one level deeper than the font's own.
  const depth = Math.max(
    2,
    (font as unknown as { maxp: { maxComponentDepth: number } }).maxp.maxComponentDepth,
  )
  subset.font = Object.create(font, {
    maxp: { value: { ...(font as unknown as { maxp: object }).maxp, maxComponentDepth: depth } },
  }) as Font

  subset._addGlyph = function (this: SubsetInternals, id: number) {
    const index =
      id >= RAISED ? addRaised(this, font, raised[id - RAISED]!) : addGlyph(this, font, id)
    const bytes = this.glyf[index]!
    if (bytes.length % 2 === 1) {
      const padded = bytes.constructor.alloc(bytes.length + 1)
      bytes.copy(padded)
      this.glyf[index] = padded
      this.offset += 1
    }
    return index
  }
  return { bytes: await bytesOf(subset), ids }
}

/** The box of a glyph as its glyf header gives it, moved; empty glyphs have none. */
export function raisedBox(font: Font, glyph: RaisedGlyph): Font['bbox'] | undefined {
  const box = glyphOf(font, glyph.id).cbox
  if (!Number.isFinite(box.minX)) return undefined
  return {
    ...box,
    minX: box.minX + glyph.dx,
    maxX: box.maxX + glyph.dx,
    minY: box.minY + glyph.dy,
    maxY: box.maxY + glyph.dy,
  }
}

function glyphOf(font: Font, id: number): GlyphInternals {
  return font.getGlyph(id) as unknown as GlyphInternals
}

/** A glyph's bytes in the font's glyf table (none for an empty glyph, such as the space). */
function glyfBytes(font: Font, id: number): GlyfBuffer {
  const internals = font as unknown as FontInternals
  const { offsets } = internals.loca
  const stream = internals._getTableStream('glyf')
  stream.pos += offsets[id]!
  return stream.readBuffer(offsets[id + 1]! - offsets[id]!)
}

/** The components of a composite glyph (numberOfContours < 0); none for any other. */
function componentsOf(font: Font, id: number, bytes = glyfBytes(font, id)) {
  const composite = bytes.length >= 2 && (bytes[0]! & 0x80) !== 0
  return composite ? (glyphOf(font, id)._decode()?.components ?? []) : []
}

/**
 * Glyph `id` of the font copied into the subset, as fontkit's own _addGlyph does: a composite's
 * components renumbered in the copy, the advance and left side bearing from the hmtx table
 * (past its last full entry, the last advance and a bearing of its own).
 */
function addGlyph(subset: SubsetInternals, font: Font, id: number): number {
  let bytes = glyfBytes(font, id)
  const components = componentsOf(font, id, bytes)
  if (components.length > 0) {
    const copy = bytes.constructor.alloc(bytes.length)
    bytes.copy(copy)
    for (const { glyphID, pos } of components) {
      const number = subset.includeGlyph(glyphID)
      copy[pos] = number >> 8
      copy[pos + 1] = number & 0xff
    }
    bytes = copy
  }
  const { metrics, bearings } = (font as unknown as FontInternals).hmtx
  const metric =
    id < metrics.length
      ? metrics.get(id)
      : {
          advance: metrics.get(metrics.length - 1).advance,
          bearing: bearings.get(id - metrics.length) ?? 0,
        }
  subset.glyf.push(bytes)
  subset.loca.offsets.push(subset.offset)
  subset.hmtx.metrics.push({ advance: metric.advance, bearing: metric.bearing })
  subset.offset += bytes.length
  return subset.glyf.length - 1
}

/**
 * A composite glyph of one component, `glyph` moved by (dx, dy): ARG_1_AND_2_ARE_WORDS and
 * ARGS_ARE_XY_VALUES (TrueType 'glyf' table), no instructions, no advance of its own.
 */
function addRaised(subset: SubsetInternals, font: Font, glyph: RaisedGlyph): number {
  const base = subset.includeGlyph(glyph.id) // numbered already: no new glyph
  const box = raisedBox(font, glyph) ?? { minX: 0, minY: 0, maxX: 0, maxY: 0 }
  const bytes = subset.glyf[0]!.constructor.alloc(18)
  const words = [-1, box.minX, box.minY, box.maxX, box.maxY, 0x0003, base, glyph.dx, glyph.dy]
  words.forEach((value, i) => {
    bytes[i * 2] = (value >> 8) & 0xff
    bytes[i * 2 + 1] = value & 0xff
  })
  subset.glyf.push(bytes)
  subset.loca.offsets.push(subset.offset)
  subset.hmtx.metrics.push({ advance: 0, bearing: box.minX })
  subset.offset += bytes.length
  return subset.glyf.length - 1
}

function bytesOf(subset: SubsetInternals): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const parts: Uint8Array[] = []
    const stream = subset.encodeStream()
    stream.on('data', (bytes) => parts.push(bytes))
    stream.on('end', () => {
      const total = parts.reduce((sum, part) => sum + part.length, 0)
      const bytes = new Uint8Array(total)
      let offset = 0
      for (const part of parts) {
        bytes.set(part, offset)
        offset += part.length
      }
      resolve(bytes)
    })
    stream.on('error', reject)
  })
}
