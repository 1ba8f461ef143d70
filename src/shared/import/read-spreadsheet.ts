/**
 * Reading a spreadsheet the user chose into rows of cells: .xlsx through read-excel-file,
 * .csv (comma, semicolon or tab; UTF-8, or Windows-1251 as Russian Excel saves it) through
 * Papa Parse. Anything else is refused in one sentence naming the file (a WordedError, told in
 * the reader's language).
 */
import Papa from 'papaparse'
import { readSheet } from 'read-excel-file/universal'
import { WordedError } from '../worded-error'
import type { Cell } from './goods-sheet'

/** More rows than this is not a goods list (a declaration holds 999 items). */
export const MAX_SHEET_ROWS = 20_000
/** Files above this size are refused before reading. */
export const MAX_SHEET_BYTES = 32 * 1024 * 1024

export type SheetRead =
  { rows: Cell[][]; format: 'xlsx' | 'csv'; encoding?: string } | { error: WordedError }

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b)
const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0]

export async function readSpreadsheet(name: string, bytes: Uint8Array): Promise<SheetRead> {
  const refuse = (why: string, values: Record<string, unknown> = {}) => ({
    error: new WordedError(`sheet.refused.${why}`, { name, ...values }),
  })
  if (bytes.byteLength === 0) return refuse('empty')
  if (bytes.byteLength > MAX_SHEET_BYTES)
    return refuse('tooLarge', { mb: Math.round(bytes.byteLength / 2 ** 20) })
  if (startsWith(bytes, OLE)) return refuse('oldExcel')
  let result: SheetRead
  if (startsWith(bytes, ZIP)) {
    try {
      const data = await readSheet(bytes.slice().buffer as ArrayBuffer)
      result = { rows: data as Cell[][], format: 'xlsx' }
    } catch (error) {
      return refuse('notWorkbook', { reason: (error as Error).message })
    }
  } else {
    const text = decodeText(bytes)
    if (text === null) return refuse('notSpreadsheet')
    result = { ...readCsv(text.text), encoding: text.encoding }
  }
  if ('rows' in result && result.rows.length > MAX_SHEET_ROWS)
    return refuse('tooManyRows', { rows: result.rows.length })
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
