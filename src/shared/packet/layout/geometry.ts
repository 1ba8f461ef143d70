/**
 * The page geometry and type sizes every document shares, and the small text helpers of boxes
 * and table cells (document.ts lays out documents, table.ts their tables).
 */
import {
  ASCENT,
  DESCENT,
  MARGIN,
  MIN_TEXT_SIZE,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  type DrawOp,
  type FontStyle,
  type Frame,
  type TextMetrics,
} from './model'
import { lineHeight, sizeForWords, sizesFrom, wrap, wrapWords } from './text'

export const CONTENT_LEFT = MARGIN
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
export const PAGE_TOP = PAGE_HEIGHT - MARGIN
/** Title line and rule at the top of every page. */
export const HEADER_HEIGHT = 26
/** Footer line and text; with a page barcode (TAD) the barcode sits above the text. */
export const FOOTER_HEIGHT = 16
export const PAGE_BARCODE_HEIGHT = 30

export const TITLE_SIZE = 12
export const HEADING_SIZE = 10
export const LABEL_SIZE = MIN_TEXT_SIZE
export const LABEL_LEADING = 9.4
export const VALUE_SIZE = 10
export const TABLE_SIZE = 9
export const STAMP_SIZE = 12
export const PAD_X = 3
export const PAD_TOP = 2.5
export const PAD_BOTTOM = 2
export const LABEL_GAP = 1.5
export const BLOCK_GAP = 8
export const LINE_WIDTH = 0.5
/** The tallest a grid row or table row grows before its text is set smaller or continued. */
export const ROW_CAP = 180
/** Code 128 module and bar height; QR module (≈ 0.85 mm). */
export const BAR_MODULE = 1
export const BAR_HEIGHT = 40
export const QR_MODULE = 2.4

export interface DraftPage {
  title: string
  ops: DrawOp[]
  /** 0.5 pt outlines of boxes and cells, drawn as one path */
  outlines: number[]
  frames: Frame[]
}

/** Baseline of a line whose line box starts at `top` (glyphs centred in the leading). */
export function baseline(top: number, size: number, leading: number): number {
  return top - ASCENT * size - (leading - (ASCENT - DESCENT) * size) / 2
}

/** Lines already wrapped at `size` that fit `room` as they are (no need to fit again). */
export function fitsAsIs(lines: readonly string[], size: number, room: number): boolean {
  return lines.length * lineHeight(size) <= room + 0.01
}

/**
 * A value wrapped at the size it is set in before any fitting: `size`, or smaller (down to
 * 8 pt) until its longest word fits the width — a code or identifier is never broken across
 * lines.
 */
export function wrapWhole(
  value: string,
  width: number,
  size: number,
  font: FontStyle,
  metrics: TextMetrics,
): { size: number; lines: string[] } {
  if (value === '') return { size, lines: [] }
  const { lines, widest } = wrapWords(value, width, size, font, metrics)
  if (widest * size <= width + 0.01) return { size, lines }
  const smaller = sizeForWords(value, width, sizesFrom(size), font, metrics)
  return { size: smaller, lines: wrap(value, width, smaller, font, metrics) }
}
