/**
 * Transit accompanying document (T1/T2 only), in the NCTS Phase 5 layout: every field labelled
 * with its data element number ("Holder of the transit procedure [13 07]"), the MRN as a Code 128
 * barcode, the three sections officers write in, and the list of items on pages of its own.
 *
 * Sources: the TAD and List of items are the specimens of Annex B-02/B-03 of Delegated
 * Regulation (EU) 2015/2446 as amended by DA (EU) 2021/234, and of Annexes A3/A4 to Appendix III
 * of the Convention on a common transit procedure; the labels and section headings are those
 * HMRC's Phase 5 TAD prints (hmrc/transit-movements-trader-manage-documents, commit aa1992f,
 * app/views/tad/**; docs/papers-research.md §3). Dates stay ISO, as HMRC prints them.
 *
 * Before lodgement there is no MRN: the barcode carries the LRN and every page is stamped
 * PRE-LODGEMENT.
 */
import type { Block, PacketDocument } from '../content'
import {
  formatCountry,
  formatDocument,
  formatMass,
  formatMeans,
  formatMode,
  formatNumber,
  formatParty,
  formatPlace,
  lines,
} from '../format'
import { box, documentRole, documentTitles, formatGuarantee, grid, unique } from './common'
import { itineraryTable, officerSections, TAD_LABELS } from './tad-sections'
import { tadItemsTable } from './tad-items'
import { declarationTotals } from './totals'
import type { DeclarationView } from '../../model/view'

export { itinerary } from './tad-sections'

export const PRE_LODGEMENT = 'PRE-LODGEMENT'

function documentsOf(view: DeclarationView, role: ReturnType<typeof documentRole>): string {
  return lines(
    ...view.documents.filter((d) => documentRole(d) === role).map((d) => formatDocument(d)),
  )
}

/** Parties of all consignments, each once (blank line between them). */
function partiesOf(texts: string[]): string {
  return unique(texts).join('\n\n')
}

export function tadDocument(view: DeclarationView): PacketDocument {
  const totals = declarationTotals(view)
  const lodged = view.mrn !== ''
  const reference = lodged ? view.mrn : view.lrn
  const t = view.transport
  const L = TAD_LABELS

  const blocks: Block[] = []
  if (reference !== '') {
    blocks.push({ kind: 'barcode', symbology: 'code128', data: reference, caption: reference })
  }
  if (!lodged) {
    blocks.push({
      kind: 'text',
      emphasis: 'bold',
      text: `${PRE_LODGEMENT}: no MRN has been given yet; the barcode carries the LRN. This copy is not valid for transit.`,
    })
  }
  blocks.push(
    grid(4, [
      box('', 'MRN', view.mrn, 2),
      box('', L.lrn, view.lrn, 2),
      box('', L.declarationType, view.procedure),
      box('', 'Total items', String(totals.items)),
      box('', 'Total packages', formatNumber(totals.packages, 0)),
      box('', 'Total gross mass (kg)', formatMass(totals.gross)),
    ]),
    grid(
      4,
      [
        box('', L.consignor, partiesOf(view.consignments.map((c) => formatParty(c.consignor))), 2),
        box('', L.consignee, partiesOf(view.consignments.map((c) => formatParty(c.consignee))), 2),
        box('', L.holder, formatParty(view.holder, { contact: true }), 2),
        box('', L.representative, formatParty(view.representative, { contact: true }), 2),
        box('', L.carrier, formatParty(view.carrier, { contact: true }), 4),
      ],
      'Parties',
    ),
    grid(
      4,
      [
        box('', L.departureMeans, lines(...t.meansAtDeparture.map(formatMeans)), 2),
        box('', L.borderMeans, t.meansAtBorder ? formatMeans(t.meansAtBorder) : '', 2),
        box('', L.borderMode, formatMode(t.borderMode)),
        box('', L.inlandMode, formatMode(t.inlandMode)),
        box('', L.container, t.containerised === undefined ? '' : t.containerised ? '1' : '0'),
        box(
          '',
          L.seals,
          lines(view.seals.length > 0 && `${view.seals.length}: ${view.seals.join(', ')}`),
        ),
        box('', L.equipment, unique(view.items.flatMap((i) => i.containers)).join(', '), 4),
        box('', L.placeOfLoading, formatPlace(view.placeOfLoading), 2),
        box('', L.placeOfUnloading, formatPlace(view.placeOfUnloading), 2),
        box('', L.locationOfGoods, view.locationOfGoods, 4),
      ],
      'Transport',
    ),
    grid(
      4,
      [
        box('', L.previousDocument, documentsOf(view, 'previous'), 2),
        box('', L.transportDocument, documentsOf(view, 'transport'), 2),
        box('', L.supportingDocument, documentsOf(view, 'supporting'), 2),
        box('', L.additionalInformation, view.remarks, 2),
        box('', L.guarantee, formatGuarantee(view.guarantee), 2),
        box('', L.limitDate, view.limitDate),
        box('', L.countryOfDispatch, formatCountry(view.countryOfDispatch)),
        box('', L.countryOfDestination, formatCountry(view.countryOfDestination), 2),
      ],
      'Documents, guarantee and time limit',
    ),
    itineraryTable(view),
    ...officerSections(),
    tadItemsTable(view),
  )

  const document: PacketDocument = { id: 'tad', title: documentTitles.tad, blocks }
  if (reference !== '') document.pageBarcode = reference
  if (!lodged) document.stamp = PRE_LODGEMENT
  return document
}
