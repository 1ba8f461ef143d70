/**
 * The CC015C schema's simple types that the writer checks values against (scope.ts), with the
 * exact decimal arithmetic masses need. Sources: stypes.xsd, htypes.xsd and tcl.xsd beside
 * cc015c.xsd (CTC Phase 6 XSD 60.4.16, src/shared/ncts/xsd), type by type as named below.
 *
 * What the schema does to text first: types based on xs:normalizedString (every AlphaNumType)
 * turn tab, line feed and carriage return into spaces; types based on xs:token also collapse
 * runs of spaces and trim. Lengths then count characters (code points), and the `_NoSpaces`
 * types' pattern `\P{Z}(.*\P{Z})?` forbids a space separator at either end.
 */

export interface TextType {
  /** the schema's type, named in refusals */
  readonly name: string
  readonly max: number
  /** at least this many characters (an exact length when equal to max); 1 by default */
  readonly min?: number
  /** xs:token (collapse) rather than xs:normalizedString (replace) */
  readonly token?: boolean
  /** the `_NoSpaces` pattern: no space separator first or last */
  readonly noSpaceEnds?: boolean
  /** the rest of the type's pattern, anchored */
  readonly pattern?: RegExp
}

export interface DecimalType {
  readonly name: string
  readonly totalDigits: number
  readonly fractionDigits: number
  /** DecimalWithZero_* (true) or DecimalWithoutZero_* (false) */
  readonly zero: boolean
}

export interface IntegerType {
  readonly name: string
  readonly min: number
  readonly max: number
}

/** AlphaNumeric_MAXn_NoSpaces (stypes.xsd): normalizedString, maxLength n, no space at the ends. */
export const an = (max: number): TextType => ({
  name: `AlphaNumeric_MAX${max}_NoSpaces`,
  max,
  noSpaceEnds: true,
})

/** An xs:token restricted by the pattern `.{min,max}` (htypes.xsd, stypes.xsd *ContentType). */
export const token = (name: string, min: number, max: number, pattern?: RegExp): TextType => ({
  name,
  min,
  max,
  token: true,
  ...(pattern ? { pattern } : {}),
})

export const TYPES = {
  /** LRNContentType03 → AlphaNumeric_MAX22_NoSpaces */
  lrn: an(22),
  /** CORefNumType: length 8, [A-Z]{2}[A-Z0-9]{6} */
  office: { name: 'CORefNumType', min: 8, max: 8, pattern: /^[A-Z]{2}[A-Z0-9]{6}$/ },
  /** CountryCodeType: [A-Z]{2} */
  country: { name: 'CountryCodeType', min: 2, max: 2, pattern: /^[A-Z]{2}$/ },
  /** CurrencyContentType: xs:token [A-Za-z]{3} */
  currency: token('CurrencyContentType', 3, 3, /^[A-Za-z]{3}$/),
  /** TINNewType (carrier): 3–17, [A-Z]{2}[!-~]{1,15} */
  tin: { name: 'TINNewType', min: 3, max: 17, pattern: /^[A-Z]{2}[!-~]{1,15}$/ },
  /**
   * GRNType: [0-9]{2}[A-Z]{2}[A-Z0-9]{12}[0-9]([A-Z][0-9]{6})?, at most 17 characters as TIS
   * rule R0318 sets for every guarantee type but 4 (vouchers, which the writer never declares)
   */
  grn: {
    name: 'GRNType (an17, rule R0318)',
    max: 17,
    pattern: /^[0-9]{2}[A-Z]{2}[A-Z0-9]{12}[0-9](?:[A-Z][0-9]{6})?$/,
  },
  /** AlphaNumeric_4_NoSpaces (AccessCodeContentType02) */
  accessCode: { name: 'AlphaNumeric_4_NoSpaces', min: 4, max: 4, noSpaceEnds: true },
  /** TIRcarnetNumber: 1–12, the IRU's ranges */
  tirCarnet: {
    name: 'TIRcarnetNumber',
    max: 12,
    pattern:
      /^(?:[1-9][0-9]{0,6}|(?:1[0-9]|2[0-4])[0-9]{0,6}|25000000|(?:X[A-Z]|[A-Z]X)(?:2[5-9]|[3-9][0-9]|[1-9][0-9][0-9])[0-9]{6})$/,
  },
  /** ContainerIdentificationNumber_NoSpaces: printable ASCII, 1–17, no space at the ends */
  container: {
    name: 'ContainerIdentificationNumber_NoSpaces',
    max: 17,
    pattern: /^(?:[!-~][ -~]{1,15}[!-~]|[!-~]{1,2})$/,
  },
  /** EmailAddressType256_NoSpaces: Basic Latin, ≤ 256, \P{Z}[^@]*@[^\.]+\..*\P{Z} */
  email: {
    name: 'EmailAddressType256_NoSpaces',
    max: 256,
    pattern: /^(?=[^\u0080-\uffff]+$)[^ ][^@]*@[^.]+\..*[^ ]$/,
  },
  /** PhoneNumberContentType02: xs:token .{1,35} */
  phone: token('PhoneNumberContentType02', 1, 35),
  /** HarmonizedSystemSubHeadingCodeContentType: xs:token .{6} */
  hs6: token('HarmonizedSystemSubHeadingCodeContentType', 6, 6),
  /** CombinedNomenclatureCodeContentType02: AlphaNumeric_2_NoSpaces */
  cn2: { name: 'AlphaNumeric_2_NoSpaces', min: 2, max: 2, noSpaceEnds: true },
  /** TypeContentType02 (document types): xs:token .{4} */
  documentType: token('TypeContentType02', 4, 4),
  /** UNNumberContentType: xs:token .{4} */
  unNumber: token('UNNumberContentType', 4, 4),
  /** TypeOfPackagesContentType: xs:token .{2} */
  packageType: token('TypeOfPackagesContentType', 2, 2),
  /** UNLocodeContentType: xs:token .{1,17} */
  locode: token('UNLocodeContentType', 1, 17),
  /** message header: MessageSender/Recipient/IdentificationContentType, xs:token .{1,35} */
  header: token('xs:token .{1,35}', 1, 35),
} as const satisfies Record<string, TextType>

export const DECIMALS = {
  /** GrossMassContentType02 (goods item): DecimalWithZero_16_6 */
  massWithZero: { name: 'DecimalWithZero_16_6', totalDigits: 16, fractionDigits: 6, zero: true },
  /** GrossMassContentType01, NetMassContentType, SupplementaryUnits: DecimalWithoutZero_16_6 */
  mass: { name: 'DecimalWithoutZero_16_6', totalDigits: 16, fractionDigits: 6, zero: false },
  /** AmountToBeCoveredContentType: DecimalWithZero_16_2 */
  amount: { name: 'DecimalWithZero_16_2', totalDigits: 16, fractionDigits: 2, zero: true },
} as const satisfies Record<string, DecimalType>

export const INTEGERS = {
  /** SequenceNumberContentType, GoodsItemNumber: NumericWithoutZero_5 */
  sequence: { name: 'NumericWithoutZero_5', min: 1, max: 99999 },
  /** NumberOfPackagesContentType01: NumericWithZero_8 */
  packages: { name: 'NumericWithZero_8', min: 0, max: 99999999 },
  /** NumberOfSealsContentType: NumericWithZero_4 */
  seals: { name: 'NumericWithZero_4', min: 0, max: 9999 },
  /** DeclarationGoodsItemNumberType: 1–1999 */
  declarationItem: { name: 'DeclarationGoodsItemNumberType', min: 1, max: 1999 },
} as const satisfies Record<string, IntegerType>

/** The decimal digits of a finite number exactly as JavaScript prints it, without exponent. */
export function plainDecimal(value: number): string {
  const printed = String(value)
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(printed)
  if (!match) return printed
  const [, sign, whole = '', fraction = '', exponentText = '0'] = match
  const digits = whole + fraction
  const point = whole.length + Number(exponentText)
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`
}

/** A non-negative decimal text as an integer count of 10^-scale (exact). */
export function scaled(decimal: string, scale: number): bigint {
  const [whole = '0', fraction = ''] = decimal.split('.')
  return BigInt(whole + fraction.padEnd(scale, '0'))
}

/** The decimal text of an integer count of 10^-scale, without trailing zeros. */
export function unscaled(value: bigint, scale: number): string {
  const digits = value.toString().padStart(scale + 1, '0')
  const whole = digits.slice(0, digits.length - scale)
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '')
  return fraction ? `${whole}.${fraction}` : whole
}

/**
 * The number of digits of a decimal text as totalDigits counts them: the value is i × 10^-n,
 * and i's digits are counted (leading zeros and the fraction's trailing zeros do not count).
 */
export function totalDigits(decimal: string): number {
  const [whole = '', fraction = ''] = decimal.split('.')
  return (whole + fraction.replace(/0+$/, '')).replace(/^0+/, '').length
}
