/**
 * The PDF file itself: the same input gives the same bytes, metadata as packet.md says, A4
 * pages, the fonts embedded as subsets with a Unicode map (real, selectable text).
 */
import { execFileSync } from 'node:child_process'
import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import type { PacketDocument } from '../../../src/shared/packet/content'
import { layoutPacket, renderPacket } from '../../../src/shared/packet/layout'
import { box, doc, fonts, GENERATED_AT, grid, LRN, options, pdfPages, rendered } from './helpers'

const documents: PacketDocument[] = [
  doc('cover', 'Cover sheet', [
    grid(2, [box('', 'LRN', LRN), box('', 'Holder', 'ТОО «Жетысу Текстиль Экспорт»')]),
    { kind: 'barcode', symbology: 'qrcode', data: '{"lrn":"X"}' },
  ]),
  doc('invoice', 'Commercial invoice', [
    {
      kind: 'table',
      columns: [
        { label: 'Line', width: 1 },
        { label: 'Description', width: 5 },
      ],
      rows: Array.from({ length: 90 }, (_, i) => [String(i + 1), `Мебель, lot ${i + 1}`]),
    },
  ]),
]

describe('the Arabic font', () => {
  // Bytes that are no font at all: fontkit refuses them the moment they are parsed.
  const noNaskh = { regular: new Uint8Array(64), bold: new Uint8Array(64) }

  it('is not read for a packet without Arabic script', async () => {
    const pdf = await renderPacket(documents, options({ fonts: { ...fonts, naskh: noNaskh } }))
    const fontNames = execFileSync('pdffonts', ['-'], { input: pdf, encoding: 'utf8' })
    expect(fontNames).toContain('DejaVuSans')
    expect(fontNames).not.toContain('NotoNaskh')
  })

  it('is read as soon as a packet has a word of it', async () => {
    const urdu = [doc('cover', 'Cover sheet', [grid(1, [box('', 'Consignee', 'کراچی')])])]
    await expect(
      renderPacket(urdu, options({ fonts: { ...fonts, naskh: noNaskh } })),
    ).rejects.toThrow()
    await expect(renderPacket(urdu, options())).resolves.toBeInstanceOf(Uint8Array)
  })
})

describe('the PDF', () => {
  it('is byte-identical for the same documents and generation time', async () => {
    const [a, b] = await Promise.all([
      renderPacket(documents, options()),
      renderPacket(documents, options()),
    ])
    // Another packet in between must not change the next one either (fonts are cached).
    await renderPacket([documents[1]!], options({ draft: true }))
    const c = await renderPacket(documents, options())
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(true)
    const later = await renderPacket(documents, options({ generatedAt: '2026-02-04T10:00:01Z' }))
    expect(Buffer.from(a).equals(Buffer.from(later))).toBe(false)
  })

  it('reads the same text whatever packets the process made before', async () => {
    // Fonts no packet of this process has met yet: the order of what follows is all there is.
    const fresh = {
      sans: { regular: fonts.sans.regular.slice(), bold: fonts.sans.bold.slice() },
      naskh: fonts.naskh,
    }
    const text = (words: string) => [doc('cover', 'Cover sheet', [{ kind: 'text', text: words }])]
    // DejaVu draws Cyrillic В and х with Latin B and x as components.
    await renderPacket(text('ВОДА хлопок'), options({ fonts: fresh }))
    const { file } = await rendered(text('Box 44, text'), { fonts: fresh })
    expect(pdfPages(file)[0]).toContain('Box 44, text')
  })

  it('carries the title, producer and creation date of packet.md', async () => {
    const packet = await PDFDocument.load(await renderPacket(documents, options()), {
      updateMetadata: false,
    })
    expect(packet.getTitle()).toBe(`Declaration packet — ${LRN}`)
    expect(packet.getProducer()).toBe('TransitDesk')
    expect(packet.getCreator()).toBe('TransitDesk')
    expect(packet.getCreationDate()?.toISOString()).toBe('2026-02-04T10:00:00.000Z')
    expect(packet.getModificationDate()?.toISOString()).toBe('2026-02-04T10:00:00.000Z')
    for (const page of packet.getPages()) {
      expect(page.getWidth()).toBeCloseTo(595.28, 1)
      expect(page.getHeight()).toBeCloseTo(841.89, 1)
    }

    const single = await PDFDocument.load(await renderPacket([documents[1]!], options()), {
      updateMetadata: false,
    })
    expect(single.getTitle()).toBe(`Commercial invoice — ${LRN}`)
  })

  it('prints only the documents asked for', async () => {
    const pages = await layoutPacket(documents, options({ documents: ['invoice'] }))
    expect(new Set(pages.map((p) => p.document))).toEqual(new Set(['invoice']))
    await expect(renderPacket(documents, options({ documents: ['tir'] }))).rejects.toThrow(
      /no documents/,
    )
    await expect(renderPacket(documents, options({ generatedAt: 'yesterday' }))).rejects.toThrow(
      /generatedAt/,
    )
  })

  it('embeds both fonts as Unicode subsets, so the text is real text', async () => {
    const { file, pdf } = await rendered(documents)
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
    const rows = fonts.split('\n').slice(2).filter(Boolean)
    expect(rows).toHaveLength(2)
    for (const row of rows) {
      expect(row).toMatch(/^[A-Z]{6}\+DejaVuSans(-Bold)?\s+CID TrueType\s+Identity-H\s+yes yes yes/)
    }
    expect(pdfPages(file)[0]).toContain('ТОО «Жетысу Текстиль Экспорт»')
    expect(pdfPages(file)[0]).toContain(GENERATED_AT)
    // A subset: far smaller than the two 700 KB fonts.
    expect(pdf.byteLength).toBeLessThan(100_000)
  })
})
