/**
 * Checks across sections, made once every section has been read: the dates against each other,
 * what the procedure asks of the guarantee, holder and transport, containers against the
 * containerised flag, and the Incoterms rule against the mode of transport.
 */
import { INCOTERM_NAMES, MARITIME_INCOTERMS } from '../codes/incoterms'
import { TRANSPORT_MODE_NAMES, WATER_MODES } from '../codes/transport-modes'
import type { Checker } from './checker'
import type { InvoiceFacts } from './check-documents'
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

export function checkProcedure(
  c: Checker,
  procedure: string | undefined,
  guarantee: GuaranteeFacts,
  holder: PartyFacts | undefined,
  transport: TransportFacts,
): void {
  if (procedure === 'TIR') {
    if (guarantee.kind !== undefined && guarantee.kind !== 'TIR_CARNET') {
      c.report(
        'guarantee.procedure',
        '/guarantee/kind',
        `Under TIR the guarantee is the TIR Carnet (TIR_CARNET), not ${guarantee.kind}.`,
      )
    }
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
      c.report(
        'tir.approval-certificate',
        '/transport/approvalCertificate',
        'Under TIR goods not in containers travel in an approved road vehicle: give its certificate of approval number.',
      )
    }
  } else if ((procedure === 'T1' || procedure === 'T2') && guarantee.kind === 'TIR_CARNET') {
    c.report(
      'guarantee.procedure',
      '/guarantee/kind',
      `Under ${procedure} the guarantee is a GRN, cash or a waiver, not a TIR Carnet.`,
    )
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

/** A maritime Incoterms rule wants a sea or inland waterway border mode. */
export function checkIncotermMode(
  c: Checker,
  invoice: InvoiceFacts,
  transport: TransportFacts,
): void {
  if (
    invoice.rule &&
    MARITIME_INCOTERMS.has(invoice.rule) &&
    transport.borderMode &&
    !WATER_MODES.has(transport.borderMode)
  ) {
    const mode = TRANSPORT_MODE_NAMES[transport.borderMode as keyof typeof TRANSPORT_MODE_NAMES]
    c.report(
      'incoterm.mode',
      '/invoice/incoterm/rule',
      `${invoice.rule} (${INCOTERM_NAMES[invoice.rule as keyof typeof INCOTERM_NAMES]}) is meant for sea and inland waterway transport, but the border mode is ${transport.borderMode} (${mode.toLowerCase()}); check the delivery terms.`,
    )
  }
}
