/**
 * Endorsements a regime wants printed on papers, in the words the officers look for.
 *
 * "GOODS IN TRANSIT TO AFGHANISTAN": Afghan transit cargo entering through Karachi, Port Qasim
 * or Gwadar (Customs Rules, 2001, chapter XXV "Afghanistan-Pakistan Transit Trade Rules",
 * inserted by SRO 601(I)/2011) travels under a bill of lading, an invoice and a packing list
 * that each declare "GOODS IN TRANSIT TO AFGHANISTAN", and each package carries the same label
 * (forwarders' documentary requirements, aims.com.pk "Afghan Transit"; no FBR text requiring the
 * words on the invoice was found — docs/papers-research.md §7). corridor.md: NATIONAL transit
 * from PK with countryOfDestination AF.
 */
import type { DeclarationView } from '../../model/view'

export const AFGHAN_TRANSIT_ENDORSEMENT = 'GOODS IN TRANSIT TO AFGHANISTAN'

/** The endorsement when the movement is Pakistan's national transit to Afghanistan. */
export function afghanTransitEndorsement(view: DeclarationView): string | undefined {
  // National transit runs between two offices of one country: the office of departure says
  // which (the goods themselves may have been dispatched from anywhere before Karachi).
  const fromPakistan = view.officeOfDeparture?.country === 'PK' || view.countryOfDispatch === 'PK'
  return view.procedure === 'NATIONAL' && fromPakistan && view.countryOfDestination === 'AF'
    ? AFGHAN_TRANSIT_ENDORSEMENT
    : undefined
}
