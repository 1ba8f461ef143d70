/**
 * Pages of the packet: SAD continuation sheets with box 3 "Forms", the cover's page index,
 * "page x of y" and the TAD's small barcode, stamps, barcodes a scanner reads, the DRAFT
 * watermark on every page.
 */
import { describe, expect, it } from 'vitest'
import type { PacketDocument } from '../../../src/shared/packet/content'
import { layoutPacket, renderPacket, WATERMARK } from '../../../src/shared/packet/layout'
import { barcodes, box, doc, grid, LRN, options, pdfPages, rendered } from './helpers'

const itemGrid = (n: number) =>
  grid(
    4,
    [
      box('31', 'Packages and description of goods', `Cotton yarn, lot ${n}`, 3),
      box('32', 'Item No.', String(n)),
      box('33', 'Commodity code', '520512'),
    ],
    `Item ${n}`,
  )

function declaration(items: number): PacketDocument {
  return doc(
    'declaration',
    'Transit declaration',
    [grid(4, [box('1', 'Declaration', 'T1'), box('3', 'Forms', '')])],
    {
      items: {
        grids: Array.from({ length: items }, (_, i) => itemGrid(i + 1)),
        firstSheetItems: 1,
        perSheet: 3,
        sheetHeader: grid(4, [box('1', 'Declaration', 'T1'), box('3', 'Forms', '')]),
      },
    },
  )
}

const tad: PacketDocument = doc(
  'tad',
  'Transit accompanying document',
  [
    { kind: 'barcode', symbology: 'code128', data: LRN, caption: LRN },
    grid(2, [box('A', 'MRN', ''), box('7', 'LRN', LRN)]),
    {
      kind: 'table',
      title: 'Goods items',
      pageBreakBefore: true,
      columns: [
        { label: '32 Item', width: 1 },
        { label: '31 Description', width: 6 },
      ],
      rows: Array.from({ length: 80 }, (_, i) => [String(i + 1), `Goods of item ${i + 1}`]),
    },
  ],
  { stamp: 'PRE-LODGEMENT', pageBarcode: LRN },
)

describe('pages', () => {
  it('puts one item on the first sheet and three on each continuation sheet, box 3 counting sheets', async () => {
    const { pages, file } = await rendered([declaration(8)])
    // 1 + ceil(7 / 3) = 4 sheets
    expect(pages).toHaveLength(4)
    const forms = pages.map((p) => p.frames.find((f) => f.number === '3')!.value)
    expect(forms).toEqual(['1/4', '2/4', '3/4', '4/4'])
    const items = pages.map((p) => p.frames.filter((f) => f.number === '32').map((f) => f.value))
    expect(items).toEqual([['1'], ['2', '3', '4'], ['5', '6', '7'], ['8']])
    const texts = pdfPages(file)
    expect(texts[1]).toContain('continuation sheet 2/4')
    expect(texts[3]).toContain('Cotton yarn, lot 8')
  })

  it('fills the cover’s page index with each document’s pages, the cover first', async () => {
    const cover = doc('cover', 'Cover sheet', [
      {
        kind: 'table',
        title: 'Contents of this packet',
        columns: [
          { label: 'No.', width: 1 },
          { label: 'Document', width: 8 },
          { label: 'Pages', width: 2 },
        ],
        rows: [
          ['1', 'Cover sheet', ''],
          ['2', 'Transit declaration', ''],
          ['3', 'Transit accompanying document', ''],
        ],
      },
    ])
    // Given out of order: the cover still comes first.
    const { pages, file } = await rendered([declaration(8), cover, tad])
    expect(pages.map((p) => p.document)).toEqual([
      'cover',
      ...Array(4).fill('declaration'),
      ...Array(pages.length - 5).fill('tad'),
    ])
    const pagesColumn = pages[0]!.frames.filter((f) => f.kind === 'cell' && f.label === 'Pages')
    expect(pagesColumn.map((f) => f.value)).toEqual(['1', '2–5', `6–${pages.length}`])
    expect(pdfPages(file)[0]).toContain('2–5')
  })

  it('numbers pages "page x of y" per document and in the packet', async () => {
    const { pages, file } = await rendered([declaration(4), tad])
    const texts = pdfPages(file)
    expect(texts).toHaveLength(pages.length)
    texts.forEach((text, index) => {
      const page = pages[index]!
      expect(text).toContain(`Page ${page.pageInDocument} of ${page.pagesInDocument}`)
      expect(text).toContain(`packet page ${index + 1} of ${pages.length}`)
    })
  })

  it('draws the TAD’s barcodes, its stamp on every page and its goods table on a page of its own', async () => {
    const { pages, file } = await rendered([tad])
    expect(pages.length).toBeGreaterThanOrEqual(3)
    const texts = pdfPages(file)
    for (const text of texts) expect(text).toContain('PRE-LODGEMENT')
    expect(texts[0]).not.toContain('Goods of item 1')
    expect(texts[1]).toContain('Goods of item 1')
    // The large Code 128 with its caption on the first page, a small one in every footer.
    expect(barcodes(file, { page: 1 })).toEqual([[`CODE-128:${LRN}`]])
    expect(texts[0]).toContain(LRN)
    const footers = barcodes(file, { footer: true })
    expect(footers).toHaveLength(pages.length)
    for (const codes of footers) expect(codes).toEqual([`CODE-128:${LRN}`])
  })

  it('draws a QR code a scanner reads back', async () => {
    const data = JSON.stringify({ lrn: LRN, mrn: null, sha256: 'ab'.repeat(32) })
    const { file } = await rendered([
      doc('cover', 'Cover sheet', [{ kind: 'barcode', symbology: 'qrcode', data }]),
    ])
    expect(barcodes(file)[0]).toEqual([`QR-Code:${data}`])
  })

  it('carries letters beyond ASCII in a QR code as UTF-8', async () => {
    const data = JSON.stringify({ lrn: 'ТОО-Алматы-0117', holder: 'کراچی ٹرانزٹ' })
    const { file } = await rendered([
      doc('cover', 'Cover sheet', [{ kind: 'barcode', symbology: 'qrcode', data }]),
    ])
    expect(barcodes(file)[0]).toEqual([`QR-Code:${data}`])
  })

  it('says so when a barcode cannot carry its data', async () => {
    const { file } = await rendered([
      doc('tad', 'Transit accompanying document', [
        { kind: 'barcode', symbology: 'code128', data: 'Алматы', caption: 'Алматы' },
      ]),
    ])
    expect(pdfPages(file)[0]).toContain('[barcode could not be drawn: Алматы]')
  })

  it('carries the DRAFT watermark on every page of a draft, and on none otherwise', async () => {
    const documents = [declaration(8), tad]
    const draft = await rendered(documents, { draft: true })
    const final = await rendered(documents, { draft: false })
    const compact = (text: string) => text.replace(/\s+/g, '')
    const raw = pdfPages(draft.file, 'raw')
    expect(raw).toHaveLength(draft.pages.length)
    for (const text of raw) expect(compact(text)).toContain(compact(WATERMARK))
    for (const text of pdfPages(final.file, 'raw')) expect(compact(text)).not.toContain('DRAFT')
    for (const page of draft.pages) {
      const mark = page.ops.find((op) => op.op === 'text' && op.text === WATERMARK)
      expect(mark).toMatchObject({ angle: expect.any(Number), gray: expect.any(Number) })
      // Drawn first: under the boxes and their text.
      expect(page.ops[0]).toBe(mark)
    }
  })
})

describe('progress', () => {
  it('reports pages as they are drawn, ending with all of them', async () => {
    const calls: [number, number][] = []
    const items = Array.from({ length: 60 }, (_, i) => [String(i + 1), `goods ${i + 1}`])
    const long = doc('packing', 'Packing list', [
      {
        kind: 'table',
        columns: [
          { label: 'No', width: 1 },
          { label: 'Goods', width: 5 },
        ],
        rows: items,
      },
    ])
    await renderPacket([long], options({ onProgress: (done, total) => calls.push([done, total]) }))
    const total = calls.at(-1)![1]
    expect(total).toBeGreaterThan(1)
    expect(calls.at(-1)).toEqual([total, total])
    expect(
      calls.every(([done, t], i) => t === total && (i === 0 || done >= calls[i - 1]![0])),
    ).toBe(true)
  })
})

describe('sections kept together', () => {
  const section = (keepTogether: boolean) => ({
    ...grid(
      2,
      [
        box('', 'Result', '\n'),
        box('', 'Seals affixed', '\n'),
        box('', 'Signature', '\n\n'),
        box('', 'Stamp', '\n\n'),
        box('', 'Date of arrival', '\n'),
        box('', 'Remarks', '\n'),
      ],
      'CONTROL BY OFFICE OF DEPARTURE',
    ),
    keepTogether,
  })
  /** The page of each of three of the section's boxes, after `items` item grids. */
  const pagesOf = async (items: number, keepTogether: boolean) => {
    const filler = Array.from({ length: items }, (_, i) => itemGrid(i + 1))
    const { pages } = await rendered([doc('tad', 'TAD', [...filler, section(keepTogether)])])
    return ['Result', 'Stamp', 'Remarks'].map((label) =>
      pages.findIndex((p) => p.frames.some((f) => f.label === label)),
    )
  }

  it('moves a grid that asks to be kept together to the next page rather than split it', async () => {
    // Enough item grids above it that the section, left to itself, runs onto a second page.
    let items = 1
    while (new Set(await pagesOf(items, false)).size === 1 && items < 40) items++
    const split = await pagesOf(items, false)
    expect(new Set(split).size).toBe(2)
    const kept = await pagesOf(items, true)
    expect(new Set(kept).size).toBe(1)
    expect(kept[0]).toBe(split[2])
  })
})

describe('table totals', () => {
  it('never leaves the totals row alone under a repeated header', async () => {
    const table = (rows: number) => ({
      kind: 'table' as const,
      title: 'Goods',
      columns: [
        { label: 'No.', width: 1 },
        { label: 'Description', width: 6 },
      ],
      rows: Array.from({ length: rows }, (_, i) => [String(i + 1), `Goods of row ${i + 1}`]),
      totals: ['Total', `${rows} rows`],
    })
    // Every row count around a page break: the totals' page also holds the last data row.
    for (let rows = 40; rows <= 60; rows++) {
      const pages = await layoutPacket([doc('packing', 'Packing list', [table(rows)])], options())
      const withTotals = pages.find((p) => p.frames.some((f) => f.value === 'Total'))!
      const last = withTotals.frames.some((f) => f.value === `Goods of row ${rows}`)
      expect(last, `${rows} rows`).toBe(true)
    }
  })
})
