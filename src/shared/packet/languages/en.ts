/** The papers' own words in English (see paper-words.ts): the default, and the reference. */
import english from 'i18n-iso-countries/langs/en.json'
import { ENGLISH_CODE_NAMES } from '../../codes/code-names'
import { join } from '../format'
import { amountInWords } from '../words'
import type { PaperWords } from './paper-words'

const MRN = 'Movement reference number (MRN)'

export const ENGLISH_PAPERS: PaperWords = {
  language: 'en',
  titles: {
    cover: 'Cover sheet',
    declaration: 'Transit declaration (business continuity)',
    tad: 'Transit accompanying document',
    td: 'Транзитная декларация (ТД)',
    tir: 'TIR Carnet data sheet',
    summary: 'Transit summary',
    cmr: 'CMR consignment note',
    smgs: 'SMGS consignment note data sheet',
    invoice: 'Commercial invoice',
    packing: 'Packing list',
  },
  cover: {
    heading: (lrn) => `Transit declaration packet ${lrn}`.trim(),
    keyData: 'Key data',
    lrn: 'Local reference number (LRN)',
    reference: {
      T1: MRN,
      T2: MRN,
      TIR: 'Customs reference (MRN where the TIR operation runs in NCTS)',
      EAEU: 'ТД registration number',
      NATIONAL: 'Customs reference (national numbering)',
    },
    referenceOther: 'Customs reference',
    procedure: 'Procedure',
    procedures: {
      TIR: 'TIR (TIR Convention 1975)',
      T1: 'T1 (common transit)',
      T2: 'T2 (common transit)',
      EAEU: 'EAEU customs transit',
      NATIONAL: 'National transit',
    },
    placeAndDate: 'Declaration place and date',
    timeLimit: 'Time limit',
    route: 'Route',
    departure: 'Office of departure',
    destination: 'Office of destination',
    holder: 'Holder (principal)',
    items: 'Items',
    packages: 'Packages',
    gross: 'Gross mass',
    net: 'Net mass',
    value: 'Value',
    transportDocuments: 'Transport documents',
    contents: 'Contents of this packet',
    number: 'No.',
    document: 'Document',
    pages: 'Pages',
    qrNote: (digest) =>
      'The QR code holds the LRN, the MRN and the SHA-256 digest of the declaration file’s ' +
      `canonical JSON (keys sorted, no spaces): ${digest}`,
    generated: (at, app) => `Generated ${at} by ${app}.`,
  },
  invoice: {
    heading: (number, date) =>
      join(' ', 'Commercial invoice', number && `No. ${number}`, date && `of ${date}`),
    seller: 'Seller',
    buyer: 'Buyer',
    invoiceNumber: 'Invoice number',
    invoiceDate: 'Invoice date',
    incoterms: 'Incoterms® 2020',
    currency: 'Currency',
    dispatch: 'Country of dispatch',
    destination: 'Country of destination',
    transport: 'Transport',
    declaration: 'Transit declaration',
    exchangeRate: 'Exchange rate',
    goods: 'Goods',
    columns: {
      number: 'No.',
      hsCode: 'HS code',
      description: 'Description of goods',
      origin: 'Origin',
      quantity: 'Quantity',
      net: 'Net mass (kg)',
      gross: 'Gross mass (kg)',
      value: (currency) => (currency === '' ? 'Value' : `Value (${currency})`),
    },
    total: 'Total',
    totalValue: (value) => `Total invoice value: ${value}`.trim(),
    inWords: (text) => `Amount in words: ${text}`.trim(),
    plus: ' plus ',
    summary: ({ items, packages, net, gross }) =>
      join(
        '; ',
        `Items: ${items}`,
        `packages: ${packages}`,
        net !== undefined && `net mass: ${net}`,
        gross !== undefined && `gross mass: ${gross}`,
      ),
    signature: 'Signature and stamp of the seller:',
  },
  countries: english.countries,
  codeNames: ENGLISH_CODE_NAMES,
  date: (iso) => iso,
  amountInWords,
}
