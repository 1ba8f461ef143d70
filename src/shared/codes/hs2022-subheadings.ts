/**
 * The 5,612 subheadings of HS 2022 by code alone, for the validator and the tariff import:
 * resources/data/hs2022-subheadings.json, made from the same source by the same script as
 * hs2022.json (scripts/build-hs-data.ts), without the descriptions only the HS finder shows —
 * so checking a declaration loads 50 kB instead of 900.
 */
import data from '../../../resources/data/hs2022-subheadings.json'

const SUBHEADINGS: ReadonlySet<string> = new Set(data.subheadings)

/** Whether `code6` is a 6-digit subheading of HS 2022 (e.g. "520512"). */
export function isHsSubheading(code6: string): boolean {
  return code6.length === 6 && SUBHEADINGS.has(code6)
}
