/**
 * The codes CC015C is written with: its fixed values and how our format's choices map to the
 * NCTS code lists. Each value names its source; docs/ncts-ie015.md tabulates them.
 *
 * Sources, abbreviated below:
 * - XSD: src/shared/ncts/xsd (CTC Phase 6 XSD 60.4.16, from hmrc/transit-movements-validator).
 * - TIS: HMRC's NCTS phase 5 technical interface specification, hmrc/ctc-traders-phase5-tis,
 *   source/documentation/partials/_IE015_table.md (structure, code lists) and _rules_*.md.
 * - cache: hmrc/manage-transit-movements-departure-cache, app/api/submission/*.scala and
 *   app/config/Constants.scala (HMRC's own IE015 writer).
 * - frontends: hmrc/manage-transit-movements-departure-frontend,
 *   hmrc/ctc-departure-guarantee-details-frontend, hmrc/ctc-departure-transport-details-frontend.
 */
import type { Procedure } from '../../format/constants'

/** The root's `PhaseID` (XSD phaseIDtype: NCTS5.0, NCTS5.1, NCTS6); HMRC's example uses NCTS5.0. */
export const PHASE_ID = 'NCTS5.0'
/** The namespace of the root element; its children are unqualified (XSD elementFormDefault). */
export const NCTS_NAMESPACE = 'http://ncts.dgtaxud.ec'
export const MESSAGE_TYPE = 'CC015C'

/** The procedures lodged in NCTS with an IE015 (corridor.md: TIR in NCTS-TIR, T1 and T2). */
export const IE015_PROCEDURES = ['T1', 'T2', 'TIR'] as const satisfies readonly Procedure[]
export type Ie015Procedure = (typeof IE015_PROCEDURES)[number]

/** TransitOperation/declarationType, CL231 (DeclarationType): T1, T2 and TIR as they are. */
export const DECLARATION_TYPE: Readonly<Record<Ie015Procedure, string>> = {
  T1: 'T1',
  T2: 'T2',
  TIR: 'TIR',
}

/**
 * TransitOperation/additionalDeclarationType, CL042: "A" standard declaration ("D" is lodged
 * before the goods are presented, which the format does not record). HMRC's frontend writes "A"
 * for a standard declaration (app/controllers/preTaskList/StandardDeclarationController.scala).
 */
export const ADDITIONAL_DECLARATION_TYPE = 'A'

/**
 * TransitOperation/security, CL217: "0", no safety and security data (the format holds none).
 * HMRC: app/config/Constants.scala SecurityType.NoSecurity = "0" (departure frontend).
 */
export const SECURITY = '0'

/**
 * TransitOperation/reducedDatasetIndicator, CL027: "0". "1" needs an authorisation (TIS rule
 * C0101) and is never allowed for TIR (R0849); the cache writes false unless the trader is an
 * approved operator (app/api/submission/package.scala, reducedDatasetIndicatorReads).
 */
export const REDUCED_DATASET_INDICATOR = '0'

/**
 * TransitOperation/bindingItinerary, CL027: "0". The format's countries of routing are the
 * planned itinerary, not one customs made binding; the cache defaults it to false
 * (app/api/submission/CommonTransitOperation.scala, readWithDefault(false)).
 */
export const BINDING_ITINERARY = '0'

/**
 * Representative/status, CL094: "2", direct representation, the value HMRC's cache always
 * writes (app/config/Constants.scala RepresentativeStatusCode.DirectRepresentation,
 * app/api/submission/Representative.scala). The format does not record the kind.
 */
export const REPRESENTATIVE_STATUS = '2'

/**
 * Guarantee/guaranteeType, CL251, by procedure. TIR takes only "B" (TIS rule R0900; the
 * guarantee frontend's GuaranteeDomain accepts only TIRGuarantee for TIR). For T1/T2 the
 * corridor's kinds (corridor.md): GRN → "1" comprehensive guarantee, WAIVER → "0" guarantee
 * waiver, CASH → "3" individual guarantee in cash (Constants.GuaranteeType in
 * ctc-departure-guarantee-details-frontend). BANK, SURETY, PLEDGE and INSURANCE are EAEU and
 * national forms with no CL251 type here.
 */
export const GUARANTEE_TYPE: Readonly<Record<Ie015Procedure, Readonly<Record<string, string>>>> = {
  TIR: { TIR_CARNET: 'B' },
  T1: { GRN: '1', WAIVER: '0', CASH: '3' },
  T2: { GRN: '1', WAIVER: '0', CASH: '3' },
}

/**
 * Guarantee types with a GRN and an access code, written in GuaranteeReference (TIS rule C0086,
 * CL286; the guarantee frontend's GuaranteeOfTypes01249 asks GRN, access code and liability).
 */
export const GUARANTEE_TYPES_WITH_GRN: ReadonlySet<string> = new Set(['0', '1', '2', '4', '9'])

/**
 * DepartureTransportMeans/typeOfIdentification, CL750, by the kind of means (codes as in
 * ctc-departure-transport-details-frontend, test/services/MeansOfTransportIdentificationTypesServiceSpec.scala):
 * 30 registration number of the road vehicle, 31 of the road trailer (rule R0474: the first
 * means on the road is a 30, R0476: the second and third are 31), 20 wagon number, 21 train
 * number, 11 name of the sea-going vessel (81, the inland waterways vessel, when the inland mode
 * is 8; rule R0472: the code's first digit is the inland mode), 41 registration number of the
 * aircraft.
 */
export function meansIdentificationType(kind: string, inlandMode: string | null | undefined) {
  switch (kind) {
    case 'tractor':
    case 'rigid':
      return '30'
    case 'trailer':
    case 'semi-trailer':
      return '31'
    case 'wagon':
      return '20'
    case 'train':
      return '21'
    case 'vessel':
      return inlandMode === '8' ? '81' : '11'
    case 'aircraft':
      return '41'
    default:
      return undefined
  }
}

/**
 * Transport documents (CL754, TransportDocumentType): the consignment notes, bills of lading,
 * waybills, despatch notes and manifests of src/shared/codes/document-codes.ts. HMRC's documents
 * frontend takes a document's group from the list it is in (Transport, Previous, Support;
 * ctc-departure-documents-frontend, app/connectors/ReferenceDataConnector.scala).
 */
export const TRANSPORT_DOCUMENTS: ReadonlySet<string> = new Set([
  'N235',
  'N703',
  'N704',
  'N705',
  'N710',
  'N714',
  'N720',
  'N722',
  'N730',
  'N740',
  'N741',
  'N750',
  'N760',
  'N785',
  'N787',
])

/**
 * Previous documents (CL214, PreviousDocumentType): an earlier customs procedure's document —
 * a transit declaration (N820–N825), the export declaration (N830), a TIR Carnet (N952) or an
 * ATA Carnet (N955).
 */
export const PREVIOUS_DOCUMENTS: ReadonlySet<string> = new Set([
  'N820',
  'N821',
  'N822',
  'N823',
  'N825',
  'N830',
  'N952',
  'N955',
])

/** The commercial invoice (UN/EDIFACT 1001 "380"), a supporting document (CL213). */
export const INVOICE_DOCUMENT = 'N380'
/** The TIR Carnet as a document (corridor.md: N952). */
export const TIR_CARNET_DOCUMENT = 'N952'

export type DocumentGroup = 'PreviousDocument' | 'SupportingDocument' | 'TransportDocument'

/** Every other code (certificates, invoices, lists, national codes) is a supporting document. */
export function documentGroup(type: string): DocumentGroup {
  if (TRANSPORT_DOCUMENTS.has(type)) return 'TransportDocument'
  if (PREVIOUS_DOCUMENTS.has(type)) return 'PreviousDocument'
  return 'SupportingDocument'
}
