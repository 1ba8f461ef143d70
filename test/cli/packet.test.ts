/**
 * `transitdesk packet` on the shared samples (packet.md, "Command line"): exit codes, what a
 * reader finds in the PDF (pdftotext), what a scanner reads (zbarimg), byte-identical output,
 * and long values that stay inside their boxes. In this process (`main`); the command as a
 * process is test/cli/process.test.ts.
 */
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readDeclarationFile } from '../../src/cli/read-file'
import { canonicalJson } from '../../src/shared/format/canonical-json'
import type { JsonObject } from '../../src/shared/json'
import type { PacketDocumentId } from '../../src/shared/packet/content'
import {
  buildPacketContent,
  declarationView,
  documentTitles,
} from '../../src/shared/packet/documents'
import { layoutPacket, WATERMARK } from '../../src/shared/packet/layout'
import { english } from '../../src/main/core/translator'
import { renderReport } from '../../src/shared/validation/finding-text'
import { validateDeclaration } from '../../src/shared/validation/validate'
import { checkMrn } from '../../src/shared/validation/identifiers'
import { expected, sampleText, validSamples } from '../unit/samples'
import {
  barcodes,
  fonts,
  pdfPages,
  pdfWords,
  wordsIn,
  wordsOutsideFrames,
} from '../unit/packet-layout/helpers'
import {
  expectUnreadable,
  expectUsageError,
  findingLine,
  lines,
  NO_STACK,
  runMain,
  sample,
  TIMEOUT,
  TODAY,
} from './helpers'

const GENERATED_AT = '2026-02-04T10:00:00Z'
/** What a page title adds on the pages after a paper's first. */
const CONTINUED = / \((continued|продолжение)\)$| — (continuation sheet|лист) \d+\/\d+$/

/** The default papers of each valid sample (corridor.md: by procedure, and by mode). */
const PAPERS: Record<string, PacketDocumentId[]> = {
  'tir-almaty-karachi.json': ['cover', 'tir', 'cmr', 'invoice', 'packing'],
  'eaeu-minsk-almaty.json': ['cover', 'td', 'smgs', 'invoice', 'packing'],
  'national-karachi-kabul.json': ['cover', 'summary', 'cmr', 'invoice', 'packing'],
  't1-poti-istanbul.json': ['cover', 'tad', 'cmr', 'invoice', 'packing'],
}
const badSamples = Object.keys(expected).filter((name) => name.startsWith('bad-'))

const dir = mkdtempSync(join(tmpdir(), 'transitdesk-cli-packet-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let outputs = 0
const output = (name = 'packet') => join(dir, `${name}-${++outputs}.pdf`)

/** `transitdesk packet FILE -o OUT --today … --generated-at …` */
const packet = (file: string, out: string, ...more: string[]) =>
  runMain(['packet', file, '-o', out, '--today', TODAY, '--generated-at', GENERATED_AT, ...more])

/** A number as printed, thousands possibly grouped: 19425.5 → /19[ ,]?425\.5/ */
function numberPattern(value: number, decimals?: number): RegExp {
  const [whole, fraction] = (
    decimals === undefined ? String(value) : value.toFixed(decimals)
  ).split('.')
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '[\\s\\u00a0\\u202f,]?')
  return new RegExp(grouped + (fraction === undefined ? '' : `[.,]${fraction}`))
}

interface Item {
  hsCode: string
  grossMass: number
  /** no count for unpacked goods (kind NE) */
  packages: { count?: number }[]
}

const itemsOf = (declaration: JsonObject) =>
  (declaration['consignments'] as unknown as { items: Item[] }[]).flatMap((c) => c.items)

/** A sample changed by `edit`, written to the test folder. */
function variant(name: string, edit: (declaration: JsonObject) => void): string {
  const declaration = JSON.parse(sampleText(name)) as JsonObject
  edit(declaration)
  const file = join(dir, `variant-${++outputs}-${name}`)
  writeFileSync(file, JSON.stringify(declaration, null, 2))
  return file
}

/** The pages as the command lays them out, frames included (the same input, in process). */
async function layoutOf(file: string) {
  const read = readDeclarationFile(file, english)
  if (!read.ok) throw new Error(read.message)
  const documents = buildPacketContent(read.declaration, { generatedAt: GENERATED_AT })
  return layoutPacket(documents, {
    documents: [],
    generatedAt: GENERATED_AT,
    draft: false,
    lrn: declarationView(read.declaration).lrn,
    fonts,
  })
}

describe('transitdesk packet', { timeout: TIMEOUT }, () => {
  it.each(validSamples)(
    '%s: exit 0, a PDF with the LRN, the holder, every HS code and the totals',
    async (name) => {
      const own = mkdtempSync(join(dir, 'valid-'))
      const out = join(own, 'packet.pdf')
      const run = await packet(sample(name), out)
      expect(run.status).toBe(0)
      expect(run.stderr).toBe('')
      expect(lines(run.stdout)).toEqual([expect.stringMatching(/^wrote .*\.pdf \([0-9]+ KB\)$/)])
      expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-')

      const declaration = JSON.parse(sampleText(name)) as JsonObject
      const pages = pdfPages(out)
      const text = pages.join('\n')
      expect(text).toContain(declaration['lrn'] as string)
      expect(text).toContain((declaration['holder'] as JsonObject)['name'] as string)
      const items = itemsOf(declaration)
      for (const item of items) expect(text).toContain(item.hsCode)
      const gross = items.reduce((sum, item) => sum + item.grossMass, 0)
      const packages = items.reduce(
        (sum, item) => sum + item.packages.reduce((n, p) => n + (p.count ?? 0), 0),
        0,
      )
      const invoice = declaration['invoice'] as { total: number }
      expect(text).toMatch(numberPattern(Math.round(gross * 1000) / 1000))
      expect(text).toMatch(numberPattern(packages))
      expect(text).toMatch(numberPattern(invoice.total, 2))
      expect(text).not.toContain('DRAFT')
      // Exactly the papers of the procedure and the mode (corridor.md), read back by title.
      const titles = new Set(pages.map((t) => t.split('\n')[0]!.replace(CONTINUED, '')))
      expect(titles).toEqual(new Set(PAPERS[name]!.map((id) => documentTitles[id])))
      // Written atomically: no temp file left beside it.
      expect(readdirSync(own)).toEqual(['packet.pdf'])
    },
  )

  it('the cover’s QR code carries {lrn, mrn, sha256} of the file, the TAD’s Code 128 the LRN', async () => {
    const name = 't1-poti-istanbul.json'
    const out = output()
    expect((await packet(sample(name), out)).status).toBe(0)
    const declaration = JSON.parse(sampleText(name)) as JsonObject
    const sha256 = createHash('sha256').update(canonicalJson(declaration)).digest('hex')
    const cover = barcodes(out, { page: 1 })[0]!
    expect(cover).toHaveLength(1)
    expect(cover[0]).toMatch(/^QR-Code:/)
    expect(JSON.parse(cover[0]!.slice('QR-Code:'.length))).toEqual({
      lrn: declaration['lrn'],
      mrn: null,
      sha256,
    })
    const texts = pdfPages(out)
    const tad = texts.findIndex((t) => t.startsWith('Transit accompanying document'))
    expect(tad).toBeGreaterThan(0)
    expect(barcodes(out, { page: tad + 1 })[0]).toEqual([`CODE-128:${declaration['lrn']}`])
    expect(texts[tad]).toContain('PRE-LODGEMENT')
  })

  it('with an MRN, the TAD’s Code 128 carries the MRN and the QR code the MRN too', async () => {
    const stem = '26GE51010000011' + '7J'
    const check = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'].find((c) => checkMrn(stem + c).ok)
    const mrn = stem + check
    const file = variant('t1-poti-istanbul.json', (d) => {
      d['mrn'] = mrn
    })
    const read = readDeclarationFile(file, english)
    expect(read.ok && validateDeclaration(read.declaration, { today: TODAY }).errors).toEqual([])
    const out = output()
    expect((await packet(file, out)).status).toBe(0)
    const texts = pdfPages(out)
    const tad = texts.findIndex((t) => t.startsWith('Transit accompanying document'))
    expect(barcodes(out, { page: tad + 1 })[0]).toEqual([`CODE-128:${mrn}`])
    expect(texts[tad]).not.toContain('PRE-LODGEMENT')
    const qr = barcodes(out, { page: 1 })[0]![0]!
    expect(JSON.parse(qr.slice('QR-Code:'.length))).toMatchObject({ mrn })
  })

  it('two runs with the same --generated-at write byte-identical files', async () => {
    const [a, b] = [output(), output()]
    const runs = await Promise.all([
      packet(sample('eaeu-minsk-almaty.json'), a),
      packet(sample('eaeu-minsk-almaty.json'), b),
    ])
    for (const run of runs) expect(run.status).toBe(0)
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true)
  })

  it('--documents prints only the papers named', async () => {
    const out = output()
    const run = await packet(sample('tir-almaty-karachi.json'), out, '--documents', 'invoice,cmr')
    expect(run.status).toBe(0)
    const texts = pdfPages(out)
    const titles = new Set(texts.map((t) => t.split('\n')[0]!.replace(/ \(continued\)$/, '')))
    expect(titles).toEqual(new Set(['CMR consignment note', 'Commercial invoice']))
  })

  it.each(badSamples)(
    '%s: exit 1, the errors as validate lists them, nothing written',
    async (name) => {
      const out = output()
      const run = await packet(sample(name), out)
      expect(run.status).toBe(1)
      const read = readDeclarationFile(sample(name), english)
      if (!read.ok) throw new Error(read.message)
      const report = renderReport(validateDeclaration(read.declaration, { today: TODAY }), english)
      expect(lines(run.stdout)).toEqual([
        ...report.errors.map((f) => findingLine('error', f)),
        ...report.warnings.map((f) => findingLine('warning', f)),
      ])
      expect(report.errors.map((f) => f.path)).toEqual(expected[name]!.errors)
      expect(lines(run.stderr)).toEqual([expect.stringMatching(/nothing written.*--draft/)])
      expect(existsSync(out)).toBe(false)
    },
  )

  it.each(badSamples)('%s --draft: exit 0 and the DRAFT watermark on every page', async (name) => {
    const out = output()
    const run = await packet(sample(name), out, '--draft')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/DRAFT/)
    const raw = pdfPages(out, 'raw')
    expect(raw.length).toBeGreaterThan(5)
    const compact = (text: string) => text.replace(/\s+/g, '')
    for (const page of raw) expect(compact(page)).toContain(compact(WATERMARK))
  })

  it('unreadable input: exit 2, one line, nothing written', async () => {
    const out = output()
    const [notJson, missing] = await Promise.all([
      packet(sample('unreadable-not-json.json'), out),
      packet(join(dir, 'missing.json'), out),
    ])
    expectUnreadable(notJson, 'unreadable-not-json.json', /not valid JSON/)
    expectUnreadable(missing, 'missing.json', /not exist/)
    expect(existsSync(out)).toBe(false)
  })

  it('an output path that cannot be written: exit 2, one line', async () => {
    const folder = join(dir, 'a-folder.pdf')
    mkdirSync(folder)
    const [noFolder, isFolder] = await Promise.all([
      packet(sample('tir-almaty-karachi.json'), join(dir, 'no', 'such', 'folder', 'x.pdf')),
      packet(sample('tir-almaty-karachi.json'), folder),
    ])
    for (const run of [noFolder, isFolder]) {
      expect(run.status).toBe(2)
      expect(run.stdout).toBe('')
      expect(lines(run.stderr)).toHaveLength(1)
      expect(run.stderr).not.toMatch(NO_STACK)
    }
    expect(noFolder.stderr).toMatch(/could not be written: the file or folder does not exist\.\n$/)
    expect(isFolder.stderr).toBe(
      `“${folder}” is not a regular file (a folder): choose a file to write.\n`,
    )
  })

  it('a paper the procedure or the mode does not have: exit 2, one line saying why, nothing written', async () => {
    const out = output()
    const [tadForTir, cmrByRail] = await Promise.all([
      packet(sample('tir-almaty-karachi.json'), out, '--documents', 'cover,tad'),
      packet(sample('eaeu-minsk-almaty.json'), out, '--documents', 'td,cmr'),
    ])
    for (const run of [tadForTir, cmrByRail]) {
      expect(run.status).toBe(2)
      expect(run.stdout).toBe('')
      expect(lines(run.stderr)).toHaveLength(1)
    }
    expect(tadForTir.stderr).toMatch(/^--documents tad: .*T1 and T2 only.*procedure TIR\.\n$/)
    expect(cmrByRail.stderr).toMatch(
      /^--documents cmr: .*road transport document.*rail \(mode 2\)\.\n$/,
    )
    expect(existsSync(out)).toBe(false)
  })

  it('usage errors: unknown document, no -o, a bad --generated-at, the input as output', async () => {
    const file = sample('tir-almaty-karachi.json')
    const [unknown, noOutput, badTime, same, help] = await Promise.all([
      packet(file, output(), '--documents', 'cover,manifest'),
      runMain(['packet', file]),
      runMain(['packet', file, '-o', output(), '--generated-at', '4 Feb 2026']),
      runMain(['packet', file, '-o', file]),
      runMain(['packet', '--help']),
    ])
    expectUsageError(unknown, /unknown document "manifest"/)
    expectUsageError(noOutput, /-o OUT\.pdf/)
    expectUsageError(badTime, /--generated-at/)
    expectUsageError(same, /replace the declaration/)
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('--documents')
  })

  it('a party name of 70 wide letters and a 512-character description stay inside their boxes', async () => {
    const wide = 'Ш'.repeat(70)
    const description = (
      'Хлопчатобумажная пряжа однониточная из непрочёсанных волокон, ' +
      'cotton yarn single uncombed fibres 20 Ne, not put up for retail sale; '
    )
      .repeat(5)
      .slice(0, 512)
    const file = variant('tir-almaty-karachi.json', (d) => {
      ;(d['holder'] as JsonObject)['name'] = wide
      const consignment = (d['consignments'] as JsonObject[])[0]!
      ;(consignment['consignee'] as JsonObject)['name'] = wide
      ;(consignment['items'] as JsonObject[])[0]!['description'] = description
    })
    const out = output()
    const run = await packet(file, out)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const pages = await layoutOf(file)
    const words = pdfWords(out)
    expect(words).toHaveLength(pages.length)
    expect(wordsOutsideFrames(pages, words)).toEqual([])
    // Every box that holds the name has all 70 letters inside it.
    let boxes = 0
    pages.forEach((page, index) => {
      for (const frame of page.frames.filter((f) => f.value.includes('ШШШ'))) {
        boxes++
        const letters = wordsIn(words[index]!, frame)
          .map((w) => w.text)
          .filter((t) => /^Ш+$/.test(t))
          .join('')
        expect(letters).toBe(wide)
      }
    })
    expect(boxes).toBeGreaterThan(3)
    // The description: in full in the boxes and cells that hold it, or continued.
    const holders = pages.flatMap((p) => p.frames).filter((f) => f.value.includes('однониточная'))
    expect(holders.length).toBeGreaterThan(2)
    const text = pdfPages(out).join(' ').replace(/\s+/g, ' ')
    expect(text).toContain(description.trim())
  })
})
