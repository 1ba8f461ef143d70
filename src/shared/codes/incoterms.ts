/**
 * Incoterms® 2020 rules.
 * Source: International Chamber of Commerce, Incoterms® 2020 (the eleven rules and their names).
 */
import { INCOTERMS_2020 } from '../format/constants'

export type Incoterm = (typeof INCOTERMS_2020)[number]

export const INCOTERM_NAMES: Readonly<Record<Incoterm, string>> = {
  EXW: 'Ex Works',
  FCA: 'Free Carrier',
  CPT: 'Carriage Paid To',
  CIP: 'Carriage and Insurance Paid To',
  DAP: 'Delivered at Place',
  DPU: 'Delivered at Place Unloaded',
  DDP: 'Delivered Duty Paid',
  FAS: 'Free Alongside Ship',
  FOB: 'Free on Board',
  CFR: 'Cost and Freight',
  CIF: 'Cost, Insurance and Freight',
}

const RULES: ReadonlySet<string> = new Set(INCOTERMS_2020)

export function isIncoterm(code: unknown): boolean {
  return typeof code === 'string' && RULES.has(code)
}

/** The rules for sea and inland waterway transport only. */
export const MARITIME_INCOTERMS: ReadonlySet<string> = new Set(['FAS', 'FOB', 'CFR', 'CIF'])
