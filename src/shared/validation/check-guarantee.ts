/**
 * The guarantee: its kind, what that kind needs (carnet number and validity, GRN and access code,
 * the amount secured …), and the TIR Carnet number or GRN checked by their algorithms.
 */
import {
  type Checker,
  type Obj,
  own,
  present,
  quote,
  readChoice,
  readObject,
  readString,
  readText,
} from './checker'
import { checkGrn, isTirCarnetNumber } from './identifiers'
import { readField, readMoney } from './read-codes'

export interface GuaranteeFacts {
  kind?: string
  validUntil?: string
  vouchers?: number
}

/** The elements each kind of guarantee needs; each has a sentence of its own (`KIND-element`). */
const NEEDS: Record<string, readonly string[]> = {
  TIR_CARNET: ['reference', 'validUntil', 'vouchers'],
  GRN: ['reference', 'accessCode', 'amount'],
  CASH: ['amount'],
  BANK: ['reference', 'amount'],
  SURETY: ['reference', 'amount'],
  PLEDGE: ['reference', 'amount'],
  INSURANCE: ['reference', 'amount'],
  WAIVER: [],
}

/** A T1/T2 waiver is registered in NCTS like a guarantee: its reference and access code. */
const COMMON_TRANSIT_WAIVER = ['reference', 'accessCode'] as const

/** The carnet number or GRN, checked by the kind of guarantee. */
function checkGuaranteeReference(c: Checker, kind: string | undefined, reference: string): void {
  const path = '/guarantee/reference'
  if (kind === 'TIR_CARNET') {
    if (!isTirCarnetNumber(reference)) c.report('carnet.format', path, { value: quote(reference) })
  } else if (kind === 'GRN') {
    const result = checkGrn(reference)
    if (result.ok) return
    if (result.problem === 'format') c.report('grn.format', path, { value: quote(reference) })
    else c.report('grn.check-character', path, { grn: reference, expected: result.expected ?? '' })
  }
}

const isCommonTransit = (procedure: string | undefined) => procedure === 'T1' || procedure === 'T2'

export function readGuarantee(c: Checker, d: Obj, procedure: string | undefined): GuaranteeFacts {
  const facts: GuaranteeFacts = {}
  const guarantee = readObject(c, d, 'guarantee', '', true)
  if (!guarantee) return facts
  const base = '/guarantee'
  const kind = readField(c, guarantee, 'kind', base, 'guarantee.kind', true)
  facts.kind = kind
  const commonTransitWaiver = kind === 'WAIVER' && isCommonTransit(procedure)

  if (kind !== undefined) {
    for (const key of commonTransitWaiver ? COMMON_TRANSIT_WAIVER : NEEDS[kind]!) {
      if (present(own(guarantee, key))) continue
      c.report('guarantee.element-required', `${base}/${key}`, { context: `${kind}-${key}` })
    }
  }

  const reference = readString(c, guarantee, 'reference', base, false)
  if (reference !== undefined) {
    checkGuaranteeReference(c, commonTransitWaiver ? 'GRN' : kind, reference)
  }
  facts.validUntil = readField(c, guarantee, 'validUntil', base, 'guarantee.validUntil', false)
  const vouchers = readChoice(c, guarantee, 'vouchers', base, 'guarantee.vouchers', false)
  if (vouchers !== undefined) facts.vouchers = Number(vouchers)
  readText(c, guarantee, 'accessCode', base, 'guarantee.accessCode', false)
  readMoney(c, guarantee, 'amount', base, 'guarantee.amount', false)
  return facts
}
