/**
 * Cover sheet (packet.md, document 1): the packet's index, the declaration's key data and a QR
 * code with `{"lrn":…,"mrn":…,"sha256":…}` so a receiver can check that paper and file agree.
 *
 * The index is a Table whose last column, "Pages", is left empty ("") for every row: only the
 * layout engine knows the page numbers, and fills that column row by row (row k = the k-th
 * document of the packet, in packet order, the cover itself first).
 */
import { canonicalJson } from '../../format/canonical-json'
import type { DeclarationFile } from '../../format/schema'
import type { JsonObject } from '../../json'
import { APP_NAME } from '../../app-identity'
import type { PacketDocument, PacketDocumentId } from '../content'
import {
  formatDocument,
  formatKg,
  formatMoneyList,
  formatNumber,
  formatOffice,
  formatParty,
  formatRoute,
  lines,
  placeAndDate,
} from '../format'
import { sha256Hex } from '../sha256'
import { box, documentRole, documentTitles, grid } from './common'
import { declarationTotals } from './totals'
import type { DeclarationView } from '../../model/view'

/** What customs' number is called in each regime (corridor.md, "number from customs"). */
const REFERENCE_LABELS: Readonly<Record<string, string>> = {
  T1: 'Movement reference number (MRN)',
  T2: 'Movement reference number (MRN)',
  TIR: 'Customs reference (MRN where the TIR operation runs in NCTS)',
  EAEU: 'ТД registration number',
  NATIONAL: 'Customs reference (national numbering)',
}

const PROCEDURE_NAMES: Readonly<Record<string, string>> = {
  TIR: 'TIR (TIR Convention 1975)',
  T1: 'T1 (common transit)',
  T2: 'T2 (common transit)',
  EAEU: 'EAEU customs transit',
  NATIONAL: 'National transit',
}

/**
 * The transport documents the declaration names (CMR, SMGS, bill of lading, air waybill …): by
 * sea or air no transport paper is printed, so the cover says which one travels with the goods.
 */
function transportDocuments(view: DeclarationView): string {
  return lines(
    ...view.documents
      .filter((d) => documentRole(d) === 'transport')
      .map((d) => formatDocument(d, true)),
  )
}

/** Lower-case hex SHA-256 of the declaration's compact canonical JSON (keys sorted, no spaces). */
export function declarationDigest(declaration: DeclarationFile | JsonObject): string {
  return sha256Hex(canonicalJson(declaration))
}

/**
 * The QR code's text: compact JSON with the keys in this order, `mrn` null before lodgement:
 * {"lrn":"KZ-ALA-2026-0117","mrn":null,"sha256":"…"}.
 */
export function coverQrPayload(view: DeclarationView, digest: string): string {
  return JSON.stringify({ lrn: view.lrn, mrn: view.mrn === '' ? null : view.mrn, sha256: digest })
}

export function coverDocument(
  view: DeclarationView,
  digest: string,
  options: { documents: readonly PacketDocumentId[]; generatedAt: string },
): PacketDocument {
  const totals = declarationTotals(view)
  return {
    id: 'cover',
    title: documentTitles.cover,
    blocks: [
      { kind: 'text', text: `Transit declaration packet ${view.lrn}`.trim(), emphasis: 'bold' },
      grid(
        4,
        [
          box('', 'Local reference number (LRN)', view.lrn, 2),
          box('', REFERENCE_LABELS[view.procedure] ?? 'Customs reference', view.mrn, 2),
          box('', 'Procedure', PROCEDURE_NAMES[view.procedure] ?? view.procedure),
          box(
            '',
            'Declaration place and date',
            placeAndDate(view.placeOfDeclaration, view.declarationDate),
          ),
          box('', 'Time limit', view.limitDate),
          box('', 'Route', formatRoute(view.countriesOfRouting)),
          box('', 'Office of departure', formatOffice(view.officeOfDeparture), 2),
          box('', 'Office of destination', formatOffice(view.officeOfDestination), 2),
          box('', 'Holder (principal)', formatParty(view.holder, { tirHolderId: true }), 4),
          box('', 'Items', String(totals.items)),
          box('', 'Packages', formatNumber(totals.packages, 0)),
          box('', 'Gross mass', formatKg(totals.gross)),
          box('', 'Net mass', formatKg(totals.net)),
          box('', 'Value', formatMoneyList(totals.value), 4),
          box('', 'Transport documents', transportDocuments(view), 4),
        ],
        'Key data',
      ),
      {
        kind: 'table',
        title: 'Contents of this packet',
        columns: [
          { label: 'No.', width: 1, align: 'end' },
          { label: 'Document', width: 8 },
          { label: 'Pages', width: 2, align: 'end' },
        ],
        // "Pages" is filled in by the layout engine.
        rows: options.documents.map((id, index) => [String(index + 1), documentTitles[id], '']),
      },
      { kind: 'barcode', symbology: 'qrcode', data: coverQrPayload(view, digest) },
      {
        kind: 'text',
        emphasis: 'small',
        text:
          'The QR code holds the LRN, the MRN and the SHA-256 digest of the declaration file’s ' +
          `canonical JSON (keys sorted, no spaces): ${digest}`,
      },
      {
        kind: 'text',
        emphasis: 'small',
        text: `Generated ${options.generatedAt} by ${APP_NAME}.`,
      },
    ],
  }
}
