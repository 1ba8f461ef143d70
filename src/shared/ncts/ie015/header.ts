/**
 * The parts of CC015C before the consignment: the message header (htypes.xsd group MESSAGE),
 * TransitOperation (TransitOperationType06), the customs offices and the guarantee
 * (GuaranteeType02), in the order of cc015c.xsd's sequence.
 */
import type { DeclarationFile } from '../../format/schema'
import { el, leaf, type XmlElement } from '../xml'
import {
  ADDITIONAL_DECLARATION_TYPE,
  BINDING_ITINERARY,
  DECLARATION_TYPE,
  GUARANTEE_TYPE,
  GUARANTEE_TYPES_WITH_GRN,
  MESSAGE_TYPE,
  REDUCED_DATASET_INDICATOR,
  SECURITY,
  type Ie015Procedure,
} from './codes'
import { Scope, sequenceNumber } from './scope'
import { an, DECIMALS, TYPES } from './xsd-types'

export interface Ie015Options {
  /** preparationDateAndTime, YYYY-MM-DDThh:mm:ss */
  preparedAt: string
  /** messageIdentification, 1–35 characters */
  messageId: string
  /** messageSender, 1–35 characters */
  sender: string
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/

/** PreparationDateAndTimeContentType: that pattern, and a real date and time (xs:dateTime). */
function isDateTime(text: string): boolean {
  const match = DATE_TIME.exec(text)
  if (!match) return false
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as number[]
  const date = new Date(Date.UTC(year!, month! - 1, day!, hour, minute, second))
  date.setUTCFullYear(year!)
  return (
    year! >= 1 &&
    date.getUTCMonth() === month! - 1 &&
    date.getUTCDate() === day &&
    hour! < 24 &&
    minute! < 60 &&
    second! < 60
  )
}

/**
 * The header group MESSAGE: sender and identification as given, the recipient "NTA." and the
 * country of the office of departure (HMRC's cache: app/api/submission/Header.scala,
 * messageRecipient = s"NTA.$officeOfDepartureCountryCode"), no correlation identifier.
 */
export function messageHeader(declaration: DeclarationFile, options: Ie015Options): XmlElement[] {
  const o = new Scope('', 'options')
  const country = new Scope('', '/officeOfDeparture').check(
    'messageRecipient',
    declaration.officeOfDeparture?.country,
    TYPES.country,
    'country',
  )
  const preparedAt = o.check(
    'preparationDateAndTime',
    options.preparedAt,
    TYPES.header,
    'preparedAt',
  )
  if (!isDateTime(preparedAt)) {
    o.refuse(
      'invalidCharacter',
      'preparationDateAndTime',
      `options/preparedAt "${preparedAt}" is not a date and time YYYY-MM-DDThh:mm:ss`,
    )
  }
  return [
    o.text('messageSender', options.sender, TYPES.header, 'sender'),
    o.text('messageRecipient', `NTA.${country}`, TYPES.header),
    leaf('preparationDateAndTime', preparedAt),
    o.text('messageIdentification', options.messageId, TYPES.header, 'messageId'),
    leaf('messageType', MESSAGE_TYPE),
  ]
}

/**
 * TransitOperationType06. TIRCarnetNumber is the TIR Carnet's number (the guarantee's
 * reference), required for TIR and not allowed otherwise (TIS rule C0411). Not written:
 * presentationOfTheGoodsDateAndTime, specificCircumstanceIndicator (safety and security),
 * communicationLanguageAtDeparture (the office's language applies, rule R0100), and limitDate:
 * the holder declares it only with an authorised consignor's authorisation C521, which the
 * format does not record (rule C0839: otherwise "N"); customs set the limit in CC029C.
 */
export function transitOperation(declaration: DeclarationFile, procedure: Ie015Procedure) {
  const s = new Scope('TransitOperation', '')
  const tir = procedure === 'TIR'
  return el('TransitOperation', [
    s.text('LRN', declaration.lrn, TYPES.lrn, '/lrn'),
    leaf('declarationType', DECLARATION_TYPE[procedure]),
    leaf('additionalDeclarationType', ADDITIONAL_DECLARATION_TYPE),
    tir && tirCarnetNumber(s, declaration),
    leaf('security', SECURITY),
    leaf('reducedDatasetIndicator', REDUCED_DATASET_INDICATOR),
    leaf('bindingItinerary', BINDING_ITINERARY),
  ])
}

function tirCarnetNumber(s: Scope, declaration: DeclarationFile): XmlElement {
  const guarantee = declaration.guarantee
  if (guarantee?.kind !== 'TIR_CARNET') {
    s.refuse(
      'missing',
      'TIRCarnetNumber',
      `/guarantee/kind is ${guarantee?.kind ?? 'absent'}: a TIR declaration needs a TIR_CARNET guarantee with the carnet number`,
    )
  }
  return s.text('TIRCarnetNumber', guarantee.reference, TYPES.tirCarnet, '/guarantee/reference')
}

/**
 * CustomsOfficeOfDeparture, CustomsOfficeOfDestinationDeclared and, for T1 and T2, one
 * CustomsOfficeOfTransitDeclared per office of transit in the file's order. A TIR declaration
 * declares no office of transit (TIS rule C0030: "N" for TIR).
 */
export function customsOffices(declaration: DeclarationFile, procedure: Ie015Procedure) {
  const office = (element: string, from: string, reference: string | undefined) =>
    el(element, [
      new Scope(element, from).text('referenceNumber', reference, TYPES.office, 'reference'),
    ])
  const transit = procedure === 'TIR' ? [] : (declaration.officesOfTransit ?? [])
  return [
    office(
      'CustomsOfficeOfDeparture',
      '/officeOfDeparture',
      declaration.officeOfDeparture?.reference,
    ),
    office(
      'CustomsOfficeOfDestinationDeclared',
      '/officeOfDestination',
      declaration.officeOfDestination?.reference,
    ),
    transit.map((o, i) => {
      const s = new Scope(`CustomsOfficeOfTransitDeclared[${i + 1}]`, `/officesOfTransit/${i}`)
      return el('CustomsOfficeOfTransitDeclared', [
        sequenceNumber(i),
        s.text('referenceNumber', o.reference, TYPES.office, 'reference'),
      ])
    }),
  ]
}

/**
 * One Guarantee: its CL251 type (codes.ts GUARANTEE_TYPE). Types with a GRN (0, 1) carry one
 * GuaranteeReference with GRN, access code, amount and currency (TIS rules C0085, C0086; the XSD
 * requires amount and currency in every GuaranteeReference); cash ("3") carries its reference as
 * otherGuaranteeReference (rule C0130: optional) and its amount in a GuaranteeReference without
 * GRN, as HMRC's cache writes it (app/api/submission/Guarantee.scala); TIR ("B") carries nothing
 * more (the carnet number is TransitOperation/TIRCarnetNumber).
 */
export function guarantee(declaration: DeclarationFile, procedure: Ie015Procedure): XmlElement {
  const g: Scope = new Scope('Guarantee', '/guarantee')
  const value = declaration.guarantee
  const type = value ? GUARANTEE_TYPE[procedure][value.kind] : undefined
  if (!value || !type) {
    g.refuse(
      'missing',
      'guaranteeType',
      `/guarantee/kind ${value?.kind ?? 'absent'} has no CL251 guarantee type for ${procedure} (allowed: ${Object.keys(GUARANTEE_TYPE[procedure]).join(', ')})`,
    )
  }
  const withGrn = GUARANTEE_TYPES_WITH_GRN.has(type)
  const r = g.in('GuaranteeReference')
  const money = value.amount
  const reference =
    type !== 'B' && (withGrn || money)
      ? el('GuaranteeReference', [
          sequenceNumber(0),
          withGrn && r.text('GRN', value.reference, TYPES.grn, 'reference'),
          withGrn && r.text('accessCode', value.accessCode, TYPES.accessCode, 'accessCode'),
          r.decimal('amountToBeCovered', money?.amount, DECIMALS.amount, 'amount/amount'),
          r.text('currency', money?.currency, TYPES.currency, 'amount/currency'),
        ])
      : undefined
  return el('Guarantee', [
    sequenceNumber(0),
    leaf('guaranteeType', type),
    type === '3' && g.optionalText('otherGuaranteeReference', value.reference, an(35), 'reference'),
    reference,
  ])
}
