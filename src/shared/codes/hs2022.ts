/**
 * The Harmonized System, 2022 edition: chapters, headings and subheadings with descriptions.
 * Source: resources/data/hs2022.json, built by scripts/build-hs-data.ts from the UN Comtrade
 * extraction of the HS (dataset "harmonized-system", ODC PDDL 1.0); see resources/data/README.md.
 */
import data from '../../../resources/data/hs2022.json'

export interface HsEntry {
  /** 2 digits (chapter), 4 (heading) or 6 (subheading) */
  code: string
  description: string
  /** roman numeral of the section, e.g. "XI" */
  section: string
}

export const HS_EDITION: string = data.edition
export const HS_SOURCE: string = data.source

/** The 21 sections: [roman numeral, name]. */
export const HS_SECTIONS: readonly (readonly [string, string])[] = data.sections as [
  string,
  string,
][]

/** Every chapter, heading and subheading, sorted by code (for the HS finder). */
export const HS_ENTRIES: readonly HsEntry[] = (data.entries as [string, string, string][]).map(
  ([code, description, section]) => ({ code, description, section }),
)

const byCode: ReadonlyMap<string, HsEntry> = new Map(HS_ENTRIES.map((e) => [e.code, e]))

/** The chapter (2 digits), heading (4) or subheading (6) with this code, if it exists. */
export function hsEntry(code: string): HsEntry | undefined {
  return byCode.get(code)
}
