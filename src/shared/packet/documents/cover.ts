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
import { box, documentRole, grid } from './common'
import type { PaperWords } from '../languages/paper-words'
import { declarationTotals } from './totals'
import type { DeclarationView } from '../../model/view'

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
  options: { documents: readonly PacketDocumentId[]; generatedAt: string; words: PaperWords },
): PacketDocument {
  const totals = declarationTotals(view)
  const { cover: w, titles, countries } = options.words
  return {
    id: 'cover',
    title: titles.cover,
    ...(options.words.language !== 'en' ? { language: options.words.language } : {}),
    blocks: [
      { kind: 'text', text: w.heading(view.lrn), emphasis: 'bold' },
      grid(
        4,
        [
          box('', w.lrn, view.lrn, 2),
          box('', w.reference[view.procedure] ?? w.referenceOther, view.mrn, 2),
          box('', w.procedure, w.procedures[view.procedure] ?? view.procedure),
          box(
            '',
            w.placeAndDate,
            placeAndDate(view.placeOfDeclaration, options.words.date(view.declarationDate)),
          ),
          box('', w.timeLimit, options.words.date(view.limitDate)),
          box('', w.route, formatRoute(view.countriesOfRouting)),
          box('', w.departure, formatOffice(view.officeOfDeparture), 2),
          box('', w.destination, formatOffice(view.officeOfDestination), 2),
          box('', w.holder, formatParty(view.holder, { tirHolderId: true, countries }), 4),
          box('', w.items, String(totals.items)),
          box('', w.packages, formatNumber(totals.packages, 0)),
          box('', w.gross, formatKg(totals.gross)),
          box('', w.net, formatKg(totals.net)),
          box('', w.value, formatMoneyList(totals.value), 4),
          box('', w.transportDocuments, transportDocuments(view), 4),
        ],
        w.keyData,
      ),
      {
        kind: 'table',
        title: w.contents,
        columns: [
          { label: w.number, width: 1, align: 'end' },
          { label: w.document, width: 8 },
          { label: w.pages, width: 2, align: 'end' },
        ],
        // "Pages" is filled in by the layout engine.
        rows: options.documents.map((id, index) => [String(index + 1), titles[id], '']),
      },
      { kind: 'barcode', symbology: 'qrcode', data: coverQrPayload(view, digest) },
      { kind: 'text', emphasis: 'small', text: w.qrNote(digest) },
      { kind: 'text', emphasis: 'small', text: w.generated(options.generatedAt, APP_NAME) },
    ],
  }
}
