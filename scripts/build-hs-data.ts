/**
 * Converts the HS 2022 nomenclature CSV (UN Comtrade extraction, dataset "harmonized-system",
 * ODC PDDL 1.0) into the compact files the app ships: resources/data/hs2022.json (with descriptions) and
 * resources/data/hs2022-subheadings.json (the codes the validator checks against).
 *
 *   npx tsx scripts/build-hs-data.ts [path/to/hs2022.csv] [path/to/hs2022-sections.csv]
 *
 * Defaults: ../shared/data/hs2022.csv and the sections file beside it. The output keeps
 * chapters (2 digits), headings (4) and subheadings (6), one entry per line so that a refresh
 * (HS 2028) shows up as a readable diff. See resources/data/README.md.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

export const HS_EDITION = 'HS 2022'
export const HS_SOURCE =
  'UN Comtrade extraction of the WCO Harmonized System, dataset "harmonized-system" (ODC Public Domain Dedication and Licence 1.0)'

/** RFC 4180 CSV: quoted fields may hold commas, line breaks and doubled quotes; a BOM is dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch !== '"') field += ch
      else if (text[i + 1] === '"') {
        field += '"'
        i++
      } else quoted = false
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += ch
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '')
}

function table(text: string, name: string, columns: string[]): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text)
  const index = columns.map((column) => header?.indexOf(column) ?? -1)
  if (index.some((i) => i < 0)) {
    throw new Error(`${name}: expected columns ${columns.join(', ')}, found ${header?.join(', ')}`)
  }
  return rows.map((r) =>
    Object.fromEntries(columns.map((column, k) => [column, (r[index[k]!] ?? '').trim()])),
  )
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export interface HsBuild {
  json: string
  /** resources/data/hs2022-subheadings.json: the subheadings' codes alone */
  subheadingsJson: string
  counts: { sections: number; chapters: number; headings: number; subheadings: number }
}

/** The texts of resources/data/hs2022*.json from the two CSV files' text. Throws on inconsistent data. */
export function buildHsData(csvText: string, sectionsText: string): HsBuild {
  const sections = table(sectionsText, 'sections', ['section', 'name']).map(
    (r) => [r.section!, capitalise(r.name!)] as [string, string],
  )
  const knownSections = new Set(sections.map(([roman]) => roman))

  const entries: [string, string, string][] = []
  for (const r of table(csvText, 'nomenclature', [
    'section',
    'hscode',
    'description',
    'parent',
    'level',
  ])) {
    // Comtrade's statistical rows (section TOTAL: the grand total and 99 / 9999 / 999999
    // "commodities not specified according to kind") are not part of the nomenclature.
    if (r.section === 'TOTAL') continue
    const level = Number(r.level)
    const code = r.hscode!
    if (level !== 2 && level !== 4 && level !== 6) throw new Error(`${code}: level ${r.level}`)
    if (code.length !== level || !/^[0-9]+$/.test(code)) throw new Error(`bad code ${code}`)
    if (!knownSections.has(r.section!)) throw new Error(`${code}: unknown section ${r.section}`)
    entries.push([code, r.description!.replace(/\s+/g, ' '), r.section!])
  }
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))

  const codes = new Set(entries.map(([code]) => code))
  for (const [code] of entries) {
    const parent = code.slice(0, code.length - 2)
    if (code.length > 2 && !codes.has(parent)) throw new Error(`${code} has no parent ${parent}`)
  }
  const count = (digits: number) => entries.filter(([code]) => code.length === digits).length

  const line = (value: unknown) => JSON.stringify(value)
  const json =
    '{\n' +
    `"edition": ${line(HS_EDITION)},\n` +
    `"source": ${line(HS_SOURCE)},\n` +
    `"sections": [\n${sections.map(line).join(',\n')}\n],\n` +
    `"entries": [\n${entries.map(line).join(',\n')}\n]\n}\n`
  // The validator's own list: the subheadings' codes alone (50 kB against the 900 kB of
  // descriptions, which only the HS finder needs).
  const subheadings = entries.filter(([code]) => code.length === 6).map(([code]) => code)
  const subheadingsJson =
    '{\n' +
    `"edition": ${line(HS_EDITION)},\n` +
    `"subheadings": [\n${subheadings.map(line).join(',\n')}\n]\n}\n`
  return {
    json,
    subheadingsJson,
    counts: {
      sections: sections.length,
      chapters: count(2),
      headings: count(4),
      subheadings: count(6),
    },
  }
}

export const REPO_DIR = resolve(import.meta.dirname, '..')
export const DEFAULT_CSV = resolve(REPO_DIR, '../shared/data/hs2022.csv')
export const OUTPUT = resolve(REPO_DIR, 'resources/data/hs2022.json')
export const SUBHEADINGS_OUTPUT = resolve(REPO_DIR, 'resources/data/hs2022-subheadings.json')

function main(): void {
  const csvPath = resolve(process.argv[2] ?? DEFAULT_CSV)
  const sectionsPath = resolve(process.argv[3] ?? resolve(dirname(csvPath), 'hs2022-sections.csv'))
  const { json, subheadingsJson, counts } = buildHsData(
    readFileSync(csvPath, 'utf8'),
    readFileSync(sectionsPath, 'utf8'),
  )
  writeFileSync(OUTPUT, json)
  writeFileSync(SUBHEADINGS_OUTPUT, subheadingsJson)
  console.log(
    `${OUTPUT}: ${counts.sections} sections, ${counts.chapters} chapters, ` +
      `${counts.headings} headings, ${counts.subheadings} subheadings ` +
      `(${(json.length / 1024).toFixed(0)} KiB)`,
  )
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main()
