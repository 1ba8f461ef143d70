/**
 * The packet as one PDF (packet.md): documents laid out first, then the cover with each
 * document's page range, footers with page numbers (and the TAD's small barcode), the DRAFT
 * watermark when asked, fixed metadata. Pure: runs in Node, a web worker and Electron's main
 * process alike — the fonts come in as bytes.
 */
import { APP_NAME } from '../../app-identity'
import type { PacketDocument, PacketOptions, Table } from '../content'
import { code128 } from './barcode'
import {
  CONTENT_LEFT,
  CONTENT_WIDTH,
  layoutDocument,
  pageBarcodeOf,
  FOOTER_HEIGHT,
  type DraftPage,
  type LayoutContext,
} from './document'
import {
  MARGIN,
  MIN_TEXT_SIZE,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  type DrawOp,
  type LaidOutPage,
  type TextMetrics,
} from './model'
import { pageWords, type PageWords } from './words'
import { createPdfWriter, type PdfFonts } from './pdf-adapter'
import { ellipsis, printable } from './text'

export { REPLACEMENT_CHARACTER } from './text'
export type { Frame, LaidOutPage, Rect } from './model'
export { PAGE_HEIGHT, PAGE_WIDTH, MARGIN, MIN_TEXT_SIZE } from './model'

export const WATERMARK = 'DRAFT — NOT VALID FOR CUSTOMS'
export const PRODUCER = APP_NAME

/** Progress is reported every this many pages. */
const PROGRESS_EVERY = 20

export type RenderPacketOptions = PacketOptions & {
  lrn: string
  fonts: PdfFonts
  /** called as pages are drawn (done of total), and once more before the file is written */
  onProgress?: (done: number, total: number) => void
}
export type LayoutPacketOptions = Omit<RenderPacketOptions, 'fonts'>

/** The packet's PDF. The same documents, options and generatedAt give the same bytes. */
export async function renderPacket(
  documents: PacketDocument[],
  options: RenderPacketOptions,
): Promise<Uint8Array> {
  const date = generationDate(options.generatedAt)
  const writer = await createPdfWriter(options.fonts)
  const chosen = chosenDocuments(documents, options)
  const pages = layoutWith(chosen, options, { metrics: writer.metrics, frames: false })
  pages.forEach((page, index) => {
    writer.addPage(PAGE_WIDTH, PAGE_HEIGHT, page.ops)
    if (index % PROGRESS_EVERY === 0) options.onProgress?.(index, pages.length)
  })
  options.onProgress?.(pages.length, pages.length)
  const title = packetTitle(chosen, options.lrn)
  return writer.save({
    title,
    producer: PRODUCER,
    creator: PRODUCER,
    date,
    language: 'en',
    id: fileId([
      title,
      options.generatedAt,
      String(options.draft),
      String(pages.length),
      ...chosen.map((d) => d.id),
    ]),
  })
}

/** The pages as laid out (drawing operations and box frames), for tests and previews. */
export async function layoutPacket(
  documents: PacketDocument[],
  options: RenderPacketOptions,
): Promise<LaidOutPage[]> {
  generationDate(options.generatedAt)
  const writer = await createPdfWriter(options.fonts)
  return layoutWith(chosenDocuments(documents, options), options, {
    metrics: writer.metrics,
    frames: true,
  })
}

/** "<document title> — <LRN>", or "Declaration packet — <LRN>" for several documents. */
export function packetTitle(documents: readonly PacketDocument[], lrn: string): string {
  const only = documents.length === 1 ? documents[0] : undefined
  return `${only ? only.title : 'Declaration packet'} — ${lrn.trim() || '(no LRN)'}`
}

function generationDate(generatedAt: string): Date {
  const date = new Date(generatedAt)
  if (Number.isNaN(date.getTime()))
    throw new RangeError(`generatedAt is not a time: "${generatedAt}"`)
  return date
}

function chosenDocuments(documents: PacketDocument[], options: PacketOptions): PacketDocument[] {
  const wanted = options.documents
  const chosen = wanted.length === 0 ? documents : documents.filter((d) => wanted.includes(d.id))
  if (chosen.length === 0) throw new RangeError('The packet has no documents to print.')
  // The cover comes first, whatever the order given.
  return [...chosen.filter((d) => d.id === 'cover'), ...chosen.filter((d) => d.id !== 'cover')]
}

function layoutWith(
  documents: PacketDocument[],
  options: LayoutPacketOptions,
  ctx: LayoutContext,
): LaidOutPage[] {
  const { metrics } = ctx
  const cover = documents.find((d) => d.id === 'cover')
  const others = documents.filter((d) => d !== cover)
  const laidOut = others.map((doc) => ({ doc, pages: layoutDocument(doc, ctx) }))

  const all: { doc: PacketDocument; pages: DraftPage[] }[] = []
  if (cover) {
    // The cover's index needs the other documents' pages, which start after the cover.
    let coverPages = 1
    let pages: DraftPage[] = []
    for (let attempt = 0; attempt < 3; attempt++) {
      const ranges = pageRanges(cover, coverPages, laidOut)
      pages = layoutDocument(withPageIndex(cover, ranges), ctx)
      if (pages.length === coverPages) break
      coverPages = pages.length
    }
    all.push({ doc: cover, pages })
  }
  all.push(...laidOut)

  const total = all.reduce((sum, entry) => sum + entry.pages.length, 0)
  const watermark = options.draft ? watermarkOp(metrics) : undefined
  const result: LaidOutPage[] = []
  for (const { doc, pages } of all) {
    pages.forEach((page, index) => {
      const ops: DrawOp[] = []
      if (watermark) ops.push(watermark)
      ops.push(...page.ops)
      if (page.outlines.length > 0) ops.push({ op: 'stroke', rects: page.outlines, lineWidth: 0.5 })
      ops.push(
        ...footerOps(metrics, {
          lrn: options.lrn,
          generatedAt: options.generatedAt,
          page: index + 1,
          pages: pages.length,
          packetPage: result.length + 1,
          packetPages: total,
          barcode: pageBarcodeOf(doc),
          words: pageWords(doc),
        }),
      )
      result.push({
        document: doc.id,
        pageInDocument: index + 1,
        pagesInDocument: pages.length,
        ops,
        frames: page.frames,
      })
    })
  }
  return result
}

interface PageRange {
  doc: PacketDocument
  first: number
  last: number
}

function pageRanges(
  cover: PacketDocument,
  coverPages: number,
  laidOut: { doc: PacketDocument; pages: DraftPage[] }[],
): PageRange[] {
  const ranges: PageRange[] = [{ doc: cover, first: 1, last: coverPages }]
  let next = coverPages + 1
  for (const { doc, pages } of laidOut) {
    ranges.push({ doc, first: next, last: next + pages.length - 1 })
    next += pages.length
  }
  return ranges
}

const rangeText = (range: PageRange) =>
  range.first === range.last ? `${range.first}` : `${range.first}–${range.last}`

/**
 * The cover's index: in each table with a "Pages" column, the row naming a document (by its
 * title or id in any cell) gets that document's page range.
 */
export function withPageIndex(cover: PacketDocument, ranges: readonly PageRange[]): PacketDocument {
  const indexTable = (table: Table): Table => {
    const column = table.columns.findIndex((c) => /^\s*pages?\b/i.test(c.label))
    if (column < 0) return table
    // Rows that name no document: in order, with or without a row for the cover itself.
    const fallback = table.rows.length === ranges.length ? ranges : ranges.slice(1)
    const rows = table.rows.map((row, index) => {
      const named = (text: string | undefined) => {
        const key = (text ?? '').trim().toLowerCase()
        return ranges.find((r) => r.doc.title.trim().toLowerCase() === key || r.doc.id === key)
      }
      const range = row.map(named).find((r) => r !== undefined) ?? fallback[index]
      if (range === undefined) return row
      const copy = [...row]
      copy[column] = rangeText(range)
      return copy
    })
    return { ...table, rows }
  }
  return { ...cover, blocks: cover.blocks.map((b) => (b.kind === 'table' ? indexTable(b) : b)) }
}

interface FooterInfo {
  lrn: string
  generatedAt: string
  page: number
  pages: number
  packetPage: number
  packetPages: number
  barcode: string | undefined
  words: PageWords
}

function footerOps(metrics: TextMetrics, info: FooterInfo): DrawOp[] {
  const size = MIN_TEXT_SIZE
  const ops: DrawOp[] = []
  const lineY = MARGIN + FOOTER_HEIGHT - 4
  const y = MARGIN + 2
  ops.push({
    op: 'line',
    x1: CONTENT_LEFT,
    y1: lineY,
    x2: CONTENT_LEFT + CONTENT_WIDTH,
    y2: lineY,
    lineWidth: 0.5,
  })
  const right = info.words.pageOf(info.page, info.pages, info.packetPage, info.packetPages)
  const rightWidth = metrics.width(right, 'regular') * size
  ops.push({
    op: 'text',
    x: CONTENT_LEFT + CONTENT_WIDTH - rightWidth,
    y,
    size,
    font: 'regular',
    text: right,
  })
  const left = printable(info.words.generated(info.lrn, info.generatedAt, APP_NAME), metrics)
  ops.push({
    op: 'text',
    x: CONTENT_LEFT,
    y,
    size,
    font: 'regular',
    text: ellipsis(left, CONTENT_WIDTH - rightWidth - 12, size, 'regular', metrics),
  })
  if (info.barcode !== undefined) {
    try {
      const code = code128(info.barcode)
      const module = Math.min(0.75, CONTENT_WIDTH / 2 / code.modules)
      const height = 22
      const left = CONTENT_LEFT + CONTENT_WIDTH - code.modules * module
      const bottom = lineY + 4
      const rects: number[] = []
      for (const bar of code.bars)
        rects.push(left + bar.start * module, bottom, bar.width * module, height)
      ops.push({ op: 'fill', rects })
    } catch {
      // Not encodable: the page number text alone.
    }
  }
  return ops
}

/** "DRAFT — NOT VALID FOR CUSTOMS" across the page, light grey, under the content. */
function watermarkOp(metrics: TextMetrics): DrawOp {
  const angle = Math.atan2(PAGE_HEIGHT - 2 * MARGIN, PAGE_WIDTH - 2 * MARGIN)
  const diagonal = Math.hypot(PAGE_HEIGHT - 2 * MARGIN, PAGE_WIDTH - 2 * MARGIN)
  const width1 = metrics.width(WATERMARK, 'bold')
  const size = Math.min(60, (diagonal * 0.8) / width1)
  const width = width1 * size
  const cos = Math.cos(angle)
  const sin = Math.sin(angle)
  const rise = size * 0.35
  return {
    op: 'text',
    x: PAGE_WIDTH / 2 - (width / 2) * cos + rise * sin,
    y: PAGE_HEIGHT / 2 - (width / 2) * sin - rise * cos,
    size,
    font: 'bold',
    text: WATERMARK,
    gray: 0.8,
    angle: (angle * 180) / Math.PI,
  }
}

/** 32 hex digits from the packet's identity: four FNV-1a hashes with different seeds. */
export function fileId(parts: readonly string[]): string {
  const text = parts.join('\u0000')
  let hex = ''
  for (const seed of [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b]) {
    let hash = seed >>> 0
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i)
      hash = Math.imul(hash, 0x01000193) >>> 0
    }
    hex += hash.toString(16).padStart(8, '0')
  }
  return hex.toUpperCase()
}
