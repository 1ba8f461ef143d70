/**
 * The declaration's own particulars: format, LRN, MRN, procedure, dates, place of declaration and
 * the countries of dispatch and destination.
 */
import { DECLARATION_FORMAT, PROCEDURES } from '../format/constants'
import { LRN_PATTERN } from '../format/lrn'
import { type Checker, type Obj, own, present, readString, readText, show } from './checker'
import { checkMrn } from './identifiers'
import { CALENDAR_DATE, oneOf, readCode, readCountry } from './read-codes'

const PROCEDURE = oneOf(PROCEDURES)

export interface HeaderFacts {
  procedure?: string
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

function readMrn(c: Checker, d: Obj): void {
  const mrn = readString(c, d, 'mrn', '', false)
  if (mrn === undefined) return
  const result = checkMrn(mrn)
  if (result.ok) return
  if (result.problem === 'format') {
    c.report(
      'mrn.format',
      '/mrn',
      `MRN ${show(mrn)} should be 18 characters: 2 digits of year, 2 letters of country, 13 letters or digits and a check character, e.g. 26KZ000000012345J4.`,
    )
  } else {
    c.report(
      'mrn.check-character',
      '/mrn',
      `MRN ${mrn}: the check character (the last one) should be ${result.expected}.`,
    )
  }
}

/** `lrnTaken`: another declaration of the workspace already has this LRN. */
export function readHeader(c: Checker, d: Obj, lrnTaken: boolean): HeaderFacts {
  checkFormat(c, d)
  readLrn(c, d, lrnTaken)
  readMrn(c, d)
  const procedure = readCode(c, d, 'procedure', '', PROCEDURE, true)
  const declarationDate = readCode(c, d, 'declarationDate', '', CALENDAR_DATE, true)
  readText(c, d, 'placeOfDeclaration', '', 1, 35, true)
  const limitDate = readCode(c, d, 'limitDate', '', CALENDAR_DATE, false)
  const dispatch = readCountry(c, d, 'countryOfDispatch', '', true)
  const destination = readCountry(c, d, 'countryOfDestination', '', true)
  return { procedure, declarationDate, limitDate, dispatch, destination }
}
