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
import { isLocode, isOfficeReference } from './identifiers'
import { checkCountryValue, readCountry } from './read-codes'

export interface RoutingFacts {
  /** the usable country codes of the routing list, in order (undefined where an entry is not) */
  countries: (string | undefined)[]
  /** how many entries the list has; undefined when there is no usable list */
  length?: number
}

export function readRouting(c: Checker, d: Obj): RoutingFacts {
  const list = readList(c, d, 'countriesOfRouting', '', 2, 99, true)
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
  if (dispatch && offices.departure.country && offices.departure.country !== dispatch) {
    c.report(
      'office.departure-country',
      '/officeOfDeparture/country',
      `The office of departure${offices.departure.reference ? ` ${offices.departure.reference}` : ''} is in ${offices.departure.country}, but the country of dispatch is ${dispatch}.`,
    )
  }
  if (destination && offices.destination.country && offices.destination.country !== destination) {
    c.report(
      'office.destination-country',
      '/officeOfDestination/country',
      `The office of destination${offices.destination.reference ? ` ${offices.destination.reference}` : ''} is in ${offices.destination.country}, but the country of destination is ${destination}.`,
    )
  }
  // The countries of the itinerary; dispatch and destination count even when the routing
  // list forgets them (that is reported once, as routing.start / routing.end).
  const itinerary = new Set<string>()
  for (const country of routing) if (country) itinerary.add(country)
  if (dispatch) itinerary.add(dispatch)
  if (destination) itinerary.add(destination)
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
