/**
 * The rule catalogue: every finding the validator can emit, with its severity, the box it
 * concerns (SAD box; "TIR n" where only a TIR box exists; absent when it depends on the element)
 * and one line on what it means. The validator emits nothing that is not listed here.
 */
export interface RuleDefinition {
  severity: 'error' | 'warning'
  box?: string
  description: string
}

export const RULES = {
  // Structure
  'structure.not-an-object': {
    severity: 'error',
    description: 'The file must hold one JSON object (a declaration), not a list, text or number.',
  },
  'structure.unreadable': {
    severity: 'error',
    description:
      'Checking stopped on something unexpected (e.g. a value that cannot be read); findings may be incomplete.',
  },
  'structure.format': {
    severity: 'error',
    description: 'The "format" element must be exactly "transitdesk.declaration/1".',
  },
  'structure.required': {
    severity: 'error',
    description: 'A required element is missing (or null).',
  },
  'structure.type': {
    severity: 'error',
    description: 'An element has the wrong type (text where a number is expected, and so on).',
  },
  'structure.length': {
    severity: 'error',
    description: 'A text element is shorter or longer than the format allows.',
  },
  'structure.count': {
    severity: 'error',
    description: 'A list holds fewer or more entries than the format allows.',
  },
  'structure.enum': {
    severity: 'error',
    description: 'An element holds a value outside its fixed set (procedure, guarantee type …).',
  },
  'structure.pattern': {
    severity: 'error',
    description: 'An element does not have the shape the format prescribes (e.g. a UN number).',
  },
  'structure.range': {
    severity: 'error',
    description:
      'A number is out of range (masses and quantities above zero, totals not negative).',
  },
  'structure.decimals': {
    severity: 'error',
    description: 'Masses are kilograms with at most 3 decimals.',
  },
  'date.format': {
    severity: 'error',
    description: 'Dates are real calendar dates written YYYY-MM-DD.',
  },
  'items.sequence': {
    severity: 'error',
    box: '32',
    description: 'Item numbers run 1, 2, 3 … without gaps across all consignments, in file order.',
  },
  'items.too-many': {
    severity: 'error',
    box: '5',
    description: 'A declaration holds at most 999 goods items in all.',
  },
  'seals.duplicate': {
    severity: 'error',
    box: 'D',
    description: 'Each seal number is listed once.',
  },
  // Identifiers
  'lrn.format': {
    severity: 'error',
    box: '7',
    description: 'The LRN is 1–22 characters of letters, digits and / . _ -',
  },
  'lrn.unique': {
    severity: 'error',
    box: '7',
    description: 'No other declaration of the workspace may have the same LRN.',
  },
  'mrn.format': {
    severity: 'error',
    box: 'A',
    description:
      'An MRN (T1, T2; TIR when it has 18 characters) is 18 characters: year, country, 12 letters or digits, J, K, L or M, check character.',
  },
  'mrn.check-character': {
    severity: 'error',
    box: 'A',
    description: 'The last character of the MRN is its ISO 6346 check character.',
  },
  'mrn.procedure-character': {
    severity: 'error',
    box: 'A',
    description:
      'A transit MRN (T1, T2, TIR in NCTS) has J, K, L or M as its 17th character (NCTS rule R0410).',
  },
  'mrn.td-number': {
    severity: 'error',
    box: 'A',
    description:
      'An EAEU transit declaration is registered as CODE/DDMMYY/NNNNNNN: office code of 2, 5 or 8 digits, date of registration (not after today), 7-digit serial.',
  },
  'container.format': {
    severity: 'error',
    box: '31',
    description: 'Container numbers are 4 letters (the 4th U, J or Z) and 7 digits (ISO 6346).',
  },
  'container.check-digit': {
    severity: 'error',
    box: '31',
    description: 'The last digit of a container number is its ISO 6346 check digit.',
  },
  'grn.format': {
    severity: 'error',
    box: '52',
    description: 'A GRN is 17 characters (year, country, 12 letters or digits, check digit).',
  },
  'grn.check-character': {
    severity: 'error',
    box: '52',
    description: 'The 17th character of a GRN is its ISO 6346 check character.',
  },
  'carnet.format': {
    severity: 'error',
    box: '52',
    description:
      'A TIR Carnet number is two letters (one an X) and 8–9 digits, from 25 000 000 up.',
  },
  'tir.holder-id-format': {
    severity: 'error',
    box: 'TIR 3',
    description:
      'The TIR holder id is AAA/BBB/N…: country (ISO alpha-3), association, holder number.',
  },
  'identification.kz-bin': {
    severity: 'error',
    description: 'A Kazakh BIN or IIN is 12 digits whose last digit is the mod-11 check digit.',
  },
  'identification.pk-cnic': {
    severity: 'error',
    description: 'A Pakistani CNIC is 13 digits (printed 35202-1234567-1).',
  },
  'identification.pk-ntn': {
    severity: 'error',
    description: 'A Pakistani NTN is 7 digits, also written NNNNNNN-N.',
  },
  'identification.ru-inn': {
    severity: 'error',
    description: 'A Russian INN is 10 or 12 digits with valid check digits.',
  },
  'identification.by-unp': {
    severity: 'error',
    description: 'A Belarusian UNP is 9 characters with a valid check digit.',
  },
  'identification.uz-tin': {
    severity: 'error',
    description: 'An Uzbek TIN is 9 digits.',
  },
  'identification.uz-pinfl': {
    severity: 'error',
    description: 'An Uzbek personal identification number (PINFL) is 14 digits.',
  },
  'identification.eori': {
    severity: 'error',
    description: 'An EORI number is 2 letters of country and 1–15 letters or digits (17 at most).',
  },
  'office.reference': {
    severity: 'error',
    description:
      'A customs office reference is 2 letters of country and 6 letters or digits; in an EAEU member also the national code of 2, 5 or 8 digits.',
  },
  'office.country-match': {
    severity: 'error',
    description: "The first two letters of an office reference are the office's country.",
  },
  'locode.format': {
    severity: 'error',
    description: 'A UN/LOCODE is 5 characters: 2 letters of country, 3 of A–Z and 2–9.',
  },
  'locode.country-match': {
    severity: 'error',
    description: "The first two letters of a UN/LOCODE are the place's country.",
  },
  // Code lists
  'code.country': {
    severity: 'error',
    description: 'Countries are ISO 3166-1 alpha-2 codes in capitals (KZ, PK, AF …).',
  },
  'code.currency': {
    severity: 'error',
    description: 'Currencies are ISO 4217 codes in capitals (USD, EUR, KZT …).',
  },
  'hs.format': {
    severity: 'error',
    box: '33',
    description: 'The commodity code is 6, 8 or 10 digits.',
  },
  'hs.subheading': {
    severity: 'error',
    box: '33',
    description: 'The first 6 digits of the commodity code are a subheading of HS 2022.',
  },
  'code.package-kind': {
    severity: 'error',
    box: '31',
    description: 'Kinds of packages are UN/ECE Recommendation 21 codes (BG, CT, PX …).',
  },
  'code.transport-mode': {
    severity: 'error',
    description: 'Modes of transport are UN/ECE Recommendation 19 codes 1–9.',
  },
  'code.unit': {
    severity: 'error',
    box: '41',
    description: 'Supplementary units are UN/ECE Recommendation 20 codes (NAR, LTR, KGM …).',
  },
  'code.incoterm': {
    severity: 'error',
    box: '20',
    description: 'The delivery terms are one of the eleven Incoterms 2020 rules.',
  },
  'code.document': {
    severity: 'warning',
    box: '44',
    description: 'A document code outside the list the app knows: check it is right.',
  },
  // Arithmetic
  'mass.net-over-gross': {
    severity: 'error',
    box: '38',
    description: 'The net mass of an item is not more than its gross mass.',
  },
  'invoice.item-value': {
    severity: 'error',
    box: '42',
    description: 'When there is an invoice, every item states its value.',
  },
  'invoice.item-currency': {
    severity: 'error',
    box: '42',
    description: 'When there is an invoice, item values are in the invoice currency.',
  },
  'invoice.total': {
    severity: 'error',
    box: '22',
    description: 'The item values add up to the invoice total (within 0.01).',
  },
  'package.count-whole': {
    severity: 'error',
    box: '31',
    description: 'Numbers of packages are whole numbers.',
  },
  'package.count-required': {
    severity: 'error',
    box: '31',
    description:
      'Packages other than bulk goods state how many there are (1 or more); unpacked goods (NE, NF, NG) are counted too.',
  },
  'package.bulk-count': {
    severity: 'error',
    box: '31',
    description: 'Bulk goods (VG, VL, VO, VQ, VR, VS, VY) carry no number of packages.',
  },
  'package.marks-required': {
    severity: 'error',
    box: '31',
    description: 'Packages other than bulk and unpacked goods carry their marks and numbers.',
  },
  // Itinerary
  'routing.start': {
    severity: 'error',
    box: 'TIR 22',
    description: 'The itinerary starts with the country of dispatch.',
  },
  'routing.end': {
    severity: 'error',
    box: 'TIR 22',
    description: 'The itinerary ends with the country of destination.',
  },
  'routing.repeat': {
    severity: 'error',
    box: 'TIR 22',
    description: 'No country follows itself in the itinerary.',
  },
  'office.departure-country': {
    severity: 'error',
    box: 'C',
    description: 'The office of departure is in the country of dispatch.',
  },
  'office.destination-country': {
    severity: 'error',
    box: '53',
    description:
      'The office of destination is in the country of destination; under national transit, in the country of departure (the exit office).',
  },
  'office.transit-country': {
    severity: 'error',
    box: '51',
    description: 'Every office of transit is in a country of the itinerary.',
  },
  't1.office-country': {
    severity: 'error',
    description:
      'T1 and T2 start and end at offices in countries of the common transit convention; no corridor country is one.',
  },
  'eaeu.office-country': {
    severity: 'error',
    description:
      'EAEU transit starts and ends at offices in members of the Union (AM, BY, KG, KZ, RU).',
  },
  'tir.vouchers': {
    severity: 'error',
    box: 'TIR 22',
    description: 'A TIR Carnet needs a pair of vouchers per country of the itinerary.',
  },
  // Dates
  'date.declaration-future': {
    severity: 'error',
    box: '54',
    description: 'The declaration date is not after today.',
  },
  'date.limit-before-declaration': {
    severity: 'error',
    box: 'D',
    description: 'The time limit is not before the declaration date.',
  },
  'carnet.expired': {
    severity: 'error',
    box: 'TIR 1',
    description: 'The TIR Carnet is still valid on the declaration date.',
  },
  // Procedure
  'guarantee.procedure': {
    severity: 'error',
    box: '52',
    description:
      'Each regime takes its own guarantees: TIR the TIR Carnet; T1/T2 a GRN, cash or a waiver; EAEU cash, bank guarantee, surety, pledge, insurance or a waiver; national transit anything but a TIR Carnet or a GRN.',
  },
  'guarantee.element-required': {
    severity: 'error',
    box: '52',
    description:
      'A guarantee states what its kind needs: carnet number, validity and vouchers; GRN, access code and amount; the cash amount; the certificate or contract number and amount; for a T1/T2 waiver its reference and access code.',
  },
  'party.address-required': {
    severity: 'error',
    description: 'The holder, the consignor and the consignee each have an address.',
  },
  'tir.holder-id-required': {
    severity: 'error',
    box: 'TIR 3',
    description: 'Under TIR the holder has a TIR holder id.',
  },
  'tir.road-means': {
    severity: 'error',
    box: '18',
    description: 'Under TIR at least one means at departure is a road vehicle.',
  },
  'tir.approval-certificate': {
    severity: 'error',
    box: 'TIR 6',
    description:
      'Under TIR, goods not in containers travel in an approved vehicle: give its certificate.',
  },
  'tir.heavy-bulky-approval': {
    severity: 'warning',
    box: 'TIR 6',
    description:
      'Heavy or bulky goods may travel without a certificate of approval only if the office of departure allows it (TIR art. 29).',
  },
  'eaeu.union-goods': {
    severity: 'warning',
    description:
      'Union goods are placed under EAEU transit only through a non-member or by sea (EAEU Customs Code art. 142(2)).',
  },
  'carrier.required': {
    severity: 'warning',
    description: 'A road or rail movement names its carrier (CMR box 16, SMGS).',
  },
  'documents.transport-mode': {
    severity: 'warning',
    box: '44',
    description:
      'The consignment note fits the mode: CMR (N730) for road, SMGS or CIM (N720) for rail.',
  },
  'documents.ata-carnet': {
    severity: 'warning',
    box: '44',
    description: 'N955 is the ATA Carnet; a TIR declaration lists its carnet as N952.',
  },
  'dangerous-goods.particulars': {
    severity: 'warning',
    box: '44',
    description:
      'On a road or rail movement, dangerous goods carry their proper shipping name, class and packing group (ADR/RID 5.4.1.1.1).',
  },
  'containers.required': {
    severity: 'error',
    box: '31',
    description: 'When the goods are containerised, every item lists at least one container.',
  },
  'containers.unexpected': {
    severity: 'warning',
    box: '19',
    description:
      'Items list containers while the declaration says the goods are not containerised.',
  },
  'print.glyph-missing': {
    severity: 'warning',
    description:
      "A value holds a character the packet's fonts cannot show: the paper would print a notice in its place.",
  },
  'text.control-character': {
    severity: 'warning',
    description:
      'A text holds an invisible character that changes how it reads: a direction control (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), a control character such as NUL or escape, or a line break or tab in a one-line element.',
  },
  'incoterm.containerised': {
    severity: 'warning',
    box: '20',
    description:
      'FAS, FOB, CFR and CIF are not meant for containerised goods: ICC advises FCA, CPT or CIP.',
  },
} as const satisfies Record<string, RuleDefinition>

export type RuleId = keyof typeof RULES

export { RULES_VERSION } from './rules-version'

export const RULE_IDS = Object.keys(RULES) as RuleId[]
