/**
 * The shapes of the references an officer reads at a glance: customs office references (NCTS
 * style, or an EAEU member's national code) and UN/LOCODE places. One check, shared by the
 * validator, the office list and the editor; the patterns are the element table's.
 */
import { EAEU_MEMBERS } from '../codes/regimes'
import { PATTERNS } from './elements'

/** Customs office reference: 2 letters of country + 6 letters or digits. */
export function isOfficeReference(value: string): boolean {
  return value.length === 8 && PATTERNS.officeReference.test(value)
}

/** An EAEU member's national customs code: 2, 5 or 8 digits. */
export function isEaeuOfficeCode(value: string): boolean {
  return value.length <= 8 && PATTERNS.eaeuOfficeCode.test(value)
}

/**
 * What is wrong with an office reference for an office in `country` (undefined: not known), or
 * null: 2 letters and 6 letters or digits starting with the country (XI for Northern Ireland,
 * GB), or in an EAEU member its national code of 2, 5 or 8 digits (validation.md).
 */
export function officeReferenceProblem(
  reference: string,
  country: string | undefined,
): 'shape' | 'national' | 'country' | null {
  const member = country === undefined || EAEU_MEMBERS.has(country)
  if (isEaeuOfficeCode(reference)) return member ? null : 'national'
  if (!isOfficeReference(reference)) return 'shape'
  const prefix = reference.slice(0, 2)
  if (country && prefix !== country && !(prefix === 'XI' && country === 'GB')) return 'country'
  return null
}

/** UN/LOCODE without the space: 2 letters of country + 3 of A–Z, 2–9. */
export function isLocode(value: string): boolean {
  return value.length === 5 && PATTERNS.locode.test(value)
}
