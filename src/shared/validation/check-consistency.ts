/**
 * Checks across sections, made once every section has been read: the dates against each other,
 * what the procedure asks of the guarantee, holder, transport and goods, containers against the
 * containerised flag, the Incoterms rule against containers, and the carrier and documents
 * against the mode of transport.
 */
import { MARITIME_INCOTERMS } from '../codes/incoterms'
import { EAEU_MEMBERS } from '../codes/regimes'
import { type Checker, codeName } from './checker'
import type { DocumentFacts, InvoiceFacts } from './check-documents'
import type { GoodsState } from './check-goods'
import type { HeaderFacts } from './check-header'
import type { PartyFacts } from './check-parties'
import type { GuaranteeFacts } from './check-guarantee'
import type { TransportFacts } from './check-transport'

/** `today` (YYYY-MM-DD) is the date that counts as today, when known. */
export function checkDates(
  c: Checker,
  header: HeaderFacts,
  guarantee: GuaranteeFacts,
  today: string | undefined,
): void {
  const { declarationDate, limitDate } = header
  if (declarationDate && today && declarationDate > today) {
    c.report('date.declaration-future', '/declarationDate', { date: declarationDate, today })
  }
  if (declarationDate && limitDate && limitDate < declarationDate) {
    c.report('date.limit-before-declaration', '/limitDate', { limit: limitDate, declarationDate })
  }
  if (
    guarantee.kind === 'TIR_CARNET' &&
    declarationDate &&
    guarantee.validUntil &&
    guarantee.validUntil < declarationDate
  ) {
    c.report('carnet.expired', '/guarantee/validUntil', {
      validUntil: guarantee.validUntil,
      declarationDate,
    })
  }
}

/** The guarantees each regime accepts (corridor.md; docs/rules.md). */
const GUARANTEES: Record<string, ReadonlySet<string>> = {
  TIR: new Set(['TIR_CARNET']),
  T1: new Set(['GRN', 'CASH', 'WAIVER']),
  T2: new Set(['GRN', 'CASH', 'WAIVER']),
  EAEU: new Set(['CASH', 'BANK', 'SURETY', 'PLEDGE', 'INSURANCE', 'WAIVER']),
  // validation.md: anything but a TIR Carnet or a GRN (docs/rules.md, section 10).
  NATIONAL: new Set(['CASH', 'BANK', 'SURETY', 'PLEDGE', 'INSURANCE', 'WAIVER']),
}

function checkGuaranteeKind(c: Checker, procedure: string, guarantee: GuaranteeFacts): void {
  const allowed = GUARANTEES[procedure]
  if (!allowed || guarantee.kind === undefined || allowed.has(guarantee.kind)) return
  c.report('guarantee.procedure', '/guarantee/kind', {
    context: procedure,
    kind: codeName('guarantee', guarantee.kind),
  })
}

function checkTir(c: Checker, holder: PartyFacts | undefined, transport: TransportFacts): void {
  if (holder && !holder.tirHolderId) c.report('tir.holder-id-required', '/holder/tirHolderId')
  if (transport.road === false) c.report('tir.road-means', '/transport/meansAtDeparture')
  if (transport.containerised === false && !transport.approvalCertificate) {
    c.report(
      transport.heavyOrBulky === true ? 'tir.heavy-bulky-approval' : 'tir.approval-certificate',
      '/transport/approvalCertificate',
    )
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
  c.report('eaeu.union-goods', '/goodsStatus')
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
  c.report('carrier.required', '/carrier', { context: mode === '2' ? 'rail' : 'road' })
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
      c.report('documents.transport-mode', `${path}/type`, { context: 'cmr-rail' })
    } else if (type === 'N720' && mode === '3') {
      c.report('documents.transport-mode', `${path}/type`, { context: 'smgs-road' })
    } else if (type === 'N955' && procedure === 'TIR') {
      c.report('documents.ata-carnet', `${path}/type`)
    }
  }
}

export function checkContainerised(c: Checker, transport: TransportFacts, goods: GoodsState): void {
  if (transport.containerised === false && goods.itemsWithContainers > 0) {
    c.report('containers.unexpected', '/transport/containerised', {
      count: goods.itemsWithContainers,
    })
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
  const better: Record<string, string> = { FAS: 'FCA', FOB: 'FCA', CFR: 'CPT', CIF: 'CIP' }
  c.report('incoterm.containerised', '/invoice/incoterm/rule', {
    rule: invoice.rule,
    better: better[invoice.rule]!,
  })
}
