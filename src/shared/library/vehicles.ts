/**
 * Saved vehicles: a tractor with its trailer (or a rigid truck), nationality and the TIR
 * certificate of approval, put into a declaration's transport in one pick.
 */
import { searchWords } from '../codes/search-text'
import { isJsonObject, type JsonObject } from '../json'
import { type MeansView, transportView } from '../model/view'

export interface VehicleUnit {
  /** registration number */
  identity: string
  nationality: string
}

export interface VehicleSet {
  /** the tractor, or the rigid truck when there is no trailer */
  tractor: VehicleUnit
  trailer?: VehicleUnit & { kind: 'trailer' | 'semi-trailer' }
  /** a rigid truck carries its load itself */
  rigid?: boolean
  approvalCertificate?: string
}

export interface VehicleEntry {
  id: string
  vehicle: VehicleSet
  /** the registrations, written without spaces, upper case: one entry per set */
  plateKey: string
  words: string[]
  createdAt: string
  updatedAt: string
}

const plate = (identity: string) => identity.replace(/\s/g, '').toUpperCase()

/**
 * The vehicle set of a declaration's means at departure (any value: it is read through the
 * declaration's view), or null when it has no road vehicle.
 */
export function vehicleFromTransport(value: unknown): VehicleSet | null {
  if (!isJsonObject(value)) return null
  const transport = transportView(value)
  const unit = (m: MeansView): VehicleUnit => ({
    identity: m.identity.trim(),
    nationality: m.nationality.trim(),
  })
  const means = transport.meansAtDeparture
  const tractor = means.find((m) => m.kind === 'tractor' || m.kind === 'rigid')
  if (!tractor || tractor.identity.trim() === '') return null
  const trailer = means.find((m) => m.kind === 'trailer' || m.kind === 'semi-trailer')
  const set: VehicleSet = { tractor: unit(tractor) }
  if (tractor.kind === 'rigid') set.rigid = true
  if (trailer && trailer.identity.trim() !== '')
    set.trailer = { ...unit(trailer), kind: trailer.kind as 'trailer' | 'semi-trailer' }
  const certificate = transport.approvalCertificate.trim()
  if (certificate) set.approvalCertificate = certificate
  return set
}

/** The transport elements a vehicle set fills (the rest of the transport stays as it is). */
export function transportWithVehicle(transport: unknown, vehicle: VehicleSet): JsonObject {
  const base = isJsonObject(transport) ? transport : {}
  const means: JsonObject[] = [{ kind: vehicle.rigid ? 'rigid' : 'tractor', ...vehicle.tractor }]
  if (vehicle.trailer) means.push({ ...vehicle.trailer })
  const result: JsonObject = { ...base, meansAtDeparture: means }
  if (vehicle.approvalCertificate) result.approvalCertificate = vehicle.approvalCertificate
  else delete result.approvalCertificate
  return result
}

export function vehicleEntry(
  vehicle: VehicleSet,
  at: string,
  id: string,
  existing?: VehicleEntry,
): VehicleEntry {
  const plates = [vehicle.tractor.identity, vehicle.trailer?.identity ?? '']
  return {
    id: existing?.id ?? id,
    vehicle,
    plateKey: plates.map(plate).join('+'),
    words: [
      ...new Set(
        [...plates, vehicle.tractor.nationality, vehicle.approvalCertificate ?? ''].flatMap(
          searchWords,
        ),
      ),
    ],
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
  }
}
