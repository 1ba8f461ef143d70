/**
 * What each paper of the packet says, before any layout: boxes with their numbers and labels,
 * tables of goods, barcodes. Built from a declaration by pure functions (documents/*.ts) and
 * drawn by the layout engine (layout/*.ts), which decides pages, continuation sheets and sizes.
 * packet.md is the spec.
 */
import type { Language } from '../i18n/languages'

export const PACKET_DOCUMENTS = [
  'cover',
  'declaration',
  'tad',
  'td',
  'tir',
  'summary',
  'cmr',
  'smgs',
  'invoice',
  'packing',
] as const
export type PacketDocumentId = (typeof PACKET_DOCUMENTS)[number]
/**
 * A paper the layout engine lays out: one of the packet's, or the training report (a page of
 * its own, never part of a packet: src/shared/training/report).
 */
export type PaperId = PacketDocumentId | 'trainingReport'

/** One labelled box, printed with its number, e.g. box "35" "Gross mass (kg)" "12 240". */
export interface Box {
  /** the box number or letter as on the form ("35", "C", "D"); empty for unnumbered fields */
  number: string
  label: string
  /** second label language (the CMR carries Russian beside English) */
  labelSecondary?: string
  /** the value; lines separated by "\n"; empty string for an empty box */
  value: string
  /** how many grid columns the box spans (default 1) */
  span?: number
}

/** A grid of boxes, `columns` wide, filled row by row. */
export interface BoxGrid {
  kind: 'boxes'
  columns: number
  boxes: Box[]
  /** a heading printed above the grid */
  title?: string
  /** start the grid on a new page (the CMR of a second consignment) */
  pageBreakBefore?: boolean
  /** move the whole grid to the next page rather than split it (an officers' section) */
  keepTogether?: boolean
}

export interface TableColumn {
  label: string
  /** relative width */
  width: number
  align?: 'start' | 'end'
}

/** A table that may run over several pages (its header repeats on each). */
export interface Table {
  kind: 'table'
  title?: string
  columns: TableColumn[]
  rows: string[][]
  /** a last, bold row (totals) */
  totals?: string[]
  /** start the table on a new page (the TAD's goods item pages) */
  pageBreakBefore?: boolean
}

/** Free text (a notice, totals in words, signatures lines). */
export interface Paragraph {
  kind: 'text'
  text: string
  emphasis?: 'bold' | 'small'
}

/** A barcode drawn as vector bars: Code 128 (MRN/LRN) or QR (the cover's digest). */
export interface Barcode {
  kind: 'barcode'
  symbology: 'code128' | 'qrcode'
  data: string
  /** text printed under the bars (Code 128) */
  caption?: string
}

export type Block = BoxGrid | Table | Paragraph | Barcode

/** A paper as the layout engine takes it: a packet's document, or a page of its own. */
export interface Paper {
  id: PaperId
  /** the title on the page and in the PDF metadata ("<title> — <LRN>") */
  title: string
  /** the first page's blocks; blocks that do not fit continue on further pages */
  blocks: Block[]
  /**
   * Item continuation layout (the SAD's box 31–38 per item, three items a sheet): when set,
   * the first page holds `firstSheetItems` item grids and continuation sheets hold `perSheet`,
   * each sheet repeating `sheetHeader`.
   */
  items?: { grids: BoxGrid[]; firstSheetItems: number; perSheet: number; sheetHeader: BoxGrid }
  /**
   * The language of the words the layout adds (continuation titles, page footers): Russian for
   * the ТД, the reader's for a cover or invoice printed in it, English otherwise.
   */
  language?: Language
  /** stamp on every page of this document (e.g. PRE-LODGEMENT for a TAD without MRN) */
  stamp?: string
  /**
   * Data of a small Code 128 barcode drawn on every page of this document beside "page x of y"
   * (the TAD: its MRN, or its LRN before lodgement).
   */
  pageBarcode?: string
}

/** A document of the declaration packet. */
export interface PacketDocument extends Paper {
  id: PacketDocumentId
}

export interface PacketOptions {
  documents: PacketDocumentId[]
  /** ISO time written as the creation date and printed on the cover */
  generatedAt: string
  /** the declaration has errors: every page carries the DRAFT watermark */
  draft: boolean
}
