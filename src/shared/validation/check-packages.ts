/**
 * The packages of a goods item: the kind of packages (UN/ECE Rec 21), their number and marks,
 * as far as the kind calls for them: bulk goods carry no number, unpacked goods are counted but
 * need no marks (NCTS rule C0060).
 */
import { packageKind, type PackageKind } from '../codes/package-kinds'
import {
  type Checker,
  type Obj,
  own,
  present,
  quote,
  readString,
  readText,
  wrongType,
} from './checker'

export function readPackage(c: Checker, pkg: Obj, path: string): void {
  const kind = readString(c, pkg, 'kind', path, true)
  let definition: PackageKind | undefined
  if (kind !== undefined) {
    definition = packageKind(kind)
    if (!definition) c.report('code.package-kind', `${path}/kind`, { value: quote(kind) })
  }
  const countPath = `${path}/count`
  const count = own(pkg, 'count')
  let countOk = false
  if (present(count)) {
    if (typeof count !== 'number' || !Number.isFinite(count)) {
      wrongType(c, countPath, count, 'number')
    } else if (!Number.isInteger(count)) {
      c.report('package.count-whole', countPath, { number: count })
    } else countOk = true
  }
  if (definition?.bulk) {
    if (present(count))
      c.report('package.bulk-count', countPath, { kind: kind!, value: quote(count) })
  } else if (definition) {
    if (!present(count)) {
      c.report('package.count-required', countPath, {
        context: definition.unpacked ? 'unpacked' : 'missing',
        kind: kind!,
      })
    } else if (countOk && (count as number) < 1) {
      c.report('package.count-required', countPath, {
        context: 'below-one',
        number: count as number,
      })
    }
    if (!present(own(pkg, 'marks')) && !definition.unpacked) {
      c.report('package.marks-required', `${path}/marks`)
    }
  }
  readText(c, pkg, 'marks', path, 'package.marks', false)
}
