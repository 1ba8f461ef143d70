/**
 * Modes of transport.
 * Source: UN/ECE Recommendation 19 "Codes for Modes of Transport" — the single-digit codes the
 * declaration format accepts (6 "multimodal" and 0 "not specified" are not used in transit
 * declarations; declaration-format.md, Transport).
 */
import { TRANSPORT_MODES } from '../format/constants'

export type TransportMode = (typeof TRANSPORT_MODES)[number]

export const TRANSPORT_MODE_NAMES: Readonly<Record<TransportMode, string>> = {
  '1': 'Maritime (sea) transport',
  '2': 'Rail transport',
  '3': 'Road transport',
  '4': 'Air transport',
  '5': 'Mail (postal consignment)',
  '7': 'Fixed transport installation (pipeline, power line)',
  '8': 'Inland water transport',
  '9': 'Own propulsion',
}

const MODES: ReadonlySet<string> = new Set(TRANSPORT_MODES)

export function isTransportMode(code: unknown): boolean {
  return typeof code === 'string' && MODES.has(code)
}

/** Modes that carry goods by water: Incoterms FAS, FOB, CFR and CIF are meant for these. */
export const WATER_MODES: ReadonlySet<string> = new Set(['1', '8'])
