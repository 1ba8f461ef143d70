/**
 * The training report's PDF: one A4 page, always. The paper (paper.ts) is laid out by the packet's
 * engine with as many misses as fit on the first page — found by bisection, each trial a layout
 * of at most the listed misses — and drawn by the packet's PDF adapter, so the report has the
 * packet's fonts (Cyrillic, Kazakh letters, Urdu shaped right to left) and its fixed metadata.
 */
import { APP_NAME } from '../../app-identity'
import {
  CONTENT_LEFT,
  CONTENT_WIDTH,
  FOOTER_HEIGHT,
  layoutDocument,
  type DraftPage,
  type LayoutContext,
} from '../../packet/layout/document'
import {
  MARGIN,
  MIN_TEXT_SIZE,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  type DrawOp,
  type TextMetrics,
} from '../../packet/layout/model'
import { createPdfWriter, type PdfFonts } from '../../packet/layout/pdf-adapter'
import { fileId } from '../../packet/layout'
import { paragraphDirection } from '../../packet/layout/bidi'
import { ellipsis, printable } from '../../packet/layout/text'
import { trainingReportPaper } from './paper'
import type { TrainingReportRequest } from './request'

export interface LaidOutReport {
  /** the one page's drawing operations, footer included */
  ops: DrawOp[]
  /** how many misses the page lists */
  shown: number
}

/** The report's PDF; the same request gives the same bytes. */
export async function makeTrainingReportPdf(
  request: TrainingReportRequest,
  fonts: PdfFonts,
): Promise<Uint8Array> {
  const date = new Date(request.generatedAt)
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`generatedAt is not a time: "${request.generatedAt}"`)
  }
  const writer = await createPdfWriter(fonts)
  const page = layOutReport(request, { metrics: writer.metrics, frames: false })
  writer.addPage(PAGE_WIDTH, PAGE_HEIGHT, page.ops)
  return writer.save({
    title: request.words.title,
    producer: APP_NAME,
    creator: APP_NAME,
    date,
    language: request.language,
    id: fileId([request.words.title, request.generatedAt, request.verdict, String(page.shown)]),
  })
}

/** The page as drawn, with how many misses it lists. */
export function layOutReport(request: TrainingReportRequest, ctx: LayoutContext): LaidOutReport {
  const layout = (shown: number) => layoutDocument(trainingReportPaper(request, shown), ctx)
  let shown = request.misses.length
  let pages = layout(shown)
  if (pages.length > 1) {
    // The most misses that leave the page (with its "and N more" line) on one page.
    let low = 0
    let high = shown - 1
    while (low < high) {
      const mid = Math.ceil((low + high) / 2)
      if (layout(mid).length === 1) low = mid
      else high = mid - 1
    }
    shown = low
    pages = layout(shown)
  }
  // Only a page whose facts alone overflow could still run on; its first page is the report.
  const page = pages[0]!
  return { ops: pageOps(page, request.words.footer, ctx.metrics), shown }
}

function pageOps(page: DraftPage, footer: string, metrics: TextMetrics): DrawOp[] {
  const ops: DrawOp[] = [...page.ops]
  if (page.outlines.length > 0) ops.push({ op: 'stroke', rects: page.outlines, lineWidth: 0.5 })
  const lineY = MARGIN + FOOTER_HEIGHT - 4
  ops.push({
    op: 'line',
    x1: CONTENT_LEFT,
    y1: lineY,
    x2: CONTENT_LEFT + CONTENT_WIDTH,
    y2: lineY,
    lineWidth: 0.5,
  })
  const text = ellipsis(
    printable(footer, metrics),
    CONTENT_WIDTH,
    MIN_TEXT_SIZE,
    'regular',
    metrics,
  )
  // Right to left (Urdu): set flush right, as the engine sets such a paragraph.
  const rtl = paragraphDirection(text) === true
  const width = metrics.width(text, 'regular') * MIN_TEXT_SIZE
  ops.push({
    op: 'text',
    x: rtl ? CONTENT_LEFT + CONTENT_WIDTH - width : CONTENT_LEFT,
    y: MARGIN + 2,
    size: MIN_TEXT_SIZE,
    font: 'regular',
    text,
    ...(rtl ? { rtl } : {}),
  })
  return ops
}
