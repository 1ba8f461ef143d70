/**
 * Kinds of packages (SAD box 31, TIR voucher box 9).
 * Source: UN/ECE Recommendation 21 "Codes for Types of Cargo, Packages and Packaging
 * Materials" — the two-character codes in common use on the corridor, with their Rec 21 names.
 *
 * `bulk` kinds (VL, VO, VQ, VR, VS, VY) carry no count and no marks; `unpacked` (NE) may go
 * without count and marks (declaration-format.md, Package).
 */
export interface PackageKind {
  name: string
  bulk?: true
  unpacked?: true
}

export const PACKAGE_KINDS = {
  AE: { name: 'Aerosol' },
  AM: { name: 'Ampoule, non-protected' },
  BA: { name: 'Barrel' },
  BB: { name: 'Bobbin' },
  BE: { name: 'Bundle' },
  BG: { name: 'Bag' },
  BK: { name: 'Basket' },
  BL: { name: 'Bale, compressed' },
  BN: { name: 'Bale, non-compressed' },
  BO: { name: 'Bottle, non-protected, cylindrical' },
  BX: { name: 'Box' },
  CA: { name: 'Can, rectangular' },
  CH: { name: 'Chest' },
  CN: { name: 'Container, not otherwise specified as transport equipment' },
  CO: { name: 'Carboy, non-protected' },
  CR: { name: 'Crate' },
  CS: { name: 'Case' },
  CT: { name: 'Carton' },
  CX: { name: 'Can, cylindrical' },
  CY: { name: 'Cylinder' },
  DR: { name: 'Drum' },
  JC: { name: 'Jerrican, rectangular' },
  JR: { name: 'Jar' },
  JY: { name: 'Jerrican, cylindrical' },
  NE: { name: 'Unpacked or unpackaged', unpacked: true },
  NT: { name: 'Net' },
  PA: { name: 'Packet' },
  PC: { name: 'Parcel' },
  PK: { name: 'Package' },
  PL: { name: 'Pail' },
  PX: { name: 'Pallet' },
  RL: { name: 'Reel' },
  RO: { name: 'Roll' },
  SA: { name: 'Sack' },
  ST: { name: 'Sheet' },
  TB: { name: 'Tub' },
  TN: { name: 'Tin' },
  TU: { name: 'Tube' },
  VA: { name: 'Vat' },
  VL: { name: 'Bulk, liquid', bulk: true },
  VO: { name: 'Bulk, solid, large particles ("nodules")', bulk: true },
  VQ: { name: 'Bulk, liquefied gas (at abnormal temperature/pressure)', bulk: true },
  VR: { name: 'Bulk, solid, granular particles ("grains")', bulk: true },
  VS: { name: 'Bulk, scrap metal', bulk: true },
  VY: { name: 'Bulk, solid, fine particles ("powders")', bulk: true },
  ZZ: { name: 'Mutually defined' },
} as const satisfies Record<string, PackageKind>

export type PackageKindCode = keyof typeof PACKAGE_KINDS

const KINDS: Readonly<Record<string, PackageKind>> = PACKAGE_KINDS

/** The Rec 21 kind with this code, if the app knows it. */
export function packageKind(code: string): PackageKind | undefined {
  return Object.hasOwn(KINDS, code) ? KINDS[code] : undefined
}

export function isPackageKind(code: unknown): boolean {
  return typeof code === 'string' && Object.hasOwn(KINDS, code)
}

/** Bulk kinds: no count, no marks. */
export function isBulkPackageKind(code: string): boolean {
  return packageKind(code)?.bulk === true
}

/** Kinds whose count and marks may be absent: bulk kinds and NE (unpacked). */
export function packageCountOptional(code: string): boolean {
  const kind = packageKind(code)
  return kind?.bulk === true || kind?.unpacked === true
}
