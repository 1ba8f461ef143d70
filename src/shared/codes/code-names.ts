/**
 * The English names of the code lists TransitDesk names itself (the lists' sources are cited in
 * their files). Other languages keep theirs in the catalogues (`<lang>/codes.json`), under the
 * same `codeName.<list>.<code>` keys; countries and currencies are named by Intl (CLDR).
 */
import { DOCUMENT_CODES } from './document-codes'
import { INCOTERM_NAMES } from './incoterms'
import { PACKAGE_KINDS } from './package-kinds'
import { TRANSPORT_MODE_NAMES } from './transport-modes'
import { UNITS } from './units'

export const NAMED_CODE_LISTS = [
  'packageKind',
  'documentCode',
  'transportMode',
  'incoterm',
  'unit',
] as const
export type NamedCodeList = (typeof NAMED_CODE_LISTS)[number]

export type CodeNames = Record<NamedCodeList, Record<string, string>>

const kinds: Readonly<Record<string, { name: string }>> = PACKAGE_KINDS

export const ENGLISH_CODE_NAMES: CodeNames = {
  packageKind: Object.fromEntries(Object.entries(kinds).map(([code, kind]) => [code, kind.name])),
  documentCode: { ...DOCUMENT_CODES },
  transportMode: { ...TRANSPORT_MODE_NAMES },
  incoterm: { ...INCOTERM_NAMES },
  unit: { ...UNITS },
}
