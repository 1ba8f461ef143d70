/**
 * The way the goods travel: the countries of routing, the customs offices, the places of loading
 * and unloading, and the checks of the itinerary against the countries of dispatch and
 * destination, the offices and the TIR Carnet's vouchers.
 */
import { LIMITS } from '../format/constants'
import {
  type Checker,
  entryObject,
  entryString,
  type Obj,
  readList,
  readObject,
  readString,
  readText,
  show,
} from './checker'
import type { GuaranteeFacts } from './check-transport'
import { COMMON_TRANSIT_COUNTRIES, EAEU_MEMBERS } from '../codes/regimes'
import { isEaeuOfficeCode, isLocode, isOfficeReference } from './identifiers'
import { checkCountryValue, readCountry } from './read-codes'

export interface RoutingFacts {
  /** the usable country codes of the routing list, in order (undefined where an entry is not) */
  countries: (string | undefined)[]
  /** how many entries the list has; undefined when there is no usable list */
  length?: number
}

export function readRouting(c: Checker, d: Obj): RoutingFacts {
  const list = readList(c, d, 'countriesOfRouting', '', 1, 99, true)
  const countries: (string | undefined)[] = []
  if (!list) return { countries }
  const n = Math.min(list.length, 99)
  for (let i = 0; i < n; i++) {
    const path = `/countriesOfRouting/${i}`
    const value = entryString(c, list[i], path)
    countries.push(value === undefined ? undefined : checkCountryValue(c, path, value))
  }
  return { countries, length: list.length }
}

interface OfficeFacts {
  reference?: string
  country?: string
}

function readOffice(c: Checker, office: Obj, path: string): OfficeFacts {
  const reference = readString(c, office, 'reference', path, true)
  readText(c, office, 'name', path, 1, 70, true)
  const country = readCountry(c, office, 'country', path, true)
  if (reference === undefined) return { country }
  const at = `${path}/reference`
  if (isEaeuOfficeCode(reference)) {
    // A national code names no country; it is right in an EAEU member only.
    if (country === undefined || EAEU_MEMBERS.has(country)) return { reference, country }
    c.report(
      'office.reference',
      at,
      `Office reference ${reference} is a national code, which only offices in EAEU members (AM, BY, KG, KZ, RU) carry; an office in ${country} has 2 letters of country and 6 letters or digits, e.g. ${country}510100.`,
    )
    return { country }
  }
  if (!isOfficeReference(reference)) {
    c.report(
      'office.reference',
      at,
      `Office reference ${show(reference)} should be 2 letters of country and 6 letters or digits, e.g. KZ510100${country === undefined || EAEU_MEMBERS.has(country) ? ', or in an EAEU member its national code of 2, 5 or 8 digits, e.g. 06611' : ''}.`,
    )
    return { country }
  }
  if (country && !prefixFits(reference.slice(0, 2), country)) {
    c.report(
      'office.country-match',
      at,
      `Office reference ${reference} starts with ${reference.slice(0, 2)}, but the office is in ${country}: the reference should start with ${country}.`,
    )
  }
  return { reference, country }
}

/** Offices in Northern Ireland carry the prefix XI while the country is GB (NCTS). */
const prefixFits = (prefix: string, country: string) =>
  prefix === country || (prefix === 'XI' && country === 'GB')

export interface OfficesFacts {
  departure: OfficeFacts
  transit: OfficeFacts[]
  destination: OfficeFacts
}

function readSingleOffice(c: Checker, d: Obj, key: string): OfficeFacts {
  const office = readObject(c, d, key, '', true)
  return office ? readOffice(c, office, `/${key}`) : {}
}

export function readOffices(c: Checker, d: Obj): OfficesFacts {
  const departure = readSingleOffice(c, d, 'officeOfDeparture')
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
  const destination = readSingleOffice(c, d, 'officeOfDestination')
  return { departure, transit, destination }
}

/** The place of loading or unloading. */
export function readPlace(c: Checker, d: Obj, key: string): void {
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

export interface ItineraryFacts {
  procedure?: string
  dispatch?: string
  destination?: string
  routing: RoutingFacts
  offices: OfficesFacts
  guarantee: GuaranteeFacts
}

/** The routing list against dispatch and destination, the offices against the countries. */
export function checkItinerary(c: Checker, facts: ItineraryFacts): void {
  const { dispatch, destination, offices, guarantee } = facts
  const routing = facts.routing.countries
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
  // One country of routing is right for a movement within one country, and then it is both ends.
  if (destination && last && (lastIndex > 0 || first === dispatch) && last !== destination) {
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
  if (dispatch && offices.departure.country && offices.departure.country !== dispatch) {
    c.report(
      'office.departure-country',
      '/officeOfDeparture/country',
      `The office of departure${offices.departure.reference ? ` ${offices.departure.reference}` : ''} is in ${offices.departure.country}, but the country of dispatch is ${dispatch}.`,
    )
  }
  // The countries of the itinerary; dispatch and destination count even when the routing
  // list forgets them (that is reported once, as routing.start / routing.end).
  const itinerary = new Set<string>()
  for (const country of routing) if (country) itinerary.add(country)
  if (dispatch) itinerary.add(dispatch)
  if (destination) itinerary.add(destination)
  checkDestinationOffice(c, facts, itinerary)
  checkRegimeOffices(c, facts.procedure, offices)
  if (facts.routing.length !== undefined) {
    offices.transit.forEach((office, i) => {
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
    facts.procedure === 'TIR' &&
    guarantee.kind === 'TIR_CARNET' &&
    guarantee.vouchers !== undefined &&
    facts.routing.length !== undefined &&
    facts.routing.length > guarantee.vouchers / 2
  ) {
    c.report(
      'tir.vouchers',
      '/guarantee/vouchers',
      `A carnet of ${guarantee.vouchers} vouchers covers ${guarantee.vouchers / 2} countries, but the itinerary has ${facts.routing.length}: use a carnet with more vouchers.`,
    )
  }
}

/** The countries where each regime's transit may start and end (undefined: anywhere). */
function regimeArea(procedure: string | undefined): ReadonlySet<string> | undefined {
  if (procedure === 'T1' || procedure === 'T2') return COMMON_TRANSIT_COUNTRIES
  if (procedure === 'EAEU') return EAEU_MEMBERS
  return undefined
}

/**
 * Where the procedure ends. National transit ends at the exit office of the country of departure.
 * EAEU and common transit of goods bound for a country outside their area end at the office of
 * exit from it (EAEU Customs Code art. 142(3); NCTS), in a country of the itinerary; otherwise
 * the office of destination is in the country of destination (docs/rules.md).
 */
function checkDestinationOffice(c: Checker, facts: ItineraryFacts, itinerary: Set<string>): void {
  const office = facts.offices.destination
  if (!office.country) return
  const named = office.reference ? ` ${office.reference}` : ''
  const path = '/officeOfDestination/country'
  if (facts.procedure === 'NATIONAL') {
    if (!facts.dispatch || office.country === facts.dispatch) return
    c.report(
      'office.destination-country',
      path,
      `National transit ends at an office of the country of departure (the exit office), but the office of destination${named} is in ${office.country}, not ${facts.dispatch}.`,
    )
    return
  }
  const area = regimeArea(facts.procedure)
  if (area && facts.destination && !area.has(facts.destination)) {
    if (facts.routing.length === undefined || itinerary.has(office.country)) return
    c.report(
      'office.destination-country',
      path,
      `The goods leave the ${facts.procedure === 'EAEU' ? 'Union' : 'common transit area'} on their way to ${facts.destination}, so the transit ends at the office of exit; but the office of destination${named} is in ${office.country}, which is not a country of the itinerary.`,
    )
    return
  }
  if (!facts.destination || office.country === facts.destination) return
  c.report(
    'office.destination-country',
    path,
    `The office of destination${named} is in ${office.country}, but the country of destination is ${facts.destination}.`,
  )
}

/** Where common transit and EAEU transit may start and end (corridor.md). */
function checkRegimeOffices(
  c: Checker,
  procedure: string | undefined,
  offices: OfficesFacts,
): void {
  const area = regimeArea(procedure)
  if (!area) return
  const ends = [
    ['officeOfDeparture', 'office of departure', offices.departure],
    ['officeOfDestination', 'office of destination', offices.destination],
  ] as const
  for (const [key, name, office] of ends) {
    if (!office.country || area.has(office.country)) continue
    if (procedure === 'EAEU') {
      c.report(
        'eaeu.office-country',
        `/${key}/country`,
        `EAEU transit starts and ends in a member of the Union (AM, BY, KG, KZ, RU), but the ${name} is in ${office.country}: use TIR or the countries' own transit.`,
      )
    } else {
      c.report(
        't1.office-country',
        `/${key}/country`,
        `${procedure} transit starts and ends in a country of the common transit convention, but the ${name} is in ${office.country}: use TIR or the countries' own transit.`,
      )
    }
  }
}
