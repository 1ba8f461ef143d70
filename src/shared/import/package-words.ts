/**
 * Kinds of packages as spreadsheets write them: a UN/ECE Rec 21 code ("CT"), or a word an
 * exporter types instead ("коробка", "Cartons", "CTNS"). The words are the Russian names the
 * papers already print for these codes (PACKAGE_KIND_NAMES_RU in packet/documents/russian.ts,
 * with паллета beside поддон), the English Rec 21 names of the same codes, and the carton and
 * pallet abbreviations of Chinese and Turkish packing lists (CTN, CTNS, PLT). Only words that name
 * a package and no unit of measure: "piece" and "set" are also units (Rec 20), so they are not here.
 */
import { isPackageKind } from '../codes/package-kinds'
import { fold } from '../codes/search-text'

/** Word stems (folded, so ё is е) and the code each stands for; the longer stem first. */
const STEMS: readonly (readonly [string, string])[] = [
  ['картонн', 'CT'], // картонная коробка, картонные коробки
  ['без упаковк', 'NE'],
  ['обрешетк', 'CR'],
  ['коробк', 'BX'],
  ['коробок', 'BX'],
  ['короб', 'BX'],
  ['мешк', 'BG'],
  ['мешок', 'BG'],
  ['ящик', 'CS'],
  ['поддон', 'PX'],
  ['паллет', 'PX'],
  ['палет', 'PX'],
  ['рулон', 'RO'],
  ['бочк', 'BA'],
  ['бочек', 'BA'],
  ['связк', 'BE'],
  ['связок', 'BE'],
  ['барабан', 'DR'],
  ['упаковк', 'PK'],
]

/** Whole words: English singular and plural, and abbreviations (кор. for коробка). */
const WORDS: Readonly<Record<string, string>> = {
  bag: 'BG',
  bags: 'BG',
  box: 'BX',
  boxes: 'BX',
  carton: 'CT',
  cartons: 'CT',
  ctn: 'CT',
  ctns: 'CT',
  pallet: 'PX',
  pallets: 'PX',
  plt: 'PX',
  plts: 'PX',
  case: 'CS',
  cases: 'CS',
  crate: 'CR',
  crates: 'CR',
  drum: 'DR',
  drums: 'DR',
  barrel: 'BA',
  barrels: 'BA',
  roll: 'RO',
  rolls: 'RO',
  bundle: 'BE',
  bundles: 'BE',
  sack: 'SA',
  sacks: 'SA',
  package: 'PK',
  packages: 'PK',
  pkg: 'PK',
  pkgs: 'PK',
  кор: 'BX',
}

/** The code a word for a package stands for ("коробки" → BX, "CTNS" → CT), else null. */
export function packageWordCode(text: string): string | null {
  const folded = fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
  if (folded === '') return null
  if (Object.hasOwn(WORDS, folded)) return WORDS[folded]!
  for (const [stem, code] of STEMS) if (folded.startsWith(stem)) return code
  return null
}

/**
 * A package kind cell as the item takes it: a Rec 21 code as it is (upper case), a word for a
 * package as its code, anything else upper-cased as typed, so the validator names it.
 */
export function packageKindOf(text: string): string {
  const upper = text.trim().toUpperCase()
  if (isPackageKind(upper)) return upper
  return packageWordCode(text) ?? upper
}
