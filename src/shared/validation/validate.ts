/**
 * The validator: every check of validation.md over a declaration file
 * (`transitdesk.declaration/1`), as one pass of hand-written guards. The input may be any value
 * at all — this never throws and never builds anything per item that it could build once.
 *
 * Findings point at the most specific element at fault (RFC 6901), name the value and what is
 * expected, and carry the rule id of rules.ts and the box of the element.
 */
import { isCountryAlpha3Code, isCountryCode } from '../codes/countries'
import { isCurrencyCode } from '../codes/currencies'
import { isKnownDocumentCode } from '../codes/document-codes'
import { isHsSubheading } from '../codes/hs2022'
import { INCOTERM_NAMES, isIncoterm, MARITIME_INCOTERMS } from '../codes/incoterms'
import { packageKind, type PackageKind } from '../codes/package-kinds'
import { isTransportMode, TRANSPORT_MODE_NAMES, WATER_MODES } from '../codes/transport-modes'
import { isUnitCode } from '../codes/units'
import {
  CARNET_VOUCHERS,
  DECLARATION_FORMAT,
  GUARANTEE_KINDS,
  IDENTIFICATION_SCHEMES,
  LIMITS,
  MEANS_KINDS,
  PROCEDURES,
} from '../format/constants'
import { LRN_PATTERN } from '../format/lrn'
import { isJsonObject } from '../json'
import { boxForPointer, capitalise, describePointer } from './describe'
import {
  checkContainerNumber,
  checkGrn,
  checkKzBin,
  checkMrn,
  isByUnp,
  isEori,
  isLocode,
  isOfficeReference,
  isPkCnic,
  isPkNtn,
  isRuInn,
  isTirCarnetNumber,
  isUzTin,
  tirHolderIdCountry,
} from './identifiers'
import type { Finding, ValidationOptions, ValidationReport } from './report'
import { RULES, type RuleDefinition, type RuleId } from './rules'

type Obj = Record<string, unknown>

const PROCEDURE_SET: ReadonlySet<string> = new Set(PROCEDURES)
const GUARANTEE_KIND_SET: ReadonlySet<string> = new Set(GUARANTEE_KINDS)
const SCHEME_SET: ReadonlySet<string> = new Set(IDENTIFICATION_SCHEMES)
const MEANS_KIND_SET: ReadonlySet<string> = new Set(MEANS_KINDS)
const VOUCHER_SET: ReadonlySet<unknown> = new Set(CARNET_VOUCHERS)
const ROAD_MEANS: ReadonlySet<string> = new Set(['tractor', 'trailer', 'semi-trailer', 'rigid'])
const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/
const HS_CODE = /^(?:[0-9]{6}|[0-9]{8}|[0-9]{10})$/
const DOCUMENT_TYPE = /^N[0-9A-Z]{3}$/
const UN_NUMBER = /^[0-9]{4}$/
const MAX_ITEMS = LIMITS.itemsTotal

/** Collects findings; everything else of the pass lives in local variables. */
class Checker {
  readonly errors: Finding[] = []
  readonly warnings: Finding[] = []
  /** running item number before each consignment (for "goods item 12" in messages) */
  readonly itemOffsets: number[] = []

  report(rule: RuleId, path: string, message: string): void {
    const definition: RuleDefinition = RULES[rule]
    const finding: Finding = { rule, path, message }
    const box = boxForPointer(path) ?? definition.box
    if (box !== undefined) finding.box = box
    if (definition.severity === 'error') this.errors.push(finding)
    else this.warnings.push(finding)
  }

  /** "the net mass of goods item 2" */
  what(path: string): string {
    return describePointer(path, (c, i) => (this.itemOffsets[c] ?? 0) + i + 1)
  }

  /** "The net mass of goods item 2" */
  What(path: string): string {
    return capitalise(this.what(path))
  }
}

// ————— small helpers —————

function own(o: Obj, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null
}

/** A value quoted for a message: short, one line, no control characters. */
export function show(value: unknown): string {
  if (typeof value === 'string') {
    let cut = value.length > 40 ? value.slice(0, 40) : value
    const last = cut.charCodeAt(cut.length - 1)
    if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1)
    // eslint-disable-next-line no-control-regex
    cut = cut.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?')
    return `"${cut}${value.length > 40 ? '…' : ''}"`
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'not a number'
  if (typeof value === 'boolean') return value ? 'yes (true)' : 'no (false)'
  if (value === null) return 'empty (null)'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  return 'an unsupported value'
}

function kindOf(value: unknown): string {
  if (typeof value === 'string') return `the text ${show(value)}`
  if (typeof value === 'number') {
    return Number.isFinite(value) ? `the number ${value}` : 'a number that is not finite'
  }
  if (typeof value === 'boolean') return `${value}`
  if (value === null) return 'null'
  if (value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  return `a ${typeof value}`
}

/** Length in characters (code points; a lone surrogate counts as one). */
function charLength(text: string, max: number): number {
  if (text.length > 2 * max) return text.length
  let pairs = 0
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs++
        i++
      }
    }
  }
  return text.length - pairs
}

export function isCalendarDate(value: string): boolean {
  if (value.length !== 10) return false
  const m = DATE.exec(value)
  if (!m) return false
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  if (month < 1 || month > 12 || day < 1) return false
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!
  return day <= days
}

function amountText(n: number): string {
  return String(Math.round(n * 100) / 100)
}

function hasDecimalsBeyond3(n: number): boolean {
  if (Math.abs(n) >= 1e15) return false
  return Math.round(n * 1000) / 1000 !== n
}

// ————— element readers: report what is wrong, return the value only when it is usable —————

function missing(c: Checker, path: string): void {
  c.report('structure.required', path, `${c.What(path)} is missing.`)
}

function wrongType(c: Checker, path: string, value: unknown, expected: string): void {
  c.report('structure.type', path, `${c.What(path)} should be ${expected}, not ${kindOf(value)}.`)
}

function readText(
  c: Checker,
  o: Obj,
  key: string,
  base: string,
  min: number,
  max: number,
  required: boolean,
): string | undefined {
  const value = own(o, key)
  const path = `${base}/${key}`
  if (!present(value)) {
    if (required) missing(c, path)
    return undefined
  }
  if (typeof value !== 'string') {
    wrongType(c, path, value, 'text')
    return undefined
  }
  return checkLength(c, path, value, min, max) ? value : undefined
}

function checkLength(c: Checker, path: string, value: string, min: number, max: number): boolean {
  // Characters never outnumber UTF-16 units: a short text with min 0 or 1 needs no counting.
  if (value.length <= max && value.length >= min && min <= 1) return true
  const length = charLength(value, max)
  if (length >= min && length <= max) return true
  const range = min === max ? `exactly ${min}` : min > 0 ? `${min} to ${max}` : `at most ${max}`
  const message =
    length === 0
      ? `${c.What(path)} is empty; fill it in.`
      : `${c.What(path)} ${show(value)} is ${length} characters long; it should be ${range} characters.`
  c.report('structure.length', path, message)
  return false
}

/** A string element whose shape is checked by a dedicated rule: only presence and type here. */
function readString(
  c: Checker,
  o: Obj,
  key: string,
  base: string,
  required: boolean,
): string | undefined {
  const value = own(o, key)
  const path = `${base}/${key}`
  if (!present(value)) {
    if (required) missing(c, path)
    return undefined
  }
  if (typeof value !== 'string') {
    wrongType(c, path, value, 'text')
    return undefined
  }
  return value
}

interface NumberRule {
  required: boolean
  /** lowest allowed value; `above` makes it exclusive */
  min?: number
  above?: boolean
  integer?: boolean
  /** masses: at most 3 decimals */
  mass?: boolean
  unit?: string
}

function readNumber(
  c: Checker,
  o: Obj,
  key: string,
  base: string,
  rule: NumberRule,
): number | undefined {
  const value = own(o, key)
  const path = `${base}/${key}`
  if (!present(value)) {
    if (rule.required) missing(c, path)
    return undefined
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    wrongType(c, path, value, 'a number')
    return undefined
  }
  const unit = rule.unit ? ` ${rule.unit}` : ''
  if (rule.integer && !Number.isInteger(value)) {
    c.report('structure.type', path, `${c.What(path)} ${value} should be a whole number.`)
    return undefined
  }
  if (rule.min !== undefined && (rule.above ? value <= rule.min : value < rule.min)) {
    const bound = rule.above ? `more than ${rule.min}` : `${rule.min} or more`
    c.report('structure.range', path, `${c.What(path)} is ${value}${unit}; it should be ${bound}.`)
    return undefined
  }
  if (rule.mass && hasDecimalsBeyond3(value)) {
    c.report(
      'structure.decimals',
      path,
      `${c.What(path)} ${value} kg has more than 3 decimals; give it to the gram.`,
    )
    return undefined
  }
  return value
}

function readDate(
  c: Checker,
  o: Obj,
  key: string,
  base: string,
  required: boolean,
): string | undefined {
  const value = readString(c, o, key, base, required)
  if (value === undefined) return undefined
  if (isCalendarDate(value)) return value
  const path = `${base}/${key}`
  c.report(
    'date.format',
    path,
    `${c.What(path)} ${show(value)} is not a date written YYYY-MM-DD (e.g. 2026-02-04).`,
  )
  return undefined
}

function readCountry(
  c: Checker,
  o: Obj,
  key: string,
  base: string,
  required: boolean,
): string | undefined {
  const value = readString(c, o, key, base, required)
  if (value === undefined) return undefined
  return checkCountryValue(c, `${base}/${key}`, value)
}

function checkCountryValue(c: Checker, path: string, value: string): string | undefined {
  if (isCountryCode(value)) return value
  const hint =
    value.length === 2 && isCountryCode(value.toUpperCase())
      ? ` Write it in capitals: ${value.toUpperCase()}.`
      : ''
  c.report(
    'code.country',
    path,
    `${c.What(path)} ${show(value)} is not an ISO 3166-1 two-letter country code (e.g. KZ, PK).${hint}`,
  )
  return undefined
}

function readCurrency(
  c: Checker,
  o: Obj,
  key: string,
  base: string,
  required: boolean,
): string | undefined {
  const value = readString(c, o, key, base, required)
  if (value === undefined) return undefined
  if (isCurrencyCode(value)) return value
  const path = `${base}/${key}`
  c.report(
    'code.currency',
    path,
    `${c.What(path)} ${show(value)} is not an ISO 4217 currency code (e.g. USD, EUR, KZT).`,
  )
  return undefined
}

function readEnum(
  c: Checker,
  o: Obj,
  key: string,
  base: string,
  allowed: ReadonlySet<string>,
  required: boolean,
): string | undefined {
  const value = readString(c, o, key, base, required)
  if (value === undefined) return undefined
  if (allowed.has(value)) return value
  const path = `${base}/${key}`
  c.report(
    'structure.enum',
    path,
    `${c.What(path)} ${show(value)} should be one of ${[...allowed].join(', ')}.`,
  )
  return undefined
}

function readObject(
  c: Checker,
  o: Obj,
  key: string,
  base: string,
  required: boolean,
): Obj | undefined {
  const value = own(o, key)
  const path = `${base}/${key}`
  if (!present(value)) {
    if (required) missing(c, path)
    return undefined
  }
  if (!isJsonObject(value)) {
    wrongType(c, path, value, 'an object with its own elements')
    return undefined
  }
  return value
}

/** A list; reports a wrong number of entries. The caller looks at the first `max` entries only. */
function readList(
  c: Checker,
  o: Obj,
  key: string,
  base: string,
  min: number,
  max: number,
  required: boolean,
): readonly unknown[] | undefined {
  const value = own(o, key)
  const path = `${base}/${key}`
  if (!present(value)) {
    if (required) missing(c, path)
    return undefined
  }
  if (!Array.isArray(value)) {
    wrongType(c, path, value, 'a list')
    return undefined
  }
  if (value.length < min || value.length > max) {
    const message =
      value.length === 0
        ? `${c.What(path)} is an empty list; at least ${min === 1 ? 'one entry is' : `${min} entries are`} needed.`
        : value.length < min
          ? `There ${value.length === 1 ? 'is 1 entry' : `are ${value.length} entries`} in ${c.what(path)}; at least ${min} are needed.`
          : `There are ${value.length} entries in ${c.what(path)}; at most ${max} are allowed.`
    c.report('structure.count', path, message)
  }
  return value
}

/** An entry of a list that should be an object. */
function entryObject(c: Checker, value: unknown, path: string): Obj | undefined {
  if (isJsonObject(value)) return value
  if (value === undefined || value === null) {
    c.report('structure.type', path, `${c.What(path)} is empty (null); lists never hold null.`)
  } else wrongType(c, path, value, 'an object with its own elements')
  return undefined
}

/** An entry of a list that should be a string. */
function entryString(c: Checker, value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value
  if (value === undefined || value === null) {
    c.report('structure.type', path, `${c.What(path)} is empty (null); lists never hold null.`)
  } else wrongType(c, path, value, 'text')
  return undefined
}

// ————— elements —————

interface Money {
  amount?: number
  currency?: string
}

function readMoney(
  c: Checker,
  o: Obj,
  key: string,
  base: string,
  required: boolean,
): Money | undefined {
  const money = readObject(c, o, key, base, required)
  if (!money) return undefined
  const path = `${base}/${key}`
  return {
    amount: readNumber(c, money, 'amount', path, { required: true }),
    currency: readCurrency(c, money, 'currency', path, true),
  }
}

interface OfficeFacts {
  reference?: string
  country?: string
}

function readOffice(c: Checker, office: Obj, path: string): OfficeFacts {
  const reference = readString(c, office, 'reference', path, true)
  let referenceOk: string | undefined
  if (reference !== undefined) {
    if (isOfficeReference(reference)) referenceOk = reference
    else {
      c.report(
        'office.reference',
        `${path}/reference`,
        `Office reference ${show(reference)} should be 2 letters of country and 6 letters or digits, e.g. KZ510100.`,
      )
    }
  }
  readText(c, office, 'name', path, 1, 70, true)
  const country = readCountry(c, office, 'country', path, true)
  if (referenceOk && country && referenceOk.slice(0, 2) !== country) {
    c.report(
      'office.country-match',
      `${path}/reference`,
      `Office reference ${referenceOk} starts with ${referenceOk.slice(0, 2)}, but the office is in ${country}: the reference should start with ${country}.`,
    )
  }
  return { reference: referenceOk, country }
}

const SCHEME_NAMES: Record<string, string> = {
  'KZ-BIN': 'BIN',
  'KZ-IIN': 'IIN',
  'PK-CNIC': 'CNIC',
  'PK-NTN': 'NTN',
  'RU-INN': 'INN',
  'BY-UNP': 'UNP',
  'UZ-TIN': 'TIN',
  EORI: 'EORI number',
}

/** Checks an identification value by its scheme; `path` is …/identification/value. */
function checkIdentification(c: Checker, scheme: string, value: string, path: string): void {
  const owner = c.what(path.slice(0, -'/identification/value'.length))
  const name = SCHEME_NAMES[scheme]
  const it = `${name} ${show(value)} of ${owner}`
  switch (scheme) {
    case 'KZ-BIN':
    case 'KZ-IIN': {
      const result = checkKzBin(value)
      if (result.ok) return
      const message =
        result.problem === 'format'
          ? `${it} should be 12 digits.`
          : result.expected === null
            ? `${it} cannot be right: no check digit fits its first 11 digits.`
            : `${it}: the check digit (the last one) should be ${result.expected}.`
      c.report('identification.kz-bin', path, message)
      return
    }
    case 'PK-CNIC':
      if (!isPkCnic(value)) {
        c.report(
          'identification.pk-cnic',
          path,
          `${it} is not a valid Pakistani CNIC: 13 digits, printed 35202-1234567-1.`,
        )
      }
      return
    case 'PK-NTN':
      if (!isPkNtn(value)) {
        c.report(
          'identification.pk-ntn',
          path,
          `${it} is not a valid Pakistani NTN: 7 digits, e.g. 4512789.`,
        )
      }
      return
    case 'RU-INN':
      if (!isRuInn(value)) {
        c.report(
          'identification.ru-inn',
          path,
          `${it} is not a valid Russian INN: 10 or 12 digits whose check digits match.`,
        )
      }
      return
    case 'BY-UNP':
      if (!isByUnp(value)) {
        c.report(
          'identification.by-unp',
          path,
          `${it} is not a valid Belarusian UNP: 9 characters whose check digit matches.`,
        )
      }
      return
    case 'UZ-TIN':
      if (!isUzTin(value)) {
        c.report('identification.uz-tin', path, `${it} should be 9 digits (Uzbek TIN).`)
      }
      return
    case 'EORI':
      if (!isEori(value)) {
        c.report(
          'identification.eori',
          path,
          `${it} is not valid: 2 capital letters of country, then 1 to 15 letters or digits.`,
        )
      }
      return
    default:
      // AF-TIN and OTHER: 1–35 characters, no check.
      return
  }
}

interface PartyFacts {
  tirHolderId: boolean
}

function readParty(
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

  const addressValue = own(party, 'address')
  if (!present(addressValue) && addressRequired) {
    c.report(
      'party.address-required',
      `${path}/address`,
      `${c.What(path)} needs an address: street, city and country.`,
    )
  } else {
    const address = readObject(c, party, 'address', path, false)
    if (address) {
      const at = `${path}/address`
      readText(c, address, 'street', at, 1, 70, true)
      readText(c, address, 'city', at, 1, 35, true)
      readText(c, address, 'postcode', at, 0, 17, false)
      readCountry(c, address, 'country', at, true)
    }
  }

  const identification = readObject(c, party, 'identification', path, false)
  if (identification) {
    const at = `${path}/identification`
    const scheme = readEnum(c, identification, 'scheme', at, SCHEME_SET, true)
    const value = readText(c, identification, 'value', at, 1, 35, true)
    if (scheme !== undefined && value !== undefined) {
      checkIdentification(c, scheme, value, `${at}/value`)
    }
  }

  const holderId = readString(c, party, 'tirHolderId', path, false)
  if (holderId !== undefined) {
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

interface TransportFacts {
  borderMode?: string
  containerised?: boolean
  /** whether a road vehicle is among the means at departure (undefined: cannot tell) */
  road?: boolean
  approvalCertificate: boolean
}

function readTransport(c: Checker, d: Obj): TransportFacts {
  const facts: TransportFacts = { approvalCertificate: false }
  const transport = readObject(c, d, 'transport', '', true)
  if (!transport) return facts
  const base = '/transport'
  for (const key of ['borderMode', 'inlandMode'] as const) {
    const mode = readString(c, transport, key, base, key === 'borderMode')
    if (mode === undefined) continue
    if (isTransportMode(mode)) {
      if (key === 'borderMode') facts.borderMode = mode
    } else {
      const path = `${base}/${key}`
      c.report(
        'code.transport-mode',
        path,
        `${c.What(path)} ${show(mode)} should be a UN/ECE Rec 19 code: 1 sea, 2 rail, 3 road, 4 air, 5 post, 7 fixed installation, 8 inland water or 9 own propulsion.`,
      )
    }
  }

  const means = readList(c, transport, 'meansAtDeparture', base, 1, 9, true)
  if (means) {
    let road = false
    let known = 0
    const n = Math.min(means.length, 9)
    for (let i = 0; i < n; i++) {
      const path = `${base}/meansAtDeparture/${i}`
      const entry = entryObject(c, means[i], path)
      if (!entry) continue
      const kind = readEnum(c, entry, 'kind', path, MEANS_KIND_SET, true)
      if (kind !== undefined) {
        known++
        if (ROAD_MEANS.has(kind)) road = true
      }
      readText(c, entry, 'identity', path, 1, 35, true)
      readCountry(c, entry, 'nationality', path, true)
    }
    facts.road = road ? true : known > 0 ? false : undefined
  }

  const border = readObject(c, transport, 'meansAtBorder', base, false)
  if (border) {
    readText(c, border, 'identity', `${base}/meansAtBorder`, 1, 35, true)
    readCountry(c, border, 'nationality', `${base}/meansAtBorder`, true)
  }

  const containerised = own(transport, 'containerised')
  if (!present(containerised)) missing(c, `${base}/containerised`)
  else if (typeof containerised !== 'boolean') {
    wrongType(c, `${base}/containerised`, containerised, 'yes (true) or no (false)')
  } else facts.containerised = containerised

  facts.approvalCertificate =
    readText(c, transport, 'approvalCertificate', base, 1, 35, false) !== undefined ||
    present(own(transport, 'approvalCertificate'))
  return facts
}

interface GuaranteeFacts {
  kind?: string
  validUntil?: string
  vouchers?: number
}

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
  WAIVER: [],
}

const GUARANTEE_NAMES: Record<string, string> = {
  TIR_CARNET: 'A TIR Carnet guarantee',
  GRN: 'A guarantee with a GRN',
  CASH: 'A cash guarantee',
  WAIVER: 'A guarantee waiver',
}

function readGuarantee(c: Checker, d: Obj): GuaranteeFacts {
  const facts: GuaranteeFacts = {}
  const guarantee = readObject(c, d, 'guarantee', '', true)
  if (!guarantee) return facts
  const base = '/guarantee'
  const kind = readEnum(c, guarantee, 'kind', base, GUARANTEE_KIND_SET, true)
  facts.kind = kind

  if (kind !== undefined) {
    for (const [key, what] of GUARANTEE_NEEDS[kind]!) {
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
    const path = `${base}/reference`
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
      if (!result.ok) {
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
  }

  facts.validUntil = readDate(c, guarantee, 'validUntil', base, false)

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

function readPlace(c: Checker, d: Obj, key: string): void {
  const place = readObject(c, d, key, '', false)
  if (!place) return
  const base = `/${key}`
  const locode = readString(c, place, 'locode', base, false)
  let locodeOk: string | undefined
  if (locode !== undefined) {
    if (isLocode(locode)) locodeOk = locode
    else {
      c.report(
        'locode.format',
        `${base}/locode`,
        `UN/LOCODE ${show(locode)} should be 5 characters without the space: 2 letters of country and 3 of A–Z or 2–9, e.g. PKKHI.`,
      )
    }
  }
  readText(c, place, 'name', base, 1, 35, true)
  const country = readCountry(c, place, 'country', base, true)
  if (locodeOk && country && locodeOk.slice(0, 2) !== country) {
    c.report(
      'locode.country-match',
      `${base}/locode`,
      `UN/LOCODE ${locodeOk} is a place in ${locodeOk.slice(0, 2)}, but ${c.what(base)} is given as in ${country}.`,
    )
  }
}

interface InvoiceFacts {
  present: boolean
  currency?: string
  total?: number
  rule?: string
}

function readInvoice(c: Checker, d: Obj): InvoiceFacts {
  const invoice = readObject(c, d, 'invoice', '', false)
  if (!invoice) return { present: false }
  const base = '/invoice'
  readText(c, invoice, 'number', base, 1, 35, true)
  readDate(c, invoice, 'date', base, true)
  const currency = readCurrency(c, invoice, 'currency', base, true)
  let rule: string | undefined
  const incoterm = readObject(c, invoice, 'incoterm', base, true)
  if (incoterm) {
    const at = `${base}/incoterm`
    const value = readString(c, incoterm, 'rule', at, true)
    if (value !== undefined) {
      if (isIncoterm(value)) rule = value
      else {
        c.report(
          'code.incoterm',
          `${at}/rule`,
          `Incoterms rule ${show(value)} should be one of the Incoterms 2020 rules: ${Object.keys(INCOTERM_NAMES).join(', ')}.`,
        )
      }
    }
    readText(c, incoterm, 'place', at, 1, 35, true)
  }
  const total = readNumber(c, invoice, 'total', base, { required: true, min: 0 })
  readNumber(c, invoice, 'exchangeRate', base, { required: false, min: 0, above: true })
  return { present: true, currency, total, rule }
}

function readDocuments(c: Checker, o: Obj, base: string): void {
  const list = readList(c, o, 'documents', base, 0, LIMITS.documents, true)
  if (!list) return
  const n = Math.min(list.length, LIMITS.documents)
  for (let i = 0; i < n; i++) {
    const path = `${base}/documents/${i}`
    const doc = entryObject(c, list[i], path)
    if (!doc) continue
    const type = readString(c, doc, 'type', path, true)
    if (type !== undefined) {
      if (type.length !== 4 || !DOCUMENT_TYPE.test(type)) {
        c.report(
          'structure.pattern',
          `${path}/type`,
          `Document code ${show(type)} should be N and 3 letters or digits, e.g. N380 for a commercial invoice.`,
        )
      } else if (!isKnownDocumentCode(type)) {
        c.report(
          'code.document',
          `${path}/type`,
          `Document code ${type} is not one the app knows; check that it is right.`,
        )
      }
    }
    readText(c, doc, 'reference', path, 1, 70, true)
    readDate(c, doc, 'date', path, false)
  }
}

// ————— goods —————

interface GoodsState {
  containerised?: boolean
  invoice: InvoiceFacts
  /** running count of items looked at */
  count: number
  valueSum: number
  /** every item had a usable value in the invoice currency */
  valuesComplete: boolean
  itemsWithContainers: number
}

function readPackage(c: Checker, pkg: Obj, path: string): void {
  const kind = readString(c, pkg, 'kind', path, true)
  let definition: PackageKind | undefined
  if (kind !== undefined) {
    definition = packageKind(kind)
    if (!definition) {
      c.report(
        'code.package-kind',
        `${path}/kind`,
        `Kind of packages ${show(kind)} is not a UN/ECE Rec 21 code the app knows (e.g. BG bag, CT carton, PX pallet, VR bulk grains).`,
      )
    }
  }
  const countPath = `${path}/count`
  const count = own(pkg, 'count')
  let countOk = false
  if (present(count)) {
    if (typeof count !== 'number' || !Number.isFinite(count)) {
      wrongType(c, countPath, count, 'a number')
    } else if (!Number.isInteger(count)) {
      c.report(
        'package.count-whole',
        countPath,
        `${c.What(countPath)} is ${count}; packages are counted in whole numbers.`,
      )
    } else countOk = true
  }
  if (definition?.bulk) {
    if (present(count)) {
      c.report(
        'package.bulk-count',
        countPath,
        `Bulk goods (${kind}) carry no number of packages; remove ${show(count)}.`,
      )
    }
  } else if (definition) {
    if (!present(count) && !definition.unpacked) {
      c.report(
        'package.count-required',
        countPath,
        `${c.What(countPath)} is missing: say how many ${definition.name.toLowerCase()} packages there are.`,
      )
    } else if (countOk && (count as number) < 1) {
      c.report(
        'package.count-required',
        countPath,
        `${c.What(countPath)} is ${count as number}; it should be 1 or more.`,
      )
    }
    if (!present(own(pkg, 'marks')) && !definition.unpacked) {
      c.report(
        'package.marks-required',
        `${path}/marks`,
        `${c.What(`${path}/marks`)} are missing: give the marks and numbers on the packages.`,
      )
    }
  }
  readText(c, pkg, 'marks', path, 1, 512, false)
}

function readItem(c: Checker, item: Obj, base: string, number: number, s: GoodsState): void {
  const sequence = readNumber(c, item, 'sequence', base, {
    required: true,
    integer: true,
    min: 1,
  })
  if (sequence !== undefined && sequence !== number) {
    c.report(
      'items.sequence',
      `${base}/sequence`,
      `Item number ${sequence} should be ${number}: items are numbered 1, 2, 3 … without gaps across all consignments.`,
    )
  }
  readText(c, item, 'description', base, 1, 512, true)

  const hs = readString(c, item, 'hsCode', base, true)
  if (hs !== undefined) {
    const path = `${base}/hsCode`
    if (hs.length > 10 || !HS_CODE.test(hs)) {
      c.report(
        'hs.format',
        path,
        `Commodity code ${show(hs)} of goods item ${number} should be 6, 8 or 10 digits, without dots or spaces.`,
      )
    } else if (!isHsSubheading(hs.slice(0, 6))) {
      c.report(
        'hs.subheading',
        path,
        `Commodity code ${hs} of goods item ${number}: ${hs.slice(0, 6)} is not a subheading of HS 2022.`,
      )
    }
  }
  readCountry(c, item, 'countryOfOrigin', base, false)

  const gross = readNumber(c, item, 'grossMass', base, {
    required: true,
    min: 0,
    above: true,
    mass: true,
    unit: 'kg',
  })
  const net = readNumber(c, item, 'netMass', base, {
    required: false,
    min: 0,
    mass: true,
    unit: 'kg',
  })
  if (gross !== undefined && net !== undefined && net > gross) {
    c.report(
      'mass.net-over-gross',
      `${base}/netMass`,
      `Goods item ${number}: the net mass ${net} kg is more than the gross mass ${gross} kg; net mass cannot exceed gross mass.`,
    )
  }

  const units = readObject(c, item, 'supplementaryUnits', base, false)
  if (units) {
    const at = `${base}/supplementaryUnits`
    readNumber(c, units, 'quantity', at, { required: true, min: 0, above: true })
    const unit = readString(c, units, 'unit', at, true)
    if (unit !== undefined && !isUnitCode(unit)) {
      c.report(
        'code.unit',
        `${at}/unit`,
        `Supplementary unit ${show(unit)} of goods item ${number} is not a UN/ECE Rec 20 code the app knows (e.g. NAR items, LTR litres, KGM kilograms, MTQ cubic metres).`,
      )
    }
  }

  const packages = readList(c, item, 'packages', base, 1, LIMITS.packages, true)
  if (packages) {
    const n = Math.min(packages.length, LIMITS.packages)
    for (let i = 0; i < n; i++) {
      const path = `${base}/packages/${i}`
      const pkg = entryObject(c, packages[i], path)
      if (pkg) readPackage(c, pkg, path)
    }
  }

  const containers = readList(c, item, 'containers', base, 0, 99, true)
  if (containers) {
    const n = Math.min(containers.length, 99)
    for (let i = 0; i < n; i++) {
      const path = `${base}/containers/${i}`
      const container = entryString(c, containers[i], path)
      if (container === undefined) continue
      const result = checkContainerNumber(container)
      if (result.ok) continue
      if (result.problem === 'format') {
        c.report(
          'container.format',
          path,
          `Container ${show(container)}: a container number is 4 letters (the 4th U, J or Z) and 7 digits, e.g. MSKU1234565.`,
        )
      } else {
        c.report(
          'container.check-digit',
          path,
          `Container ${container}: check digit should be ${result.expected}.`,
        )
      }
    }
    if (containers.length > 0) s.itemsWithContainers++
    else if (s.containerised === true) {
      c.report(
        'containers.required',
        `${base}/containers`,
        `Goods item ${number} lists no container, but the goods are declared as containerised: give its container number.`,
      )
    }
  }

  const value = readMoney(c, item, 'value', base, false)
  if (s.invoice.present) {
    if (!present(own(item, 'value'))) {
      c.report(
        'invoice.item-value',
        `${base}/value`,
        `Goods item ${number} has no value; with an invoice every item states its value${s.invoice.currency ? ` in ${s.invoice.currency}` : ''}.`,
      )
      s.valuesComplete = false
    } else if (!value || value.amount === undefined || value.currency === undefined) {
      s.valuesComplete = false
    } else if (s.invoice.currency !== undefined && value.currency !== s.invoice.currency) {
      c.report(
        'invoice.item-currency',
        `${base}/value/currency`,
        `The value of goods item ${number} is in ${value.currency}, but the invoice is in ${s.invoice.currency}: give it in ${s.invoice.currency}.`,
      )
      s.valuesComplete = false
    } else s.valueSum += value.amount
  }

  const dangerous = readList(c, item, 'dangerousGoods', base, 0, 99, true)
  if (dangerous) {
    const n = Math.min(dangerous.length, 99)
    for (let i = 0; i < n; i++) {
      const path = `${base}/dangerousGoods/${i}`
      const entry = entryObject(c, dangerous[i], path)
      if (!entry) continue
      const un = readString(c, entry, 'unNumber', path, true)
      if (un !== undefined && (un.length !== 4 || !UN_NUMBER.test(un))) {
        c.report(
          'structure.pattern',
          `${path}/unNumber`,
          `UN number ${show(un)} of goods item ${number} should be 4 digits, e.g. 1202.`,
        )
      }
    }
  }
  readDocuments(c, item, base)
  readText(c, item, 'additionalInformation', base, 0, 512, false)
}

function readConsignments(c: Checker, d: Obj, s: GoodsState): void {
  const list = readList(c, d, 'consignments', '', 1, LIMITS.consignments, true)
  if (!list) return
  const n = Math.min(list.length, LIMITS.consignments)
  let total = 0
  for (let i = 0; i < n; i++) {
    const entry = list[i]
    const items = isJsonObject(entry) ? own(entry, 'items') : undefined
    if (Array.isArray(items)) total += items.length
  }
  for (let ci = 0; ci < n; ci++) {
    const base = `/consignments/${ci}`
    c.itemOffsets[ci] = s.count
    const consignment = entryObject(c, list[ci], base)
    if (!consignment) continue
    readParty(c, consignment, 'consignor', base, true, true)
    readParty(c, consignment, 'consignee', base, true, true)
    const items = readList(c, consignment, 'items', base, 1, Infinity, true)
    if (!items) continue
    for (let ii = 0; ii < items.length; ii++) {
      const path = `${base}/items/${ii}`
      if (s.count >= MAX_ITEMS) {
        c.report(
          'items.too-many',
          path,
          `The declaration holds ${total} goods items; at most ${MAX_ITEMS} are allowed: split it into several declarations.`,
        )
        s.valuesComplete = false // the rest is not looked at, so no sum
        return
      }
      s.count++
      const item = entryObject(c, items[ii], path)
      if (item) readItem(c, item, path, s.count, s)
      else s.valuesComplete = false
    }
  }
}

// ————— the declaration —————

function checkDeclaration(c: Checker, d: Obj, today: string | undefined, lrnTaken: boolean) {
  const format = own(d, 'format')
  if (format !== DECLARATION_FORMAT) {
    c.report(
      'structure.format',
      '/format',
      present(format)
        ? `The format ${show(format)} is not "${DECLARATION_FORMAT}".`
        : `The format element is missing; it should be "${DECLARATION_FORMAT}".`,
    )
  }

  const lrn = readString(c, d, 'lrn', '', true)
  if (lrn !== undefined) {
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

  const mrn = readString(c, d, 'mrn', '', false)
  if (mrn !== undefined) {
    const result = checkMrn(mrn)
    if (!result.ok) {
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
  }

  const procedure = readEnum(c, d, 'procedure', '', PROCEDURE_SET, true)
  const declarationDate = readDate(c, d, 'declarationDate', '', true)
  readText(c, d, 'placeOfDeclaration', '', 1, 35, true)
  const limitDate = readDate(c, d, 'limitDate', '', false)
  const dispatch = readCountry(c, d, 'countryOfDispatch', '', true)
  const destination = readCountry(c, d, 'countryOfDestination', '', true)

  const routingList = readList(c, d, 'countriesOfRouting', '', 2, 99, true)
  const routing: (string | undefined)[] = []
  if (routingList) {
    const n = Math.min(routingList.length, 99)
    for (let i = 0; i < n; i++) {
      const path = `/countriesOfRouting/${i}`
      const value = entryString(c, routingList[i], path)
      routing.push(value === undefined ? undefined : checkCountryValue(c, path, value))
    }
  }

  const departure = readObject(c, d, 'officeOfDeparture', '', true)
  const departureFacts = departure ? readOffice(c, departure, '/officeOfDeparture') : {}
  const transitList = readList(c, d, 'officesOfTransit', '', 0, LIMITS.officesOfTransit, true)
  const transit: OfficeFacts[] = []
  if (transitList) {
    const n = Math.min(transitList.length, LIMITS.officesOfTransit)
    for (let i = 0; i < n; i++) {
      const path = `/officesOfTransit/${i}`
      const office = entryObject(c, transitList[i], path)
      transit.push(office ? readOffice(c, office, path) : {})
    }
  }
  const destinationOffice = readObject(c, d, 'officeOfDestination', '', true)
  const destinationFacts = destinationOffice
    ? readOffice(c, destinationOffice, '/officeOfDestination')
    : {}

  const holder = readParty(c, d, 'holder', '', true, true)
  readParty(c, d, 'representative', '', false, false)
  readParty(c, d, 'carrier', '', false, false)

  const transport = readTransport(c, d)
  const guarantee = readGuarantee(c, d)

  const seals = readList(c, d, 'seals', '', 0, LIMITS.seals, true)
  if (seals) {
    const seen = new Set<string>()
    const n = Math.min(seals.length, LIMITS.seals)
    for (let i = 0; i < n; i++) {
      const path = `/seals/${i}`
      const seal = entryString(c, seals[i], path)
      if (seal === undefined || !checkLength(c, path, seal, 1, 20)) continue
      if (seen.has(seal)) {
        c.report(
          'seals.duplicate',
          path,
          `Seal ${show(seal)} is listed twice; list each seal once.`,
        )
      }
      seen.add(seal)
    }
  }

  readPlace(c, d, 'placeOfLoading')
  readPlace(c, d, 'placeOfUnloading')
  readText(c, d, 'locationOfGoods', '', 1, 70, false)
  const invoice = readInvoice(c, d)
  readDocuments(c, d, '')

  const goods: GoodsState = {
    containerised: transport.containerised,
    invoice,
    count: 0,
    valueSum: 0,
    valuesComplete: true,
    itemsWithContainers: 0,
  }
  readConsignments(c, d, goods)
  readText(c, d, 'remarks', '', 0, 512, false)

  // Itinerary
  const first = routing[0]
  const lastIndex = routing.length - 1
  const last = routing[lastIndex]
  if (dispatch && first && first !== dispatch) {
    c.report(
      'routing.start',
      '/countriesOfRouting/0',
      `The itinerary starts with ${first}, but the goods leave from ${dispatch} (country of dispatch): put ${dispatch} first.`,
    )
  }
  if (destination && last && lastIndex > 0 && last !== destination) {
    c.report(
      'routing.end',
      `/countriesOfRouting/${lastIndex}`,
      `The itinerary ends with ${last}, but the goods go to ${destination} (country of destination): end it with ${destination}.`,
    )
  }
  for (let i = 1; i < routing.length; i++) {
    if (routing[i] !== undefined && routing[i] === routing[i - 1]) {
      c.report(
        'routing.repeat',
        `/countriesOfRouting/${i}`,
        `${routing[i]} follows itself in the itinerary (countries ${i} and ${i + 1}); list each country once per crossing.`,
      )
    }
  }
  if (dispatch && departureFacts.country && departureFacts.country !== dispatch) {
    c.report(
      'office.departure-country',
      '/officeOfDeparture/country',
      `The office of departure${departureFacts.reference ? ` ${departureFacts.reference}` : ''} is in ${departureFacts.country}, but the country of dispatch is ${dispatch}.`,
    )
  }
  if (destination && destinationFacts.country && destinationFacts.country !== destination) {
    c.report(
      'office.destination-country',
      '/officeOfDestination/country',
      `The office of destination${destinationFacts.reference ? ` ${destinationFacts.reference}` : ''} is in ${destinationFacts.country}, but the country of destination is ${destination}.`,
    )
  }
  // The countries of the itinerary; dispatch and destination count even when the routing
  // list forgets them (that is reported once, as routing.start / routing.end).
  const itinerary = new Set<string>()
  for (const country of routing) if (country) itinerary.add(country)
  if (dispatch) itinerary.add(dispatch)
  if (destination) itinerary.add(destination)
  if (routingList) {
    transit.forEach((office, i) => {
      if (office.country && !itinerary.has(office.country)) {
        c.report(
          'office.transit-country',
          `/officesOfTransit/${i}/country`,
          `Office of transit ${i + 1}${office.reference ? ` (${office.reference})` : ''} is in ${office.country}, which is not a country of the itinerary.`,
        )
      }
    })
  }
  if (
    procedure === 'TIR' &&
    guarantee.kind === 'TIR_CARNET' &&
    guarantee.vouchers !== undefined &&
    routingList &&
    routingList.length > guarantee.vouchers / 2
  ) {
    c.report(
      'tir.vouchers',
      '/guarantee/vouchers',
      `A carnet of ${guarantee.vouchers} vouchers covers ${guarantee.vouchers / 2} countries, but the itinerary has ${routingList.length}: use a carnet with more vouchers.`,
    )
  }

  // Dates
  if (declarationDate && today && declarationDate > today) {
    c.report(
      'date.declaration-future',
      '/declarationDate',
      `The declaration date ${declarationDate} is after today (${today}); a declaration cannot be dated in the future.`,
    )
  }
  if (declarationDate && limitDate && limitDate < declarationDate) {
    c.report(
      'date.limit-before-declaration',
      '/limitDate',
      `The time limit ${limitDate} is before the declaration date ${declarationDate}.`,
    )
  }
  if (
    guarantee.kind === 'TIR_CARNET' &&
    declarationDate &&
    guarantee.validUntil &&
    guarantee.validUntil < declarationDate
  ) {
    c.report(
      'carnet.expired',
      '/guarantee/validUntil',
      `The TIR Carnet was valid until ${guarantee.validUntil}, before the declaration date ${declarationDate}: it can no longer be used.`,
    )
  }

  // Procedure
  if (procedure === 'TIR') {
    if (guarantee.kind !== undefined && guarantee.kind !== 'TIR_CARNET') {
      c.report(
        'guarantee.procedure',
        '/guarantee/kind',
        `Under TIR the guarantee is the TIR Carnet (TIR_CARNET), not ${guarantee.kind}.`,
      )
    }
    if (holder && !holder.tirHolderId) {
      c.report(
        'tir.holder-id-required',
        '/holder/tirHolderId',
        'Under TIR the holder needs a TIR holder id, e.g. KAZ/015/000231.',
      )
    }
    if (transport.road === false) {
      c.report(
        'tir.road-means',
        '/transport/meansAtDeparture',
        'Under TIR at least one means of transport at departure is a road vehicle (tractor, trailer, semi-trailer or rigid truck).',
      )
    }
    if (transport.containerised === false && !transport.approvalCertificate) {
      c.report(
        'tir.approval-certificate',
        '/transport/approvalCertificate',
        'Under TIR goods not in containers travel in an approved road vehicle: give its certificate of approval number.',
      )
    }
  } else if ((procedure === 'T1' || procedure === 'T2') && guarantee.kind === 'TIR_CARNET') {
    c.report(
      'guarantee.procedure',
      '/guarantee/kind',
      `Under ${procedure} the guarantee is a GRN, cash or a waiver, not a TIR Carnet.`,
    )
  }
  if (transport.containerised === false && goods.itemsWithContainers > 0) {
    c.report(
      'containers.unexpected',
      '/transport/containerised',
      `${goods.itemsWithContainers} goods ${goods.itemsWithContainers === 1 ? 'item lists' : 'items list'} containers, but the goods are declared as not containerised: check box 19.`,
    )
  }
  if (
    invoice.rule &&
    MARITIME_INCOTERMS.has(invoice.rule) &&
    transport.borderMode &&
    !WATER_MODES.has(transport.borderMode)
  ) {
    const mode = TRANSPORT_MODE_NAMES[transport.borderMode as keyof typeof TRANSPORT_MODE_NAMES]
    c.report(
      'incoterm.mode',
      '/invoice/incoterm/rule',
      `${invoice.rule} (${INCOTERM_NAMES[invoice.rule as keyof typeof INCOTERM_NAMES]}) is meant for sea and inland waterway transport, but the border mode is ${transport.borderMode} (${mode.toLowerCase()}); check the delivery terms.`,
    )
  }

  // Invoice arithmetic: only when every item had a value in the invoice currency.
  if (
    invoice.present &&
    invoice.currency !== undefined &&
    invoice.total !== undefined &&
    goods.valuesComplete &&
    goods.count > 0 &&
    Math.abs(goods.valueSum - invoice.total) > 0.01 + 1e-9 * Math.abs(invoice.total)
  ) {
    c.report(
      'invoice.total',
      '/invoice/total',
      `The item values add up to ${amountText(goods.valueSum)} ${invoice.currency}, but the invoice total is ${amountText(invoice.total)} ${invoice.currency}.`,
    )
  }
}

function readOptions(options: unknown): { today?: string; lrnTaken: boolean } {
  if (!isJsonObject(options)) return { lrnTaken: false }
  const today = own(options, 'today')
  return {
    today: typeof today === 'string' && isCalendarDate(today) ? today : undefined,
    lrnTaken: own(options, 'lrnTaken') === true,
  }
}

/**
 * Checks a declaration file (any value) and reports every finding. Never throws.
 * `options.today` (YYYY-MM-DD) is the date that counts as today; `options.lrnTaken` says
 * whether another declaration of the workspace already has this LRN.
 */
export function validateDeclaration(input: unknown, options: ValidationOptions): ValidationReport {
  if (!isJsonObject(input)) {
    return {
      valid: false,
      errors: [
        {
          rule: 'structure.not-an-object',
          path: '',
          message: `The file holds ${kindOf(input)}, not a declaration: a declaration is one JSON object.`,
        },
      ],
      warnings: [],
    }
  }
  const c = new Checker()
  try {
    const { today, lrnTaken } = readOptions(options)
    checkDeclaration(c, input, today, lrnTaken)
  } catch {
    c.report(
      'structure.unreadable',
      '',
      'Checking stopped on something unexpected in the file, so this list may be incomplete.',
    )
  }
  return { valid: c.errors.length === 0, errors: c.errors, warnings: c.warnings }
}
