/**
 * The transport details (modes, means of transport, containerisation, approval certificate,
 * heavy or bulky goods) and the seals.
 */
import {
  type Checker,
  checkText,
  entryString,
  listMax,
  type Obj,
  own,
  present,
  quote,
  readBoolean,
  readEntries,
  readList,
  readObject,
  readText,
} from './checker'
import { isTransportMode } from '../codes/transport-modes'
import { type CodeCheck, readCode, readCountry, readField } from './read-codes'

const TRANSPORT_MODE: CodeCheck = { rule: 'code.transport-mode', valid: isTransportMode }
const ROAD_MEANS: ReadonlySet<string> = new Set(['tractor', 'trailer', 'semi-trailer', 'rigid'])

export interface TransportFacts {
  borderMode?: string
  containerised?: boolean
  heavyOrBulky?: boolean
  /** whether a road vehicle is among the means at departure (undefined: cannot tell) */
  road?: boolean
  approvalCertificate: boolean
}

/** The identity and nationality of a means of transport. */
function readVehicle(c: Checker, means: Obj, path: string): void {
  readText(c, means, 'identity', path, 'means.identity', true)
  readCountry(c, means, 'nationality', path, true)
}

export function readTransport(c: Checker, d: Obj): TransportFacts {
  const facts: TransportFacts = { approvalCertificate: false }
  const transport = readObject(c, d, 'transport', '', true)
  if (!transport) return facts
  const base = '/transport'
  facts.borderMode = readCode(c, transport, 'borderMode', base, TRANSPORT_MODE, true)
  readCode(c, transport, 'inlandMode', base, TRANSPORT_MODE, false)

  const id = 'transport.meansAtDeparture'
  const means = readList(c, transport, 'meansAtDeparture', base, id, true)
  if (means) {
    const kinds: string[] = []
    readEntries(c, means, listMax(id), `${base}/meansAtDeparture`, (c, entry, path) => {
      const kind = readField(c, entry, 'kind', path, 'means.kind', true)
      if (kind !== undefined) kinds.push(kind)
      readVehicle(c, entry, path)
    })
    facts.road = kinds.length > 0 ? kinds.some((kind) => ROAD_MEANS.has(kind)) : undefined
  }

  const border = readObject(c, transport, 'meansAtBorder', base, false)
  if (border) readVehicle(c, border, `${base}/meansAtBorder`)

  facts.containerised = readBoolean(c, transport, 'containerised', base, true)
  facts.heavyOrBulky = readBoolean(c, transport, 'heavyOrBulky', base, false)
  const certificate = 'transport.approvalCertificate'
  facts.approvalCertificate =
    readText(c, transport, 'approvalCertificate', base, certificate, false) !== undefined ||
    present(own(transport, 'approvalCertificate'))
  return facts
}

/** Each seal as long as the table allows, listed once. */
export function readSeals(c: Checker, d: Obj): void {
  const seals = readList(c, d, 'seals', '', 'seals', true)
  if (!seals) return
  const seen = new Set<string>()
  const n = Math.min(seals.length, listMax('seals'))
  for (let i = 0; i < n; i++) {
    const path = `/seals/${i}`
    const seal = entryString(c, seals[i], path)
    if (seal === undefined || !checkText(c, path, seal, 'seal')) continue
    if (seen.has(seal)) c.report('seals.duplicate', path, { value: quote(seal) })
    seen.add(seal)
  }
}
