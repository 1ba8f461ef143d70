/**
 * Where each transit regime may run: the countries whose customs offices may start and end a
 * movement under it (corridor.md, "Procedures at a glance"; sources in docs/rules.md).
 */

/** Members of the Eurasian Economic Union (Treaty on the EAEU, 2014, with its accessions). */
export const EAEU_MEMBERS: ReadonlySet<string> = new Set(['AM', 'BY', 'KG', 'KZ', 'RU'])

/**
 * Countries where common transit (T1, T2) may start and end: the contracting parties of the
 * Convention on a common transit procedure — the EU's 27 members, the EFTA countries, the United
 * Kingdom, Türkiye, North Macedonia, Serbia, Ukraine, Georgia, Moldova and Montenegro — and
 * Andorra and San Marino, where Union transit applies. No corridor country is one.
 */
export const COMMON_TRANSIT_COUNTRIES: ReadonlySet<string> = new Set([
  // European Union
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
  // EFTA
  'CH', 'IS', 'LI', 'NO',
  // further contracting parties
  'GB', 'TR', 'MK', 'RS', 'UA', 'GE', 'MD', 'ME',
  // Union transit
  'AD', 'SM',
]) // prettier-ignore
