/**
 * How the papers write values. Numbers carry no thousands separator ("19425.5 kg",
 * "61250.00 USD") so that a search of the PDF's text finds exactly what the file says; dates
 * stay as the file writes them (YYYY-MM-DD); codes are printed as codes, with a name beside
 * them where a reader needs one.
 */
import en from 'i18n-iso-countries/langs/en.json'
import { DOCUMENT_CODES } from '../codes/document-codes'
import { packageKind } from '../codes/package-kinds'
import { TRANSPORT_MODE_NAMES } from '../codes/transport-modes'
import type { DocumentView, MoneyView, OfficeView, PartyView, PlaceView } from '../model/view'
import { currencyDigits } from './words'

type Part = string | undefined | false

/** The non-empty parts joined by `separator`. */
export function join(separator: string, ...parts: Part[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join(separator)
}

/** The non-empty parts, one a line. */
export function lines(...parts: Part[]): string {
  return join('\n', ...parts)
}

/** The non-empty parts on one line, separated by spaces. */
export function spaced(...parts: Part[]): string {
  return join(' ', ...parts)
}

/**
 * A number with at most `maxDecimals` decimals, trailing zeros dropped, no separators:
 * 12240 → "12240", 1035.5 → "1035.5", 0.1 + 0.2 → "0.3". Empty for a missing number.
 */
export function formatNumber(value: number | undefined, maxDecimals = 3): string {
  if (value === undefined || !Number.isFinite(value)) return ''
  let out = value.toFixed(maxDecimals)
  if (out.includes('.')) out = out.replace(/0+$/, '').replace(/\.$/, '')
  return out === '-0' ? '0' : out
}

/** Kilograms, as a number (for boxes whose label says "kg"). */
export function formatMass(kg: number | undefined): string {
  return formatNumber(kg, 3)
}

/** Kilograms with the unit: "19425.5 kg"; empty for a missing mass. */
export function formatKg(kg: number | undefined): string {
  const n = formatMass(kg)
  return n === '' ? '' : `${n} kg`
}

/** An amount with the currency's minor-unit digits, no currency: "61250.00". */
export function formatAmount(amount: number | undefined, currency: string): string {
  if (amount === undefined || !Number.isFinite(amount)) return ''
  const out = amount.toFixed(currencyDigits(currency))
  return /^-0(\.0*)?$/.test(out) ? out.slice(1) : out
}

/** Money: "61250.00 USD"; empty when the amount is missing. */
export function formatMoney(amount: number | undefined, currency: string): string {
  const figures = formatAmount(amount, currency)
  return figures === '' ? '' : spaced(figures, currency)
}

/** Several sums in different currencies: "100.00 USD + 20.00 EUR". */
export function formatMoneyList(values: MoneyView[]): string {
  return values
    .map((v) => formatMoney(v.amount, v.currency))
    .filter((s) => s !== '')
    .join(' + ')
}

/** Short country names by ISO 3166-1 alpha-2 code, as i18n-iso-countries ships them. */
export type CountryNames = Readonly<Record<string, string | string[]>>

const COUNTRY_NAMES: CountryNames = en.countries

/** The short name of a country code in `names`, or "" if unknown. */
export function countryNameIn(names: CountryNames, code: string): string {
  if (!Object.hasOwn(names, code)) return ''
  const name = names[code]
  return Array.isArray(name) ? (name[0] ?? '') : (name ?? '')
}

/** "<name> (<code>)" with a name from `names`; the code alone when it is not a known country. */
export function formatCountryIn(names: CountryNames, code: string): string {
  if (code === '') return ''
  const name = countryNameIn(names, code)
  return name === '' ? code : `${name} (${code})`
}

/** The English short name of an ISO 3166-1 alpha-2 code ("Kazakhstan"), or "" if unknown. */
export function countryName(code: string): string {
  return countryNameIn(COUNTRY_NAMES, code)
}

/** "Kazakhstan (KZ)"; the code alone when it is not a known country. */
export function formatCountry(code: string): string {
  return formatCountryIn(COUNTRY_NAMES, code)
}

/** The countries of routing in travel order: "KZ → UZ → AF → PK". */
export function formatRoute(codes: string[]): string {
  return codes.join(' → ')
}

export interface PartyFormat {
  /** add the TIR holder id (TIR papers, SAD box 50) */
  tirHolderId?: boolean
  /** add the contact person and phone */
  contact?: boolean
  /** the country names to write (the paper's language; English when not given) */
  countries?: CountryNames
}

/** "Name\nStreet\nPostcode City\nCountry\nID scheme value" — lines that are empty are left out. */
export function formatParty(party: PartyView | undefined, options: PartyFormat = {}): string {
  if (!party) return ''
  const a = party.address
  return lines(
    party.name,
    a?.street,
    a && spaced(a.postcode, a.city),
    a && formatCountryIn(options.countries ?? COUNTRY_NAMES, a.country),
    party.idValue !== '' && spaced(party.idScheme, party.idValue),
    options.tirHolderId && party.tirHolderId !== '' && `TIR holder ID ${party.tirHolderId}`,
    options.contact && join(', ', party.contactName, party.contactPhone, party.contactEmail),
  )
}

/** "KZ510100 Almaty inland customs post (KZ)". */
export function formatOffice(office: OfficeView | undefined): string {
  if (!office) return ''
  const head = spaced(office.reference, office.name)
  return office.country === '' ? head : `${head} (${office.country})`
}

/** "KZALA Almaty (KZ)", or "Minsk (BY)" without a UN/LOCODE. */
export function formatPlace(place: PlaceView | undefined): string {
  if (!place) return ''
  const head = spaced(place.locode, place.name)
  return place.country === '' ? head : `${head} (${place.country})`
}

/** The 1001 name of a document code ("Commercial invoice"), or "" when the app has none. */
export function documentName(type: string): string {
  const names: Readonly<Record<string, string>> = DOCUMENT_CODES
  return Object.hasOwn(names, type) ? names[type] : ''
}

/**
 * A document reference. Plain: "N380 ZTE-2026/017 2026-02-01" (the code as customs boxes
 * write it). Named: "Commercial invoice N380 ZTE-2026/017 of 2026-02-01" (for the carrier).
 */
export function formatDocument(doc: DocumentView, named = false): string {
  const name = named ? documentName(doc.type) : ''
  const head = spaced(name, doc.type, doc.reference)
  if (doc.date === '') return head
  return named ? `${head} of ${doc.date}` : `${head} ${doc.date}`
}

/** "480 BG (Bag)"; bulk or unpacked goods without a count: "NE (Unpacked or unpackaged)". */
export function formatPackageKind(kind: string, count: number | undefined): string {
  const name = packageKind(kind)?.name
  const kindText = name ? `${kind} (${name})` : kind
  return spaced(formatNumber(count, 0), kindText)
}

/** A transport mode code with its Rec 19 name: "3 Road transport". */
export function formatMode(code: string): string {
  const names: Readonly<Record<string, string>> = TRANSPORT_MODE_NAMES
  return Object.hasOwn(names, code) ? `${code} ${names[code]}` : code
}

/** A means of transport: "tractor 123ABC02 (KZ)". */
export function formatMeans(means: {
  kind?: string
  identity: string
  nationality: string
}): string {
  const head = spaced(means.kind, means.identity)
  return means.nationality === '' ? head : `${head} (${means.nationality})`
}

/** Place and date on one line: "Almaty, 2026-02-04". */
export function placeAndDate(place: string, date: string): string {
  return join(', ', place, date)
}
