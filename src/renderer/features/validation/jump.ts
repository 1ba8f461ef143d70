/**
 * Jumping from a finding to its field: open the section (and, for goods, the consignment and
 * the item's details) that shows the element, then focus it. Pure routing here; the editor
 * performs the focus once the section has rendered.
 */
import { fromPointer } from '../../../shared/json'
import type { EditorSectionId, GoodsView } from '../../state/ui-store'

const SECTION_OF: Record<string, EditorSectionId> = {
  lrn: 'general',
  mrn: 'general',
  procedure: 'general',
  declarationDate: 'general',
  placeOfDeclaration: 'general',
  limitDate: 'general',
  guarantee: 'general',
  countryOfDispatch: 'itinerary',
  countryOfDestination: 'itinerary',
  countriesOfRouting: 'itinerary',
  officeOfDeparture: 'itinerary',
  officesOfTransit: 'itinerary',
  officeOfDestination: 'itinerary',
  placeOfLoading: 'itinerary',
  placeOfUnloading: 'itinerary',
  locationOfGoods: 'itinerary',
  holder: 'parties',
  representative: 'parties',
  carrier: 'parties',
  transport: 'transport',
  seals: 'transport',
  consignments: 'goods',
  documents: 'documents',
  invoice: 'documents',
  remarks: 'documents',
  movement: 'movement',
}

/** Item elements shown as columns of the items table (no details panel needed). */
const TABLE_COLUMNS = new Set([
  'description',
  'hsCode',
  'countryOfOrigin',
  'grossMass',
  'netMass',
  'sequence',
])

export interface JumpTarget {
  section: EditorSectionId
  goods?: Partial<GoodsView>
}

export function jumpTarget(pointer: string): JumpTarget {
  const [head, c, part, i, field, ...rest] = fromPointer(pointer)
  const section = SECTION_OF[String(head)] ?? 'general'
  if (section !== 'goods' || typeof c !== 'number') return { section }
  if (part === 'consignor' || part === 'consignee')
    return { section, goods: { consignment: c, partiesOpen: true } }
  if (part !== 'items' || typeof i !== 'number') return { section, goods: { consignment: c } }
  const inTable =
    field === undefined ||
    TABLE_COLUMNS.has(String(field)) ||
    (field === 'packages' && rest[0] === 0 && (rest[1] === 'kind' || rest[1] === 'count')) ||
    (field === 'value' && rest[0] === 'amount')
  return { section, goods: { consignment: c, item: inTable ? null : i } }
}

/** The pointer itself, then each shorter prefix: where to look for something to focus. */
export function pointerAndParents(pointer: string): string[] {
  const parts = pointer.split('/')
  return parts.map((_, n) => parts.slice(0, parts.length - n).join('/')).filter((p) => p !== '')
}
