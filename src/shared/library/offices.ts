/**
 * The user's customs offices: name, reference, country and the roles an office plays, kept and
 * exchanged as CSV (reference,name,country,roles,example). The app ships no office codes as if
 * they were official (declaration-format.md): the few it offers are marked as examples.
 */
import Papa from 'papaparse'
import { searchWords } from '../codes/search-text'
import { isCountryCode } from '../codes/countries'
import { maxLengthOf } from '../format/elements'
import { officeReferenceProblem } from '../format/references'

export const OFFICE_ROLES = ['departure', 'transit', 'destination', 'border'] as const
export type OfficeRole = (typeof OFFICE_ROLES)[number]

export interface Office {
  reference: string
  name: string
  country: string
  roles: OfficeRole[]
  /** an example to learn with, not a real office code */
  example?: boolean
}

export interface OfficeEntry extends Office {
  id: string
  words: string[]
  updatedAt: string
}

/** What is wrong with an office, or null: the validator's own check of an office reference. */
export function officeProblem(office: Office): string | null {
  if (!isCountryCode(office.country)) return `“${office.country}” is not an ISO country code`
  const problem = officeReferenceProblem(office.reference, office.country)
  if (problem === 'shape')
    return `the reference “${office.reference}” should be 2 letters and 6 letters or digits, e.g. KZ550010, or in an EAEU member its national code of 2, 5 or 8 digits`
  if (problem === 'national')
    return `the reference “${office.reference}” is a national code, which only offices in EAEU members carry`
  if (problem === 'country')
    return `the reference “${office.reference}” should start with its country, ${office.country}`
  const longest = maxLengthOf('office.name')!
  if (office.name.trim() === '' || [...office.name].length > longest)
    return `the name should be 1 to ${longest} characters`
  return null
}

export function officeEntry(office: Office, at: string, id: string): OfficeEntry {
  return {
    ...office,
    id,
    words: [...new Set([office.name, office.reference, office.country].flatMap(searchWords))],
    updatedAt: at,
  }
}

export const OFFICE_CSV_COLUMNS = ['reference', 'name', 'country', 'roles', 'example'] as const

/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection"): starting with =, +, -, @,
 * a tab or a carriage return. Export puts an apostrophe before them, which spreadsheets take as
 * "text" and do not show. Cells that already start with apostrophes before such a character get
 * one more, so that import, taking one apostrophe off, gives back exactly what was exported.
 */
const FORMULA_LIKE = /^'*[=+\-@\t\r]/
/** A cell export escaped: one apostrophe to take off. */
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/

/** A cell as it was before export escaped it (cells export did not escape are left as they are). */
export function unescapeCsvCell(cell: string): string {
  return ESCAPED_FORMULA.test(cell) ? cell.slice(1) : cell
}

/** The offices as CSV, one per line, roles separated by spaces; formula-like cells escaped. */
export function officesToCsv(offices: readonly Office[]): string {
  return (
    Papa.unparse(
      {
        fields: [...OFFICE_CSV_COLUMNS],
        data: offices.map((o) => [
          o.reference,
          o.name,
          o.country,
          o.roles.join(' '),
          o.example ? 'yes' : '',
        ]),
      },
      { escapeFormulae: FORMULA_LIKE },
    ) + '\r\n'
  )
}

export interface OfficesRead {
  offices: Office[]
  /** one sentence per line that could not be read, naming the line */
  problems: string[]
}

/**
 * Offices from CSV text. A missing column refuses the whole file (`error`); a bad line is
 * named and left out; the rest is read.
 */
export function officesFromCsv(text: string): OfficesRead | { error: string } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
    // Before anything else reads a cell: "'=Almaty post" was exported from "=Almaty post".
    transform: unescapeCsvCell,
  })
  const columns = parsed.meta.fields ?? []
  const missing = ['reference', 'name', 'country'].filter((c) => !columns.includes(c))
  if (missing.length > 0)
    return {
      error: `it has no ${missing.join(', ')} column (the columns are ${OFFICE_CSV_COLUMNS.join(', ')})`,
    }
  const offices: Office[] = []
  const problems: string[] = []
  const seen = new Set<string>()
  parsed.data.forEach((row, i) => {
    const line = i + 2
    const roleWords = (row.roles ?? '')
      .toLowerCase()
      .split(/[\s;,|]+/)
      .filter(Boolean)
    const unknown = roleWords.filter((r) => !(OFFICE_ROLES as readonly string[]).includes(r))
    const office: Office = {
      reference: (row.reference ?? '').trim().toUpperCase(),
      name: (row.name ?? '').trim(),
      country: (row.country ?? '').trim().toUpperCase(),
      roles: OFFICE_ROLES.filter((r) => roleWords.includes(r)),
      ...(/^(yes|true|1|x)$/i.test((row.example ?? '').trim()) ? { example: true } : {}),
    }
    const problem =
      officeProblem(office) ??
      (unknown.length > 0
        ? `“${unknown.join(' ')}” is not a role (${OFFICE_ROLES.join(', ')})`
        : null) ??
      (seen.has(office.reference)
        ? `${office.reference} is already on line ${[...offices].findIndex((o) => o.reference === office.reference) + 2}`
        : null)
    if (problem) return void problems.push(`Line ${line}: ${problem}.`)
    seen.add(office.reference)
    offices.push(office)
  })
  return { offices, problems }
}

/**
 * Examples to learn with, marked as such: offices of the training samples, whose references
 * only have the right shape — they are not the customs services' real codes.
 */
export const EXAMPLE_OFFICES: readonly Office[] = [
  {
    reference: 'KZ550010',
    name: 'Almaty — example office of departure',
    country: 'KZ',
    roles: ['departure'],
    example: true,
  },
  {
    reference: '06611',
    name: 'Minsk — example EAEU office (national code)',
    country: 'BY',
    roles: ['departure', 'destination'],
    example: true,
  },
  {
    reference: 'UZ170020',
    name: 'Tashkent — example office of transit',
    country: 'UZ',
    roles: ['transit', 'border'],
    example: true,
  },
  {
    reference: 'AF010030',
    name: 'Hairatan — example border office',
    country: 'AF',
    roles: ['transit', 'border'],
    example: true,
  },
  {
    reference: 'PK010040',
    name: 'Karachi — example office of destination',
    country: 'PK',
    roles: ['destination'],
    example: true,
  },
]
