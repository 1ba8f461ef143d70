/**
 * Reading a spreadsheet the user chose into rows of cells: .xlsx through read-excel-file,
 * .csv (comma, semicolon or tab; UTF-8, or Windows-1251 as Russian Excel saves it) through
 * Papa Parse. Anything else is refused in one sentence naming the file.
 */
import Papa from 'papaparse'
import { readSheet } from 'read-excel-file/universal'
import type { Cell } from './goods-sheet'

/** More rows than this is not a goods list (a declaration holds 999 items). */
export const MAX_SHEET_ROWS = 20_000
/** Files above this size are refused before reading. */
export const MAX_SHEET_BYTES = 32 * 1024 * 1024

export type SheetRead =
  { rows: Cell[][]; format: 'xlsx' | 'csv'; encoding?: string } | { error: string }

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b)
const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0]

export async function readSpreadsheet(name: string, bytes: Uint8Array): Promise<SheetRead> {
  const refuse = (why: string) => ({ error: `“${name}” ${why}` })
  if (bytes.byteLength === 0) return refuse('is empty.')
  if (bytes.byteLength > MAX_SHEET_BYTES)
    return refuse(`is ${Math.round(bytes.byteLength / 2 ** 20)} MB: too large for a goods list.`)
  if (startsWith(bytes, OLE))
    return refuse(
      'is an old Excel 97–2003 (.xls) file: save it as .xlsx or .csv, then import that.',
    )
  let result: SheetRead
  if (startsWith(bytes, ZIP)) {
    try {
      const data = await readSheet(bytes.slice().buffer as ArrayBuffer)
      result = { rows: data as Cell[][], format: 'xlsx' }
    } catch (error) {
      return refuse(`cannot be read as an Excel workbook (${(error as Error).message}).`)
    }
  } else {
    const text = decodeText(bytes)
    if (text === null)
      return refuse('is not a spreadsheet: TransitDesk reads .xlsx workbooks and .csv text files.')
    result = { ...readCsv(text.text), encoding: text.encoding }
  }
  if (result.rows.length > MAX_SHEET_ROWS)
    return refuse(
      `has ${result.rows.length} rows: a goods list for one declaration has at most 999.`,
    )
  return result
}

/** UTF-8 if the bytes are UTF-8, else Windows-1251; null for binary data (NUL bytes). */
function decodeText(bytes: Uint8Array): { text: string; encoding: string } | null {
  if (bytes.subarray(0, 4096).includes(0)) return null
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes),
      encoding: 'UTF-8',
    }
  } catch {
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'Windows-1251' }
  }
}

function readCsv(text: string): { rows: Cell[][]; format: 'csv' } {
  const parsed = Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: false,
  })
  // A trailing line break leaves one empty row behind: not data.
  const rows = parsed.data.filter(
    (row, i) => !(i === parsed.data.length - 1 && row.join('') === ''),
  )
  return { rows, format: 'csv' }
}
