/**
 * Goods lines from a spreadsheet: which column holds what (guessed from the header, then set by
 * the user and remembered per sender), and each row read into a goods item — or into a
 * message naming the row, the column and what is wrong. Pure: the renderer reads the file
 * (xlsx or csv) into rows of cells first.
 */
import { fold } from '../codes/search-text'
import type { JsonObject } from '../json'

/** The item elements a column can fill. */
export const SHEET_FIELDS = [
  'description',
  'hsCode',
  'countryOfOrigin',
  'grossMass',
  'netMass',
  'packageKind',
  'packageCount',
  'marks',
  'value',
  'currency',
  'supplementaryQuantity',
  'supplementaryUnit',
] as const
export type SheetField = (typeof SHEET_FIELDS)[number]

/** For each column (by index), the field it fills, or null for a column left out. */
export type ColumnMapping = (SheetField | null)[]

export type Cell = string | number | boolean | Date | null | undefined

const NUMERIC: ReadonlySet<SheetField> = new Set([
  'grossMass',
  'netMass',
  'packageCount',
  'value',
  'supplementaryQuantity',
])

/** Header words (English and Russian) that name each field, as invoices and packing lists say. */
const HEADER_WORDS: Record<SheetField, string[]> = {
  description: [
    'description',
    'goods',
    'commodity description',
    'item',
    'наименование',
    'описание',
    'товар',
  ],
  hsCode: ['hs', 'hs code', 'tnved', 'тн вэд', 'код тн вэд', 'hts', 'commodity code', 'tariff'],
  countryOfOrigin: ['origin', 'country of origin', 'страна происхождения', 'происхождение'],
  grossMass: ['gross', 'gross weight', 'gross mass', 'брутто', 'вес брутто'],
  netMass: ['net', 'net weight', 'net mass', 'нетто', 'вес нетто'],
  packageKind: [
    'package kind',
    'kind of packages',
    'package type',
    'packaging',
    'вид упаковки',
    'упаковка',
  ],
  packageCount: [
    'packages',
    'number of packages',
    'qty of packages',
    'pkgs',
    'мест',
    'количество мест',
    'кол во мест',
  ],
  marks: ['marks', 'marks and numbers', 'маркировка'],
  value: ['value', 'amount', 'total', 'total value', 'стоимость', 'сумма'],
  currency: ['currency', 'валюта'],
  supplementaryQuantity: ['quantity', 'qty', 'количество', 'кол во'],
  supplementaryUnit: ['unit', 'uom', 'единица', 'ед изм'],
}

const normalise = (text: string) =>
  fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/**
 * The mapping a header suggests: each column takes the field whose words match its title best
 * (a whole-title match before a word inside it), each field at most once.
 */
export function guessMapping(header: readonly Cell[]): ColumnMapping {
  const mapping: ColumnMapping = header.map(() => null)
  const taken = new Set<SheetField>()
  const score = (title: string, field: SheetField) => {
    let best = 0
    for (const words of HEADER_WORDS[field]) {
      if (title === words) best = Math.max(best, 3)
      else if (title.startsWith(words + ' ') || title.endsWith(' ' + words))
        best = Math.max(best, 2)
      else if (` ${title} `.includes(` ${words} `)) best = Math.max(best, 1)
    }
    return best
  }
  const candidates: { column: number; field: SheetField; score: number }[] = []
  header.forEach((cell, column) => {
    const title = normalise(cellText(cell))
    if (title === '') return
    for (const field of SHEET_FIELDS) {
      const s = score(title, field)
      if (s > 0) candidates.push({ column, field, score: s })
    }
  })
  candidates.sort((a, b) => b.score - a.score || a.column - b.column)
  for (const { column, field } of candidates) {
    if (mapping[column] !== null || taken.has(field)) continue
    mapping[column] = field
    taken.add(field)
  }
  return mapping
}

/** The first row with at least two filled cells: the header (titles above data). */
export function headerRowIndex(rows: readonly (readonly Cell[])[]): number {
  const index = rows.findIndex((row) => row.filter((c) => cellText(c) !== '').length >= 2)
  return Math.max(0, index)
}

export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return ''
  // A spreadsheet date has no time zone: the reader gives it as midnight UTC of that day.
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10)
  return String(cell).trim()
}

/**
 * A number from a cell: numbers as they are; text with spaces or non-breaking spaces between
 * thousands and a decimal comma or point ("12 240,5", "1,250.00"). Null when it is not one.
 */
export function cellNumber(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null
  const text = cellText(cell).replace(/[\s\u00a0\u202f']/g, '')
  if (text === '') return null
  let normalised = text
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) normalised = text.replace(/,/g, '')
  else if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text))
    normalised = text.replace(/\./g, '').replace(',', '.')
  else normalised = text.replace(',', '.')
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : null
}

export interface SheetRow {
  /** the row's number in the spreadsheet (1 = its first row) */
  rowNumber: number
  /** the goods item the row gives (without sequence), when it gives one */
  item: JsonObject | null
  /** what is wrong with the row as read: it cannot become an item, or a cell was not used */
  problems: string[]
}

const LABELS: Record<SheetField, string> = {
  description: 'Description',
  hsCode: 'HS code',
  countryOfOrigin: 'Origin',
  grossMass: 'Gross mass',
  netMass: 'Net mass',
  packageKind: 'Package kind',
  packageCount: 'Packages',
  marks: 'Marks',
  value: 'Value',
  currency: 'Currency',
  supplementaryQuantity: 'Quantity',
  supplementaryUnit: 'Unit',
}

export const sheetFieldLabel = (field: SheetField) => LABELS[field]

/**
 * The data rows under the header, each read into an item with `mapping`. Empty rows are
 * skipped; a row without a description gets a problem and no item; a number column holding
 * text names the cell. Codes are upper-cased, HS codes keep their digits only.
 */
export function readGoodsRows(
  rows: readonly (readonly Cell[])[],
  mapping: ColumnMapping,
  headerIndex: number,
): SheetRow[] {
  const result: SheetRow[] = []
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r] ?? []
    if (row.every((cell) => cellText(cell) === '')) continue
    result.push(readRow(row, mapping, r + 1))
  }
  return result
}

function readRow(row: readonly Cell[], mapping: ColumnMapping, rowNumber: number): SheetRow {
  const values: Partial<Record<SheetField, string | number>> = {}
  const problems: string[] = []
  mapping.forEach((field, column) => {
    if (!field) return
    const cell = row[column]
    const text = cellText(cell)
    if (text === '') return
    if (NUMERIC.has(field)) {
      const n = cellNumber(cell)
      if (n === null)
        problems.push(`Row ${rowNumber}: “${text}” in ${LABELS[field]} is not a number.`)
      else values[field] = n
    } else {
      values[field] = text
    }
  })
  if (values.description === undefined) {
    problems.unshift(`Row ${rowNumber} has no description: it cannot become a goods item.`)
    return { rowNumber, item: null, problems }
  }
  return { rowNumber, item: itemOf(values), problems }
}

function itemOf(v: Partial<Record<SheetField, string | number>>): JsonObject {
  const code = (x: string | number | undefined) =>
    x === undefined ? undefined : String(x).trim().toUpperCase()
  const item: JsonObject = { description: String(v.description) }
  if (v.hsCode !== undefined) item.hsCode = String(v.hsCode).replace(/\D/g, '') || String(v.hsCode)
  if (v.countryOfOrigin !== undefined) item.countryOfOrigin = code(v.countryOfOrigin)!
  if (v.grossMass !== undefined) item.grossMass = v.grossMass
  if (v.netMass !== undefined) item.netMass = v.netMass
  const pkg: JsonObject = {}
  if (v.packageKind !== undefined) pkg.kind = code(v.packageKind)!
  if (v.packageCount !== undefined) pkg.count = v.packageCount
  if (v.marks !== undefined) pkg.marks = String(v.marks)
  item.packages = [pkg]
  if (v.value !== undefined)
    item.value = {
      amount: v.value,
      ...(v.currency !== undefined ? { currency: code(v.currency)! } : {}),
    }
  if (v.supplementaryQuantity !== undefined)
    item.supplementaryUnits = {
      quantity: v.supplementaryQuantity,
      ...(v.supplementaryUnit !== undefined ? { unit: code(v.supplementaryUnit)! } : {}),
    }
  item.containers = []
  item.dangerousGoods = []
  item.documents = []
  return item
}

/** A column title as mappings remember it: folded, punctuation as spaces. */
export const columnKey = (cell: Cell) => normalise(cellText(cell))

/** The remembered mapping applied to this header: columns with a known title take its field. */
export function applyRememberedMapping(
  header: readonly Cell[],
  remembered: Readonly<Record<string, string>>,
): ColumnMapping | null {
  const fields = new Set<string>(SHEET_FIELDS)
  let known = 0
  const mapping = header.map((cell) => {
    const key = columnKey(cell)
    if (!Object.hasOwn(remembered, key)) return null
    known++
    const field = remembered[key]!
    return fields.has(field) ? (field as SheetField) : null
  })
  return known > 0 ? mapping : null
}

/** The mapping to remember: each titled column's field (or "" for a column left out). */
export function mappingToRemember(
  header: readonly Cell[],
  mapping: ColumnMapping,
): Record<string, string> {
  const columns: Record<string, string> = {}
  header.forEach((cell, i) => {
    const key = columnKey(cell)
    if (key !== '')
      Object.defineProperty(columns, key, {
        value: mapping[i] ?? '',
        enumerable: true,
        writable: true,
        configurable: true,
      })
  })
  return columns
}
