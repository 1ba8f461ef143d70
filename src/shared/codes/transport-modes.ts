/**
 * Modes of transport.
 * Source: UN/ECE Recommendation 19 "Codes for Modes of Transport" — the single-digit codes 1–9
 * the declaration format accepts (0 "not specified" is not; declaration-format.md, Transport,
 * corrected: 9 is "not applicable", not "own propulsion").
 */
import { TRANSPORT_MODES } from '../format/constants'

export type TransportMode = (typeof TRANSPORT_MODES)[number]

export const TRANSPORT_MODE_NAMES: Readonly<Record<TransportMode, string>> = {
  '1': 'Maritime (sea) transport',
  '2': 'Rail transport',
  '3': 'Road transport',
  '4': 'Air transport',
  '5': 'Mail (postal consignment)',
  '6': 'Multimodal transport',
  '7': 'Fixed transport installation (pipeline, power line)',
  '8': 'Inland water transport',
  '9': 'Transport mode not applicable',
}

const MODES: ReadonlySet<string> = new Set(TRANSPORT_MODES)

export function isTransportMode(code: unknown): boolean {
  return typeof code === 'string' && MODES.has(code)
}

/** Modes that carry goods by water: Incoterms FAS, FOB, CFR and CIF are meant for these. */
export const WATER_MODES: ReadonlySet<string> = new Set(['1', '8'])
