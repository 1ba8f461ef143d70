/**
 * Items from a spreadsheet in Node: reading a 999-row .xlsx (written by write-excel-file),
 * guessing the columns from titles and values, reading every row with the import's defaults and
 * planning the import with the validator's findings per row — what the preview shows, and what
 * it does again on each change of a column's meaning or a default (target ≤ 1 s). Run with `npx tsx bench/sheet.ts`.
 */
import { performance } from 'node:perf_hooks'
import writeExcelFile from 'write-excel-file/node'
import { headerRowIndex, readGoodsRows } from '../src/shared/import/goods-sheet'
import { readSpreadsheet } from '../src/shared/import/read-spreadsheet'
import { guessColumns } from '../src/shared/import/sheet-columns'
import { planImport } from '../src/renderer/features/sheet-import/plan'
import { generateDeclaration } from '../test/fixtures/generate'

const TARGET_MS = 1000
const HEADER = [
  'Description',
  'HS code',
  'Origin',
  'Packages',
  'Package kind',
  'Marks',
  'Gross weight',
  'Net weight',
  'Value',
  'Currency',
]
const rows = Array.from({ length: 999 }, (_, i) => [
  `Cotton yarn, combed, lot ${i + 1} — Пряжа хлопковая`,
  '5205.12',
  'UZ',
  10,
  'BL',
  `LOT-${i + 1}`,
  2200 + i,
  2150 + i,
  5000 + i,
  'USD',
])
const bytes = new Uint8Array(await writeExcelFile([HEADER, ...rows]).toBuffer())
const target = generateDeclaration(1)

async function run(): Promise<{ ms: number; clean: number }> {
  const start = performance.now()
  const read = await readSpreadsheet('invoice.xlsx', bytes)
  if ('error' in read) throw read.error
  const header = headerRowIndex(read.rows)
  const { mapping } = guessColumns(read.rows[header]!, read.rows.slice(header + 1))
  const goods = readGoodsRows(read.rows, mapping, header, { currency: 'USD', packageKind: 'BL' })
  const plan = planImport(target, 0, goods.slice(0, 998))
  return { ms: performance.now() - start, clean: plan.rows.filter((r) => r.clean).length }
}

await run() // warm-up
const times: number[] = []
let clean = 0
for (let i = 0; i < 5; i++) {
  const result = await run()
  times.push(result.ms)
  clean = result.clean
}
times.sort((a, b) => a - b)
const median = times[2]!
console.log(
  `${median <= TARGET_MS ? 'ok  ' : 'SLOW'} ${'999-row .xlsx: read, map, preview with findings'.padEnd(52)} ${median.toFixed(0).padStart(7)} ms (target ≤ ${TARGET_MS} ms; ${(bytes.byteLength / 1024).toFixed(0)} KB, ${clean} clean rows)`,
)
if (median > TARGET_MS) process.exitCode = 1
