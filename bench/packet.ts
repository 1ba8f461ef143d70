/**
 * Packet speed and size in Node (packet.md, performance notes). Run with `npx tsx bench/packet.ts`.
 *   full packet of a 999-item declaration ≤ 1.5 s and ≤ 2 MB
 *   full packet of a 3-item declaration ≤ 150 ms
 *   in the desktop's packet worker: a 999-item TIR packet ≤ 1.0 s and ≤ 200 MB peak, a 999-item
 *   EAEU packet (ТД with its additional sheets, SMGS) ≤ 1.5 s (issue 15)
 *   Arabic script (shaped, bidi-ordered, Naskh embedded) ≤ 20 % slower than the same packet
 *   with Latin names: the national sample (its Dari consignee), and a 999-item declaration
 *   whose parties and goods descriptions are in Urdu and Dari
 * Each figure is the median of several runs after a warm-up (fonts read once, as the app does);
 * the time covers content, layout, font subsetting and the PDF bytes. Also printed: peak RSS,
 * and, when `libreoffice` or `soffice` is on PATH, the time it takes to turn a comparable
 * spreadsheet invoice (999 lines) into a PDF.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { loadPacketFonts } from '../src/main/core/fonts'
import { PacketJobs } from '../src/main/core/packet-jobs'
import type { JsonObject } from '../src/shared/json'
import { buildPacketContent, declarationView } from '../src/shared/packet/documents'
import { layoutPacket, renderPacket } from '../src/shared/packet/layout'
import { generateDeclaration } from '../test/fixtures/generate'
import { libreOfficeInvoice } from './libreoffice'

const GENERATED_AT = '2026-02-04T10:00:00Z'
const fonts = await loadPacketFonts()
let peakRss = process.memoryUsage().rss
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss)
}
const timer = setInterval(sampleRss, 5)

async function packet(declaration: JsonObject): Promise<{ pdf: Uint8Array; ms: number }> {
  const start = performance.now()
  const documents = buildPacketContent(declaration, { generatedAt: GENERATED_AT })
  const pdf = await renderPacket(documents, {
    documents: [],
    generatedAt: GENERATED_AT,
    draft: false,
    lrn: declarationView(declaration).lrn,
    fonts,
  })
  const ms = performance.now() - start
  sampleRss()
  return { pdf, ms }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

let failed = false
function report(name: string, value: number, unit: string, target?: number) {
  const verdict = target === undefined ? '    ' : value <= target ? 'ok  ' : 'SLOW'
  if (target !== undefined && value > target) failed = true
  const goal = target === undefined ? '' : ` (target ≤ ${target} ${unit})`
  console.log(
    `${verdict} ${name.padEnd(52)} ${value.toFixed(unit === 'MB' ? 2 : 0).padStart(7)} ${unit}${goal}`,
  )
}

const small = generateDeclaration(3)
const large = generateDeclaration(999)

// Warm-up: the JIT and pdf-lib's first font parse, as after the app's first packet.
await packet(small)
await packet(large)

const smallRuns: number[] = []
let smallPdf: Uint8Array = new Uint8Array()
for (let i = 0; i < 15; i++) {
  const run = await packet(small)
  smallRuns.push(run.ms)
  smallPdf = run.pdf
}
const largeRuns: number[] = []
let largePdf: Uint8Array = new Uint8Array()
for (let i = 0; i < 5; i++) {
  const run = await packet(large)
  largeRuns.push(run.ms)
  largePdf = run.pdf
}
const pages = async (declaration: JsonObject) =>
  (
    await layoutPacket(buildPacketContent(declaration, { generatedAt: GENERATED_AT }), {
      documents: [],
      generatedAt: GENERATED_AT,
      draft: false,
      lrn: '',
      fonts,
    })
  ).length

report(`3-item packet (${await pages(small)} pages), median of 15`, median(smallRuns), 'ms', 150)
report(`999-item packet (${await pages(large)} pages), median of 5`, median(largeRuns), 'ms', 1500)
report('999-item packet size', largePdf.byteLength / 1e6, 'MB', 2)
report('3-item packet size', smallPdf.byteLength / 1e3, 'KB')
clearInterval(timer)
report('peak RSS of this benchmark process (tsx, all runs)', peakRss / 2 ** 20, 'MB')
await arabicScript()
await desktopWorker()
desktopMemory(large)

for (const lines of [3, 999]) {
  const run = libreOfficeInvoice(lines)
  if (run === undefined) {
    console.log('     LibreOffice: not on PATH (libreoffice/soffice) — comparison skipped')
    break
  }
  const kb = Math.round(run.pdfBytes / 1024)
  report(`LibreOffice: ${lines}-line invoice spreadsheet → PDF (${kb} KB)`, run.ms, 'ms')
}
if (failed) process.exitCode = 1

/**
 * The same packets as the desktop makes them: through the warm main-process worker (built
 * out/main/packet-worker.js), the PDF handed back to the main thread — what the user waits for.
 */
async function desktopWorker(): Promise<void> {
  const jobs = new PacketJobs(new URL('../out/main/packet-worker.js', import.meta.url))
  jobs.prewarm()
  let n = 0
  const timed = async (declaration: JsonObject) => {
    const jobId = `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`
    const start = performance.now()
    const outcome = await jobs.make(1, jobId, {
      declaration,
      generatedAt: GENERATED_AT,
      draft: false,
    })
    if (outcome.status !== 'done') throw new Error(`desktop worker: ${JSON.stringify(outcome)}`)
    jobs.discard(1, jobId)
    return performance.now() - start
  }
  await timed(small)
  const smallMs: number[] = []
  for (let i = 0; i < 15; i++) smallMs.push(await timed(small))
  const largeMs: number[] = []
  for (let i = 0; i < 3; i++) largeMs.push(await timed(large))
  const eaeu = eaeuDeclaration(999)
  await timed(eaeu)
  const eaeuMs: number[] = []
  for (let i = 0; i < 3; i++) eaeuMs.push(await timed(eaeu))
  jobs.close()
  report('3-item packet, desktop worker (warm), median of 15', median(smallMs), 'ms', 150)
  report('999-item TIR packet, desktop worker (warm), median of 3', median(largeMs), 'ms', 1000)
  report(
    `999-item EAEU packet (ТД, ${await pages(eaeu)} pages with SMGS), desktop worker, median of 3`,
    median(eaeuMs),
    'ms',
    1500,
  )
}

/**
 * The memory target, measured as the desktop spends it: a plain Node process (no tsx, no
 * benchmark data) making one 999-item packet in the built main-process worker.
 */
function desktopMemory(declaration: JsonObject): void {
  const dir = mkdtempSync(join(tmpdir(), 'transitdesk-mem-'))
  try {
    const file = join(dir, 'declaration.json')
    writeFileSync(file, JSON.stringify(declaration))
    const probe = join(import.meta.dirname, 'packet-memory.mjs')
    const { baseline, peak } = JSON.parse(
      execFileSync(process.execPath, [probe, file], { encoding: 'utf8' }),
    ) as { baseline: number; peak: number }
    report('999-item TIR packet in the desktop worker: peak RSS', peak / 2 ** 20, 'MB', 200)
    report('  of which the packet (peak − Node at rest)', (peak - baseline) / 2 ** 20, 'MB')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Arabic script against Latin: the same packets, once with Urdu and Dari names (shaped with
 * Noto Naskh, ordered by the bidirectional algorithm, a second font embedded) and once with
 * Latin ones. Runs alternate, so a slower moment of the machine costs both alike.
 */
async function arabicScript(): Promise<void> {
  // Goods words in Urdu, and the same words transliterated: texts of about the same length.
  const URDU_WORDS = ['سوتی', 'دھاگہ', 'کپڑا', 'چائے', 'تیل', 'مشین', 'پرزے', 'ٹرک', 'بوری', 'ڈبہ']
  const LATIN_WORDS = [
    'sooti',
    'dhaaga',
    'kapra',
    'chai',
    'tel',
    'mashin',
    'purze',
    'truck',
    'bori',
    'dabba',
  ]
  const urduName = (name: string) => (name === '' ? name : `${name} — شرکت تجارتی برادران احمدی`)
  const latinTwin = (name: string) =>
    name === '' ? name : `${name} — Sherkat-e Tejarati-ye Baradaran-e Ahmadi`
  const national = JSON.parse(
    readFileSync(
      new URL('../resources/samples/national-karachi-kabul.json', import.meta.url),
      'utf8',
    ),
  ) as JsonObject
  const latinName = (name: string) =>
    name.includes('—')
      ? name.replace(/ — .*$/, ' — Sherkat-e Tejarati-ye Baradaran-e Ahmadi')
      : name
  const pairs: [string, JsonObject, JsonObject, number][] = [
    ['national sample (Dari consignee)', national, renamed(national, latinName, (d) => d), 25],
    [
      '999-item declaration (Urdu/Dari parties and goods)',
      renamed(large, urduName, (d) => described(d, URDU_WORDS)),
      renamed(large, latinTwin, (d) => described(d, LATIN_WORDS)),
      11,
    ],
  ]
  for (const [name, arabic, latin, runs] of pairs) {
    await packet(arabic)
    await packet(latin)
    const arabicMs: number[] = []
    const latinMs: number[] = []
    // Alternating which goes first, so neither always runs after the other's garbage.
    for (let i = 0; i < runs; i++) {
      if (i % 2 === 0) arabicMs.push((await packet(arabic)).ms)
      latinMs.push((await packet(latin)).ms)
      if (i % 2 === 1) arabicMs.push((await packet(arabic)).ms)
    }
    const ratio = median(arabicMs) / median(latinMs)
    report(`${name}: Latin names, median of ${runs}`, median(latinMs), 'ms')
    report(`${name}: Arabic script, median of ${runs}`, median(arabicMs), 'ms')
    report(`  Arabic script ÷ Latin`, (ratio - 1) * 100, '% slower', 20)
  }
}

/** A description with its words (not its numbers) taken from `words`. */
function described(description: string, words: readonly string[]): string {
  return description
    .split(' ')
    .map((word, i) => (/\d/.test(word) ? word : words[(word.length + i) % words.length]!))
    .join(' ')
}

/** A copy of a declaration with every party's name and every goods description rewritten. */
function renamed(
  declaration: JsonObject,
  name: (value: string) => string,
  description: (value: string) => string,
): JsonObject {
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') {
      return key === 'name' ? name(value) : key === 'description' ? description(value) : value
    }
    if (Array.isArray(value)) return value.map((v) => walk(v, key))
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]))
    }
    return value
  }
  return walk(declaration, '') as JsonObject
}

/**
 * The EAEU sample (Minsk → Almaty by rail) with `count` goods items: the ТД with its additional
 * sheets and the SMGS data sheet.
 */
function eaeuDeclaration(count: number): JsonObject {
  const eaeu = JSON.parse(
    readFileSync(new URL('../resources/samples/eaeu-minsk-almaty.json', import.meta.url), 'utf8'),
  ) as JsonObject
  const [consignment] = eaeu.consignments as JsonObject[]
  const [first] = consignment!.items as JsonObject[]
  const items = Array.from({ length: count }, (_, i) => ({ ...first, sequence: i + 1 }))
  return { ...eaeu, consignments: [{ ...consignment, items }] }
}
