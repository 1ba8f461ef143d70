/**
 * A national tariff from a text file: its 8- or 10-digit lines under the HS 2022 subheadings,
 * for the HS finder. The files forwarders have (their shapes, with sources, in
 * docs/national-tariffs.md):
 *   - the EAEU ТН ВЭД as a CSV of code; description (; unit …), the code written "0813100000"
 *     or "0813 10 000 0" as the Common Customs Tariff prints it;
 *   - the FTS/FNS classifier file TNVED4.TXT: "08|13|100000|- абрикосы|01.01.2017||", the code in
 *     three columns, a start and an end date;
 *   - the Pakistan Customs Tariff as a CSV of PCT code, description, duties: "0813.1000".
 * So the reader finds the separator (; , tab |) and where the code is (one column, or several
 * side by side) from the lines themselves; a first line without a code is the column titles.
 * Every other line is imported or refused with its line number and reason: nothing is dropped
 * without a word. A line's dashes ("- - прочие") place it under the lines above it, whose texts
 * become its context.
 */
import Papa from 'papaparse'
import { isHsSubheading } from '../codes/hs2022-subheadings'

export type RefusalReason =
  | 'noCode'
  | 'notCode'
  | 'heading'
  | 'length'
  | 'subheading'
  | 'noDescription'
  | 'ended'
  | 'duplicate'
  | 'quotes'

export interface TariffRefusal {
  /** the line the refused record starts on, from 1 */
  line: number
  reason: RefusalReason
  /** what the reason's words need: the code as written, the digits, a date, a line */
  values: Record<string, string | number>
}

export interface TariffLineRead {
  line: number
  /** 8 or 10 digits; the first six are an HS 2022 subheading */
  code: string
  description: string
  /** the texts of the lines above it, by their dashes */
  context?: string
}

export interface TariffRead {
  lines: TariffLineRead[]
  refused: TariffRefusal[]
  /** the line read as column titles */
  header?: number
  /** codes that had lost their leading zero (a spreadsheet takes codes for numbers), given back */
  restored: number
  /** records read (blank lines aside): the lines, the refused and the header together */
  records: number
}

export type TariffReadResult = TariffRead | { error: 'empty' | 'noCodes' }

const DELIMITERS = [';', ',', '\t', '|']
/** Lines looked at to find the separator and the code's place. */
const SAMPLE_LINES = 400
const CODE_CELL = /^[\d .]+$/
const DATE = /^(\d{2})\.(\d{2})\.(\d{4})$/
const DASHES = /^[\s\-–—]*/

interface Layout {
  delimiter: string
  /** the code's first column and how many columns it spans */
  start: number
  count: number
}

/**
 * Reads a tariff file's text. `today` (YYYY-MM-DD) decides which lines have ended, where the
 * file gives an end date.
 */
export function readNationalTariff(text: string, today: string): TariffReadResult {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (normalised.trim() === '') return { error: 'empty' }
  const layout = findLayout(normalised)
  if (!layout) return { error: 'noCodes' }
  const read: TariffRead = { lines: [], refused: [], restored: 0, records: 0 }
  const first = new Map<string, number>()
  const context = new ContextStack()
  let position = 0
  let line = 1
  Papa.parse<string[]>(normalised, {
    delimiter: layout.delimiter,
    step: (result) => {
      const end = result.meta.cursor
      const start = position
      const startLine = line
      for (; position < end; position++) if (normalised[position] === '\n') line++
      const cells = result.data.map((cell) => cell.trim())
      if (cells.every((cell) => cell === '')) return
      read.records++
      const refuse = (reason: RefusalReason, values: TariffRefusal['values'] = {}) =>
        void read.refused.push({ line: startLine, reason, values })
      if (result.errors.some((error) => error.type === 'Quotes')) {
        const last =
          startLine + (normalised.slice(start, end).replace(/\n$/, '').split('\n').length - 1)
        return refuse('quotes', { last })
      }
      const codeCells = cells.slice(layout.start, layout.start + layout.count)
      const written = codeCells.join(' ').trim()
      const at = descriptionAt(cells, layout)
      const described = at < 0 ? { level: 0, text: '' } : leveled(cells[at]!)
      if (read.records === 1 && !/\d/.test(written) && cells.some((cell) => /\p{L}/u.test(cell)))
        return void (read.header = startLine)
      if (written === '') {
        context.place(undefined, described)
        return refuse('noCode')
      }
      if (!CODE_CELL.test(written)) return refuse('notCode', { code: written.slice(0, 40) })
      const digits = restoredCode(written.replace(/\D/g, ''))
      const code = digits ?? written.replace(/\D/g, '')
      const above = context.place(code, described)
      if (code.length <= 6 && code.length % 2 === 0) return refuse('heading', { code: written })
      if (code.length !== 8 && code.length !== 10)
        return refuse('length', { code: written, digits: code.length })
      if (!isHsSubheading(code.slice(0, 6)))
        return refuse('subheading', { code: written, subheading: code.slice(0, 6) })
      if (described.text === '') return refuse('noDescription', { code: written })
      const ended = endDate(cells, at)
      if (ended && ended.iso < today) return refuse('ended', { code: written, date: ended.written })
      const earlier = first.get(code)
      if (earlier !== undefined) return refuse('duplicate', { code: written, first: earlier })
      first.set(code, startLine)
      if (digits !== undefined && digits !== written.replace(/\D/g, '')) read.restored++
      read.lines.push({
        line: startLine,
        code,
        description: described.text,
        ...(above ? { context: above } : {}),
      })
    },
  })
  return read
}

/** The separator and the code's columns most lines agree on; none if no line has a code. */
function findLayout(text: string): Layout | undefined {
  const sample = text.split('\n', SAMPLE_LINES).join('\n')
  let best: { layout: Layout; votes: number } | undefined
  for (const delimiter of DELIMITERS) {
    const votes = new Map<string, number>()
    for (const row of Papa.parse<string[]>(sample, { delimiter }).data) {
      const cells = row.map((cell) => cell.trim())
      for (let start = 0; start < cells.length; start++) {
        for (let count = 1; count <= 3 && start + count <= cells.length; count++) {
          const span = cells.slice(start, start + count)
          if (!span.every((cell) => cell !== '' && CODE_CELL.test(cell))) break
          if (restoredCode(span.join('').replace(/\D/g, '')) === undefined) continue
          const key = `${start}:${count}`
          votes.set(key, (votes.get(key) ?? 0) + 1)
        }
      }
    }
    for (const [key, count] of votes) {
      if (best && count <= best.votes) continue
      const [start = 0, span = 1] = key.split(':').map(Number)
      best = { layout: { delimiter, start, count: span }, votes: count }
    }
  }
  return best?.layout
}

/**
 * An 8- or 10-digit code whose first six digits are a subheading, as it is or with the leading
 * zero a spreadsheet dropped (7 and 9 digits: chapters 01–09 start with 0); else none.
 */
function restoredCode(digits: string): string | undefined {
  for (const code of [digits, `0${digits}`])
    if ((code.length === 8 || code.length === 10) && isHsSubheading(code.slice(0, 6))) return code
  return undefined
}

/** The description's column: the first after the code with a letter in it (else before it). */
function descriptionAt(cells: readonly string[], layout: Layout): number {
  const hasLetter = (cell: string) => /\p{L}/u.test(cell)
  const after = cells.findIndex((cell, i) => i >= layout.start + layout.count && hasLetter(cell))
  return after >= 0 ? after : cells.findIndex((cell, i) => i < layout.start && hasLetter(cell))
}

/** A description's dashes (its depth under the line above) and its text without them. */
function leveled(cell: string): { level: number; text: string } {
  const dashes = DASHES.exec(cell)![0]
  const text = cell.slice(dashes.length).replace(/\s+/g, ' ').replace(/:$/, '').trim()
  return { level: dashes.replace(/\s/g, '').length, text }
}

/** The end date the FTS/FNS files give after the description (start date, end date). */
function endDate(
  cells: readonly string[],
  at: number,
): { iso: string; written: string } | undefined {
  if (at < 0) return undefined
  const [begins = '', ends = ''] = cells.slice(at + 1, at + 3)
  const date = DATE.exec(ends)
  if (!date || !(begins === '' || DATE.test(begins))) return undefined
  return { iso: `${date[3]}-${date[2]}-${date[1]}`, written: ends }
}

/**
 * The lines above, by dashes, within one heading: "- - прочие" under "- пряжа однониточная"
 * under "Пряжа хлопчатобумажная". A heading's own line (4 digits) starts it again.
 */
class ContextStack {
  private heading = ''
  private stack: { level: number; text: string }[] = []

  /** Places a line; returns the texts above it (the nearest four), joined. */
  place(code: string | undefined, line: { level: number; text: string }): string {
    if (code !== undefined && code.slice(0, 4) !== this.heading) {
      this.heading = code.slice(0, 4)
      this.stack = []
    }
    if (code?.length === 4) {
      this.stack = line.text ? [{ level: -1, text: line.text }] : []
      return ''
    }
    while (this.stack.length > 0 && this.stack.at(-1)!.level >= line.level) this.stack.pop()
    const above = this.stack.slice(-4).map((entry) => entry.text)
    if (line.text) this.stack.push(line)
    return above.join(' › ')
  }
}

/** The tariff the codes look like: the EAEU's have 10 digits, Pakistan's 8. */
export function likelyTariff(read: TariffRead): 'eaeu' | 'pct' | undefined {
  const ten = read.lines.filter((line) => line.code.length === 10).length
  const eight = read.lines.length - ten
  return ten > eight ? 'eaeu' : eight > ten ? 'pct' : undefined
}
