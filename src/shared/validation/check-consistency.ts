/**
 * Checks across sections, made once every section has been read: the dates against each other,
 * what the procedure asks of the guarantee, holder, transport and goods, containers against the
 * containerised flag, the Incoterms rule against containers, and the carrier and documents
 * against the mode of transport.
 */
import { INCOTERM_NAMES, MARITIME_INCOTERMS } from '../codes/incoterms'
import { EAEU_MEMBERS } from '../codes/regimes'
import type { Checker } from './checker'
import type { DocumentFacts, InvoiceFacts } from './check-documents'
import type { GoodsState } from './check-goods'
import type { HeaderFacts } from './check-header'
import type { PartyFacts } from './check-parties'
import type { GuaranteeFacts, TransportFacts } from './check-transport'

/** `today` (YYYY-MM-DD) is the date that counts as today, when known. */
export function checkDates(
  c: Checker,
  header: HeaderFacts,
  guarantee: GuaranteeFacts,
  today: string | undefined,
): void {
  const { declarationDate, limitDate } = header
  if (declarationDate && today && declarationDate > today) {
    c.report(
      'date.declaration-future',
      '/declarationDate',
      `The declaration date ${declarationDate} is after today (${today}); a declaration cannot be dated in the future.`,
    )
  }
  if (declarationDate && limitDate && limitDate < declarationDate) {
    c.report(
      'date.limit-before-declaration',
      '/limitDate',
      `The time limit ${limitDate} is before the declaration date ${declarationDate}.`,
    )
  }
  if (
    guarantee.kind === 'TIR_CARNET' &&
    declarationDate &&
    guarantee.validUntil &&
    guarantee.validUntil < declarationDate
  ) {
    c.report(
      'carnet.expired',
      '/guarantee/validUntil',
      `The TIR Carnet was valid until ${guarantee.validUntil}, before the declaration date ${declarationDate}: it can no longer be used.`,
    )
  }
}

/** The guarantees each regime accepts (corridor.md, "guarantee kind"). */
const GUARANTEES: Record<string, { kinds: ReadonlySet<string>; names: string }> = {
  TIR: { kinds: new Set(['TIR_CARNET']), names: 'the TIR Carnet (TIR_CARNET)' },
  T1: { kinds: new Set(['GRN', 'CASH', 'WAIVER']), names: 'a GRN, cash or a waiver' },
  T2: { kinds: new Set(['GRN', 'CASH', 'WAIVER']), names: 'a GRN, cash or a waiver' },
  EAEU: {
    kinds: new Set(['CASH', 'BANK', 'SURETY', 'PLEDGE', 'INSURANCE', 'WAIVER']),
    names:
      'cash, a bank guarantee, a surety, a pledge, insurance or a waiver (EAEU Customs Code, art. 63)',
  },
  // validation.md: anything but a TIR Carnet or a GRN (docs/rules.md, section 10).
  NATIONAL: {
    kinds: new Set(['CASH', 'BANK', 'SURETY', 'PLEDGE', 'INSURANCE', 'WAIVER']),
    names: 'a national guarantee (cash, bank guarantee, surety, pledge, insurance) or a waiver',
  },
}

const PROCEDURE_NAMES: Record<string, string> = {
  TIR: 'TIR',
  T1: 'T1',
  T2: 'T2',
  EAEU: 'EAEU transit',
  NATIONAL: 'national transit',
}

function checkGuaranteeKind(c: Checker, procedure: string, guarantee: GuaranteeFacts): void {
  const allowed = GUARANTEES[procedure]
  if (!allowed || guarantee.kind === undefined || allowed.kinds.has(guarantee.kind)) return
  c.report(
    'guarantee.procedure',
    '/guarantee/kind',
    `Under ${PROCEDURE_NAMES[procedure]} the guarantee is ${allowed.names}, not ${guarantee.kind}.`,
  )
}

function checkTir(c: Checker, holder: PartyFacts | undefined, transport: TransportFacts): void {
  if (holder && !holder.tirHolderId) {
    c.report(
      'tir.holder-id-required',
      '/holder/tirHolderId',
      'Under TIR the holder needs a TIR holder id, e.g. KAZ/015/000231.',
    )
  }
  if (transport.road === false) {
    c.report(
      'tir.road-means',
      '/transport/meansAtDeparture',
      'Under TIR at least one means of transport at departure is a road vehicle (tractor, trailer, semi-trailer or rigid truck).',
    )
  }
  if (transport.containerised === false && !transport.approvalCertificate) {
    if (transport.heavyOrBulky === true) {
      c.report(
        'tir.heavy-bulky-approval',
        '/transport/approvalCertificate',
        'Heavy or bulky goods travel without a certificate of approval only if the office of departure allows it (TIR Convention, art. 29): make sure it does.',
      )
    } else {
      c.report(
        'tir.approval-certificate',
        '/transport/approvalCertificate',
        'Under TIR goods not in containers travel in an approved road vehicle: give its certificate of approval number.',
      )
    }
  }
}

/**
 * Union goods are placed under EAEU transit only when they leave the Union's land on the way
 * (through a non-member or by sea; EAEU Customs Code art. 142(2)).
 */
function checkUnionGoods(
  c: Checker,
  header: HeaderFacts,
  routing: readonly (string | undefined)[],
  transport: TransportFacts,
): void {
  if (header.goodsStatus !== 'union' || transport.borderMode === '1') return
  if (routing.length === 0 || !routing.every((country) => country && EAEU_MEMBERS.has(country)))
    return
  c.report(
    'eaeu.union-goods',
    '/goodsStatus',
    'Union goods that stay on land within the Union move without customs transit; EAEU transit takes them only through a non-member or by sea (EAEU Customs Code, art. 142(2)).',
  )
}

export function checkProcedure(
  c: Checker,
  header: HeaderFacts,
  routing: readonly (string | undefined)[],
  guarantee: GuaranteeFacts,
  holder: PartyFacts | undefined,
  transport: TransportFacts,
): void {
  const { procedure } = header
  if (procedure === undefined) return
  checkGuaranteeKind(c, procedure, guarantee)
  if (procedure === 'TIR') checkTir(c, holder, transport)
  if (procedure === 'EAEU') checkUnionGoods(c, header, routing, transport)
}

/** The transport document of a road or rail movement names its carrier (CMR box 16, SMGS). */
export function checkCarrier(c: Checker, carrier: boolean, transport: TransportFacts): void {
  const mode = transport.borderMode
  if (carrier || (mode !== '2' && mode !== '3')) return
  c.report(
    'carrier.required',
    '/carrier',
    `A ${mode === '2' ? 'rail' : 'road'} movement needs its carrier for the ${mode === '2' ? 'SMGS consignment note' : 'CMR consignment note (box 16)'}: give the carrier.`,
  )
}

/** What the listed documents say against the mode and the procedure. */
export function checkDocumentKinds(
  c: Checker,
  documents: readonly DocumentFacts[],
  procedure: string | undefined,
  transport: TransportFacts,
): void {
  const mode = transport.borderMode
  for (const { type, path } of documents) {
    if (type === 'N730' && mode === '2') {
      c.report(
        'documents.transport-mode',
        `${path}/type`,
        'N730 is a road consignment note (CMR), but the goods go by rail: a rail movement has an SMGS or CIM note (N720).',
      )
    } else if (type === 'N720' && mode === '3') {
      c.report(
        'documents.transport-mode',
        `${path}/type`,
        'N720 is a rail consignment note (SMGS or CIM), but the goods go by road: a road movement has a CMR note (N730).',
      )
    } else if (type === 'N955' && procedure === 'TIR') {
      c.report(
        'documents.ata-carnet',
        `${path}/type`,
        'N955 is an ATA Carnet; the TIR Carnet is listed as N952.',
      )
    }
  }
}

export function checkContainerised(c: Checker, transport: TransportFacts, goods: GoodsState): void {
  if (transport.containerised === false && goods.itemsWithContainers > 0) {
    c.report(
      'containers.unexpected',
      '/transport/containerised',
      `${goods.itemsWithContainers} goods ${goods.itemsWithContainers === 1 ? 'item lists' : 'items list'} containers, but the goods are declared as not containerised: check box 19.`,
    )
  }
}

/** ICC advises FCA, CPT and CIP, not the sea rules FAS, FOB, CFR and CIF, for containers. */
export function checkIncotermContainers(
  c: Checker,
  invoice: InvoiceFacts,
  transport: TransportFacts,
): void {
  if (!invoice.rule || !MARITIME_INCOTERMS.has(invoice.rule) || transport.containerised !== true)
    return
  const better = { FAS: 'FCA', FOB: 'FCA', CFR: 'CPT', CIF: 'CIP' }[invoice.rule]
  c.report(
    'incoterm.containerised',
    '/invoice/incoterm/rule',
    `${invoice.rule} (${INCOTERM_NAMES[invoice.rule as keyof typeof INCOTERM_NAMES]}) is meant for goods handed over at the ship; for containerised goods ICC advises ${better} instead: check the delivery terms.`,
  )
}
