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
  readString,
  readText,
  show,
  wrongType,
} from './checker'

export function readPackage(c: Checker, pkg: Obj, path: string): void {
  const kind = readString(c, pkg, 'kind', path, true)
  let definition: PackageKind | undefined
  if (kind !== undefined) {
    definition = packageKind(kind)
    if (!definition) {
      c.report(
        'code.package-kind',
        `${path}/kind`,
        `Kind of packages ${show(kind)} is not a UN/ECE Rec 21 code the app knows (e.g. BG bag, CT carton, PX pallet, VR bulk grains).`,
      )
    }
  }
  const countPath = `${path}/count`
  const count = own(pkg, 'count')
  let countOk = false
  if (present(count)) {
    if (typeof count !== 'number' || !Number.isFinite(count)) {
      wrongType(c, countPath, count, 'a number')
    } else if (!Number.isInteger(count)) {
      c.report(
        'package.count-whole',
        countPath,
        `${c.What(countPath)} is ${count}; packages are counted in whole numbers.`,
      )
    } else countOk = true
  }
  if (definition?.bulk) {
    if (present(count)) {
      c.report(
        'package.bulk-count',
        countPath,
        `Bulk goods (${kind}) carry no number of packages; remove ${show(count)}.`,
      )
    }
  } else if (definition) {
    if (!present(count)) {
      c.report(
        'package.count-required',
        countPath,
        definition.unpacked
          ? `${c.What(countPath)} is missing: unpacked goods are counted too, so say how many pieces there are.`
          : `${c.What(countPath)} is missing: say how many ${definition.name.toLowerCase()} packages there are.`,
      )
    } else if (countOk && (count as number) < 1) {
      c.report(
        'package.count-required',
        countPath,
        `${c.What(countPath)} is ${count as number}; it should be 1 or more.`,
      )
    }
    if (!present(own(pkg, 'marks')) && !definition.unpacked) {
      c.report(
        'package.marks-required',
        `${path}/marks`,
        `${c.What(`${path}/marks`)} are missing: give the marks and numbers on the packages.`,
      )
    }
  }
  readText(c, pkg, 'marks', path, 1, 512, false)
}
