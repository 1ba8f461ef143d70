/**
 * The identifier algorithms of validation.md ("Identifiers"), as pure functions the validator,
 * the editor and the tests share. Each takes any string and never throws.
 */
// Only the four validators used, not stdnum's whole index (300 modules for every country).
import * as byUnp from 'stdnum/lib/cjs/by/unp'
import * as pkCnic from 'stdnum/lib/cjs/pk/cnic'
import * as pkNtn from 'stdnum/lib/cjs/pk/ntn'
import * as ruInn from 'stdnum/lib/cjs/ru/inn'

/** ISO 6346 letter values: A=10, B=12 … skipping multiples of 11 (11, 22, 33). */
const LETTER_VALUES: readonly number[] = (() => {
  const values: number[] = []
  let v = 10
  for (let i = 0; i < 26; i++) {
    if (v % 11 === 0) v++
    values.push(v++)
  }
  return values
})()

/** The ISO 6346 value of one character (0–9, A–Z), or -1 for anything else. */
export function iso6346Value(code: number): number {
  if (code >= 48 && code <= 57) return code - 48
  if (code >= 65 && code <= 90) return LETTER_VALUES[code - 65]!
  return -1
}

/**
 * ISO 6346 check character over the whole of `text` (digits and upper-case letters):
 * Σ value × 2^i, then (sum mod 11) mod 10. -1 when `text` holds another character.
 */
export function iso6346CheckDigit(text: string): number {
  let sum = 0
  let weight = 1
  for (let i = 0; i < text.length; i++) {
    const value = iso6346Value(text.charCodeAt(i))
    if (value < 0) return -1
    sum = (sum + value * weight) % 11
    weight = (weight * 2) % 11
  }
  return (sum % 11) % 10
}

export type CheckResult =
  | { ok: true }
  /** the shape is wrong */
  | { ok: false; problem: 'format' }
  /** the shape is right, the check character is not: `expected` is the right one (null: none fits) */
  | { ok: false; problem: 'check'; expected: string | null }

const OK: CheckResult = { ok: true }
const FORMAT: CheckResult = { ok: false, problem: 'format' }

function checked(value: string, body: number): CheckResult {
  const expected = String(iso6346CheckDigit(value.slice(0, body)))
  return value[body] === expected ? OK : { ok: false, problem: 'check', expected }
}

const CONTAINER = /^[A-Z]{3}[UJZ][0-9]{7}$/
/** Container number: owner code, category U/J/Z, 6-digit serial, check digit (ISO 6346). */
export function checkContainerNumber(value: string): CheckResult {
  if (value.length !== 11 || !CONTAINER.test(value)) return FORMAT
  return checked(value, 10)
}

const MRN = /^[0-9]{2}[A-Z]{2}[A-Z0-9]{14}$/
/**
 * Movement Reference Number: 2 digits of year, 2 letters of country, 12 alphanumerics and one
 * of J K L M (older MRNs: 13 alphanumerics), then the check character over the first 17.
 * The older form accepts any alphanumeric in the 17th place, so the shape test covers both.
 */
export function checkMrn(value: string): CheckResult {
  if (value.length !== 18 || !MRN.test(value)) return FORMAT
  return checked(value, 17)
}

const GRN = /^[0-9]{2}[A-Z]{2}[A-Z0-9]{12}[0-9](?:[A-Z][0-9]{6})?$/
/** Guarantee Reference Number: 17 characters, the last the check character over the first 16; optional suffix. */
export function checkGrn(value: string): CheckResult {
  if ((value.length !== 17 && value.length !== 24) || !GRN.test(value)) return FORMAT
  return checked(value, 16)
}

const CARNET = /^(?:X[A-Z]|[A-Z]X)([0-9]{8,9})$/
const OLD_CARNET = /^[0-9]{1,8}$/
/**
 * TIR Carnet number: two letters, one of them X, then 8 or 9 digits forming a number of at
 * least 25 000 000 (XZ81234567); older fully numeric numbers up to 25 000 000.
 */
export function isTirCarnetNumber(value: string): boolean {
  if (value.length > 11) return false
  const match = CARNET.exec(value)
  if (match) return Number(match[1]) >= 25_000_000
  return OLD_CARNET.test(value) && Number(value) <= 25_000_000
}

const HOLDER_ID = /^([A-Z]{3})\/[0-9]{3}\/[0-9]{1,10}$/
/** TIR holder id `AAA/BBB/N…`; returns the association's alpha-3 country, or null when malformed. */
export function tirHolderIdCountry(value: string): string | null {
  if (value.length > 18) return null
  return HOLDER_ID.exec(value)?.[1] ?? null
}

const BIN_WEIGHTS_2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const
/**
 * Kazakhstan BIN / IIN check digit: k = Σ dᵢ·i (i = 1…11) mod 11; when k = 10 the second
 * weights 3,4,5,6,7,8,9,10,11,1,2; when k is 10 again the number is invalid (null).
 */
export function kzBinCheckDigit(first11: string): number | null {
  let k = 0
  for (let i = 0; i < 11; i++) k += (first11.charCodeAt(i) - 48) * (i + 1)
  k %= 11
  if (k === 10) {
    k = 0
    for (let i = 0; i < 11; i++) k += (first11.charCodeAt(i) - 48) * BIN_WEIGHTS_2[i]!
    k %= 11
    if (k === 10) return null
  }
  return k
}

const TWELVE_DIGITS = /^[0-9]{12}$/
export function checkKzBin(value: string): CheckResult {
  if (value.length !== 12 || !TWELVE_DIGITS.test(value)) return FORMAT
  const k = kzBinCheckDigit(value)
  if (k === null) return { ok: false, problem: 'check', expected: null }
  return value.charCodeAt(11) - 48 === k ? OK : { ok: false, problem: 'check', expected: String(k) }
}

const EORI = /^[A-Z]{2}[0-9A-Z]{1,15}$/
/** EORI: 2 letters (country) then 1–15 characters, 17 at most. */
export function isEori(value: string): boolean {
  return value.length <= 17 && EORI.test(value)
}

const UZ_TIN = /^[0-9]{9}$/
export function isUzTin(value: string): boolean {
  return value.length === 9 && UZ_TIN.test(value)
}

const UZ_PINFL = /^[0-9]{14}$/
/** Uzbek personal identification number (PINFL): 14 digits. */
export function isUzPinfl(value: string): boolean {
  return value.length === 14 && UZ_PINFL.test(value)
}

type StdnumValidator = { validate(value: string): { isValid: boolean } }
function viaStdnum(validator: StdnumValidator, value: string): boolean {
  try {
    return validator.validate(value).isValid === true
  } catch {
    return false
  }
}
/** Pakistan CNIC (13 digits, printed 35202-1234567-1), as the `stdnum` package validates it. */
export const isPkCnic = (value: string): boolean => viaStdnum(pkCnic, value)
const NTN_WITH_DIGIT = /^([0-9]{7})-[0-9]$/
/**
 * Pakistan NTN: 7 digits as `stdnum` validates them, also written `NNNNNNN-N`; the digit after
 * the dash is accepted as written, since its algorithm is not public (validation.md).
 */
export function isPkNtn(value: string): boolean {
  const written = value.length === 9 ? NTN_WITH_DIGIT.exec(value) : null
  return viaStdnum(pkNtn, written ? written[1]! : value)
}
/** Russia INN (10 or 12 digits with check digits), as `stdnum` validates it. */
export const isRuInn = (value: string): boolean => viaStdnum(ruInn, value)
/** Belarus UNP (9 characters with a check digit), as `stdnum` validates it. */
export const isByUnp = (value: string): boolean => viaStdnum(byUnp, value)

const TD_NUMBER = /^([0-9]{2}|[0-9]{5}|[0-9]{8})\/([0-9]{2})([0-9]{2})([0-9]{2})\/[0-9]{1,7}$/
/**
 * The registration number of an EAEU transit declaration (ТД), `CODE/DDMMYY/NNNNNNN`: the
 * registering office's code of 2, 5 or 8 digits, the date of registration, and the serial of the
 * registration journal — printed as 7 digits, 1 to 7 in the FNS format (`TDNumberType`, which
 * docs/rules.md follows where it differs from the spec).
 * Returns the registration date as YYYY-MM-DD (not yet checked as a calendar date), or null
 * when the shape is wrong. Two-digit years are read as 20YY.
 */
export function tdNumberDate(value: string): string | null {
  if (value.length > 25) return null
  const match = TD_NUMBER.exec(value)
  return match ? `20${match[4]}-${match[3]}-${match[2]}` : null
}
