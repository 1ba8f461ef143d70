/**
 * The customs offices of the itinerary: each office's reference, name and country, and where the
 * procedure lets its movement start and end (corridor.md; sources in docs/rules.md).
 */
import { COMMON_TRANSIT_COUNTRIES, EAEU_MEMBERS } from '../codes/regimes'
import {
  type Checker,
  entryObject,
  listMax,
  type Obj,
  quote,
  readList,
  readObject,
  readString,
  readText,
} from './checker'
import { officeReferenceProblem } from '../format/references'
import { readCountry } from './read-codes'

export interface OfficeFacts {
  reference?: string
  country?: string
}

export interface OfficesFacts {
  departure: OfficeFacts
  transit: OfficeFacts[]
  destination: OfficeFacts
}

function readOffice(c: Checker, office: Obj, path: string): OfficeFacts {
  const reference = readString(c, office, 'reference', path, true)
  readText(c, office, 'name', path, 'office.name', true)
  const country = readCountry(c, office, 'country', path, true)
  if (reference === undefined) return { country }
  const at = `${path}/reference`
  const problem = officeReferenceProblem(reference, country)
  if (problem === 'national') {
    // A national code names no country; it is right in an EAEU member only.
    c.report('office.reference', at, { context: 'national', reference, country: country! })
  } else if (problem === 'shape') {
    const value = quote(reference)
    const member = country === undefined || EAEU_MEMBERS.has(country)
    c.report('office.reference', at, member ? { context: 'member', value } : { value })
  } else if (problem === 'country') {
    const prefix = reference.slice(0, 2)
    c.report('office.country-match', at, { reference, prefix, country: country! })
  }
  return problem === 'shape' || problem === 'national' ? { country } : { reference, country }
}

function readSingleOffice(c: Checker, d: Obj, key: string): OfficeFacts {
  const office = readObject(c, d, key, '', true)
  return office ? readOffice(c, office, `/${key}`) : {}
}

export function readOffices(c: Checker, d: Obj): OfficesFacts {
  const departure = readSingleOffice(c, d, 'officeOfDeparture')
  const transitList = readList(c, d, 'officesOfTransit', '', 'officesOfTransit', true)
  const transit: OfficeFacts[] = []
  if (transitList) {
    const n = Math.min(transitList.length, listMax('officesOfTransit'))
    for (let i = 0; i < n; i++) {
      const path = `/officesOfTransit/${i}`
      const office = entryObject(c, transitList[i], path)
      transit.push(office ? readOffice(c, office, path) : {})
    }
  }
  const destination = readSingleOffice(c, d, 'officeOfDestination')
  return { departure, transit, destination }
}

/** The countries where each regime's transit may start and end (undefined: anywhere). */
function regimeArea(procedure: string | undefined): ReadonlySet<string> | undefined {
  if (procedure === 'T1' || procedure === 'T2') return COMMON_TRANSIT_COUNTRIES
  if (procedure === 'EAEU') return EAEU_MEMBERS
  return undefined
}

export interface EndsFacts {
  procedure?: string
  dispatch?: string
  destination?: string
  offices: OfficesFacts
  /** the countries of the itinerary, when the routing list could be read */
  itinerary?: ReadonlySet<string>
}

/**
 * The office of departure is in the country of dispatch — except where goods from outside the
 * EAEU or the common transit area come in: their transit starts at the office of arrival
 * (EAEU Customs Code art. 142(3)(1)–(2); NCTS), in a country of the itinerary.
 */
function checkDepartureOffice(c: Checker, facts: EndsFacts): void {
  const { dispatch, offices } = facts
  const office = offices.departure
  if (!dispatch || !office.country || office.country === dispatch) return
  const path = '/officeOfDeparture/country'
  const area = regimeArea(facts.procedure)
  if (area && !area.has(dispatch)) {
    if (!facts.itinerary || facts.itinerary.has(office.country)) return
    c.report('office.departure-country', path, {
      context: facts.procedure === 'EAEU' ? 'eaeu-entry' : 'ctc-entry',
      country: office.country,
      dispatch,
    })
    return
  }
  c.report('office.departure-country', path, { country: office.country, dispatch })
}

/**
 * Where the procedure ends. National transit ends at the exit office of the country of departure.
 * EAEU and common transit of goods bound for a country outside their area end at the office of
 * exit from it (EAEU Customs Code art. 142(3); NCTS), in a country of the itinerary; otherwise
 * the office of destination is in the country of destination (docs/rules.md).
 */
function checkDestinationOffice(c: Checker, facts: EndsFacts): void {
  const office = facts.offices.destination
  if (!office.country) return
  const path = '/officeOfDestination/country'
  const country = office.country
  if (facts.procedure === 'NATIONAL') {
    if (!facts.dispatch || office.country === facts.dispatch) return
    c.report('office.destination-country', path, {
      context: 'national',
      country,
      dispatch: facts.dispatch,
    })
    return
  }
  const area = regimeArea(facts.procedure)
  if (area && facts.destination && !area.has(facts.destination)) {
    if (!facts.itinerary || facts.itinerary.has(office.country)) return
    c.report('office.destination-country', path, {
      context: facts.procedure === 'EAEU' ? 'eaeu-exit' : 'ctc-exit',
      country,
      destination: facts.destination,
    })
    return
  }
  if (!facts.destination || office.country === facts.destination) return
  c.report('office.destination-country', path, { country, destination: facts.destination })
}

/** Where common transit and EAEU transit may start and end (corridor.md). */
function checkRegimeOffices(c: Checker, { procedure, offices }: EndsFacts): void {
  const area = regimeArea(procedure)
  if (!area) return
  const rule = procedure === 'EAEU' ? 'eaeu.office-country' : 't1.office-country'
  const ends = [
    ['officeOfDeparture', 'departure', offices.departure],
    ['officeOfDestination', 'destination', offices.destination],
  ] as const
  for (const [key, end, office] of ends) {
    if (!office.country || area.has(office.country)) continue
    c.report(rule, `/${key}/country`, {
      context: end,
      procedure: procedure!,
      country: office.country,
    })
  }
}

/** The offices against the countries of the itinerary and the procedure's area. */
export function checkOffices(c: Checker, facts: EndsFacts): void {
  checkDepartureOffice(c, facts)
  checkDestinationOffice(c, facts)
  checkRegimeOffices(c, facts)
  if (!facts.itinerary) return
  const itinerary = facts.itinerary
  facts.offices.transit.forEach((office, i) => {
    if (!office.country || itinerary.has(office.country)) return
    c.report('office.transit-country', `/officesOfTransit/${i}/country`, {
      country: office.country,
    })
  })
}
