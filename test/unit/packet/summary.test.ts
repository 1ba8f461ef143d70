/** NATIONAL transit: the plainly titled transit summary and Pakistan's Afghan transit endorsement. */
import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../../../src/shared/json'
import type { PacketDocument } from '../../../src/shared/packet/content'
import { buildPacketContent } from '../../../src/shared/packet/documents'
import { AFGHAN_TRANSIT_ENDORSEMENT } from '../../../src/shared/packet/documents/endorsements'
import { SUMMARY_NOTICE } from '../../../src/shared/packet/documents/summary'
import { boxByLabel, byId, printedText, sample, tables } from './helpers'

const generatedAt = '2026-02-04T10:00:00Z'
const national = sample('national-karachi-kabul.json')

const firstText = (doc: PacketDocument) => {
  const block = doc.blocks[0]
  return block.kind === 'text' ? block : undefined
}

describe('transit summary', () => {
  const docs = buildPacketContent(national, { generatedAt })
  const summary = byId(docs, 'summary')

  it('is plainly titled and says it is not a customs form', () => {
    expect(summary.title).toBe('Transit summary')
    expect(printedText(summary)).toContain(SUMMARY_NOTICE)
    expect(printedText(summary)).not.toMatch(/\bTAD\b|accompanying document|NATIONAL/)
  })

  it('carries the Dari name of the consignee as written, the offices and every item', () => {
    const consignee = ((national.consignments as JsonObject[])[0].consignee as JsonObject)
      .name as string
    expect(boxByLabel(summary, 'Consignee').value).toContain(consignee)
    expect(boxByLabel(summary, 'Office of departure').value).toContain('PK0KHI02')
    expect(boxByLabel(summary, 'Guarantee').value).toContain('Bank guarantee')
    const [goods] = tables(summary)
    expect(goods.rows.map((r) => r[3])).toEqual(['090240', expect.any(String)])
  })

  it('endorses summary, invoice and packing list "GOODS IN TRANSIT TO AFGHANISTAN"', () => {
    for (const id of ['summary', 'invoice', 'packing'] as const) {
      expect(firstText(byId(docs, id)), id).toMatchObject({
        emphasis: 'bold',
        text: AFGHAN_TRANSIT_ENDORSEMENT,
      })
    }
    expect(printedText(byId(docs, 'cmr'))).not.toContain(AFGHAN_TRANSIT_ENDORSEMENT)
  })

  it('does not endorse national transit that stays in the country or starts elsewhere', () => {
    const domestic = { ...national, countryOfDestination: 'PK' }
    const uzbek = {
      ...national,
      countryOfDispatch: 'UZ',
      officeOfDeparture: { reference: 'UZ000100', name: 'Tashkent', country: 'UZ' },
    }
    for (const declaration of [domestic, uzbek]) {
      for (const doc of buildPacketContent(declaration, { generatedAt })) {
        expect(printedText(doc), doc.id).not.toContain(AFGHAN_TRANSIT_ENDORSEMENT)
      }
    }
  })
})
