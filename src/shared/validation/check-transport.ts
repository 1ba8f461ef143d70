/**
 * The transport details (modes, means of transport, containerisation, approval certificate),
 * the guarantee with its references, and the seals.
 */
import { isTransportMode } from '../codes/transport-modes'
import { CARNET_VOUCHERS, GUARANTEE_KINDS, LIMITS, MEANS_KINDS } from '../format/constants'
import {
  checkLength,
  type Checker,
  entryString,
  readBoolean,
  type Obj,
  own,
  present,
  readEntries,
  readList,
  readObject,
  readString,
  readText,
  show,
  wrongType,
} from './checker'
import { checkGrn, isTirCarnetNumber } from './identifiers'
import {
  CALENDAR_DATE,
  type CodeCheck,
  oneOf,
  readCode,
  readCountry,
  readMoney,
} from './read-codes'

const TRANSPORT_MODE: CodeCheck = {
  rule: 'code.transport-mode',
  valid: isTransportMode,
  problem:
    'should be a UN/ECE Rec 19 code: 1 sea, 2 rail, 3 road, 4 air, 5 post, 6 multimodal, 7 fixed installation, 8 inland water or 9 not applicable.',
}
const MEANS_KIND = oneOf(MEANS_KINDS)
const GUARANTEE_KIND = oneOf(GUARANTEE_KINDS)
const ROAD_MEANS: ReadonlySet<string> = new Set(['tractor', 'trailer', 'semi-trailer', 'rigid'])
const VOUCHER_SET: ReadonlySet<unknown> = new Set(CARNET_VOUCHERS)

export interface TransportFacts {
  borderMode?: string
  containerised?: boolean
  heavyOrBulky?: boolean
  /** whether a road vehicle is among the means at departure (undefined: cannot tell) */
  road?: boolean
  approvalCertificate: boolean
}

/** The identity and nationality of a means of transport. */
function readVehicle(c: Checker, means: Obj, path: string): void {
  readText(c, means, 'identity', path, 1, 35, true)
  readCountry(c, means, 'nationality', path, true)
}

export function readTransport(c: Checker, d: Obj): TransportFacts {
  const facts: TransportFacts = { approvalCertificate: false }
  const transport = readObject(c, d, 'transport', '', true)
  if (!transport) return facts
  const base = '/transport'
  facts.borderMode = readCode(c, transport, 'borderMode', base, TRANSPORT_MODE, true)
  readCode(c, transport, 'inlandMode', base, TRANSPORT_MODE, false)

  const means = readList(c, transport, 'meansAtDeparture', base, 1, 9, true)
  if (means) {
    const kinds: string[] = []
    readEntries(c, means, 9, `${base}/meansAtDeparture`, (c, entry, path) => {
      const kind = readCode(c, entry, 'kind', path, MEANS_KIND, true)
      if (kind !== undefined) kinds.push(kind)
      readVehicle(c, entry, path)
    })
    facts.road = kinds.length > 0 ? kinds.some((kind) => ROAD_MEANS.has(kind)) : undefined
  }

  const border = readObject(c, transport, 'meansAtBorder', base, false)
  if (border) readVehicle(c, border, `${base}/meansAtBorder`)

  facts.containerised = readBoolean(c, transport, 'containerised', base, true)
  facts.heavyOrBulky = readBoolean(c, transport, 'heavyOrBulky', base, false)

  facts.approvalCertificate =
    readText(c, transport, 'approvalCertificate', base, 1, 35, false) !== undefined ||
    present(own(transport, 'approvalCertificate'))
  return facts
}

export interface GuaranteeFacts {
  kind?: string
  validUntil?: string
  vouchers?: number
}

const SECURITY_NEEDS = [
  ['reference', 'the number of its certificate or contract'],
  ['amount', 'the amount secured'],
] as const

const GUARANTEE_NEEDS: Record<string, readonly (readonly [string, string])[]> = {
  TIR_CARNET: [
    ['reference', 'the TIR Carnet number'],
    ['validUntil', 'the date until which the carnet is valid'],
    ['vouchers', 'the number of vouchers in the carnet'],
  ],
  GRN: [
    ['reference', 'the Guarantee Reference Number (GRN)'],
    ['accessCode', 'the 4-character access code'],
    ['amount', 'the guarantee amount'],
  ],
  CASH: [['amount', 'the amount deposited']],
  BANK: SECURITY_NEEDS,
  SURETY: SECURITY_NEEDS,
  PLEDGE: SECURITY_NEEDS,
  INSURANCE: SECURITY_NEEDS,
  WAIVER: [],
}

/** A T1/T2 waiver is registered in NCTS like a guarantee: its reference and access code. */
const COMMON_TRANSIT_WAIVER_NEEDS = [
  ['reference', 'the reference of the waiver'],
  ['accessCode', 'the 4-character access code'],
] as const

const GUARANTEE_NAMES: Record<string, string> = {
  TIR_CARNET: 'A TIR Carnet guarantee',
  GRN: 'A guarantee with a GRN',
  CASH: 'A cash guarantee',
  BANK: 'A bank guarantee',
  SURETY: 'A surety',
  PLEDGE: 'A pledge',
  INSURANCE: 'An insurance guarantee',
  WAIVER: 'A guarantee waiver',
}

/** The carnet number or GRN, checked by the kind of guarantee. */
function checkGuaranteeReference(c: Checker, kind: string | undefined, reference: string): void {
  const path = '/guarantee/reference'
  if (kind === 'TIR_CARNET') {
    if (!isTirCarnetNumber(reference)) {
      c.report(
        'carnet.format',
        path,
        `TIR Carnet number ${show(reference)} should be two letters (one of them X) and 8 or 9 digits from 25000000 up, e.g. XZ81234567.`,
      )
    }
  } else if (kind === 'GRN') {
    const result = checkGrn(reference)
    if (result.ok) return
    if (result.problem === 'format') {
      c.report(
        'grn.format',
        path,
        `GRN ${show(reference)} should be 17 characters: 2 digits of year, 2 letters of country, 12 letters or digits and a check digit (optionally followed by a letter and 6 digits).`,
      )
    } else {
      c.report(
        'grn.check-character',
        path,
        `GRN ${reference}: the check character (the 17th) should be ${result.expected}.`,
      )
    }
  }
}

const isCommonTransit = (procedure: string | undefined) => procedure === 'T1' || procedure === 'T2'

export function readGuarantee(c: Checker, d: Obj, procedure: string | undefined): GuaranteeFacts {
  const facts: GuaranteeFacts = {}
  const guarantee = readObject(c, d, 'guarantee', '', true)
  if (!guarantee) return facts
  const base = '/guarantee'
  const kind = readCode(c, guarantee, 'kind', base, GUARANTEE_KIND, true)
  facts.kind = kind
  const commonTransitWaiver = kind === 'WAIVER' && isCommonTransit(procedure)

  if (kind !== undefined) {
    const needs = commonTransitWaiver ? COMMON_TRANSIT_WAIVER_NEEDS : GUARANTEE_NEEDS[kind]!
    for (const [key, what] of needs) {
      if (!present(own(guarantee, key))) {
        c.report(
          'guarantee.element-required',
          `${base}/${key}`,
          `${GUARANTEE_NAMES[kind]} needs ${what}.`,
        )
      }
    }
  }

  const reference = readString(c, guarantee, 'reference', base, false)
  if (reference !== undefined) {
    checkGuaranteeReference(c, commonTransitWaiver ? 'GRN' : kind, reference)
  }

  facts.validUntil = readCode(c, guarantee, 'validUntil', base, CALENDAR_DATE, false)

  const vouchers = own(guarantee, 'vouchers')
  if (present(vouchers)) {
    if (typeof vouchers !== 'number') wrongType(c, `${base}/vouchers`, vouchers, 'a number')
    else if (!VOUCHER_SET.has(vouchers)) {
      c.report(
        'structure.enum',
        `${base}/vouchers`,
        `A TIR Carnet has 4, 6, 14 or 20 vouchers, not ${show(vouchers)}.`,
      )
    } else facts.vouchers = vouchers
  }

  readText(c, guarantee, 'accessCode', base, 4, 4, false)
  readMoney(c, guarantee, 'amount', base, false)
  return facts
}

/** Each seal of 1 to 20 characters, listed once. */
export function readSeals(c: Checker, d: Obj): void {
  const seals = readList(c, d, 'seals', '', 0, LIMITS.seals, true)
  if (!seals) return
  const seen = new Set<string>()
  const n = Math.min(seals.length, LIMITS.seals)
  for (let i = 0; i < n; i++) {
    const path = `/seals/${i}`
    const seal = entryString(c, seals[i], path)
    if (seal === undefined || !checkLength(c, path, seal, 1, 20)) continue
    if (seen.has(seal)) {
      c.report('seals.duplicate', path, `Seal ${show(seal)} is listed twice; list each seal once.`)
    }
    seen.add(seal)
  }
}
