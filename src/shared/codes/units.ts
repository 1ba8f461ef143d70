/**
 * Units of measure used for supplementary units (SAD box 41).
 * Source: UN/ECE Recommendation 20 "Codes for Units of Measure Used in International Trade" —
 * the codes customs tariffs use for supplementary units (e.g. the EU Combined Nomenclature's
 * p/st = NAR, pa = NPR, l = LTR, l alc. 100 % = LPA, c/k = CTM, 1 000 p/st = MIL).
 */
export const UNITS = {
  NAR: 'number of articles',
  NPR: 'number of pairs',
  PR: 'pair',
  PCE: 'piece',
  C62: 'one (unit)',
  SET: 'set',
  DZN: 'dozen',
  CEN: 'hundred',
  MIL: 'thousand',
  KGM: 'kilogram',
  GRM: 'gram',
  TNE: 'tonne (metric ton)',
  CTM: 'carat (metric)',
  LTR: 'litre',
  HLT: 'hectolitre',
  LPA: 'litre of pure alcohol',
  MTR: 'metre',
  MTK: 'square metre',
  MTQ: 'cubic metre',
  KWH: 'kilowatt hour',
  MWH: 'megawatt hour (1 000 kW·h)',
  KNS: 'kilogram named substance',
  KNI: 'kilogram of nitrogen',
  KPO: 'kilogram of potassium oxide',
  KPH: 'kilogram of potassium hydroxide (caustic potash)',
  KPP: 'kilogram of phosphorus pentoxide (phosphoric anhydride)',
  KSH: 'kilogram of sodium hydroxide (caustic soda)',
  KMA: 'kilogram of methylamine',
  KUR: 'kilogram of uranium',
  KSD: 'kilogram of substance 90 % dry',
  GFI: 'gram of fissile isotope',
  CCT: 'carrying capacity in metric tons',
} as const satisfies Record<string, string>

export type UnitCode = keyof typeof UNITS

export function isUnitCode(code: unknown): boolean {
  return typeof code === 'string' && Object.hasOwn(UNITS, code)
}
