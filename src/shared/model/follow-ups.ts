/**
 * What the app fills in after the user sets one element, from what the declaration already
 * says — so a forwarder never types a fact twice. Each rule fills only an element that is empty
 * or still holds what the same rule put there before (a value the user changed is theirs), and
 * runs inside the user's own edit, so one undo takes both back.
 */
import { CARNET_VOUCHERS } from '../format/constants'
import { asArray, getAt, isJsonObject, setAt, type JsonObject, type JsonPath } from '../json'

type Rule = (before: JsonObject, after: JsonObject, path: JsonPath) => JsonObject

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

/** Whether `current` may be replaced: nothing there yet, or what the rule derived before. */
const replaceable = (current: unknown, derivedBefore: unknown): boolean =>
  current === undefined || current === '' || current === derivedBefore

/** The country an office reference names: its first two letters (COL: CC + 6 characters). */
export function officeCountry(reference: unknown): string | undefined {
  const match = /^([A-Z]{2})/.exec(text(reference))
  return match?.[1]
}

const isOfficeReference = (path: JsonPath): boolean =>
  path[path.length - 1] === 'reference' &&
  (((path[0] === 'officeOfDeparture' || path[0] === 'officeOfDestination') && path.length === 2) ||
    (path[0] === 'officesOfTransit' && path.length === 3))

/** An office's country follows its reference ("KZ510100" → KZ). */
const officeCountryFromReference: Rule = (before, after, path) => {
  if (!isOfficeReference(path)) return after
  const office = path.slice(0, -1)
  const country = [...office, 'country']
  const derived = officeCountry(getAt(after, path))
  if (!derived || !replaceable(getAt(after, country), officeCountry(getAt(before, path))))
    return after
  return setAt(after, country, derived)
}

/**
 * The countries of routing start at the country of dispatch and end at the country of
 * destination (validation.md); the ends follow those two while the user adds what lies between.
 */
const routingEnds: Rule = (before, after, path) => {
  const end = path.length === 1 ? path[0] : undefined
  if (end !== 'countryOfDispatch' && end !== 'countryOfDestination') return after
  const dispatch = text(after.countryOfDispatch)
  const destination = text(after.countryOfDestination)
  const routing = asArray(after.countriesOfRouting).map(text)
  const was = text(before[end])
  const next = [...routing]
  const last = next.length - 1
  // Replace the end the rule wrote before; start one where none was written; else leave it.
  if (end === 'countryOfDispatch') {
    if (next[0] === dispatch) return after
    if (was !== '' && next[0] === was) next[0] = dispatch
    else if (was === '') next.unshift(dispatch)
    else return after
  } else {
    if (next[last] === destination) return after
    const derived = was !== '' && next[last] === was
    if (derived && (last > 0 || next[0] !== dispatch)) next[last] = destination
    else if (was === '') next.push(destination)
    else return after
  }
  // Dispatch and destination in one country (national transit) is one country crossed.
  const routingNow = next.filter((c, i) => c !== '' && !(i > 0 && c === next[i - 1]))
  return setAt(after, ['countriesOfRouting'], routingNow)
}

/**
 * A TIR Carnet needs one pair of vouchers per country of routing (TIR Convention, annex 1; the
 * validator's rule tir.vouchers): the smallest carnet that suffices is suggested while the
 * number is empty or still the suggestion.
 */
export function suggestedVouchers(doc: JsonObject): number | undefined {
  if (doc.procedure !== 'TIR' || getAt(doc, ['guarantee', 'kind']) !== 'TIR_CARNET') return
  const countries = asArray(doc.countriesOfRouting).filter((c) => text(c) !== '').length
  if (countries === 0) return undefined
  return CARNET_VOUCHERS.find((vouchers) => vouchers / 2 >= countries)
}

const carnetVouchers: Rule = (before, after) => {
  const suggestion = suggestedVouchers(after)
  const path = ['guarantee', 'vouchers']
  if (suggestion === undefined || !isJsonObject(after.guarantee)) return after
  if (!replaceable(getAt(after, path), suggestedVouchers(before))) return after
  return getAt(after, path) === suggestion ? after : setAt(after, path, suggestion)
}

const itemPaths = (doc: JsonObject): JsonPath[] =>
  asArray(doc.consignments).flatMap((consignment, c) =>
    asArray(getAt(consignment, ['items'])).map((_, i) => ['consignments', c, 'items', i]),
  )

/**
 * Item values are in the invoice's currency unless the user says otherwise: changing the
 * invoice currency changes every item value that had none or had the old one.
 */
const itemCurrenciesFollowInvoice: Rule = (before, after, path) => {
  if (path.length !== 2 || path[0] !== 'invoice' || path[1] !== 'currency') return after
  const was = getAt(before, path)
  const now = getAt(after, path)
  let next = after
  for (const item of itemPaths(after)) {
    const value = getAt(after, [...item, 'value'])
    if (!isJsonObject(value)) continue
    const currency = [...item, 'value', 'currency']
    if (replaceable(value.currency, was) && value.currency !== now)
      next = setAt(next, currency, now)
  }
  return next
}

/** An item value typed without a currency takes the invoice's. */
const itemValueTakesInvoiceCurrency: Rule = (_before, after, path) => {
  const isAmount =
    path.length === 6 && path[0] === 'consignments' && path[4] === 'value' && path[5] === 'amount'
  if (!isAmount) return after
  const currency = [...path.slice(0, -1), 'currency']
  const invoiceCurrency = getAt(after, ['invoice', 'currency'])
  if (typeof invoiceCurrency !== 'string' || invoiceCurrency === '') return after
  if (getAt(after, path) === undefined || getAt(after, currency) !== undefined) return after
  return setAt(after, currency, invoiceCurrency)
}

/** Where a party's address usually is: consignees at the destination, the others at dispatch. */
function partyHome(doc: JsonObject, party: JsonPath): string {
  const role = party[party.length - 1]
  return text(role === 'consignee' ? doc.countryOfDestination : doc.countryOfDispatch)
}

const isPartyPath = (party: JsonPath): boolean =>
  (party.length === 1 && ['holder', 'representative', 'carrier'].includes(String(party[0]))) ||
  (party.length === 3 &&
    party[0] === 'consignments' &&
    (party[2] === 'consignor' || party[2] === 'consignee'))

/**
 * A party typed from scratch starts with its address in the country it usually is in: shown at
 * once under the name, for the user to change when it is not so.
 */
const partyCountryFromItinerary: Rule = (before, after, path) => {
  const party = path.slice(0, -1)
  if (path[path.length - 1] !== 'name' || !isPartyPath(party)) return after
  if (text(getAt(before, path)) !== '' || text(getAt(after, path)) === '') return after
  const country = [...party, 'address', 'country']
  const home = partyHome(after, party)
  if (home === '' || getAt(after, country) !== undefined) return after
  return setAt(after, country, home)
}

/**
 * A vehicle typed from scratch is first taken as registered where its carrier (or, without one,
 * the holder) is established: on the corridor, a haulier's own trucks.
 */
const meansNationalityFromCarrier: Rule = (before, after, path) => {
  const isIdentity =
    path.length === 4 &&
    path[0] === 'transport' &&
    path[1] === 'meansAtDeparture' &&
    path[3] === 'identity'
  if (!isIdentity || text(getAt(before, path)) !== '' || text(getAt(after, path)) === '')
    return after
  const nationality = [...path.slice(0, -1), 'nationality']
  const home =
    text(getAt(after, ['carrier', 'address', 'country'])) ||
    text(getAt(after, ['holder', 'address', 'country']))
  if (home === '' || getAt(after, nationality) !== undefined) return after
  return setAt(after, nationality, home)
}

const RULES: Rule[] = [
  partyCountryFromItinerary,
  meansNationalityFromCarrier,
  officeCountryFromReference,
  routingEnds,
  carnetVouchers,
  itemCurrenciesFollowInvoice,
  itemValueTakesInvoiceCurrency,
]

/** `after` (the user's edit of `path` on `before`) with everything that follows from it. */
export function withFollowUps(before: JsonObject, after: JsonObject, path: JsonPath): JsonObject {
  return RULES.reduce((doc, rule) => rule(before, doc, path), after)
}
