/**
 * The movement's steps: one table for every procedure. Each event type (named by what
 * happened, declaration-format.md "Movement") says from which statuses it may be recorded,
 * which status follows, who records it, and what it is called in each regime: the NCTS message
 * (phase 5; HMRC's CTC Traders API phase 5 TIS and its process flows), the step of a TIR
 * transport (TIR Convention 1975 art. 1 (c)–(e), art. 28; one pair of vouchers per country) and
 * of an EAEU customs transit (EAEU Customs Code chapter 22, arts. 142–151; EEC Decision No. 170
 * of 13.12.2017 on completion). docs/lifecycle.md gives the sources, section by section.
 */
import type { MOVEMENT_EVENT_TYPES, MOVEMENT_STATUSES, Procedure } from '../format/constants'

export type MovementStatus = (typeof MOVEMENT_STATUSES)[number]
export type MovementEventType = (typeof MOVEMENT_EVENT_TYPES)[number]

/** `same`: the event leaves the status as it is. */
type Next = MovementStatus | 'same'

export interface Step {
  /** statuses from which it may be recorded */
  from: readonly MovementStatus[]
  to: Next
  /** the procedures it belongs to */
  procedures: readonly Procedure[]
  /** the holder's own act, or customs' (which a user may record from the office's paper) */
  by: 'holder' | 'customs'
  /** the NCTS message it is, for T1, T2 and a TIR operation run in NCTS */
  ncts?: string
  /** what it is in a TIR transport outside NCTS */
  tir?: string
  /** what it is in an EAEU customs transit */
  eaeu?: string
}

const ALL: readonly Procedure[] = ['TIR', 'T1', 'T2', 'EAEU', 'NATIONAL']
const NCTS: readonly Procedure[] = ['TIR', 'T1', 'T2']
const NOT_NCTS: readonly Procedure[] = ['TIR', 'EAEU', 'NATIONAL']
const BEFORE_RELEASE: readonly MovementStatus[] = ['lodged', 'accepted']

export const STEPS: Readonly<Record<MovementEventType, Step>> = {
  lodged: {
    // A rejected declaration is corrected and lodged again: a new IE015 with the same LRN
    // (HMRC service guide, "Reuse of Local Reference Numbers").
    from: ['draft', 'rejected'],
    to: 'lodged',
    procedures: ALL,
    by: 'holder',
    ncts: 'IE015',
    tir: 'carnet presented at the office of departure (advance data in TIR-EPD / eTIR)',
    eaeu: 'transit declaration submitted, electronically (EAEU CC art. 104 (3))',
  },
  acknowledged: { from: ['lodged'], to: 'same', procedures: NCTS, by: 'customs', ncts: 'IE928' },
  mrnAllocated: {
    from: ['lodged'],
    to: 'accepted',
    procedures: NCTS,
    by: 'customs',
    ncts: 'IE028',
  },
  registered: {
    from: ['lodged'],
    to: 'accepted',
    procedures: NOT_NCTS,
    by: 'customs',
    tir: 'carnet accepted, national reference given',
    eaeu: 'transit declaration registered: number CODE/DDMMYY/NNNNNNN',
  },
  rejected: { from: ['lodged'], to: 'rejected', procedures: ALL, by: 'customs', ncts: 'IE056' },
  amendmentLodged: {
    from: ['accepted'],
    to: 'same',
    procedures: ALL,
    by: 'holder',
    ncts: 'IE013',
  },
  amendmentAccepted: {
    from: ['accepted'],
    to: 'same',
    procedures: ALL,
    by: 'customs',
    ncts: 'IE004',
  },
  amendmentRejected: {
    from: ['accepted'],
    to: 'same',
    procedures: ALL,
    by: 'customs',
    ncts: 'IE056',
  },
  controlDecided: {
    from: ['lodged', 'accepted'],
    to: 'same',
    procedures: ALL,
    by: 'customs',
    ncts: 'IE060',
  },
  guaranteeInvalid: {
    from: ['accepted'],
    to: 'same',
    procedures: ['T1', 'T2'],
    by: 'customs',
    ncts: 'IE055',
  },
  released: {
    from: ['accepted'],
    to: 'released',
    procedures: ALL,
    by: 'customs',
    ncts: 'IE029',
    tir: 'TIR operation started at the office of departure (voucher No. 1 detached)',
    eaeu: 'goods released for customs transit, with a time limit and place of delivery (arts. 144, 145)',
  },
  notReleased: {
    from: ['accepted'],
    to: 'notReleased',
    procedures: ALL,
    by: 'customs',
    ncts: 'IE051',
  },
  incident: { from: ['released'], to: 'same', procedures: ALL, by: 'customs', ncts: 'IE182' },
  arrived: {
    from: ['released'],
    to: 'arrived',
    procedures: ALL,
    by: 'holder',
    ncts: 'IE007',
    tir: 'goods presented at the office of destination',
    eaeu: 'goods arrived at the place of delivery (EEC Decision No. 170)',
  },
  releasedAtDestination: {
    from: ['released', 'arrived'],
    to: 'arrived',
    procedures: NCTS,
    by: 'customs',
    ncts: 'IE025',
  },
  writtenOff: {
    from: ['released', 'arrived'],
    to: 'discharged',
    procedures: NCTS,
    by: 'customs',
    ncts: 'IE045',
  },
  discharged: {
    from: ['arrived'],
    to: 'discharged',
    procedures: ALL,
    by: 'customs',
    tir: 'TIR operation discharged (TIR Convention art. 1 (e))',
    eaeu: 'customs transit completed (EAEU CC art. 151; EEC Decision No. 170, points 2–3)',
  },
  cancellationRequested: {
    from: BEFORE_RELEASE,
    to: 'same',
    procedures: ALL,
    by: 'holder',
    ncts: 'IE014',
  },
  cancellationRefused: {
    from: BEFORE_RELEASE,
    to: 'same',
    procedures: ALL,
    by: 'customs',
    ncts: 'IE009',
  },
  // On the holder's request before release (IE014, then IE009 decision 1), or on customs' own
  // initiative at any time (IE009 initiatedByCustoms; HMRC TIS: IE014 after IE029 gets IE056,
  // error 92, so after release only customs cancel).
  cancelled: {
    from: ['lodged', 'accepted', 'released', 'arrived'],
    to: 'cancelled',
    procedures: ALL,
    by: 'customs',
    ncts: 'IE009',
  },
  // The carnet's acceptance at the office of departure is the start (TIR Convention art. 1 (c)).
  tirStarted: {
    from: ['lodged', 'accepted', 'released'],
    to: 'released',
    procedures: ['TIR'],
    by: 'customs',
    tir: 'TIR operation started in a country (voucher No. 1 of its pair; art. 1 (c))',
  },
  // Goods are presented at destination (arrived) before the operation there is terminated.
  tirTerminated: {
    from: ['released', 'arrived'],
    to: 'same',
    procedures: ['TIR'],
    by: 'customs',
    tir: 'TIR operation terminated in a country (voucher No. 2 of its pair; arts. 1 (d), 28)',
  },
}

/** Statuses in which the movement is over: nothing more is recorded. */
export const FINAL_STATUSES: readonly MovementStatus[] = ['notReleased', 'discharged', 'cancelled']
