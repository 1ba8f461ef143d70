/**
 * The parties of a declaration (holder, representative, carrier, consignor, consignee): name,
 * address, identification checked by its scheme, TIR holder id and contact.
 */
import { isCountryAlpha3Code } from '../codes/countries'
import {
  type Checker,
  codeName,
  type Obj,
  own,
  present,
  quote,
  readObject,
  readString,
  readText,
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
import { readCountry, readField } from './read-codes'
import type { FindingParam, FindingParams } from './report'
import type { RuleId } from './rules'

/** The schemes checked by a yes/no test; KZ-BIN and KZ-IIN say more, AF-TIN and OTHER nothing. */
const SCHEME_CHECKS: Record<string, { rule: RuleId; valid: (value: string) => boolean }> = {
  'PK-CNIC': { rule: 'identification.pk-cnic', valid: isPkCnic },
  'PK-NTN': { rule: 'identification.pk-ntn', valid: isPkNtn },
  'RU-INN': { rule: 'identification.ru-inn', valid: isRuInn },
  'BY-UNP': { rule: 'identification.by-unp', valid: isByUnp },
  'UZ-TIN': { rule: 'identification.uz-tin', valid: isUzTin },
  'UZ-PINFL': { rule: 'identification.uz-pinfl', valid: isUzPinfl },
  EORI: { rule: 'identification.eori', valid: isEori },
}

/**
 * What is wrong with an identification value for its scheme, or null when nothing is (or the
 * scheme has no check). `owner` names whose it is (the holder); the address book, which checks a
 * party on its own, leaves it out ("this party").
 */
export function identificationProblem(
  scheme: string,
  value: string,
  owner?: FindingParam,
): { rule: RuleId; params: FindingParams } | null {
  const it = {
    scheme: codeName('idScheme', scheme),
    value: quote(value),
    owner: owner ?? { element: '/party' },
  }
  if (scheme === 'KZ-BIN' || scheme === 'KZ-IIN') {
    const result = checkKzBin(value)
    if (result.ok) return null
    const params: FindingParams =
      result.problem === 'format'
        ? { ...it, context: 'format' }
        : result.expected === null
          ? { ...it, context: 'none-fits' }
          : { ...it, expected: result.expected }
    return { rule: 'identification.kz-bin', params }
  }
  const check = SCHEME_CHECKS[scheme]
  if (check && !check.valid(value)) return { rule: check.rule, params: it }
  return null
}

/** Checks an identification value by its scheme; `path` is …/identification/value. */
function checkIdentification(c: Checker, scheme: string, value: string, path: string): void {
  const owner = c.element(path.slice(0, -'/identification/value'.length))
  const problem = identificationProblem(scheme, value, owner)
  if (problem) c.report(problem.rule, path, problem.params)
}

function readAddress(c: Checker, party: Obj, path: string, required: boolean): void {
  if (!present(own(party, 'address')) && required) {
    c.report('party.address-required', `${path}/address`)
    return
  }
  const address = readObject(c, party, 'address', path, false)
  if (!address) return
  const at = `${path}/address`
  readText(c, address, 'street', at, 'party.street', true)
  readText(c, address, 'city', at, 'party.city', true)
  readText(c, address, 'postcode', at, 'party.postcode', false)
  readCountry(c, address, 'country', at, true)
}

function readIdentification(c: Checker, party: Obj, path: string): void {
  const identification = readObject(c, party, 'identification', path, false)
  if (!identification) return
  const at = `${path}/identification`
  const scheme = readField(c, identification, 'scheme', at, 'party.idScheme', true)
  const value = readText(c, identification, 'value', at, 'party.idValue', true)
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
    c.report('tir.holder-id-format', at, { value: quote(holderId) })
  } else if (!isCountryAlpha3Code(country)) {
    c.report('tir.holder-id-format', at, { context: 'country', holderId, country })
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
  readText(c, party, 'name', path, 'party.name', true)
  readAddress(c, party, path, addressRequired)
  readIdentification(c, party, path)
  readTirHolderId(c, party, path)
  const contact = readObject(c, party, 'contact', path, false)
  if (contact) {
    const at = `${path}/contact`
    readText(c, contact, 'name', at, 'party.contactName', false)
    readText(c, contact, 'phone', at, 'party.phone', false)
    readText(c, contact, 'email', at, 'party.email', false)
  }
  // Present but malformed is reported above; it is not also "missing".
  return { tirHolderId: present(own(party, 'tirHolderId')) }
}
