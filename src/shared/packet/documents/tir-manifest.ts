/**
 * The goods manifest of the TIR data sheet (vouchers, boxes 9–11), one block per container or
 * road vehicle.
 *
 * TIR Convention art. 17(1): when one carnet covers a combination of vehicles or several
 * containers, "the TIR manifest … shall list separately the contents of each vehicle in the
 * combination of vehicles or of each container"; the Rules regarding the use of the TIR Carnet
 * (Annex 1, rule 10) add that these particulars are "preceded by the registration number of the
 * vehicle or the identification number of the container (box 9 of the manifest)" (Czech
 * official text, 61/2008 Sb.m.s., rule 10 i). So each block here is headed by its container or
 * vehicle, and its first line in box 9 repeats it.
 *
 * The file says which containers an item is in, not which vehicle: goods in no container form
 * one block headed by the load-carrying road vehicles (trailers, semi-trailers, rigid vehicles;
 * every road vehicle when none is one). Items in the same set of containers form one block.
 *
 * Box 10 carries the number and type of packages and the description, then the HS code (the
 * TIR Administrative Committee's recommendation to show the commodity code in the manifest)
 * and the particulars of dangerous goods.
 */
import type { Table } from '../content'
import { formatMass, formatMeans, formatNumber, formatPackageKind, lines } from '../format'
import { stacked } from './common'
import { itemDangerousGoods } from './dangerous-goods'
import { totalsOf } from './totals'
import type { DeclarationView, ItemView, MeansView } from '../../model/view'

export const HEAVY_OR_BULKY = 'HEAVY OR BULKY GOODS'

/**
 * A heading with the art. 32 endorsement in front when the goods are heavy or bulky: headings
 * are bold, and a heading cannot be left at the foot of a page apart from its boxes.
 */
export function endorsed(view: DeclarationView, heading: string): string {
  return view.transport.heavyOrBulky ? `${HEAVY_OR_BULKY} — ${heading}` : heading
}

const ROAD_VEHICLES: ReadonlySet<string> = new Set(['tractor', 'trailer', 'semi-trailer', 'rigid'])
const LOAD_CARRYING: ReadonlySet<string> = new Set(['trailer', 'semi-trailer', 'rigid'])

/** The road vehicles of the movement (all its means when none is a road vehicle). */
export function roadVehicles(view: DeclarationView): MeansView[] {
  const means = view.transport.meansAtDeparture
  const road = means.filter((m) => ROAD_VEHICLES.has(m.kind))
  return road.length > 0 ? road : means
}

function loadCarryingVehicles(view: DeclarationView): MeansView[] {
  const road = roadVehicles(view)
  const loaded = road.filter((m) => LOAD_CARRYING.has(m.kind))
  return loaded.length > 0 ? loaded : road
}

export interface ManifestBlock {
  /** what the goods are loaded in: "Container KZTU1002001", "Road vehicle semi-trailer 45AB02 (KZ)" */
  heading: string
  items: ItemView[]
}

function vehicleHeading(vehicles: string[]): string {
  return vehicles.length > 1
    ? `Road vehicles ${vehicles.join(', ')}`
    : `Road vehicle ${vehicles[0] ?? '(registration not given)'}`
}

/**
 * The items grouped by container, goods in no container by road vehicle, in file order; a
 * declaration without items still gets one (empty) block.
 */
export function manifestBlocks(view: DeclarationView): ManifestBlock[] {
  const vehicles = loadCarryingVehicles(view).map(formatMeans)
  const blocks = new Map<string, ManifestBlock>()
  for (const item of view.items) {
    // The same containers in any order are one load.
    const key = [...item.containers].sort().join(', ')
    let block = blocks.get(key)
    if (!block) {
      const n = item.containers.length
      const heading =
        n === 0 ? vehicleHeading(vehicles) : `${n > 1 ? 'Containers' : 'Container'} ${key}`
      block = { heading, items: [] }
      blocks.set(key, block)
    }
    block.items.push(item)
  }
  return blocks.size > 0 ? [...blocks.values()] : [{ heading: vehicleHeading(vehicles), items: [] }]
}

export const MANIFEST_COLUMNS = [
  '9 (a) Load compartment(s) or container(s); (b) marks and numbers of packages or articles',
  '10 Number and type of packages or articles; description of goods',
  '11 Gross weight in kg',
] as const

function itemRow(item: ItemView, heading: string): string[] {
  return [
    lines(heading, stacked(item.packages.map((p) => p.marks))),
    lines(
      ...item.packages.map((p) => formatPackageKind(p.kind, p.count)),
      item.description,
      item.hsCode !== '' && `HS code ${item.hsCode}`,
      ...itemDangerousGoods(item),
    ),
    formatMass(item.grossMass),
  ]
}

function manifestTable(
  view: DeclarationView,
  block: ManifestBlock,
  index: number,
  count: number,
): Table {
  const totals = totalsOf(block.items)
  return {
    kind: 'table',
    title: endorsed(
      view,
      `Goods manifest${count > 1 ? ` ${index + 1} of ${count}` : ''}: ${block.heading}`,
    ),
    columns: [
      { label: MANIFEST_COLUMNS[0], width: 9 },
      { label: MANIFEST_COLUMNS[1], width: 14 },
      { label: MANIFEST_COLUMNS[2], width: 4, align: 'end' },
    ],
    // the identification precedes the block's goods in box 9 (rule 10)
    rows: block.items.map((item, i) => itemRow(item, i === 0 ? block.heading : '')),
    totals: [
      `Total, ${block.heading}`,
      `${formatNumber(totals.packages, 0)} packages`,
      formatMass(totals.gross),
    ],
  }
}

/** The manifest blocks, each a table headed by its container or vehicle. */
export function manifestTables(view: DeclarationView): Table[] {
  const blocks = manifestBlocks(view)
  return blocks.map((block, i) => manifestTable(view, block, i, blocks.length))
}
