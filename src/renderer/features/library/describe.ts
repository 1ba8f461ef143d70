/** One-line descriptions of saved goods lines and vehicles, for pickers and lists. */
import type { GoodsLine } from '../../../shared/library/goods'
import type { VehicleSet } from '../../../shared/library/vehicles'
import type { EntryLine } from './EntryPicker'

const hs = (code: string) => (code.length > 4 ? `${code.slice(0, 4)}.${code.slice(4)}` : code)

export function describeGoods(line: GoodsLine): EntryLine {
  const perPackage = [
    line.grossMassPerPackage !== undefined ? `${line.grossMassPerPackage} kg gross` : '',
    line.valuePerPackage !== undefined
      ? `${line.valuePerPackage} ${line.currency ?? ''}`.trim()
      : '',
  ].filter(Boolean)
  const detail = [
    hs(line.hsCode),
    line.countryOfOrigin ?? '',
    line.packageKind ? `per ${line.packageKind}: ${perPackage.join(', ')}` : perPackage.join(', '),
  ].filter(Boolean)
  return { primary: line.description, secondary: detail.join(' · ') }
}

export function describeVehicle(vehicle: VehicleSet): EntryLine {
  const units = [vehicle.tractor, ...(vehicle.trailer ? [vehicle.trailer] : [])]
  return {
    primary: units.map((u) => `${u.identity} (${u.nationality})`).join(' + '),
    secondary: vehicle.approvalCertificate ? `Approval ${vehicle.approvalCertificate}` : '',
  }
}
