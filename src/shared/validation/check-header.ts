/**
 * The declaration's own particulars: format, LRN, the number from customs, procedure, status of
 * the goods, dates, place of declaration and the countries of dispatch and destination.
 */
import { DECLARATION_FORMAT } from '../format/constants'
import { LRN_PATTERN } from '../format/lrn'
import { Checker, type Obj, own, present, quote, readString, readText } from './checker'
import { checkMrn, tdNumberDate } from './identifiers'
import type { Finding } from './report'
import { isCalendarDate, readField } from './read-codes'

export interface HeaderFacts {
  procedure?: string
  goodsStatus?: string
  declarationDate?: string
  limitDate?: string
  dispatch?: string
  destination?: string
}

function checkFormat(c: Checker, d: Obj): void {
  const format = own(d, 'format')
  if (format === DECLARATION_FORMAT) return
  c.report(
    'structure.format',
    '/format',
    present(format)
      ? { value: quote(format), format: DECLARATION_FORMAT }
      : { context: 'missing', format: DECLARATION_FORMAT },
  )
}

function readLrn(c: Checker, d: Obj, lrnTaken: boolean): void {
  const lrn = readString(c, d, 'lrn', '', true)
  if (lrn === undefined) return
  if (lrn.length > 22 || !LRN_PATTERN.test(lrn)) {
    c.report('lrn.format', '/lrn', { value: quote(lrn) })
  } else if (lrnTaken) {
    c.report('lrn.unique', '/lrn', { lrn })
  }
}

/** Transit MRNs carry J, K, L or M as their 17th character (NCTS rule R0410). */
const TRANSIT_MRN_CHARACTERS = new Set(['J', 'K', 'L', 'M'])

/**
 * An 18-character MRN with its check character and J, K, L or M as a transit's 17th (`tir`:
 * a TIR reference of 18 characters, read as an NCTS MRN).
 */
function checkMrnNumber(c: Checker, mrn: string, tir = false): void {
  const result = checkMrn(mrn)
  if (!result.ok && result.problem === 'format') {
    c.report(
      'mrn.format',
      '/mrn',
      tir ? { context: 'tir', value: quote(mrn) } : { value: quote(mrn) },
    )
  } else if (!result.ok) {
    c.report('mrn.check-character', '/mrn', { mrn, expected: result.expected ?? '' })
  } else if (!TRANSIT_MRN_CHARACTERS.has(mrn[16]!)) {
    c.report('mrn.procedure-character', '/mrn', { mrn, character: mrn[16]! })
  }
}

/** The registration number of an EAEU transit declaration, CODE/DDMMYY/NNNNNNN. */
function checkTdNumber(c: Checker, number: string, today: string | undefined): void {
  const date = tdNumberDate(number)
  if (date === null) {
    c.report('mrn.td-number', '/mrn', { value: quote(number) })
  } else if (!isCalendarDate(date)) {
    c.report('mrn.td-number', '/mrn', { context: 'date', number, date: number.split('/')[1]! })
  } else if (today !== undefined && date > today) {
    c.report('mrn.td-number', '/mrn', { context: 'future', number, date, today })
  }
}

/** The number customs gave, read as the procedure's own numbering (corridor.md). */
function checkCustomsNumber(
  c: Checker,
  mrn: string,
  procedure: string | undefined,
  today: string | undefined,
): void {
  if (procedure === 'T1' || procedure === 'T2') checkMrnNumber(c, mrn)
  else if (procedure === 'EAEU') checkTdNumber(c, mrn, today)
  else if (procedure === 'TIR' && mrn.length === 18) checkMrnNumber(c, mrn, true)
}

/**
 * What is wrong with `number` as the number customs gave a declaration of `procedure` (corridor.md):
 * the same findings the validator reports at `/mrn`, for checking a number as it is entered.
 */
export function customsNumberFindings(
  number: string,
  procedure: string,
  today: string | undefined,
): Finding[] {
  const c = new Checker()
  checkCustomsNumber(c, number, procedure, today)
  return c.errors
}

/**
 * `lrnTaken`: another declaration of the workspace already has this LRN; `today` the date that
 * counts as today, when known.
 */
export function readHeader(
  c: Checker,
  d: Obj,
  lrnTaken: boolean,
  today: string | undefined,
): HeaderFacts {
  checkFormat(c, d)
  readLrn(c, d, lrnTaken)
  const mrn = readText(c, d, 'mrn', '', 'mrn', false)
  const procedure = readField(c, d, 'procedure', '', 'procedure', true)
  if (mrn !== undefined) checkCustomsNumber(c, mrn, procedure, today)
  const goodsStatus = readField(c, d, 'goodsStatus', '', 'goodsStatus', false)
  const declarationDate = readField(c, d, 'declarationDate', '', 'declarationDate', true)
  readText(c, d, 'placeOfDeclaration', '', 'placeOfDeclaration', true)
  const limitDate = readField(c, d, 'limitDate', '', 'limitDate', false)
  const dispatch = readField(c, d, 'countryOfDispatch', '', 'countryOfDispatch', true)
  const destination = readField(c, d, 'countryOfDestination', '', 'countryOfDestination', true)
  return { procedure, goodsStatus, declarationDate, limitDate, dispatch, destination }
}
