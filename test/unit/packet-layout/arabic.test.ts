/**
 * Arabic script on paper (corridor.md, "Everywhere on paper"): Urdu, Dari and Pashto shaped
 * with the embedded Naskh font, mixed with Latin in one value, digits not reversed, and the
 * text read back by pdftotext in logical order.
 *
 * pdftotext reads a page in its main direction (that of most of its letters): on a page of
 * Latin text, a right-to-left run comes back in logical order inside the line; a line that is
 * right to left as a whole reads in logical order on a right-to-left page.
 */
import { execFileSync } from 'node:child_process'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { PacketDocument } from '../../../src/shared/packet/content'
import { renderPacket } from '../../../src/shared/packet/layout'
import { sample } from '../packet/helpers'
import { buildPacketContent } from '../../../src/shared/packet/documents'
import {
  box,
  doc,
  GENERATED_AT,
  grid,
  options,
  pdfPages,
  pdfWords,
  rendered,
  wordsIn,
  wordsOutsideFrames,
} from './helpers'

const CONSIGNEE = 'Ahmadi Brothers Trading Co. — شرکت تجارتی برادران احمدی'
const URDU = 'کراچی بندرگاہ، گودام نمبر 12 ٹرک 4521 اور ۱۲۳ بوریاں'
const PASHTO = 'د کابل ښار ته د ټرک لېږد'

/** pdftotext's text without the bidi embedding marks around right-to-left runs, NFC. */
const plain = (text: string) =>
  text
    .replace(/[\u202A-\u202E]/g, '')
    .replace(/\s+/g, ' ')
    .normalize('NFC')

describe('Arabic script on paper', () => {
  it('prints a mixed Latin–Dari value in logical order, the Latin part intact', async () => {
    const { pages, file } = await rendered([
      doc('cmr', 'CMR consignment note', [
        grid(1, [box('2', 'Consignee', CONSIGNEE)]),
        grid(3, [box('8', 'Consignee', CONSIGNEE)]),
      ]),
    ])
    const text = plain(pdfPages(file).join('\n'))
    expect(text).toContain(CONSIGNEE)
    // Wrapped in a narrow box: the lines still read in order, the name whole.
    expect(text).toMatch(/Ahmadi Brothers Trading Co\. — ?(شرکت|\s)+/)
    for (const word of CONSIGNEE.split(' ')) expect(text).toContain(word)
    expect(wordsOutsideFrames(pages, pdfWords(file))).toEqual([])
  })

  it('prints an Urdu value with digits in logical order, digits not reversed', async () => {
    // A right-to-left page: the Urdu value and an Urdu paragraph.
    const { pages, file } = await rendered([
      doc('invoice', 'Invoice', [
        grid(1, [box('1', 'Place', URDU)]),
        { kind: 'text', text: 'کراچی سے کابل تک سامان کی ترسیل کا بیان۔ '.repeat(4) },
      ]),
    ])
    const text = plain(pdfPages(file).join('\n'))
    // pdftotext places a space beside the Arabic comma by the glyphs' gaps: compared without
    // spaces, the whole value reads in logical order.
    expect(text.replace(/ /g, '')).toContain(URDU.replace(/ /g, ''))
    expect(text).toMatch(/گودام نمبر\s*12\s*ٹرک\s*4521\s*اور\s*۱۲۳\s*بوریاں/)
    expect(text).not.toMatch(/(?<!\d)21(?!\d)|1254|۳۲۱/)
    expect(wordsOutsideFrames(pages, pdfWords(file))).toEqual([])
    // A right-to-left value is set flush right in its box.
    const frame = pages[0]!.frames.find((f) => f.number === '1')!
    const words = wordsIn(pdfWords(file)[0]!, frame)
    const right = Math.max(...words.map((w) => w.x1))
    expect(frame.rect.x + frame.rect.width - right).toBeLessThan(5)
  })

  it('prints Pashto, vowel marks and the non-joiner as written', async () => {
    const { file } = await rendered([
      doc('cmr', 'CMR', [
        grid(1, [box('1', 'Sender', PASHTO), box('2', 'Note', 'مُحَمَّد می‌خواهم لا الله')]),
        { kind: 'text', text: 'د کابل ښار ته د ټرک لېږد او بار وړل. '.repeat(4) },
      ]),
    ])
    const text = plain(pdfPages(file).join('\n'))
    expect(text).toContain(PASHTO)
    expect(text).toContain('مُحَمَّد'.normalize('NFC'))
    expect(text).toContain('می\u200Cخواهم')
    expect(text).toContain('لا الله')
  })

  it('embeds Noto Naskh Arabic as a Unicode subset, only in packets that use it', async () => {
    const { file } = await rendered([
      doc('cmr', 'CMR', [grid(1, [box('1', 'Sender', CONSIGNEE), box('2', 'Bold', 'x')])]),
    ])
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
    expect(fonts).toMatch(/TDPKTC\+NotoNaskhArabic\s+CID TrueType\s+Identity-H\s+yes yes yes/)
    const latin = await rendered([doc('cmr', 'CMR', [grid(1, [box('1', 'Sender', 'Kabul')])])])
    expect(execFileSync('pdffonts', [latin.file], { encoding: 'utf8' })).not.toContain('Naskh')
  })

  it('gives the same bytes for the same input, whatever was printed before', async () => {
    const documents: PacketDocument[] = [
      doc('cmr', 'CMR', [grid(2, [box('1', 'Sender', CONSIGNEE), box('2', 'Place', URDU)])]),
    ]
    const a = await renderPacket(documents, options())
    await renderPacket(
      [doc('cmr', 'CMR', [grid(1, [box('1', 'x', `${PASHTO} مُحَمَّد ٮ ە ه ی ي ﻻ`)])])],
      options({ draft: true }),
    )
    const b = await renderPacket(documents, options())
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
  })

  it('prints the national sample packet with its Dari consignee and no notice', async () => {
    const documents = buildPacketContent(sample('national-karachi-kabul.json'), {
      generatedAt: GENERATED_AT,
    })
    const { pages, file } = await rendered(documents)
    const text = plain(pdfPages(file).join('\n'))
    expect(text).toContain('شرکت تجارتی برادران احمدی')
    expect(text).toContain('Ahmadi Brothers Trading Co.')
    expect(text).not.toContain('not printed')
    expect(wordsOutsideFrames(pages, pdfWords(file))).toEqual([])
  })

  it('prints any mix of scripts, digits, marks and brackets inside its boxes', async () => {
    const unit = fc.constantFrom(
      ...'ab ZQ 09 ک ل ا ی ے ټ ښ ۱۲ ٫ ، ( ) [ ] « » — / - ّ َ ُ \u200C Ж қ 宁'.split(' '),
      ' ',
    )
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit, maxLength: 40 }), { minLength: 1, maxLength: 4 }),
        async (values) => {
          const { pages, file } = await rendered([
            doc('cmr', 'CMR', [
              grid(
                3,
                values.map((value, i) => box(String(i + 1), 'Value', value)),
              ),
            ]),
          ])
          expect(wordsOutsideFrames(pages, pdfWords(file))).toEqual([])
        },
      ),
      { numRuns: 12 },
    )
  })
})
