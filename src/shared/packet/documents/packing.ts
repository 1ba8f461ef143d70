/**
 * Packing list (packet.md, document 7): per goods item its marks and numbers, kind and number
 * of packages, net and gross mass and containers; totals computed as the invoice and the
 * declaration compute them (totals.ts), so the three agree.
 */
import { packageKind } from '../../codes/package-kinds'
import type { PacketDocument } from '../content'
import {
  formatKg,
  formatMass,
  formatMeans,
  formatNumber,
  formatParty,
  formatPlace,
  join,
  lines,
  spaced,
} from '../format'
import { box, documentTitles, grid, stacked, unique } from './common'
import { afghanTransitEndorsement } from './endorsements'
import { declarationTotals } from './totals'
import type { DeclarationView } from '../../model/view'

export function packingDocument(view: DeclarationView): PacketDocument {
  const totals = declarationTotals(view)
  const invoice = view.invoice
  const first = view.consignments[0]
  const containers = unique(view.items.flatMap((i) => i.containers))
  const endorsement = afghanTransitEndorsement(view)
  return {
    id: 'packing',
    title: documentTitles.packing,
    blocks: [
      ...(endorsement ? [{ kind: 'text', emphasis: 'bold', text: endorsement } as const] : []),
      {
        kind: 'text',
        emphasis: 'bold',
        text: join(
          ' ',
          'Packing list',
          invoice?.number && `to invoice No. ${invoice.number}`,
          invoice?.date && `of ${invoice.date}`,
        ),
      },
      grid(2, [
        box('', 'Shipper', formatParty(first?.consignor)),
        box('', 'Consignee', formatParty(first?.consignee)),
        box('', 'Invoice', invoice ? join(' of ', invoice.number, invoice.date) : ''),
        box(
          '',
          'Transit declaration',
          lines(view.lrn !== '' && `LRN ${view.lrn}`, view.mrn !== '' && `MRN ${view.mrn}`),
        ),
        box('', 'Means of transport', lines(...view.transport.meansAtDeparture.map(formatMeans))),
        box('', 'Containers', containers.join(', ')),
        box('', 'Place of loading', formatPlace(view.placeOfLoading)),
        box('', 'Place of unloading', formatPlace(view.placeOfUnloading)),
        box('', 'Seals', view.seals.join(', '), 2),
      ]),
      {
        kind: 'table',
        title: 'Packages',
        columns: [
          { label: 'No.', width: 2, align: 'end' },
          { label: 'Marks and numbers', width: 6 },
          { label: 'Kind of packages', width: 5 },
          { label: 'Number', width: 3, align: 'end' },
          { label: 'Description of goods', width: 10 },
          { label: 'Net mass (kg)', width: 4, align: 'end' },
          { label: 'Gross mass (kg)', width: 4, align: 'end' },
          { label: 'Containers', width: 5 },
        ],
        rows: view.items.map((item) => [
          item.sequence,
          stacked(item.packages.map((p) => p.marks)),
          stacked(item.packages.map((p) => spaced(p.kind, packageKind(p.kind)?.name))),
          stacked(item.packages.map((p) => formatNumber(p.count, 0))),
          item.description,
          formatMass(item.netMass),
          formatMass(item.grossMass),
          item.containers.join('\n'),
        ]),
        totals: [
          '',
          '',
          'Total',
          formatNumber(totals.packages, 0),
          `${totals.items} items`,
          formatMass(totals.net),
          formatMass(totals.gross),
          '',
        ],
      },
      {
        kind: 'text',
        text: join(
          ', ',
          `Total: ${formatNumber(totals.packages, 0)} packages`,
          totals.net !== undefined && `net mass ${formatKg(totals.net)}`,
          totals.gross !== undefined && `gross mass ${formatKg(totals.gross)}`,
        ),
      },
      { kind: 'text', text: 'Signature and stamp of the shipper:' },
    ],
  }
}
