/**
 * One packet document laid out on pages: its blocks flow top to bottom, its item grids go on
 * SAD-style continuation sheets, and values too long for their boxes are set smaller and,
 * if still too long, continue on the document's last pages ("continuation of long entries").
 * Headers are drawn here; footers, page numbers and the watermark by the packet (index.ts).
 */
import type { Barcode, Block, Box, BoxGrid, Paper, Paragraph, Table } from '../content'
import { code128, qrCode } from './barcode'
import { paragraphDirection } from './bidi'
import {
  BAR_HEIGHT,
  BAR_MODULE,
  baseline,
  BLOCK_GAP,
  CONTENT_LEFT,
  CONTENT_WIDTH,
  fitsAsIs,
  FOOTER_HEIGHT,
  HEADER_HEIGHT,
  HEADING_SIZE,
  LABEL_GAP,
  LABEL_LEADING,
  LABEL_SIZE,
  LINE_WIDTH,
  PAD_BOTTOM,
  PAD_TOP,
  PAD_X,
  PAGE_BARCODE_HEIGHT,
  PAGE_TOP,
  QR_MODULE,
  ROW_CAP,
  STAMP_SIZE,
  TITLE_SIZE,
  VALUE_SIZE,
  wrapWhole,
  type DraftPage,
} from './geometry'
import { MARGIN, MIN_TEXT_SIZE, type FontStyle, type TextMetrics } from './model'
import { placeTable, type TableFlow } from './table'
import { ellipsis, fit, lineHeight, printable, sizeToFit, sizesFrom, wrap } from './text'
import { pageWords, type PageWords } from './words'

export {
  CONTENT_LEFT,
  CONTENT_WIDTH,
  FOOTER_HEIGHT,
  HEADER_HEIGHT,
  PAGE_BARCODE_HEIGHT,
  PAGE_TOP,
  type DraftPage,
} from './geometry'

export interface LayoutContext {
  metrics: TextMetrics
  /** record the frame of every box and cell (tests, previews); off when only drawing */
  frames: boolean
}

interface Note {
  ref: string
  heading: string
  text: string
}

export function layoutDocument(doc: Paper, ctx: LayoutContext): DraftPage[] {
  return new DocumentFlow(doc, ctx).run()
}

interface BoxPlan {
  box: Box
  x: number
  width: number
  number: string
  numberWidth: number
  label: string[]
  value: string
  /** the largest size from its own down at which no word of the value breaks */
  size: number
  /** the value wrapped at that size */
  lines: string[]
  /** the value reads right to left (its lines set flush right); undefined: no bidi needed */
  rtl: boolean | undefined
  natural: number
  min: number
}

interface RowPlan {
  boxes: BoxPlan[]
  natural: number
  min: number
}

class DocumentFlow implements TableFlow {
  private readonly pages: DraftPage[] = []
  private page: DraftPage | undefined
  y = 0
  private readonly bottom: number
  private readonly notes: Note[] = []
  readonly metrics: TextMetrics
  private readonly stamp: string
  readonly recordFrames: boolean
  readonly words: PageWords
  /** wrapped labels by box number, label and width: item grids repeat the same boxes */
  private readonly labels = new Map<
    string,
    { number: string; numberWidth: number; lines: string[] }
  >()

  constructor(
    private readonly doc: Paper,
    ctx: LayoutContext,
  ) {
    this.metrics = ctx.metrics
    this.recordFrames = ctx.frames
    this.words = pageWords(doc)
    this.bottom = MARGIN + FOOTER_HEIGHT + (pageBarcodeOf(doc) ? PAGE_BARCODE_HEIGHT : 0) + 4
    this.stamp = printable(doc.stamp ?? '', this.metrics, 'bold')
  }

  run(): DraftPage[] {
    const items = this.doc.items
    const sheets = items ? sheetCount(items) : 0
    const blocks = items ? this.doc.blocks.map((b) => withForms(b, `1/${sheets}`)) : this.doc.blocks
    this.newPage(this.doc.title)
    for (const block of blocks) this.place(block)
    if (items) this.placeItems(items, sheets)
    if (this.notes.length > 0) this.placeNotes()
    return this.pages
  }

  // ── pages ──────────────────────────────────────────────────────────────────────────────

  private get contentTop(): number {
    return PAGE_TOP - HEADER_HEIGHT
  }

  get available(): number {
    return this.y - this.bottom
  }

  get fullHeight(): number {
    return this.contentTop - this.bottom
  }

  private get atTop(): boolean {
    return this.y >= this.contentTop
  }

  current(): DraftPage {
    return this.page ?? this.newPage(this.doc.title)
  }

  newPage(title = this.words.continued(this.doc.title)): DraftPage {
    const page: DraftPage = { title, ops: [], frames: [], outlines: [] }
    this.pages.push(page)
    this.page = page
    this.y = this.contentTop
    this.drawHeader(page, title)
    return page
  }

  /** Starts a new page unless `height` fits below the cursor (or the page is still empty). */
  ensure(height: number): void {
    if (height > this.available && !this.atTop) this.newPage()
  }

  private gap(): void {
    if (!this.atTop) this.y -= BLOCK_GAP
  }

  text(x: number, y: number, size: number, font: FontStyle, text: string, rtl?: boolean): void {
    if (text === '') return
    this.current().ops.push(
      rtl === undefined
        ? { op: 'text', x, y, size, font, text }
        : { op: 'text', x, y, size, font, text, rtl },
    )
  }

  /** Where a line starts: flush left, or flush right (right-to-left values, end-aligned columns). */
  lineStart(
    left: number,
    right: number,
    line: string,
    size: number,
    font: FontStyle,
    flushRight: boolean,
  ): number {
    return flushRight ? right - this.metrics.width(line, font) * size : left
  }

  private drawHeader(page: DraftPage, title: string): void {
    const m = this.metrics
    let titleRight = CONTENT_LEFT + CONTENT_WIDTH
    if (this.stamp !== '') {
      const size = sizeToFit(this.stamp, CONTENT_WIDTH / 2, STAMP_SIZE, 'bold', m)
      const width = m.width(this.stamp, 'bold') * size + 12
      const height = size * 1.3 + 4
      const x = CONTENT_LEFT + CONTENT_WIDTH - width
      const top = PAGE_TOP
      page.ops.push({ op: 'stroke', rects: [x, top - height, width, height], lineWidth: 1.5 })
      page.ops.push({
        op: 'text',
        x: x + 6,
        y: baseline(top - 2, size, size * 1.3),
        size,
        font: 'bold',
        text: this.stamp,
      })
      titleRight = x - 8
    }
    const text = printable(title, m, 'bold')
    const width = titleRight - CONTENT_LEFT
    const size = sizeToFit(text, width, TITLE_SIZE, 'bold', m)
    page.ops.push({
      op: 'text',
      x: CONTENT_LEFT,
      y: baseline(PAGE_TOP, size, lineHeight(size)),
      size,
      font: 'bold',
      text: ellipsis(text, width, size, 'bold', m),
    })
    const ruleY = PAGE_TOP - HEADER_HEIGHT + 6
    page.ops.push({
      op: 'line',
      x1: CONTENT_LEFT,
      y1: ruleY,
      x2: CONTENT_LEFT + CONTENT_WIDTH,
      y2: ruleY,
      lineWidth: LINE_WIDTH,
    })
  }

  // ── blocks ─────────────────────────────────────────────────────────────────────────────

  private place(block: Block): void {
    if (
      (block.kind === 'boxes' || block.kind === 'table') &&
      block.pageBreakBefore &&
      !this.atTop
    ) {
      this.newPage()
    }
    this.gap()
    switch (block.kind) {
      case 'boxes':
        return this.placeGrid(block)
      case 'table':
        return this.placeTable(block)
      case 'text':
        return this.placeParagraph(block)
      case 'barcode':
        return this.placeBarcode(block)
    }
  }

  headingLines(title: string | undefined): string[] {
    if (title === undefined || title === '') return []
    return wrap(
      printable(title, this.metrics, 'bold'),
      CONTENT_WIDTH,
      HEADING_SIZE,
      'bold',
      this.metrics,
    )
  }

  drawHeading(lines: string[]): void {
    const leading = lineHeight(HEADING_SIZE)
    for (const line of lines) {
      this.text(CONTENT_LEFT, baseline(this.y, HEADING_SIZE, leading), HEADING_SIZE, 'bold', line)
      this.y -= leading
    }
    if (lines.length > 0) this.y -= 2
  }

  headingHeight(lines: string[]): number {
    return lines.length === 0 ? 0 : lines.length * lineHeight(HEADING_SIZE) + 2
  }

  // ── box grids ──────────────────────────────────────────────────────────────────────────

  /**
   * A grid of boxes, row by row. With `limit`, the rows together take at most that height:
   * the tallest rows give way first (their values then set smaller or continued).
   */
  private placeGrid(grid: BoxGrid, limit?: number): void {
    const heading = this.headingLines(grid.title)
    const rows = this.planGrid(grid)
    const headingHeight = this.headingHeight(heading)
    const cap = this.fullHeight - headingHeight
    const heights =
      limit === undefined
        ? rows.map((row) => Math.min(row.natural, Math.max(row.min, cap)))
        : squeeze(rows, limit - headingHeight)
    const together = grid.keepTogether ? heights.reduce((a, b) => a + b, 0) : (heights[0] ?? 0)
    this.ensure(headingHeight + together)
    this.drawHeading(heading)
    rows.forEach((row, index) => {
      const height = heights[index]!
      this.ensure(height)
      this.drawRow(row, this.y, height, grid.title)
      this.y -= height
    })
  }

  private planGrid(grid: BoxGrid): RowPlan[] {
    const columns = Math.max(1, Math.floor(grid.columns) || 1)
    const column = CONTENT_WIDTH / columns
    const groups: { box: Box; col: number; span: number }[][] = []
    let row: { box: Box; col: number; span: number }[] = []
    let col = 0
    for (const box of grid.boxes) {
      const span = Math.min(columns, Math.max(1, Math.floor(box.span ?? 1) || 1))
      if (col + span > columns) {
        groups.push(row)
        row = []
        col = 0
      }
      row.push({ box, col, span })
      col += span
    }
    if (row.length > 0) groups.push(row)
    return groups.map((group) => {
      const boxes = group.map(({ box, col: start, span }, index) => {
        // The last box of a short row takes the rest of the row.
        const end = index === group.length - 1 ? columns : start + span
        return this.planBox(box, CONTENT_LEFT + start * column, (end - start) * column)
      })
      const min = Math.max(...boxes.map((b) => b.min))
      const natural = Math.max(min, Math.min(ROW_CAP, Math.max(...boxes.map((b) => b.natural))))
      return { boxes, min, natural }
    })
  }

  private planBox(box: Box, x: number, width: number): BoxPlan {
    const m = this.metrics
    const inner = width - 2 * PAD_X
    const { number, numberWidth, lines: label } = this.boxLabel(box, inner)
    const value = printable(box.value, m)
    const chrome = PAD_TOP + label.length * LABEL_LEADING + LABEL_GAP + PAD_BOTTOM
    const { size, lines } = wrapWhole(value, inner, VALUE_SIZE, 'regular', m)
    return {
      box,
      x,
      width,
      number,
      numberWidth,
      label,
      value,
      size,
      lines,
      rtl: paragraphDirection(value),
      natural: chrome + Math.max(1, lines.length) * lineHeight(size),
      min: chrome + lineHeight(MIN_TEXT_SIZE),
    }
  }

  private boxLabel(box: Box, inner: number) {
    const key = `${box.number}\u0000${box.label}\u0000${box.labelSecondary ?? ''}\u0000${inner}`
    let label = this.labels.get(key)
    if (label === undefined) {
      const m = this.metrics
      const number = printable(box.number.trim(), m, 'bold')
      const numberWidth = number === '' ? 0 : m.width(number, 'bold') * LABEL_SIZE + 3
      const text = printable(box.label, m)
      const lines =
        text === ''
          ? number === ''
            ? []
            : ['']
          : wrap(text, inner, LABEL_SIZE, 'regular', m, inner - numberWidth)
      if (box.labelSecondary) {
        lines.push(...wrap(printable(box.labelSecondary, m), inner, LABEL_SIZE, 'regular', m))
      }
      label = { number, numberWidth, lines }
      this.labels.set(key, label)
    }
    return label
  }

  private drawRow(row: RowPlan, top: number, height: number, context: string | undefined): void {
    const page = this.current()
    for (const plan of row.boxes) {
      const { x, width } = plan
      const inner = width - 2 * PAD_X
      page.outlines.push(x, top - height, width, height)
      let lineTop = top - PAD_TOP
      for (let index = 0; index < plan.label.length; index++) {
        const y = baseline(lineTop, LABEL_SIZE, LABEL_LEADING)
        if (index === 0 && plan.number !== '') {
          this.text(x + PAD_X, y, LABEL_SIZE, 'bold', plan.number)
        }
        const indent = index === 0 ? plan.numberWidth : 0
        this.text(x + PAD_X + indent, y, LABEL_SIZE, 'regular', plan.label[index]!)
        lineTop -= LABEL_LEADING
      }
      lineTop -= LABEL_GAP
      const room = lineTop - (top - height) - PAD_BOTTOM
      let ref: string | undefined
      const fitted = fitsAsIs(plan.lines, plan.size, room)
        ? { size: plan.size, lines: plan.lines }
        : fit(plan.value, inner, room, sizesFrom(plan.size), 'regular', this.metrics, () => {
            ref = this.note(boxHeading(plan.box, context, this.words), plan.value)
            return this.words.continuedIn(ref)
          })
      const leading = lineHeight(fitted.size)
      for (const line of fitted.lines) {
        const start = this.lineStart(
          x + PAD_X,
          x + width - PAD_X,
          line,
          fitted.size,
          'regular',
          plan.rtl === true,
        )
        const y = baseline(lineTop, fitted.size, leading)
        this.text(start, y, fitted.size, 'regular', line, plan.rtl)
        lineTop -= leading
      }
      if (!this.recordFrames) continue
      page.frames.push({
        kind: 'box',
        rect: { x, y: top - height, width, height },
        number: plan.box.number,
        label: plan.box.label,
        value: plan.value,
        size: fitted.size,
        ...(ref === undefined ? {} : { continued: ref }),
      })
    }
  }

  // ── tables ─────────────────────────────────────────────────────────────────────────────

  private placeTable(table: Table): void {
    placeTable(this, table)
  }

  // ── paragraphs and barcodes ────────────────────────────────────────────────────────────

  private placeParagraph(paragraph: Paragraph): void {
    const font: FontStyle = paragraph.emphasis === 'bold' ? 'bold' : 'regular'
    const size = paragraph.emphasis === 'small' ? MIN_TEXT_SIZE : VALUE_SIZE
    this.flowText(printable(paragraph.text, this.metrics, font), size, font)
  }

  private flowText(text: string, size: number, font: FontStyle): void {
    const leading = lineHeight(size)
    const rtl = paragraphDirection(text)
    const right = CONTENT_LEFT + CONTENT_WIDTH
    for (const line of wrap(text, CONTENT_WIDTH, size, font, this.metrics)) {
      this.ensure(leading)
      const x = this.lineStart(CONTENT_LEFT, right, line, size, font, rtl === true)
      this.text(x, baseline(this.y, size, leading), size, font, line, rtl)
      this.y -= leading
    }
  }

  private placeBarcode(block: Barcode): void {
    try {
      if (block.symbology === 'code128') this.placeCode128(block)
      else this.placeQr(block)
    } catch {
      // Data the symbology cannot carry: say so rather than print a wrong symbol.
      this.flowText(
        printable(`[barcode could not be drawn: ${block.data}]`, this.metrics),
        VALUE_SIZE,
        'regular',
      )
    }
  }

  private placeCode128(block: Barcode): void {
    const code = code128(block.data)
    const module = Math.min(BAR_MODULE, CONTENT_WIDTH / (code.modules + 20))
    const caption = printable(block.caption ?? '', this.metrics)
    const captionLines =
      caption === '' ? [] : wrap(caption, CONTENT_WIDTH, VALUE_SIZE, 'regular', this.metrics)
    const height = BAR_HEIGHT + captionLines.length * lineHeight(VALUE_SIZE) + 6
    this.ensure(height)
    const left = CONTENT_LEFT + 10 * module
    const top = this.y - 3
    const rects: number[] = []
    for (const bar of code.bars) {
      rects.push(left + bar.start * module, top - BAR_HEIGHT, bar.width * module, BAR_HEIGHT)
    }
    this.current().ops.push({ op: 'fill', rects })
    this.y = top - BAR_HEIGHT - 2
    const centre = left + (code.modules * module) / 2
    for (const line of captionLines) {
      const width = this.metrics.width(line, 'regular') * VALUE_SIZE
      const x = Math.max(CONTENT_LEFT, centre - width / 2)
      this.text(
        x,
        baseline(this.y, VALUE_SIZE, lineHeight(VALUE_SIZE)),
        VALUE_SIZE,
        'regular',
        line,
      )
      this.y -= lineHeight(VALUE_SIZE)
    }
    this.y -= 1
  }

  private placeQr(block: Barcode): void {
    const code = qrCode(block.data)
    const module = Math.min(QR_MODULE, (this.fullHeight - 40) / (code.size + 8))
    const caption = printable(block.caption ?? '', this.metrics)
    const captionLines =
      caption === '' ? [] : wrap(caption, CONTENT_WIDTH, MIN_TEXT_SIZE, 'regular', this.metrics)
    const height = (code.size + 8) * module + captionLines.length * lineHeight(MIN_TEXT_SIZE)
    this.ensure(height)
    const left = CONTENT_LEFT + 4 * module
    const top = this.y - 4 * module
    const rects: number[] = []
    for (const run of code.runs) {
      rects.push(
        left + run.start * module,
        top - (run.row + 1) * module,
        run.length * module,
        module,
      )
    }
    this.current().ops.push({ op: 'fill', rects })
    this.y = top - (code.size + 4) * module
    for (const line of captionLines) {
      this.text(
        CONTENT_LEFT,
        baseline(this.y, MIN_TEXT_SIZE, lineHeight(MIN_TEXT_SIZE)),
        MIN_TEXT_SIZE,
        'regular',
        line,
      )
      this.y -= lineHeight(MIN_TEXT_SIZE)
    }
  }

  // ── item sheets ────────────────────────────────────────────────────────────────────────

  private placeItems(items: NonNullable<Paper['items']>, sheets: number): void {
    const first = Math.max(0, Math.floor(items.firstSheetItems))
    const perSheet = Math.max(1, Math.floor(items.perSheet))
    const onFirst = items.grids.slice(0, first)
    if (onFirst.length > 0) {
      this.gap()
      const minimum = onFirst.reduce((sum, grid) => sum + this.minimumHeight(grid), 0)
      if (minimum + BLOCK_GAP * (onFirst.length - 1) > this.available) this.newPage()
      const slot = (this.available - BLOCK_GAP * (onFirst.length - 1)) / onFirst.length
      onFirst.forEach((grid, index) => {
        if (index > 0) this.gap()
        this.placeGrid(grid, slot)
      })
    }
    const rest = items.grids.slice(first)
    for (let sheet = 2; sheet <= sheets; sheet++) {
      const grids = rest.slice((sheet - 2) * perSheet, (sheet - 1) * perSheet)
      this.newPage(this.words.continuationSheet(this.doc.title, sheet, sheets))
      this.placeGrid(withFormsGrid(items.sheetHeader, `${sheet}/${sheets}`))
      const slot = (this.available - BLOCK_GAP * perSheet) / perSheet
      for (const grid of grids) {
        this.gap()
        this.placeGrid(grid, slot)
      }
    }
  }

  private minimumHeight(grid: BoxGrid): number {
    return (
      this.headingHeight(this.headingLines(grid.title)) +
      this.planGrid(grid).reduce((sum, row) => sum + row.min, 0)
    )
  }

  // ── continuation of long values ────────────────────────────────────────────────────────

  note(heading: string, text: string): string {
    const ref = `C${this.notes.length + 1}`
    this.notes.push({ ref, heading, text })
    return ref
  }

  private placeNotes(): void {
    this.newPage(this.words.longEntries(this.doc.title))
    for (const note of this.notes) {
      this.gap()
      const heading = wrap(
        printable(`${note.ref} · ${note.heading}`, this.metrics, 'bold'),
        CONTENT_WIDTH,
        HEADING_SIZE,
        'bold',
        this.metrics,
      )
      this.ensure(this.headingHeight(heading) + lineHeight(VALUE_SIZE))
      this.drawHeading(heading)
      this.flowText(note.text, VALUE_SIZE, 'regular')
    }
  }
}

/** Shares a limited height among rows: the tallest give way first, none below its minimum. */
export function squeeze(
  rows: readonly { natural: number; min: number }[],
  limit: number,
): number[] {
  const natural = rows.map((r) => r.natural)
  const sum = (level: number) =>
    rows.reduce((total, r) => total + Math.max(r.min, Math.min(r.natural, level)), 0)
  if (natural.reduce((a, b) => a + b, 0) <= limit) return natural
  let low = 0
  let high = Math.max(...natural)
  for (let i = 0; i < 40; i++) {
    const mid = (low + high) / 2
    if (sum(mid) <= limit) low = mid
    else high = mid
  }
  return rows.map((r) => Math.max(r.min, Math.min(r.natural, low)))
}

function sheetCount(items: NonNullable<Paper['items']>): number {
  const first = Math.max(0, Math.floor(items.firstSheetItems))
  const perSheet = Math.max(1, Math.floor(items.perSheet))
  return 1 + Math.ceil(Math.max(0, items.grids.length - first) / perSheet)
}

/** Box 3 "Forms" of a SAD sheet: this sheet and the count, e.g. "2/4". */
function withFormsGrid(grid: BoxGrid, forms: string): BoxGrid {
  if (!grid.boxes.some((box) => box.number.trim() === '3')) return grid
  return {
    ...grid,
    boxes: grid.boxes.map((box) => (box.number.trim() === '3' ? { ...box, value: forms } : box)),
  }
}

function withForms(block: Block, forms: string): Block {
  return block.kind === 'boxes' ? withFormsGrid(block, forms) : block
}

function boxHeading(box: Box, context: string | undefined, words: PageWords): string {
  const name = [box.number.trim() === '' ? '' : words.box(box.number.trim()), box.label]
    .filter(Boolean)
    .join(' ')
  return context ? `${name} — ${context}` : name
}

/** The data of the small barcode on each page (TAD), when the document asks for one. */
export function pageBarcodeOf(doc: Paper): string | undefined {
  return doc.pageBarcode === undefined || doc.pageBarcode === '' ? undefined : doc.pageBarcode
}
