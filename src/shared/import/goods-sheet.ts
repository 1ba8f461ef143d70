/**
 * Goods lines from a spreadsheet: which column holds what (guessed in sheet-columns.ts, then set
 * by the user and remembered per sender), and each row read into a goods item — or into a
 * problem naming the row, the column and what is wrong. Pure: the renderer reads the file
 * (xlsx or csv) into rows of cells first.
 */
import { fold } from '../codes/search-text'
import type { JsonObject } from '../json'
import type { Translate } from '../validation/describe'
import { packageKindOf } from './package-words'

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

/** The catalogue key of the element a field fills: its label is the field's name in the UI. */
const ELEMENT_LABEL: Record<SheetField, string> = {
  description: 'element.item.description.label',
  hsCode: 'element.item.hsCode.label',
  countryOfOrigin: 'element.item.countryOfOrigin.label',
  grossMass: 'element.item.grossMass.label',
  netMass: 'element.item.netMass.label',
  packageKind: 'element.package.kind.label',
  packageCount: 'element.package.count.label',
  marks: 'element.package.marks.label',
  value: 'element.item.value.label',
  currency: 'element.item.valueCurrency.label',
  supplementaryQuantity: 'element.item.supplementaryQuantity.label',
  supplementaryUnit: 'element.item.supplementaryUnit.label',
}

export const sheetFieldLabel = (field: SheetField, t: Translate) => t(ELEMENT_LABEL[field])

/** A header or cell as words: folded, anything but letters and digits as one space. */
export const normalise = (text: string) =>
  fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

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

/**
 * What the whole import takes where a row's cell is empty (or the sheet has no such column):
 * the currency of item values and the kind of packages. A value in the sheet always wins.
 */
export interface SheetDefaults {
  currency?: string
  packageKind?: string
}
export type DefaultedField = keyof SheetDefaults

/** What is wrong with a row as read, told in words by sheetProblemText. */
export type SheetProblem =
  | { kind: 'noDescription'; row: number }
  | { kind: 'notNumber'; row: number; field: SheetField; text: string }

export interface SheetRow {
  /** the row's number in the spreadsheet (1 = its first row) */
  rowNumber: number
  /** the goods item the row gives (without sequence), when it gives one */
  item: JsonObject | null
  /** what is wrong with the row as read: it cannot become an item, or a cell was not used */
  problems: SheetProblem[]
  /** the elements of the item that took the import's default, not a value of the sheet */
  defaulted: DefaultedField[]
}

export function sheetProblemText(problem: SheetProblem, t: Translate): string {
  if (problem.kind === 'noDescription')
    return t('sheet.problem.noDescription', { row: problem.row })
  return t('sheet.problem.notNumber', {
    row: problem.row,
    text: problem.text,
    field: sheetFieldLabel(problem.field, t),
  })
}

/**
 * The data rows under the header, each read into an item with `mapping` and `defaults`. Empty
 * rows are skipped; a row without a description gets a problem and no item; a number column
 * holding text names the cell. Codes are upper-cased, HS codes keep their digits only, a word
 * for a package ("коробки") becomes its Rec 21 code.
 */
export function readGoodsRows(
  rows: readonly (readonly Cell[])[],
  mapping: ColumnMapping,
  headerIndex: number,
  defaults: SheetDefaults = {},
): SheetRow[] {
  const result: SheetRow[] = []
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r] ?? []
    if (row.every((cell) => cellText(cell) === '')) continue
    result.push(readRow(row, mapping, r + 1, defaults))
  }
  return result
}

type Values = Partial<Record<SheetField, string | number>>

function readRow(
  row: readonly Cell[],
  mapping: ColumnMapping,
  rowNumber: number,
  defaults: SheetDefaults,
): SheetRow {
  const values: Values = {}
  const problems: SheetProblem[] = []
  mapping.forEach((field, column) => {
    if (!field) return
    const cell = row[column]
    const text = cellText(cell)
    if (text === '') return
    if (NUMERIC.has(field)) {
      const n = cellNumber(cell)
      if (n === null) problems.push({ kind: 'notNumber', row: rowNumber, field, text })
      else values[field] = n
    } else {
      values[field] = text
    }
  })
  if (values.description === undefined) {
    problems.unshift({ kind: 'noDescription', row: rowNumber })
    return { rowNumber, item: null, problems, defaulted: [] }
  }
  const defaulted: DefaultedField[] = []
  if (values.packageKind === undefined && defaults.packageKind) {
    values.packageKind = defaults.packageKind
    defaulted.push('packageKind')
  }
  // The currency says what the value is counted in: without a value there is nothing to qualify.
  if (values.value !== undefined && values.currency === undefined && defaults.currency) {
    values.currency = defaults.currency
    defaulted.push('currency')
  }
  return { rowNumber, item: itemOf(values), problems, defaulted }
}

function itemOf(v: Values): JsonObject {
  const code = (x: string | number) => String(x).trim().toUpperCase()
  const item: JsonObject = { description: String(v.description) }
  if (v.hsCode !== undefined) item.hsCode = String(v.hsCode).replace(/\D/g, '') || String(v.hsCode)
  if (v.countryOfOrigin !== undefined) item.countryOfOrigin = code(v.countryOfOrigin)
  if (v.grossMass !== undefined) item.grossMass = v.grossMass
  if (v.netMass !== undefined) item.netMass = v.netMass
  const pkg: JsonObject = {}
  if (v.packageKind !== undefined) pkg.kind = packageKindOf(String(v.packageKind))
  if (v.packageCount !== undefined) pkg.count = v.packageCount
  if (v.marks !== undefined) pkg.marks = String(v.marks)
  item.packages = [pkg]
  if (v.value !== undefined)
    item.value = {
      amount: v.value,
      ...(v.currency !== undefined ? { currency: code(v.currency) } : {}),
    }
  if (v.supplementaryQuantity !== undefined)
    item.supplementaryUnits = {
      quantity: v.supplementaryQuantity,
      ...(v.supplementaryUnit !== undefined ? { unit: code(v.supplementaryUnit) } : {}),
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

/**
 * The mapping with `column` set to `field`: a field fills one element, so another column that
 * had it is left out.
 */
export function withColumnMeaning(
  mapping: ColumnMapping,
  column: number,
  field: SheetField | null,
): ColumnMapping {
  return mapping.map((f, i) => (i === column ? field : f === field && field !== null ? null : f))
}
