/**
 * The declaration's own particulars: format, LRN, MRN, procedure, dates, place of declaration and
 * the countries of dispatch and destination.
 */
import { DECLARATION_FORMAT, GOODS_STATUSES, PROCEDURES } from '../format/constants'
import { LRN_PATTERN } from '../format/lrn'
import { type Checker, type Obj, own, present, readString, readText, show } from './checker'
import { checkMrn, tdNumberDate } from './identifiers'
import { CALENDAR_DATE, isCalendarDate, oneOf, readCode, readCountry } from './read-codes'

const PROCEDURE = oneOf(PROCEDURES)
const GOODS_STATUS = oneOf(GOODS_STATUSES)

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
      ? `The format ${show(format)} is not "${DECLARATION_FORMAT}".`
      : `The format element is missing; it should be "${DECLARATION_FORMAT}".`,
  )
}

function readLrn(c: Checker, d: Obj, lrnTaken: boolean): void {
  const lrn = readString(c, d, 'lrn', '', true)
  if (lrn === undefined) return
  if (lrn.length > 22 || !LRN_PATTERN.test(lrn)) {
    c.report(
      'lrn.format',
      '/lrn',
      `LRN ${show(lrn)} should be 1 to 22 letters, digits or the characters / . _ and -.`,
    )
  } else if (lrnTaken) {
    c.report(
      'lrn.unique',
      '/lrn',
      `LRN ${lrn} is already used by another declaration in this workspace; give this one its own.`,
    )
  }
}

/** Transit MRNs carry J, K, L or M as their 17th character (procedure category). */
const TRANSIT_MRN_CHARACTERS = new Set(['J', 'K', 'L', 'M'])

/** An 18-character MRN with its check character and J, K, L or M as a transit's 17th. */
function checkMrnNumber(c: Checker, mrn: string): void {
  const result = checkMrn(mrn)
  if (!result.ok && result.problem === 'format') {
    c.report(
      'mrn.format',
      '/mrn',
      `MRN ${show(mrn)} should be 18 characters: 2 digits of year, 2 letters of country, 13 letters or digits and a check character, e.g. 26KZ000000012345J4.`,
    )
  } else if (!result.ok) {
    c.report(
      'mrn.check-character',
      '/mrn',
      `MRN ${mrn}: the check character (the last one) should be ${result.expected}.`,
    )
  } else if (!TRANSIT_MRN_CHARACTERS.has(mrn[16]!)) {
    c.report(
      'mrn.procedure-character',
      '/mrn',
      `MRN ${mrn} has ${mrn[16]} as its 17th character; a transit MRN has J, K, L or M there.`,
    )
  }
}

/** The registration number of an EAEU transit declaration, CODE/DDMMYY/NNNNNNN. */
function checkTdNumber(c: Checker, number: string, today: string | undefined): void {
  const date = tdNumberDate(number)
  if (date === null) {
    c.report(
      'mrn.td-number',
      '/mrn',
      `Registration number ${show(number)} should read office code (2, 5 or 8 digits)/date DDMMYY/7-digit serial, e.g. 06611/280126/0001234.`,
    )
  } else if (!isCalendarDate(date) || (today !== undefined && date > today)) {
    c.report(
      'mrn.td-number',
      '/mrn',
      `Registration number ${number}: ${number.split('/')[1]} is not a registration date${isCalendarDate(date) ? ' up to today' : ''} (DDMMYY).`,
    )
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
  else if (procedure === 'TIR' && mrn.length === 18) checkMrnNumber(c, mrn)
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
  const mrn = readText(c, d, 'mrn', '', 1, 35, false)
  const procedure = readCode(c, d, 'procedure', '', PROCEDURE, true)
  if (mrn !== undefined) checkCustomsNumber(c, mrn, procedure, today)
  const goodsStatus = readCode(c, d, 'goodsStatus', '', GOODS_STATUS, false)
  const declarationDate = readCode(c, d, 'declarationDate', '', CALENDAR_DATE, true)
  readText(c, d, 'placeOfDeclaration', '', 1, 35, true)
  const limitDate = readCode(c, d, 'limitDate', '', CALENDAR_DATE, false)
  const dispatch = readCountry(c, d, 'countryOfDispatch', '', true)
  const destination = readCountry(c, d, 'countryOfDestination', '', true)
  return { procedure, goodsStatus, declarationDate, limitDate, dispatch, destination }
}
