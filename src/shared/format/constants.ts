/** Constants of the exchange file `transitdesk.declaration/1` (declaration-format.md). */
export const DECLARATION_FORMAT = 'transitdesk.declaration/1'

/** Files larger than this are unreadable by contract; export refuses to write one (export.ts). */
export const MAX_DECLARATION_FILE_BYTES = 16 * 1024 * 1024

/**
 * How deep a declaration file's arrays and objects may nest (the top-level object is level 1;
 * a declaration needs 6). The same 64 levels as the IPC check of JSON data (`isJsonData` in
 * json.ts, the packet request): a file read within it can be handed to a worker or the main
 * process, where structured clone and every recursive walk stay far from the stack's end.
 */
export const MAX_NESTING_DEPTH = 64

/** A file with more elements the format does not define than this is refused, not imported. */
export const MAX_UNKNOWN_ELEMENTS = 10_000

/** How many unknown elements import names one by one; the rest are counted in one line. */
export const UNKNOWN_ELEMENTS_LISTED = 20

export const PROCEDURES = ['TIR', 'T1', 'T2', 'EAEU', 'NATIONAL'] as const
export type Procedure = (typeof PROCEDURES)[number]

export const TRANSPORT_MODES = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const
export const MEANS_KINDS = [
  'tractor',
  'trailer',
  'semi-trailer',
  'rigid',
  'wagon',
  'train',
  'vessel',
  'aircraft',
] as const
export const GUARANTEE_KINDS = [
  'TIR_CARNET',
  'GRN',
  'CASH',
  'BANK',
  'SURETY',
  'PLEDGE',
  'INSURANCE',
  'WAIVER',
] as const
export const CARNET_VOUCHERS = [4, 6, 14, 20] as const
export const IDENTIFICATION_SCHEMES = [
  'EORI',
  'KZ-BIN',
  'KZ-IIN',
  'PK-NTN',
  'PK-CNIC',
  'RU-INN',
  'BY-UNP',
  'UZ-TIN',
  'UZ-PINFL',
  'AF-TIN',
  'OTHER',
] as const
export const INCOTERMS_2020 = [
  'EXW',
  'FCA',
  'CPT',
  'CIP',
  'DAP',
  'DPU',
  'DDP',
  'FAS',
  'FOB',
  'CFR',
  'CIF',
] as const
/** UN/ECE Rec 21 kinds that carry no count and no marks. */
export const BULK_PACKAGE_KINDS = ['VG', 'VL', 'VO', 'VQ', 'VR', 'VS', 'VY'] as const
/** UN/ECE Rec 21 kinds of unpacked goods: counted, marks optional (NCTS rule C0060). */
export const UNPACKED_PACKAGE_KINDS = ['NE', 'NF', 'NG'] as const

/** Customs status of the goods (EAEU): absent means foreign. */
export const GOODS_STATUSES = ['foreign', 'union'] as const
/** ADR packing groups. */
export const PACKING_GROUPS = ['I', 'II', 'III'] as const

/** Where a declaration stands with customs (declaration-format.md, Movement). */
export const MOVEMENT_STATUSES = [
  'draft',
  'lodged',
  'accepted',
  'released',
  'notReleased',
  'arrived',
  'discharged',
  'rejected',
  'cancelled',
] as const
/** What happened to a movement, named by meaning (declaration-format.md, Movement). */
export const MOVEMENT_EVENT_TYPES = [
  'lodged',
  'acknowledged',
  'mrnAllocated',
  'registered',
  'amendmentLodged',
  'amendmentAccepted',
  'amendmentRejected',
  'controlDecided',
  'released',
  'notReleased',
  'incident',
  'arrived',
  'releasedAtDestination',
  'discharged',
  'writtenOff',
  'rejected',
  'cancellationRequested',
  'cancellationRefused',
  'cancelled',
  'guaranteeInvalid',
  'tirStarted',
  'tirTerminated',
] as const

export const LIMITS = {
  lrn: 22,
  routing: { min: 1, max: 99 },
  officesOfTransit: 9,
  seals: 99,
  documents: 99,
  consignments: 99,
  itemsTotal: 999,
  packages: 99,
  meansAtDeparture: 9,
  containers: 99,
  dangerousGoods: 99,
} as const
