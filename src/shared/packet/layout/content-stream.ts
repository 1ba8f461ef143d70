/**
 * A page's drawing operations as PDF content stream operators (ISO 32000-1, 9.4 and 8.5).
 *
 * Text with no right-to-left or Arabic-script character (nearly all of a packet) is one `Tj`
 * of per-character glyph codes, as fast as before. A line with Arabic script is split into
 * visual runs (bidi.ts); DejaVu runs stay one `Tj`, and an Arabic run is its shaped glyphs in
 * one `TJ` array (shapedRunOperators). All numbers are whole thousandths of the size or
 * rounded to 1/100 pt, so the same line gives the same bytes.
 */
import type { PlacedGlyph } from './arabic-shaping'
import { reversedForDrawing, startsRightToLeft, type VisualRun } from './bidi'
import type { DrawOp, FontStyle } from './model'

/** What drawing text in one style needs from the fonts. */
export interface StyleFaces {
  /** resource names of the main (DejaVu) and the Arabic (Naskh) font */
  mainKey: string
  arabicKey: string
  /** `text` in the main font as a string operand of Tj: its codes, one a character */
  encode(text: string): string
  /** whether a line is drawn run by run (else it is one run of the main font, left to right) */
  needsRuns(line: string): boolean
  /** the runs of a line, left to right as printed (bidi.ts) */
  runs(line: string, rtl: boolean): readonly VisualRun[]
  /** the operators drawing an Arabic run (shapedRunOperators) */
  arabicRun(text: string, rtl: boolean): string
}

/**
 * A number as PDF writes it: at most two decimals, no exponent, no "-0" — what
 * String(Math.round(value * 100) / 100) gives, written from the whole hundredths: a packet
 * writes hundreds of thousands of them, and a whole number becomes text much faster than a
 * fraction does.
 */
export function num(value: number): string {
  const hundredths = Math.round(value * 100)
  if (hundredths === 0) return '0'
  const sign = hundredths < 0 ? '-' : ''
  const abs = Math.abs(hundredths)
  const whole = Math.floor(abs / 100)
  const rest = abs % 100
  if (rest === 0) return `${sign}${whole}`
  if (rest < 10) return `${sign}${whole}.0${rest}`
  return `${sign}${whole}.${rest % 10 === 0 ? rest / 10 : rest}`
}

/** The page's operators: text grouped in BT/ET runs, Tf only when the font or size changes. */
export function contentOf(ops: readonly DrawOp[], faces: Record<FontStyle, StyleFaces>): string {
  const out: string[] = []
  let inText = false
  let font = ''
  let gray = 0
  // Start of the current text line: plain text moves relative to it (Td), shorter than Tm.
  let lineX = 0
  let lineY = 0
  const endText = () => {
    if (inText) out.push('ET')
    inText = false
  }
  const setGray = (value: number) => {
    if (value !== gray) out.push(`${num(value)} g`)
    gray = value
  }
  let fontSize = 0
  const setFont = (key: string, size: number) => {
    if (key === font && size === fontSize) return
    out.push(`/${key} ${num(size)} Tf`)
    font = key
    fontSize = size
  }
  const showText = (op: Extract<DrawOp, { op: 'text' }>) => {
    const style = faces[op.font]
    if (!style.needsRuns(op.text)) {
      setFont(style.mainKey, op.size)
      out.push(`${style.encode(op.text)} Tj`)
      return
    }
    const rtl = op.rtl ?? startsRightToLeft(op.text)
    for (const run of style.runs(op.text, rtl)) {
      if (run.arabic) {
        setFont(style.arabicKey, op.size)
        out.push(style.arabicRun(run.text, run.rtl))
      } else {
        setFont(style.mainKey, op.size)
        const text = run.rtl ? reversedForDrawing(run.text) : run.text
        out.push(`${style.encode(text)} Tj`)
      }
    }
  }
  for (const op of ops) {
    switch (op.op) {
      case 'text': {
        if (op.text === '') break
        setGray(op.gray ?? 0)
        if (!inText) {
          out.push('BT')
          inText = true
          font = ''
          lineX = 0
          lineY = 0
        }
        if (op.angle) {
          const radians = (op.angle * Math.PI) / 180
          const cos = Math.cos(radians)
          const sin = Math.sin(radians)
          out.push(
            `${cos.toFixed(4)} ${sin.toFixed(4)} ${(-sin).toFixed(4)} ${cos.toFixed(4)} ${num(op.x)} ${num(op.y)} Tm`,
          )
          showText(op)
          // A Td after a rotated Tm would move along the rotated axes: start afresh.
          endText()
          break
        }
        // Positions rounded first, so relative moves add up to exactly the absolute ones.
        const x = Math.round(op.x * 100) / 100
        const y = Math.round(op.y * 100) / 100
        out.push(`${num(x - lineX)} ${num(y - lineY)} Td`)
        lineX = x
        lineY = y
        showText(op)
        break
      }
      case 'stroke': {
        endText()
        setGray(0)
        out.push(`${num(op.lineWidth)} w`)
        const r = op.rects
        for (let i = 0; i + 3 < r.length; i += 4) {
          out.push(`${num(r[i]!)} ${num(r[i + 1]!)} ${num(r[i + 2]!)} ${num(r[i + 3]!)} re`)
        }
        out.push('S')
        break
      }
      case 'line': {
        endText()
        setGray(0)
        out.push(
          `${num(op.lineWidth)} w ${num(op.x1)} ${num(op.y1)} m ${num(op.x2)} ${num(op.y2)} l S`,
        )
        break
      }
      case 'fill': {
        endText()
        setGray(0)
        // Bars and modules: exact to 1/1000 pt, one path filled once (no seams between them).
        const r = op.rects
        for (let i = 0; i + 3 < r.length; i += 4) {
          const [x, y, w, h] = [r[i]!, r[i + 1]!, r[i + 2]!, r[i + 3]!]
          out.push(`${x.toFixed(3)} ${y.toFixed(3)} ${w.toFixed(3)} ${h.toFixed(3)} re`)
        }
        out.push('f')
        break
      }
    }
  }
  endText()
  return out.join('\n')
}

/**
 * The Arabic font's code for a glyph (drawn moved by its offsets) standing for `text`,
 * declared `width` wide (/W).
 */
export interface ShapedCodes {
  code(glyph: PlacedGlyph, text: string, width: number): string
}

/**
 * Shaped glyphs as one TJ array. A TJ number n moves the pen by −n/1000 of the size and a
 * glyph moves it by its /W width — here the advance it has in this run (cid-font.ts gives a
 * glyph a code per width, and a moved copy for its offsets), so glyphs follow one another
 * with no number between them but an occasional rounding. Each glyph is reached from where the last one left the
 * pen; positions are exact in 1/1000 of the size and every move is rounded from them, so no
 * rounding adds up along a line.
 *
 * Readers put right-to-left text back in logical order by reversing it character by
 * character — a ligature's or a marked letter's characters too (pdftotext and pdf.js do) — so
 * in a right-to-left run those are mapped in visual order, and come out in logical order.
 */
export function shapedRunOperators(
  glyphs: readonly PlacedGlyph[],
  rtl: boolean,
  unitsPerEm: number,
  codes: ShapedCodes,
): string {
  const scale = 1000 / unitsPerEm
  let items = ''
  /** glyph codes shown one after the other: one string in the array */
  let hex = ''
  /** where the pen is, and where the PDF's pen is, from the run's start (1/1000 size) */
  let pen = 0
  let pdfPen = 0
  const moveTo = (x: number) => {
    const move = Math.round(x - pdfPen)
    if (move === 0) return
    if (hex !== '') items += `<${hex}>`
    hex = ''
    items += String(-move)
    pdfPen += move
  }
  for (const glyph of glyphs) {
    // At the pen (its offset is in its glyph), declared as wide as it advances here.
    moveTo(pen)
    pen += glyph.xAdvance * scale
    const width = Math.max(0, Math.round(glyph.xAdvance * scale))
    const text = rtl && glyph.text.length > 1 ? [...glyph.text].reverse().join('') : glyph.text
    hex += codes.code(glyph, text, width)
    pdfPen += width
  }
  moveTo(pen)
  if (hex !== '') items += `<${hex}>`
  return `[${items}] TJ`
}
