/**
 * A table on the page: column widths (columns.ts), a header repeated on every page it runs
 * onto, each row as tall as its tallest cell (up to a cap), a cell's value set smaller or
 * continued at the end of the document when it does not fit. Codes in cells print whole: a
 * column is at least as wide as its longest code at 8 pt, and a cell is set smaller until its
 * longest word fits.
 */
import type { Table } from '../content'
import { columnMinimums, columnWidths } from './columns'
import {
  baseline,
  CONTENT_LEFT,
  CONTENT_WIDTH,
  fitsAsIs,
  LABEL_LEADING,
  LABEL_SIZE,
  PAD_BOTTOM,
  PAD_TOP,
  PAD_X,
  ROW_CAP,
  TABLE_SIZE,
  wrapWhole,
  type DraftPage,
} from './geometry'
import { paragraphDirection } from './bidi'
import type { FontStyle, TextMetrics } from './model'
import { fit, lineHeight, printable, sizesFrom, wrap } from './text'
import type { PageWords } from './words'

/** What a table needs from the document it flows in (document.ts's DocumentFlow). */
export interface TableFlow {
  readonly metrics: TextMetrics
  /** the words the layout adds, in the paper's language */
  readonly words: PageWords
  /** record the frame of every cell (tests, previews) */
  readonly recordFrames: boolean
  /** the top of the free space on the current page */
  y: number
  /** the height free below `y`, and on an empty page */
  readonly available: number
  readonly fullHeight: number
  current(): DraftPage
  newPage(): DraftPage
  /** starts a new page unless `height` fits below the cursor */
  ensure(height: number): void
  text(x: number, y: number, size: number, font: FontStyle, text: string, rtl?: boolean): void
  lineStart(
    left: number,
    right: number,
    line: string,
    size: number,
    font: FontStyle,
    flushRight: boolean,
  ): number
  headingLines(title: string | undefined): string[]
  drawHeading(lines: string[]): void
  headingHeight(lines: string[]): number
  /** keeps a long value for the continuation page; its reference ("C1") */
  note(heading: string, text: string): string
}

interface CellPlan {
  value: string
  size: number
  lines: string[]
  rtl: boolean | undefined
}

interface TableRowPlan {
  cells: CellPlan[]
  height: number
}

export function placeTable(flow: TableFlow, table: Table): void {
  const m = flow.metrics
  const columns = table.columns
  const labels = columns.map((c) => printable(c.label, m, 'bold'))
  const rows = table.rows.map((cells) => columns.map((_, i) => printable(cells[i] ?? '', m)))
  const totals = table.totals?.map((cell) => printable(cell, m, 'bold'))
  const widths = columnWidths(
    columns.map((c) => c.width),
    columnMinimums(labels, rows, totals, m, 2 * PAD_X + 0.5, CONTENT_WIDTH),
    CONTENT_WIDTH,
  )
  const lefts = widths.map((_, i) => CONTENT_LEFT + widths.slice(0, i).reduce((a, b) => a + b, 0))
  const inners = widths.map((w) => w - 2 * PAD_X)
  const headerLines = labels.map((label, i) => wrap(label, inners[i]!, LABEL_SIZE, 'bold', m))
  const headerHeight =
    PAD_TOP + Math.max(1, ...headerLines.map((l) => l.length)) * LABEL_LEADING + PAD_BOTTOM
  const heading = flow.headingLines(table.title)
  const cap = Math.min(ROW_CAP, flow.fullHeight - headerHeight)

  const plan = (cells: readonly string[], font: FontStyle): TableRowPlan => {
    const planned: CellPlan[] = []
    let text = lineHeight(TABLE_SIZE)
    for (let i = 0; i < columns.length; i++) {
      const value = cells[i] ?? ''
      const { size, lines: wrapped } = wrapWhole(value, inners[i]!, TABLE_SIZE, font, m)
      text = Math.max(text, wrapped.length * lineHeight(size))
      planned.push({ value, size, lines: wrapped, rtl: paragraphDirection(value) })
    }
    const height = Math.min(cap, PAD_TOP + text + PAD_BOTTOM)
    return { cells: planned, height }
  }

  const drawHeader = () => {
    const page = flow.current()
    for (let i = 0; i < columns.length; i++) {
      page.outlines.push(lefts[i]!, flow.y - headerHeight, widths[i]!, headerHeight)
      let lineTop = flow.y - PAD_TOP
      for (const line of headerLines[i]!) {
        const y = baseline(lineTop, LABEL_SIZE, LABEL_LEADING)
        const x =
          columns[i]!.align === 'end'
            ? lefts[i]! + widths[i]! - PAD_X - m.width(line, 'bold') * LABEL_SIZE
            : lefts[i]! + PAD_X
        flow.text(x, y, LABEL_SIZE, 'bold', line)
        lineTop -= LABEL_LEADING
      }
      if (flow.recordFrames) {
        page.frames.push({
          kind: 'header',
          rect: {
            x: lefts[i]!,
            y: flow.y - headerHeight,
            width: widths[i]!,
            height: headerHeight,
          },
          number: '',
          label: columns[i]!.label,
          value: columns[i]!.label,
          size: LABEL_SIZE,
        })
      }
    }
    flow.y -= headerHeight
  }

  const drawRow = (row: TableRowPlan, font: FontStyle, rowName: string) => {
    const page = flow.current()
    const { height } = row
    const bottom = flow.y - height
    for (let i = 0; i < columns.length; i++) {
      const cell = row.cells[i]!
      const column = columns[i]!
      page.outlines.push(lefts[i]!, bottom, widths[i]!, height)
      const room = height - PAD_TOP - PAD_BOTTOM
      let ref: string | undefined
      const fitted = fitsAsIs(cell.lines, cell.size, room)
        ? { size: cell.size, lines: cell.lines }
        : fit(cell.value, inners[i]!, room, sizesFrom(cell.size), font, m, () => {
            const where = [table.title, column.label, rowName].filter(Boolean).join(' — ')
            ref = flow.note(where, cell.value)
            return flow.words.continuedIn(ref)
          })
      const leading = lineHeight(fitted.size)
      let lineTop = flow.y - PAD_TOP
      const right = lefts[i]! + widths[i]! - PAD_X
      const flushRight = column.align === 'end' || cell.rtl === true
      for (const line of fitted.lines) {
        const x = flow.lineStart(lefts[i]! + PAD_X, right, line, fitted.size, font, flushRight)
        const y = baseline(lineTop, fitted.size, leading)
        flow.text(x, y, fitted.size, font, line, cell.rtl)
        lineTop -= leading
      }
      if (flow.recordFrames) {
        page.frames.push({
          kind: 'cell',
          rect: { x: lefts[i]!, y: bottom, width: widths[i]!, height },
          number: '',
          label: column.label,
          value: cell.value,
          size: fitted.size,
          ...(ref === undefined ? {} : { continued: ref }),
        })
      }
    }
    flow.y = bottom
  }

  /** `keepWith`: the height of a row that must follow on the same page (the totals). */
  const place = (row: TableRowPlan, font: FontStyle, rowName: string, keepWith = 0) => {
    const together = row.height + keepWith <= flow.fullHeight - headerHeight ? keepWith : 0
    if (row.height + together > flow.available) {
      flow.newPage()
      drawHeader()
    }
    drawRow(row, font, rowName)
  }

  const rowPlans = rows.map((cells) => plan(cells, 'regular'))
  const totalsPlan = totals ? plan(totals, 'bold') : undefined
  const first = rowPlans[0] ?? totalsPlan
  flow.ensure(flow.headingHeight(heading) + headerHeight + (first?.height ?? 0))
  flow.drawHeading(heading)
  drawHeader()
  // The totals never stand alone under a repeated header: the last row goes with them.
  const last = rowPlans.length - 1
  rowPlans.forEach((row, index) =>
    place(row, 'regular', `row ${index + 1}`, index === last ? (totalsPlan?.height ?? 0) : 0),
  )
  if (totalsPlan) place(totalsPlan, 'bold', 'totals')
}
