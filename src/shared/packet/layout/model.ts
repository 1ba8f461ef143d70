/**
 * What the layout engine produces and the PDF writer paints: pages as lists of plain drawing
 * operations in PDF points (origin bottom left), plus the frames of every box and table cell
 * so tests can check that no text leaves its box. Nothing here knows pdf-lib.
 */
import type { PaperId } from '../content'

export type FontStyle = 'regular' | 'bold'

/** A4 portrait in points; 12 mm margins (packet.md: ≥ 10 mm). */
export const PAGE_WIDTH = 595.28
export const PAGE_HEIGHT = 841.89
export const MARGIN = (12 / 25.4) * 72

/** The smallest text on any page (packet.md: readable at 8 pt and above). */
export const MIN_TEXT_SIZE = 8

/**
 * Font metrics the engine needs, as fractions of the font size (DejaVu Sans: hhea ascender
 * 1901/2048, descender −483/2048). A line of text at size s occupies
 * [baseline + DESCENT·s, baseline + ASCENT·s].
 */
export const ASCENT = 0.928
export const DESCENT = -0.236
// Noto Naskh Arabic's letters reach about 0.39 em below the baseline (the dots of Pashto ښ)
// and 0.92 em above it: inside the 1.2 em leading and a box's bottom padding, so Arabic-script
// lines keep the same line boxes (cid-font.ts writes the subset's true extents for readers).

export type DrawOp =
  | {
      op: 'text'
      /** start of the baseline */
      x: number
      y: number
      size: number
      font: FontStyle
      text: string
      /** 0 black (default) … 1 white */
      gray?: number
      /** counter-clockwise, in degrees */
      angle?: number
      /**
       * the paragraph the line comes from reads right to left (its first strong character is
       * Arabic or Hebrew); when absent, the line's own first strong character decides
       */
      rtl?: boolean
    }
  /** rectangle outlines: x, y, width, height, four numbers per rectangle */
  | { op: 'stroke'; rects: number[]; lineWidth: number }
  /** a straight line */
  | { op: 'line'; x1: number; y1: number; x2: number; y2: number; lineWidth: number }
  /** filled black rectangles (barcode bars and modules), four numbers per rectangle */
  | { op: 'fill'; rects: number[] }

export interface Rect {
  x: number
  /** bottom edge */
  y: number
  width: number
  height: number
}

/** A labelled box of a grid or a cell of a table, as placed on a page. */
export interface Frame {
  kind: 'box' | 'cell' | 'header'
  rect: Rect
  /** the box number ("31"), empty for table cells */
  number: string
  /** the box label or the table column label */
  label: string
  /** the value as printed (cleaned; a character no font has is U+FFFD) */
  value: string
  /** the font size the value was set in */
  size: number
  /** the value did not fit and continues on a continuation page (its reference, e.g. "C1") */
  continued?: string
}

export interface LaidOutPage {
  document: PaperId
  /** 1-based page number within its document, and the document's page count */
  pageInDocument: number
  pagesInDocument: number
  ops: DrawOp[]
  frames: Frame[]
}

/** Widths of text in the embedded fonts; implemented by the PDF adapter. */
export interface TextMetrics {
  /** the advance width of `text` at 1 pt, Arabic-script words shaped */
  width(text: string, font: FontStyle): number
  /** whether the embedded fonts have a glyph for every character of `text` */
  covers(text: string, font: FontStyle): boolean
}
