/**
 * The cover sheet and the invoice in the reader's language (issue: papers follow the app's
 * language when asked; corridor.md: every other paper keeps its regime's language): their words,
 * their page footers, country names and amount in words, read back from the PDF with pdftotext,
 * every word inside its box. English stays the default.
 */
import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../../../src/shared/i18n/languages'
import {
  buildPacketContent,
  declarationTotals,
  declarationView,
} from '../../../src/shared/packet/documents'
import { paperWords } from '../../../src/shared/packet/languages'
import { pageWords } from '../../../src/shared/packet/layout/words'
import { PacketRequestSchema } from '../../../src/shared/packet/request'
import { pdfPages, pdfWords, rendered, wordsOutsideFrames } from '../packet-layout/helpers'
import { byId, sample } from './helpers'

const GENERATED_AT = '2026-02-04T10:00:00Z'
const tir = sample('tir-almaty-karachi.json')
const total = declarationTotals(declarationView(tir)).value[0]!
const build = (paperLanguage?: (typeof LANGUAGES)[number]) =>
  buildPacketContent(tir, {
    documents: ['cover', 'tir', 'invoice'],
    generatedAt: GENERATED_AT,
    ...(paperLanguage ? { paperLanguage } : {}),
  })
/** The words of a label, each of which pdftotext must find (it may break lines between them). */
const wordsOf = (text: string) => text.split(/\s+/).filter((w) => w.length > 2)

describe('papers in English unless asked', () => {
  it('prints the cover and the invoice in English by default', () => {
    const docs = build()
    expect(byId(docs, 'cover').title).toBe(paperWords('en').titles.cover)
    expect(byId(docs, 'cover').language).toBeUndefined()
    expect(byId(docs, 'invoice').language).toBeUndefined()
  })

  it('takes only a shipped language in a request that crosses a process boundary', () => {
    const request = { declaration: tir, generatedAt: GENERATED_AT, draft: false }
    expect(PacketRequestSchema.safeParse({ ...request, paperLanguage: 'kk' }).success).toBe(true)
    expect(PacketRequestSchema.safeParse({ ...request, paperLanguage: 'de' }).success).toBe(false)
  })
})

describe.each(LANGUAGES.filter((l) => l !== 'en'))('the cover and invoice in %s', (language) => {
  const words = paperWords(language)

  it('change language, and nothing else in the packet does', () => {
    const docs = build(language)
    const english = build()
    expect(byId(docs, 'cover')).toMatchObject({ title: words.titles.cover, language })
    expect(byId(docs, 'invoice')).toMatchObject({ title: words.titles.invoice, language })
    expect(byId(docs, 'tir')).toEqual(byId(english, 'tir'))
  })

  it('reads back from the PDF in that language, every word inside its box', async () => {
    const docs = build(language).filter((d) => d.id !== 'tir')
    const { pages, file } = await rendered(docs)
    const text = pdfPages(file).join('\n')
    for (const label of [
      words.cover.keyData,
      words.cover.contents,
      words.invoice.seller,
      words.invoice.goods,
      words.invoice.signature,
      words.amountInWords(total.amount ?? 0, total.currency),
      pageWords({ language }).pageOf(1, 1, 1, 2),
    ]) {
      for (const word of wordsOf(label)) expect(text, `${label} → ${word}`).toContain(word)
    }
    // The consignee's country in the language (Pakistan), not in English.
    expect(text).not.toContain('Pakistan (PK)')
    expect(wordsOutsideFrames(pages, pdfWords(file))).toEqual([])
  })
})
