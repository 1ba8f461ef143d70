/**
 * The parties of a declaration (holder, representative, carrier, consignor, consignee): name,
 * address, identification checked by its scheme, TIR holder id and contact.
 */
import { isCountryAlpha3Code } from '../codes/countries'
import { IDENTIFICATION_SCHEMES } from '../format/constants'
import {
  type Checker,
  type Obj,
  own,
  present,
  readObject,
  readString,
  readText,
  show,
} from './checker'
import {
  checkKzBin,
  isByUnp,
  isEori,
  isPkCnic,
  isPkNtn,
  isRuInn,
  isUzPinfl,
  isUzTin,
  tirHolderIdCountry,
} from './identifiers'
import { type CodeCheck, oneOf, readCode, readCountry } from './read-codes'
import type { RuleId } from './rules'

const SCHEME = oneOf(IDENTIFICATION_SCHEMES)

const SCHEME_NAMES: Record<string, string> = {
  'KZ-BIN': 'BIN',
  'KZ-IIN': 'IIN',
  'PK-CNIC': 'CNIC',
  'PK-NTN': 'NTN',
  'RU-INN': 'INN',
  'BY-UNP': 'UNP',
  'UZ-TIN': 'TIN',
  'UZ-PINFL': 'PINFL',
  EORI: 'EORI number',
}

/** The schemes checked by a yes/no test; KZ-BIN and KZ-IIN say more, AF-TIN and OTHER nothing. */
const SCHEME_CHECKS: Record<string, CodeCheck> = {
  'PK-CNIC': {
    rule: 'identification.pk-cnic',
    valid: isPkCnic,
    problem: 'is not a valid Pakistani CNIC: 13 digits, printed 35202-1234567-1.',
  },
  'PK-NTN': {
    rule: 'identification.pk-ntn',
    valid: isPkNtn,
    problem: 'is not a valid Pakistani NTN: 7 digits, e.g. 4512789 (also written 4512789-1).',
  },
  'RU-INN': {
    rule: 'identification.ru-inn',
    valid: isRuInn,
    problem: 'is not a valid Russian INN: 10 or 12 digits whose check digits match.',
  },
  'BY-UNP': {
    rule: 'identification.by-unp',
    valid: isByUnp,
    problem: 'is not a valid Belarusian UNP: 9 characters whose check digit matches.',
  },
  'UZ-TIN': {
    rule: 'identification.uz-tin',
    valid: isUzTin,
    problem: 'should be 9 digits (Uzbek TIN).',
  },
  'UZ-PINFL': {
    rule: 'identification.uz-pinfl',
    valid: isUzPinfl,
    problem: 'should be 14 digits (Uzbek personal identification number, PINFL).',
  },
  EORI: {
    rule: 'identification.eori',
    valid: isEori,
    problem: 'is not valid: 2 capital letters of country, then 1 to 15 letters or digits.',
  },
}

/**
 * What is wrong with an identification value for its scheme, or null when nothing is (or the
 * scheme has no check). `owner` names whose it is ("the holder"); the address book, which
 * checks a party on its own, leaves it out.
 */
export function identificationProblem(
  scheme: string,
  value: string,
  owner?: string,
): { rule: RuleId; message: string } | null {
  const it = `${SCHEME_NAMES[scheme]} ${show(value)}${owner ? ` of ${owner}` : ''}`
  if (scheme === 'KZ-BIN' || scheme === 'KZ-IIN') {
    const result = checkKzBin(value)
    if (result.ok) return null
    const message =
      result.problem === 'format'
        ? `${it} should be 12 digits.`
        : result.expected === null
          ? `${it} cannot be right: no check digit fits its first 11 digits.`
          : `${it}: the check digit (the last one) should be ${result.expected}.`
    return { rule: 'identification.kz-bin', message }
  }
  const check = SCHEME_CHECKS[scheme]
  if (check && !check.valid(value)) return { rule: check.rule, message: `${it} ${check.problem}` }
  return null
}

/** Checks an identification value by its scheme; `path` is …/identification/value. */
function checkIdentification(c: Checker, scheme: string, value: string, path: string): void {
  const owner = c.what(path.slice(0, -'/identification/value'.length))
  const problem = identificationProblem(scheme, value, owner)
  if (problem) c.report(problem.rule, path, problem.message)
}

function readAddress(c: Checker, party: Obj, path: string, required: boolean): void {
  if (!present(own(party, 'address')) && required) {
    c.report(
      'party.address-required',
      `${path}/address`,
      `${c.What(path)} needs an address: street, city and country.`,
    )
    return
  }
  const address = readObject(c, party, 'address', path, false)
  if (!address) return
  const at = `${path}/address`
  readText(c, address, 'street', at, 1, 70, true)
  readText(c, address, 'city', at, 1, 35, true)
  readText(c, address, 'postcode', at, 0, 17, false)
  readCountry(c, address, 'country', at, true)
}

function readIdentification(c: Checker, party: Obj, path: string): void {
  const identification = readObject(c, party, 'identification', path, false)
  if (!identification) return
  const at = `${path}/identification`
  const scheme = readCode(c, identification, 'scheme', at, SCHEME, true)
  const value = readText(c, identification, 'value', at, 1, 35, true)
  if (scheme !== undefined && value !== undefined) {
    checkIdentification(c, scheme, value, `${at}/value`)
  }
}

function readTirHolderId(c: Checker, party: Obj, path: string): void {
  const holderId = readString(c, party, 'tirHolderId', path, false)
  if (holderId === undefined) return
  const at = `${path}/tirHolderId`
  const country = tirHolderIdCountry(holderId)
  if (country === null) {
    c.report(
      'tir.holder-id-format',
      at,
      `TIR holder id ${show(holderId)} should read country/association/number, e.g. KAZ/015/000231.`,
    )
  } else if (!isCountryAlpha3Code(country)) {
    c.report(
      'tir.holder-id-format',
      at,
      `TIR holder id ${holderId} starts with ${country}, which is not an ISO three-letter country code (e.g. KAZ, PAK).`,
    )
  }
}

export interface PartyFacts {
  tirHolderId: boolean
}

export function readParty(
  c: Checker,
  o: Obj,
  key: string,
  base: string,
  required: boolean,
  addressRequired: boolean,
): PartyFacts | undefined {
  const party = readObject(c, o, key, base, required)
  if (!party) return undefined
  const path = `${base}/${key}`
  readText(c, party, 'name', path, 1, 70, true)
  readAddress(c, party, path, addressRequired)
  readIdentification(c, party, path)
  readTirHolderId(c, party, path)
  const contact = readObject(c, party, 'contact', path, false)
  if (contact) {
    const at = `${path}/contact`
    readString(c, contact, 'name', at, false)
    readString(c, contact, 'phone', at, false)
    readString(c, contact, 'email', at, false)
  }
  // Present but malformed is reported above; it is not also "missing".
  return { tirHolderId: present(own(party, 'tirHolderId')) }
}
