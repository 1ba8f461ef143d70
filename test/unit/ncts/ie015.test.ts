import { afterAll, describe, expect, it } from 'vitest'
import { DeclarationFileSchema, type DeclarationFile } from '../../../src/shared/format/schema'
import { ie015Procedure, Ie015Refusal, writeIe015 } from '../../../src/shared/ncts/ie015'
import { generateDeclaration } from '../../fixtures/generate'
import { validSamples } from '../samples'
import {
  copy,
  messageFile,
  OPTIONS,
  removeMessageFiles,
  ROOT,
  sample,
  validate,
  xpathNumber,
  xpathString,
  xpathTexts,
} from './ie015-xmllint'

afterAll(removeMessageFiles)

const lodged = validSamples.filter((name) => ie015Procedure(sample(name).procedure))
const notLodged = validSamples.filter((name) => !ie015Procedure(sample(name).procedure))

/** Writes, checks against the schema (exit 0), and returns the file for reading back. */
function writtenValid(declaration: DeclarationFile): string {
  const file = messageFile(writeIe015(declaration, OPTIONS))
  const { status, output } = validate(file)
  expect(status, output).toBe(0)
  return file
}

const items = (d: DeclarationFile) => d.consignments.flatMap((c) => c.items)

/** Masses compared as numbers: the message writes 12240 for 12240, 1035.5 for 1035.5. */
const numbers = (texts: string[]) => texts.map(Number)

// each test runs xmllint a few times
const SLOW = { timeout: 30_000 }

describe('writeIe015 on the shared samples', SLOW, () => {
  it('has T1/T2/TIR samples to write and EAEU/NATIONAL ones to refuse', () => {
    expect(lodged.length).toBeGreaterThanOrEqual(2)
    expect(notLodged.length).toBeGreaterThanOrEqual(2)
  })

  it.each(lodged)('%s is valid against cc015c.xsd and its values read back', (name) => {
    const d = sample(name)
    const file = writtenValid(d)

    expect(xpathString(file, `${ROOT}/messageType`)).toBe('CC015C')
    expect(xpathString(file, `${ROOT}/@PhaseID`)).toBe('NCTS5.0')
    expect(xpathString(file, `${ROOT}/messageRecipient`)).toBe(`NTA.${d.officeOfDeparture.country}`)
    expect(xpathString(file, `${ROOT}/preparationDateAndTime`)).toBe(OPTIONS.preparedAt)
    expect(xpathString(file, `${ROOT}/TransitOperation/LRN`)).toBe(d.lrn)
    expect(xpathString(file, `${ROOT}/TransitOperation/declarationType`)).toBe(d.procedure)
    expect(xpathString(file, `${ROOT}/CustomsOfficeOfDeparture/referenceNumber`)).toBe(
      d.officeOfDeparture.reference,
    )
    expect(xpathString(file, `${ROOT}/CustomsOfficeOfDestinationDeclared/referenceNumber`)).toBe(
      d.officeOfDestination.reference,
    )
    expect(xpathTexts(file, `${ROOT}/CustomsOfficeOfTransitDeclared/referenceNumber`)).toEqual(
      d.procedure === 'TIR' ? [] : d.officesOfTransit.map((o) => o.reference),
    )
    expect(xpathString(file, `${ROOT}/HolderOfTheTransitProcedure/name`)).toBe(d.holder.name)

    const goods = items(d)
    expect(xpathNumber(file, `count(${ROOT}/Consignment/HouseConsignment/ConsignmentItem)`)).toBe(
      goods.length,
    )
    const item = `${ROOT}/Consignment/HouseConsignment/ConsignmentItem`
    expect(xpathTexts(file, `${item}/declarationGoodsItemNumber`)).toEqual(
      goods.map((_, i) => String(i + 1)),
    )
    expect(
      xpathTexts(file, `${item}/Commodity/CommodityCode/harmonizedSystemSubHeadingCode`),
    ).toEqual(goods.map((g) => g.hsCode.slice(0, 6)))
    expect(xpathTexts(file, `${item}/Commodity/CommodityCode/combinedNomenclatureCode`)).toEqual(
      goods.filter((g) => g.hsCode.length === 8).map((g) => g.hsCode.slice(6, 8)),
    )
    expect(numbers(xpathTexts(file, `${item}/Commodity/GoodsMeasure/grossMass`))).toEqual(
      goods.map((g) => g.grossMass),
    )
    const total = goods.reduce((sum, g) => sum + g.grossMass, 0)
    expect(Number(xpathString(file, `${ROOT}/Consignment/grossMass`))).toBeCloseTo(total, 6)
    expect(xpathTexts(file, `${ROOT}/Consignment/TransportEquipment/Seal/identifier`)).toEqual(
      d.seals,
    )
    expect(xpathTexts(file, `${ROOT}/Consignment/CountryOfRoutingOfConsignment/country`)).toEqual(
      d.countriesOfRouting,
    )
    if (d.procedure === 'TIR') {
      expect(xpathString(file, `${ROOT}/TransitOperation/TIRCarnetNumber`)).toBe(
        d.guarantee.reference,
      )
      expect(xpathString(file, `${ROOT}/Guarantee/guaranteeType`)).toBe('B')
      expect(
        xpathString(file, `${ROOT}/HolderOfTheTransitProcedure/TIRHolderIdentificationNumber`),
      ).toBe(d.holder.tirHolderId)
    } else {
      expect(xpathString(file, `${ROOT}/Guarantee/GuaranteeReference/GRN`)).toBe(
        d.guarantee.reference,
      )
      expect(xpathString(file, `${ROOT}/Guarantee/GuaranteeReference/accessCode`)).toBe(
        d.guarantee.accessCode,
      )
    }
  })

  it.each(notLodged)('%s is refused: its procedure has no IE015', (name) => {
    const d = sample(name)
    expect(() => writeIe015(d, OPTIONS)).toThrow(Ie015Refusal)
    try {
      writeIe015(d, OPTIONS)
    } catch (error) {
      expect(error).toMatchObject({ reason: 'procedure', element: 'procedure' })
    }
  })
})

describe('ie015Procedure', () => {
  it('is true for T1, T2 and TIR only', () => {
    expect(['T1', 'T2', 'TIR'].map(ie015Procedure)).toEqual([true, true, true])
    expect(['EAEU', 'NATIONAL', '', 't1', 'T2F'].map(ie015Procedure)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ])
  })
})

describe('a 999-item declaration', SLOW, () => {
  const d = DeclarationFileSchema.parse(generateDeclaration(999))

  it('is valid, numbers every item 1…999 and keeps every code and mass', () => {
    const file = writtenValid(d)
    const item = `${ROOT}/Consignment/HouseConsignment/ConsignmentItem`
    expect(xpathNumber(file, `count(${item})`)).toBe(999)
    expect(xpathTexts(file, `${item}/declarationGoodsItemNumber`)).toEqual(
      Array.from({ length: 999 }, (_, i) => String(i + 1)),
    )
    expect(xpathTexts(file, `${item}/goodsItemNumber`)).toEqual(
      Array.from({ length: 999 }, (_, i) => String(i + 1)),
    )
    const goods = items(d)
    expect(
      xpathTexts(file, `${item}/Commodity/CommodityCode/harmonizedSystemSubHeadingCode`),
    ).toEqual(goods.map((g) => g.hsCode.slice(0, 6)))
    expect(numbers(xpathTexts(file, `${item}/Commodity/GoodsMeasure/grossMass`))).toEqual(
      goods.map((g) => g.grossMass),
    )
  })
})

describe('copies of the samples', SLOW, () => {
  it('a TIR declaration with seals: one transport equipment without container holds them', () => {
    const d = copy(sample('tir-almaty-karachi.json'))
    d.seals = ['KZ 0001', 'KZ 0002']
    const file = writtenValid(d)
    const equipment = `${ROOT}/Consignment/TransportEquipment`
    expect(xpathNumber(file, `count(${equipment})`)).toBe(1)
    expect(xpathNumber(file, `count(${equipment}/containerIdentificationNumber)`)).toBe(0)
    expect(xpathString(file, `${equipment}/numberOfSeals`)).toBe('2')
    expect(xpathTexts(file, `${equipment}/Seal/identifier`)).toEqual(['KZ 0001', 'KZ 0002'])
    expect(xpathTexts(file, `${equipment}/GoodsReference/declarationGoodsItemNumber`)).toEqual([
      '1',
      '2',
      '3',
    ])
  })

  it('8-digit codes carry their combined nomenclature code', () => {
    const d = copy(sample('t1-poti-istanbul.json'))
    d.consignments[0]!.items[0]!.hsCode = '52052200'
    const file = writtenValid(d)
    const code = `${ROOT}/Consignment/HouseConsignment/ConsignmentItem/Commodity/CommodityCode`
    expect(xpathString(file, `${code}/harmonizedSystemSubHeadingCode`)).toBe('520522')
    expect(xpathString(file, `${code}/combinedNomenclatureCode`)).toBe('00')
  })

  it('two consignments: house consignments numbered, items numbered across, parties shared once', () => {
    const d = copy(sample('tir-almaty-karachi.json'))
    const second = copy(d.consignments[0]!)
    second.consignee = { ...second.consignee, name: 'Second consignee (Pvt) Ltd' }
    second.items = second.items.slice(0, 2).map((item, i) => ({ ...item, sequence: 4 + i }))
    d.consignments.push(second)
    const file = writtenValid(d)
    const houses = `${ROOT}/Consignment/HouseConsignment`
    expect(xpathTexts(file, `${houses}/sequenceNumber`)).toEqual(['1', '2'])
    expect(xpathTexts(file, `${houses}/ConsignmentItem/goodsItemNumber`)).toEqual([
      '1',
      '2',
      '3',
      '1',
      '2',
    ])
    expect(xpathTexts(file, `${houses}/ConsignmentItem/declarationGoodsItemNumber`)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ])
    // the same consignor everywhere: once, at consignment level (TIS rule R0506)
    expect(xpathNumber(file, `count(${ROOT}/Consignment/Consignor)`)).toBe(1)
    expect(xpathNumber(file, `count(${houses}/Consignor)`)).toBe(0)
    // different consignees: one per house consignment
    expect(xpathNumber(file, `count(${ROOT}/Consignment/Consignee)`)).toBe(0)
    expect(xpathString(file, `${houses}[2]/Consignee/name`)).toBe('Second consignee (Pvt) Ltd')
    const masses = xpathTexts(file, `${houses}/grossMass`).map(Number)
    expect(masses[1]).toBe(12240 + 6150)
    expect(Number(xpathString(file, `${ROOT}/Consignment/grossMass`))).toBe(masses[0]! + masses[1]!)
  })
})
