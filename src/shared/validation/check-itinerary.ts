/**
 * The way the goods travel: the countries of routing, the places of loading and unloading, and
 * the checks of the itinerary against the countries of dispatch and destination, the offices and
 * the TIR Carnet's vouchers.
 */
import {
  type Checker,
  entryString,
  listMax,
  type Obj,
  quote,
  readList,
  readObject,
  readString,
  readText,
} from './checker'
import { checkOffices, type OfficesFacts } from './check-offices'
import type { GuaranteeFacts } from './check-guarantee'
import { isLocode } from '../format/references'
import { checkCountryValue, readCountry } from './read-codes'

export interface RoutingFacts {
  /** the usable country codes of the routing list, in order (undefined where an entry is not) */
  countries: (string | undefined)[]
  /** how many entries the list has; undefined when there is no usable list */
  length?: number
}

export function readRouting(c: Checker, d: Obj): RoutingFacts {
  const list = readList(c, d, 'countriesOfRouting', '', 'countriesOfRouting', true)
  const countries: (string | undefined)[] = []
  if (!list) return { countries }
  const n = Math.min(list.length, listMax('countriesOfRouting'))
  for (let i = 0; i < n; i++) {
    const path = `/countriesOfRouting/${i}`
    const value = entryString(c, list[i], path)
    countries.push(value === undefined ? undefined : checkCountryValue(c, path, value))
  }
  return { countries, length: list.length }
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
    else c.report('locode.format', `${base}/locode`, { value: quote(locode) })
  }
  readText(c, place, 'name', base, 'place.name', true)
  const country = readCountry(c, place, 'country', base, true)
  if (locodeOk && country && locodeOk.slice(0, 2) !== country) {
    c.report('locode.country-match', `${base}/locode`, {
      locode: locodeOk,
      prefix: locodeOk.slice(0, 2),
      place: c.element(base),
      country,
    })
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
  const { dispatch, destination, guarantee } = facts
  const routing = facts.routing.countries
  const first = routing[0]
  const lastIndex = routing.length - 1
  const last = routing[lastIndex]
  if (dispatch && first && first !== dispatch) {
    c.report('routing.start', '/countriesOfRouting/0', { first, dispatch })
  }
  // One country of routing is right for a movement within one country, and then it is both ends.
  if (destination && last && (lastIndex > 0 || first === dispatch) && last !== destination) {
    c.report('routing.end', `/countriesOfRouting/${lastIndex}`, { last, destination })
  }
  for (let i = 1; i < routing.length; i++) {
    if (routing[i] !== undefined && routing[i] === routing[i - 1]) {
      c.report('routing.repeat', `/countriesOfRouting/${i}`, {
        country: routing[i]!,
        first: i,
        second: i + 1,
      })
    }
  }
  // The countries of the itinerary; dispatch and destination count even when the routing
  // list forgets them (that is reported once, as routing.start / routing.end).
  let itinerary: Set<string> | undefined
  if (facts.routing.length !== undefined) {
    itinerary = new Set<string>()
    for (const country of routing) if (country) itinerary.add(country)
    if (dispatch) itinerary.add(dispatch)
    if (destination) itinerary.add(destination)
  }
  checkOffices(c, { ...facts, itinerary })
  if (
    facts.procedure === 'TIR' &&
    guarantee.kind === 'TIR_CARNET' &&
    guarantee.vouchers !== undefined &&
    facts.routing.length !== undefined &&
    facts.routing.length > guarantee.vouchers / 2
  ) {
    c.report('tir.vouchers', '/guarantee/vouchers', {
      vouchers: guarantee.vouchers,
      countries: guarantee.vouchers / 2,
      routing: facts.routing.length,
    })
  }
}
