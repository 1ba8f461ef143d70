/**
 * UN/LOCODE places from the official CSV release as UNECE publishes it (CodeListPart1–3.csv,
 * no header): Change, Country, Location, Name, NameWoDiacritics, Subdivision, Function, Status,
 * Date, IATA, Coordinates, Remarks. Country heading lines (no location), reference lines ("=")
 * and entries marked for removal ("X") are not places.
 */
import Papa from 'papaparse'
import { searchWords } from '../codes/search-text'

export interface Locode {
  /** country + location without the space, e.g. "PKKHI" */
  code: string
  country: string
  name: string
  /** the name without diacritics, as the release gives it */
  plainName: string
  subdivision?: string
  /** the function classifier, e.g. "1234----" (1 port, 2 rail, 3 road, 4 airport …) */
  functions?: string
  words: string[]
}

export interface LocodesRead {
  places: Locode[]
  /** how many lines were not places (headings, references, removals) */
  skipped: number
  /** lines that look like places but are malformed, named, at most 20 */
  problems: string[]
  /** how many malformed lines there were in all */
  malformed: number
}

const COUNTRY = /^[A-Z]{2}$/
const LOCATION = /^[A-Z2-9]{3}$/

export function locodesFromCsv(text: string): LocodesRead | { error: string } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' })
  const rows = parsed.data
  if (rows.length === 0) return { error: 'is empty' }
  if (rows.every((row) => row.length < 5))
    return { error: 'is not a UN/LOCODE release: its lines do not have the release’s 12 columns' }
  const places: Locode[] = []
  const problems: string[] = []
  let skipped = 0
  let malformed = 0
  rows.forEach((row, i) => {
    const [
      change = '',
      country = '',
      location = '',
      name = '',
      plainName = '',
      subdivision = '',
      functions = '',
    ] = row.map((cell) => cell.trim())
    if (location === '' || change === '=' || change.toUpperCase() === 'X') return void skipped++
    const problem = !COUNTRY.test(country)
      ? `“${country}” is not a country code`
      : !LOCATION.test(location)
        ? `“${location}” is not a location code (3 characters from A–Z and 2–9)`
        : name === ''
          ? 'the place has no name'
          : null
    if (problem) {
      malformed++
      if (problems.length < 20) problems.push(`Line ${i + 1}: ${problem}.`)
      return
    }
    places.push({
      code: country + location,
      country,
      name,
      plainName: plainName || name,
      ...(subdivision ? { subdivision } : {}),
      ...(functions ? { functions } : {}),
      words: [...new Set([name, plainName, country + location].flatMap(searchWords))],
    })
  })
  if (places.length === 0)
    return { error: `is not a UN/LOCODE release: none of its ${rows.length} lines is a place` }
  return { places, skipped, problems, malformed }
}
