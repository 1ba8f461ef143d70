/**
 * The corridor's regimes as their own officers check them (corridor.md): the cases the first
 * rules got wrong, each in the direction it was wrong.
 */
import { describe, expect, it } from 'vitest'
import { validateDeclaration } from '../../../src/shared/validation/validate'
import { allFindings, type Doc, expectWellFormed, message, sample, SAMPLE_TODAY } from './helpers'

function findings(d: Doc, today = SAMPLE_TODAY): string[] {
  const report = validateDeclaration(d, { today })
  expectWellFormed(report)
  return allFindings(report).map((f) => `${f.rule} ${f.path}`)
}

describe('what the first rules accepted and an officer refuses', () => {
  it('a T1 from Kazakhstan to Pakistan: no corridor country is a common transit country', () => {
    const d: Doc = sample('tir')
    d.procedure = 'T1'
    d.guarantee = { kind: 'CASH', amount: { amount: 25000, currency: 'USD' } }
    delete d.holder.tirHolderId
    expect(findings(d)).toEqual([
      't1.office-country /officeOfDeparture/country',
      't1.office-country /officeOfDestination/country',
    ])
  })

  it('an EAEU transit to an office in Uzbekistan: the Union ends at its border', () => {
    const d: Doc = sample('eaeu')
    d.countryOfDestination = 'UZ'
    d.countriesOfRouting = ['BY', 'RU', 'KZ', 'UZ']
    d.officeOfDestination = { reference: 'UZ170300', name: 'Yallama', country: 'UZ' }
    expect(findings(d)).toEqual(['eaeu.office-country /officeOfDestination/country'])
  })

  it('an EAEU transit "guaranteed" by a TIR Carnet', () => {
    const d: Doc = sample('eaeu')
    d.guarantee = {
      kind: 'TIR_CARNET',
      reference: 'XZ81234567',
      validUntil: '2026-03-01',
      vouchers: 6,
    }
    expect(findings(d)).toEqual(['guarantee.procedure /guarantee/kind'])
  })

  it('a Pakistani national transit that ends in Kabul', () => {
    const d: Doc = sample('national')
    d.officeOfDestination = { reference: 'AF010100', name: 'Kabul customs house', country: 'AF' }
    expect(findings(d)).toContain('office.destination-country /officeOfDestination/country')
  })

  it('Union goods in EAEU transit that never leave the Union by land: a warning', () => {
    const d: Doc = sample('eaeu')
    d.goodsStatus = 'union'
    expect(findings(d)).toEqual(['eaeu.union-goods /goodsStatus'])
  })
})

describe('what the first rules refused and an officer accepts', () => {
  it('an EAEU transit declaration number 06611/280126/0001234', () => {
    const d: Doc = sample('eaeu')
    d.mrn = '06611/280126/0001234'
    expect(findings(d)).toEqual([])
    d.mrn = '06611/280126/1234' // the FNS format's serial of 1–7 digits
    expect(findings(d)).toEqual([])
  })

  it.each(['10', '06611', '10228010'])('an EAEU national office code of %s', (code) => {
    const d: Doc = sample('eaeu')
    d.officeOfDeparture.reference = code
    expect(findings(d)).toEqual([])
  })

  it('a Pakistani NTN written 4512789-1', () => {
    const d: Doc = sample('tir')
    d.consignments[0].consignee.identification.value = '4512789-1'
    expect(findings(d)).toEqual([])
  })

  it('an Uzbek PINFL', () => {
    const d: Doc = sample('tir')
    d.representative = {
      name: 'Karimov Jasur',
      identification: { scheme: 'UZ-PINFL', value: '31507851234567' },
    }
    expect(findings(d)).toEqual([])
  })

  it('heavy or bulky TIR goods without an approval certificate: a warning, not an error', () => {
    const d: Doc = sample('tir')
    delete d.transport.approvalCertificate
    d.transport.heavyOrBulky = true
    expect(findings(d)).toEqual(['tir.heavy-bulky-approval /transport/approvalCertificate'])
  })

  it('an EAEU transit of goods for Uzbekistan that ends at the Kazakh exit post', () => {
    const d: Doc = sample('eaeu')
    d.countryOfDestination = 'UZ'
    d.countriesOfRouting = ['BY', 'RU', 'KZ', 'UZ']
    d.officeOfDestination = { reference: '55205', name: 'Zhibek Zholy', country: 'KZ' }
    expect(findings(d)).toEqual([])
  })

  it('an EAEU transit of goods from Uzbekistan that starts at the Kazakh arrival post', () => {
    const d: Doc = sample('eaeu')
    d.countryOfDispatch = 'UZ'
    d.countriesOfRouting = ['UZ', 'KZ', 'RU', 'BY']
    d.countryOfDestination = 'BY'
    d.officeOfDeparture = { reference: '55202', name: 'Zhibek Zholy', country: 'KZ' }
    d.officeOfDestination = { reference: '06611', name: 'Minsk', country: 'BY' }
    d.carrier.address.country = 'UZ'
    expect(findings(d)).toEqual([])
    // …but not at an office off its itinerary.
    d.officeOfDeparture = { reference: '10000', name: 'Moscow', country: 'AM' }
    expect(findings(d)).toEqual(['office.departure-country /officeOfDeparture/country'])
  })

  it('a T1 ending at a Northern Ireland office (prefix XI, country GB)', () => {
    const d: Doc = sample('t1')
    d.countryOfDestination = 'GB'
    d.countriesOfRouting = ['GE', 'TR', 'GB']
    d.officeOfDestination = { reference: 'XI000142', name: 'Belfast EPU', country: 'GB' }
    expect(findings(d)).toEqual([])
  })

  it('a movement within one country has one country of routing', () => {
    const d: Doc = sample('national')
    d.countryOfDestination = 'PK'
    d.countriesOfRouting = ['PK']
    d.placeOfUnloading = { locode: 'PKPEW', name: 'Peshawar', country: 'PK' }
    expect(findings(d)).toEqual(['incoterm.containerised /invoice/incoterm/rule'])
  })
})

describe('the corridor’s elements of the wrong type or shape: a finding at their path', () => {
  it.each([
    ['goodsStatus', 5, 'structure.type /goodsStatus'],
    ['goodsStatus', 'eaeu', 'structure.enum /goodsStatus'],
    ['movement', 'released', 'structure.type /movement'],
  ])('%s = %j', (key, value, finding) => {
    const d: Doc = sample('eaeu')
    d[key] = value
    expect(findings(d)).toEqual([finding])
  })

  it('heavy or bulky goods as text, and ADR particulars of the wrong kind', () => {
    const d: Doc = sample('tir')
    d.transport.heavyOrBulky = 'yes'
    d.consignments[0].items[0].dangerousGoods = [
      { unNumber: '1202', properShippingName: 'GAS OIL', class: 3, packingGroup: 'IV' },
    ]
    expect(findings(d)).toEqual([
      'structure.type /transport/heavyOrBulky',
      'structure.type /consignments/0/items/0/dangerousGoods/0/class',
      'structure.enum /consignments/0/items/0/dangerousGoods/0/packingGroup',
    ])
  })

  it('a movement with an unknown status, an event without its time and one of no kind', () => {
    const d: Doc = sample('tir')
    d.movement = {
      status: 'stuck',
      events: [{ type: 'lodged', at: 'yesterday' }, { at: '2026-02-04T10:00:00+05:00' }, null],
    }
    expect(findings(d)).toEqual([
      'structure.enum /movement/status',
      'date.format /movement/events/0/at',
      'structure.required /movement/events/1/type',
      'structure.type /movement/events/2',
    ])
  })

  it('a well-formed movement gives no finding', () => {
    const d: Doc = sample('tir')
    d.mrn = '26KZ000000012345J4'
    d.movement = {
      status: 'released',
      events: [
        { type: 'lodged', at: '2026-02-04T09:00:00Z', by: 'Aigerim' },
        { type: 'released', at: '2026-02-04T14:30:00+05:00', message: 'IE029' },
      ],
    }
    expect(findings(d)).toEqual([])
  })
})

describe('what the sentences say, regime by regime', () => {
  const sentence = (d: Doc, rule: string) => {
    const report = validateDeclaration(d, { today: SAMPLE_TODAY })
    return message(allFindings(report).find((f) => f.rule === rule)!)
  }

  it('dangerous goods by rail are RID’s (and SMGS annex 2’s), by road ADR’s', () => {
    const rail: Doc = sample('eaeu')
    rail.consignments[0].items[0].dangerousGoods = [{ unNumber: '1202' }]
    expect(sentence(rail, 'dangerous-goods.particulars')).toMatch(/RID 5\.4\.1\.1\.1, SMGS annex 2/)
    const road: Doc = sample('tir')
    road.consignments[0].items[0].dangerousGoods = [{ unNumber: '1202' }]
    expect(sentence(road, 'dangerous-goods.particulars')).toMatch(/\(ADR 5\.4\.1\.1\.1\)\.$/)
  })

  it('an 18-character TIR reference is read as an NCTS MRN, and the sentence says so', () => {
    const d: Doc = sample('tir')
    d.mrn = 'KZ-TIR-2026-000123'
    expect(sentence(d, 'mrn.format')).toMatch(
      /^TIR reference "KZ-TIR-2026-000123" has 18 characters/,
    )
  })

  it('names the guarantee a regime does not take in words', () => {
    const d: Doc = sample('t1')
    d.guarantee = { kind: 'BANK', reference: 'B-1', amount: { amount: 1, currency: 'EUR' } }
    expect(sentence(d, 'guarantee.procedure')).toBe(
      'Under T1 the guarantee is a GRN, cash or a waiver, not “Bank guarantee”.',
    )
  })

  it('checks only what the papers print against the fonts', () => {
    const d: Doc = sample('tir')
    d.movement = {
      status: 'lodged',
      events: [{ type: 'lodged', at: '2026-02-04T09:00:00Z', detail: '提交 🚚', by: 'Ли' }],
    }
    d.remarks = 'Груз 🚚'
    expect(findings(d)).toEqual(['print.glyph-missing /remarks'])
    expect(sentence(d, 'print.glyph-missing')).toBe(
      "There is a character in the remarks that the packet's fonts cannot show, 🚚 (U+1F69A): the papers would print a notice in its place.",
    )
  })
})
