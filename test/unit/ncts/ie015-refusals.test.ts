import { afterAll, describe, expect, it } from 'vitest'
import type { DeclarationFile } from '../../../src/shared/format/schema'
import { Ie015Refusal, writeIe015 } from '../../../src/shared/ncts/ie015'
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

const tir = () => copy(sample('tir-almaty-karachi.json'))
const t1 = () => copy(sample('t1-poti-istanbul.json'))

/** The refusal writeIe015 throws (the test fails when it writes). */
function refusal(declaration: DeclarationFile, options = OPTIONS): Ie015Refusal {
  try {
    writeIe015(declaration, options)
  } catch (error) {
    if (error instanceof Ie015Refusal) return error
    throw error
  }
  throw new Error('written, not refused')
}

function writtenValid(declaration: DeclarationFile): string {
  const file = messageFile(writeIe015(declaration, OPTIONS))
  const { status, output } = validate(file)
  expect(status, output).toBe(0)
  return file
}

const ITEM1 = 'Consignment/HouseConsignment[1]/ConsignmentItem[1]'

describe('values longer than the schema allows are refused, never cut', () => {
  it('a holder name of 71 characters', () => {
    const d = tir()
    d.holder.name = 'Ж'.repeat(71)
    const r = refusal(d)
    expect(r).toMatchObject({ reason: 'tooLong', element: 'HolderOfTheTransitProcedure/name' })
    expect(r.detail).toContain('/holder/name')
    expect(r.detail).toContain('71')
  })

  it('70 characters (in any script, astral ones counted once) are written', () => {
    const d = tir()
    d.holder.name = '𝔸'.repeat(35) + 'ب'.repeat(35)
    const file = writtenValid(d)
    expect(xpathString(file, `${ROOT}/HolderOfTheTransitProcedure/name`)).toBe(d.holder.name)
  })

  it('an identification number over the 17 characters of the schema (the format takes 35)', () => {
    const d = t1()
    d.consignments[0]!.consignee.identification = { scheme: 'OTHER', value: 'TR12345678901234567' }
    expect(refusal(d)).toMatchObject({
      reason: 'tooLong',
      element: 'Consignment/Consignee/identificationNumber',
    })
  })

  it('a TIR holder identification number of 18 characters', () => {
    const d = tir()
    d.holder.tirHolderId = 'KAZ/015/0002310000'
    expect(refusal(d)).toMatchObject({
      reason: 'tooLong',
      element: 'HolderOfTheTransitProcedure/TIRHolderIdentificationNumber',
    })
  })

  it('a description of 513 characters, named with its item', () => {
    const d = tir()
    d.consignments[0]!.items[1]!.description = 'x'.repeat(513)
    expect(refusal(d)).toMatchObject({
      reason: 'tooLong',
      element: 'Consignment/HouseConsignment[1]/ConsignmentItem[2]/Commodity/descriptionOfGoods',
    })
  })

  it('a 10-digit commodity code: CC015C has no element for digits 9–10', () => {
    const d = tir()
    d.consignments[0]!.items[0]!.hsCode = '5205120000'
    expect(refusal(d)).toMatchObject({
      reason: 'tooLong',
      element: `${ITEM1}/Commodity/CommodityCode/combinedNomenclatureCode`,
    })
  })

  it('a mass with more than 6 decimals', () => {
    const d = tir()
    d.consignments[0]!.items[0]!.grossMass = 12240.0000001
    expect(refusal(d)).toMatchObject({
      reason: 'tooLong',
      element: `${ITEM1}/Commodity/GoodsMeasure/grossMass`,
    })
  })

  it('a guarantee amount with more than 2 decimals', () => {
    const d = t1()
    d.guarantee.amount = { amount: 18000.005, currency: 'EUR' }
    expect(refusal(d)).toMatchObject({
      reason: 'tooLong',
      element: 'Guarantee/GuaranteeReference/amountToBeCovered',
    })
  })

  it('options over 35 characters', () => {
    expect(refusal(tir(), { ...OPTIONS, sender: 'S'.repeat(36) })).toMatchObject({
      reason: 'tooLong',
      element: 'messageSender',
    })
    expect(refusal(tir(), { ...OPTIONS, messageId: 'M'.repeat(36) })).toMatchObject({
      reason: 'tooLong',
      element: 'messageIdentification',
    })
  })
})

describe('characters', () => {
  it.each([
    ['a bell', 'Kavkaz\u0007 Trans'],
    ['NUL', 'Kavkaz\u0000'],
    ['an escape', '\u001b[31mred'],
    ['a lone surrogate', 'Kavkaz \ud800 Trans'],
    ['U+FFFF', 'Kavkaz \uffff'],
  ])('%s in a name is refused as invalidCharacter', (_, name) => {
    const d = t1()
    d.consignments[0]!.consignee.name = name
    const r = refusal(d)
    expect(r).toMatchObject({ reason: 'invalidCharacter', element: 'Consignment/Consignee/name' })
    expect(r.detail).toContain('XML 1.0')
  })

  it('a space at either end is refused (the _NoSpaces pattern), not trimmed', () => {
    const d = t1()
    d.holder.name = ' Georgian Transit Logistics LLC'
    expect(refusal(d)).toMatchObject({
      reason: 'invalidCharacter',
      element: 'HolderOfTheTransitProcedure/name',
    })
    const e = t1()
    e.consignments[0]!.items[0]!.description = 'Cotton yarn\u00a0'
    expect(refusal(e)).toMatchObject({
      reason: 'invalidCharacter',
      element: `${ITEM1}/Commodity/descriptionOfGoods`,
    })
  })

  it('& < > quotes, Cyrillic and Arabic are escaped and read back unchanged', () => {
    const d = tir()
    d.holder.name = `A&B <"Жетысу"> 'شركة' & Co`
    d.consignments[0]!.items[0]!.description = '<![CDATA[ ]]> & </description> "тест" «كتان»'
    d.consignments[0]!.consignee.address!.street = 'ул. Абая & <пр.>, "150"'
    const xml = writeIe015(d, OPTIONS)
    expect(xml).toContain('A&amp;B &lt;&quot;Жетысу&quot;&gt; &apos;شركة&apos; &amp; Co')
    const file = writtenValid(d)
    expect(xpathString(file, `${ROOT}/HolderOfTheTransitProcedure/name`)).toBe(d.holder.name)
    expect(
      xpathString(
        file,
        `${ROOT}/Consignment/HouseConsignment/ConsignmentItem[1]/Commodity/descriptionOfGoods`,
      ),
    ).toBe(d.consignments[0]!.items[0]!.description)
    expect(xpathString(file, `${ROOT}/Consignment/Consignee/Address/streetAndNumber`)).toBe(
      d.consignments[0]!.consignee.address!.street,
    )
  })
})

describe('values the message needs', () => {
  it('TIR without a TIR holder identification number', () => {
    const d = tir()
    delete d.holder.tirHolderId
    expect(refusal(d)).toMatchObject({
      reason: 'missing',
      element: 'HolderOfTheTransitProcedure/TIRHolderIdentificationNumber',
    })
  })

  it('TIR without a TIR Carnet guarantee', () => {
    const d = tir()
    d.guarantee = { kind: 'GRN', reference: '26GE0000001234566', accessCode: '7Q2B' }
    expect(refusal(d)).toMatchObject({
      reason: 'missing',
      element: 'TransitOperation/TIRCarnetNumber',
    })
  })

  it('a T1 guarantee kind with no CL251 type (BANK)', () => {
    const d = t1()
    d.guarantee = { kind: 'BANK', reference: 'BG-1', amount: { amount: 1, currency: 'EUR' } }
    expect(refusal(d)).toMatchObject({ reason: 'missing', element: 'Guarantee/guaranteeType' })
  })

  it('a waiver without the amount every GuaranteeReference carries', () => {
    const d = t1()
    d.guarantee = { kind: 'WAIVER', reference: '26GE0000001234566', accessCode: '7Q2B' }
    expect(refusal(d)).toMatchObject({
      reason: 'missing',
      element: 'Guarantee/GuaranteeReference/amountToBeCovered',
    })
  })

  it('a contact person without phone (name and phone go together)', () => {
    const d = tir()
    d.holder.contact = { name: 'Айгерим Сейткали', email: 'a@example.kz' }
    expect(refusal(d)).toMatchObject({
      reason: 'missing',
      element: 'HolderOfTheTransitProcedure/ContactPerson/phoneNumber',
    })
  })

  it('a representative without identification number', () => {
    const d = t1()
    d.representative = { name: 'Broker LLC' }
    expect(refusal(d)).toMatchObject({
      reason: 'missing',
      element: 'Representative/identificationNumber',
    })
  })

  it('seals for several containers: which container each is on is not in the file', () => {
    const d = t1()
    d.consignments[0]!.items[0]!.containers = ['CAIU7000128', 'MSKU1234565']
    expect(refusal(d)).toMatchObject({
      reason: 'missing',
      element: 'Consignment/TransportEquipment/Seal',
    })
  })

  it('container numbers without containerised goods (rule C0055)', () => {
    const d = t1()
    d.transport.containerised = false
    expect(refusal(d)).toMatchObject({
      reason: 'missing',
      element: 'Consignment/containerIndicator',
    })
  })

  it('an office reference that is not CORefNumType (an EAEU national code)', () => {
    const d = tir()
    d.officeOfDeparture.reference = '55001'
    expect(refusal(d)).toMatchObject({
      reason: 'invalidCharacter',
      element: 'CustomsOfficeOfDeparture/referenceNumber',
    })
  })

  it('a net mass of 0 (DecimalWithoutZero)', () => {
    const d = tir()
    d.consignments[0]!.items[0]!.netMass = 0
    expect(refusal(d)).toMatchObject({
      reason: 'invalidCharacter',
      element: `${ITEM1}/Commodity/GoodsMeasure/netMass`,
    })
  })

  it('a preparation time that is not a date and time', () => {
    expect(refusal(tir(), { ...OPTIONS, preparedAt: '2026-02-30T10:00:00' })).toMatchObject({
      reason: 'invalidCharacter',
      element: 'preparationDateAndTime',
    })
    expect(refusal(tir(), { ...OPTIONS, preparedAt: '2026-02-04 10:00' })).toMatchObject({
      element: 'preparationDateAndTime',
    })
  })
})

describe('mapping choices', { timeout: 30_000 }, () => {
  it('T1 waiver → type 0 with GRN and access code; cash → type 3 with its reference', () => {
    const waiver = t1()
    waiver.guarantee = {
      kind: 'WAIVER',
      reference: '26GE0000001234566',
      accessCode: '7Q2B',
      amount: { amount: 0, currency: 'EUR' },
    }
    let file = writtenValid(waiver)
    expect(xpathString(file, `${ROOT}/Guarantee/guaranteeType`)).toBe('0')
    expect(xpathString(file, `${ROOT}/Guarantee/GuaranteeReference/GRN`)).toBe('26GE0000001234566')
    expect(xpathString(file, `${ROOT}/Guarantee/GuaranteeReference/amountToBeCovered`)).toBe('0')

    const cash = t1()
    cash.guarantee = {
      kind: 'CASH',
      reference: 'RCPT 0042',
      amount: { amount: 950.5, currency: 'EUR' },
    }
    file = writtenValid(cash)
    expect(xpathString(file, `${ROOT}/Guarantee/guaranteeType`)).toBe('3')
    expect(xpathString(file, `${ROOT}/Guarantee/otherGuaranteeReference`)).toBe('RCPT 0042')
    expect(xpathNumber(file, `count(${ROOT}/Guarantee/GuaranteeReference/GRN)`)).toBe(0)
    expect(xpathString(file, `${ROOT}/Guarantee/GuaranteeReference/amountToBeCovered`)).toBe(
      '950.5',
    )
  })

  it('documents by group; the invoice added once; the TIR Carnet not repeated; dates not written', () => {
    const d = tir()
    const file = writtenValid(d)
    const consignment = `${ROOT}/Consignment`
    expect(xpathTexts(file, `${consignment}/SupportingDocument/type`)).toEqual(['N380', 'N861'])
    expect(xpathTexts(file, `${consignment}/TransportDocument/type`)).toEqual(['N730'])
    expect(xpathNumber(file, `count(${consignment}/PreviousDocument)`)).toBe(0)

    const e = tir()
    e.documents = e.documents.filter((doc) => doc.type !== 'N380')
    e.documents.push({ type: 'N952', reference: 'XZ80000001' })
    e.consignments[0]!.items[0]!.documents = [
      { type: 'N851', reference: 'PHYTO-1' },
      { type: 'N730', reference: 'CMR 0457781' },
      { type: 'N730', reference: 'CMR 0457781' },
    ]
    const other = writtenValid(e)
    expect(xpathTexts(other, `${consignment}/SupportingDocument/referenceNumber`)).toEqual([
      'KZ-CT1-2026-00412',
      'ZTE-2026/017',
    ])
    expect(xpathTexts(other, `${consignment}/PreviousDocument/referenceNumber`)).toEqual([
      'XZ80000001',
    ])
    expect(
      xpathTexts(
        other,
        `${consignment}/HouseConsignment/ConsignmentItem[1]/SupportingDocument/type`,
      ),
    ).toEqual(['N851'])
    expect(
      xpathTexts(other, `${consignment}/HouseConsignment/TransportDocument/referenceNumber`),
    ).toEqual(['CMR 0457781'])
  })

  it('road means: tractor 30, semi-trailer 31; no office of transit for TIR (rule C0030)', () => {
    const file = writtenValid(tir())
    expect(
      xpathTexts(file, `${ROOT}/Consignment/DepartureTransportMeans/typeOfIdentification`),
    ).toEqual(['30', '31'])
    expect(xpathNumber(file, `count(${ROOT}/CustomsOfficeOfTransitDeclared)`)).toBe(0)
  })

  it('the carrier: written with an EORI-like identification, left out with a national number', () => {
    expect(
      xpathString(writtenValid(t1()), `${ROOT}/Consignment/Carrier/identificationNumber`),
    ).toBe('GE-445998877')
    expect(xpathNumber(writtenValid(tir()), `count(${ROOT}/Consignment/Carrier)`)).toBe(0)
  })

  it('T2: declaration type T2; a representative with status 2; a contact with e-mail', () => {
    const d = t1()
    d.procedure = 'T2'
    d.representative = {
      name: 'Poti Customs Broker LLC',
      identification: { scheme: 'OTHER', value: 'GE-406111222' },
      contact: { name: 'Nino Beridze', phone: '+995 493 000 000', email: 'nino@broker.ge' },
    }
    const file = writtenValid(d)
    expect(xpathString(file, `${ROOT}/TransitOperation/declarationType`)).toBe('T2')
    expect(xpathString(file, `${ROOT}/Representative/identificationNumber`)).toBe('GE-406111222')
    expect(xpathString(file, `${ROOT}/Representative/status`)).toBe('2')
    expect(xpathString(file, `${ROOT}/Representative/ContactPerson/eMailAddress`)).toBe(
      'nino@broker.ge',
    )
    d.representative.contact!.email = 'ниno@broker.ge'
    expect(refusal(d)).toMatchObject({
      reason: 'invalidCharacter',
      element: 'Representative/ContactPerson/eMailAddress',
    })
  })

  it('several containers without seals: one transport equipment each, with its goods', () => {
    const d = t1()
    d.seals = []
    const item = d.consignments[0]!.items[0]!
    item.containers = ['CAIU7000128', 'MSKU1234565']
    d.consignments[0]!.items.push({ ...copy(item), sequence: 2, containers: ['MSKU1234565'] })
    const file = writtenValid(d)
    const equipment = `${ROOT}/Consignment/TransportEquipment`
    expect(xpathTexts(file, `${equipment}/containerIdentificationNumber`)).toEqual([
      'CAIU7000128',
      'MSKU1234565',
    ])
    expect(xpathTexts(file, `${equipment}/numberOfSeals`)).toEqual(['0', '0'])
    expect(xpathTexts(file, `${equipment}[1]/GoodsReference/declarationGoodsItemNumber`)).toEqual([
      '1',
    ])
    expect(xpathTexts(file, `${equipment}[2]/GoodsReference/declarationGoodsItemNumber`)).toEqual([
      '1',
      '2',
    ])
  })

  it('post as inland mode: no departure transport means (rule C0826)', () => {
    const d = t1()
    d.transport.inlandMode = '5'
    const file = writtenValid(d)
    expect(xpathNumber(file, `count(${ROOT}/Consignment/DepartureTransportMeans)`)).toBe(0)
  })

  it('a GRN over the 17 characters of rule R0318', () => {
    const d = t1()
    d.guarantee.reference = '26GE0000001234566A123456'
    expect(refusal(d)).toMatchObject({
      reason: 'tooLong',
      element: 'Guarantee/GuaranteeReference/GRN',
    })
  })

  it('limit date, location of goods and remarks are not written', () => {
    const file = writtenValid(tir())
    expect(xpathNumber(file, `count(${ROOT}/TransitOperation/limitDate)`)).toBe(0)
    expect(xpathNumber(file, `count(${ROOT}/Consignment/LocationOfGoods)`)).toBe(0)
    expect(xpathNumber(file, `count(//AdditionalInformation)`)).toBe(0)
  })
})
