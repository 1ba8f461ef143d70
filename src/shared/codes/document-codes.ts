/**
 * Document codes used in transit declarations (SAD box 44, TIR voucher box 8): "N" followed
 * by the UN/EDIFACT 1001 "Document name code", with the 1001 names.
 * Source: UN/EDIFACT data element 1001 (UN/CEFACT code list), as used by the NCTS / EU
 * document-type code lists. A code outside this list is a warning, not an error: national
 * lists are longer.
 */
export const DOCUMENT_CODES = {
  N002: 'Certificate of conformity',
  N271: 'Packing list',
  N325: 'Proforma invoice',
  N380: 'Commercial invoice',
  N703: 'House waybill',
  N704: 'Master bill of lading',
  N705: 'Bill of lading',
  N710: 'Sea waybill',
  N714: 'House bill of lading',
  N720: 'Rail consignment note (CIM / SMGS)',
  N722: 'Road list — SMGS',
  N730: 'Road consignment note (CMR)',
  N740: 'Air waybill',
  N741: 'Master air waybill',
  N750: 'Despatch note (post parcels)',
  N760: 'Multimodal transport document',
  N785: 'Cargo manifest',
  N787: 'Container manifest (unit packing list)',
  N820: 'Transit declaration',
  N823: 'Control copy T5',
  N851: 'Phytosanitary certificate',
  N852: 'Sanitary certificate',
  N853: 'Veterinary certificate',
  N861: 'Certificate of origin',
  N862: 'Declaration of origin',
  N865: 'Certificate of origin, GSP Form A',
  N952: 'TIR Carnet',
  N954: 'EUR.1 movement certificate',
  N955: 'ATA Carnet',
} as const satisfies Record<string, string>

export type DocumentCode = keyof typeof DOCUMENT_CODES

export function isKnownDocumentCode(code: unknown): boolean {
  return typeof code === 'string' && Object.hasOwn(DOCUMENT_CODES, code)
}
