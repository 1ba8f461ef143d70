/**
 * Customs replies (CustomsReply objects, as ncts/read-reply.ts will hand them over) drive a T1
 * declaration from lodgement to discharge, answer amendments and cancellations, and are refused
 * — the declaration unchanged — when they name another declaration or come out of turn.
 */
import { describe, expect, it } from 'vitest'
import { isDateTime, withLocalOffset } from '../../../src/shared/dates'
import type { JsonObject } from '../../../src/shared/json'
import { englishText } from '../../../src/shared/i18n/en/english-text'
import { declarationView } from '../../../src/shared/model/view'
import { applyReply, replyTime } from '../../../src/shared/movement/apply-reply'
import { movementState } from '../../../src/shared/movement/movement-state'
import { recordEvent } from '../../../src/shared/movement/record-event'
import type { MovementStatus } from '../../../src/shared/movement/steps'
import type { CustomsReply, ReplyMessage } from '../../../src/shared/ncts/reply'
import { errorText } from '../../../src/shared/worded-error'
import {
  byHolder,
  deepFreeze,
  documentIn,
  findingOf,
  HAND_MRN,
  movementOf,
  refusalOf,
  sample,
  T1_MRN,
  TODAY,
} from './builders'

const LRN = 'GE-PTI-2026-0058'
const PREPARED = '2026-02-05T10:15:00'

let serial = 0
/** A reply for the T1 sample, by its LRN unless `extra` says otherwise. */
const reply = (message: ReplyMessage, extra: Partial<CustomsReply> = {}): CustomsReply => ({
  message,
  id: `TD${String(++serial).padStart(6, '0')}`,
  preparedAt: PREPARED,
  lrn: LRN,
  notes: [],
  ...extra,
})
const byMrn = (message: ReplyMessage, extra: Partial<CustomsReply> = {}) =>
  reply(message, { lrn: undefined, mrn: T1_MRN, ...extra })

/** Applies each reply in turn (to a frozen document), checking the status after each. */
function apply(document: JsonObject, steps: [CustomsReply, MovementStatus][]): JsonObject {
  for (const [answer, status] of steps) {
    document = applyReply(deepFreeze(document), answer, TODAY)
    expect(movementOf(document).status, answer.message).toBe(status)
  }
  return document
}

/** The refusal key of `answer` on `document`, which must stay as it was. */
function refusedKey(document: JsonObject, answer: CustomsReply): string {
  const before = structuredClone(deepFreeze(document))
  const error = refusalOf(() => applyReply(document, answer, TODAY))
  expect(document).toEqual(before)
  return error.key
}

const lodged = () => recordEvent(sample('T1'), byHolder('lodged'))
const accepted = (...since: Parameters<typeof byHolder>[0][]) =>
  since.reduce(
    (document, type) => recordEvent(document, byHolder(type)),
    documentIn('accepted', 'T1'),
  )
const stateOf = (document: JsonObject) => movementState(declarationView(document).movement)

describe('replies drive a T1 declaration from lodged to discharged', () => {
  const drive = () =>
    apply(lodged(), [
      [reply('CC928C'), 'lodged'],
      [reply('CC028C', { mrn: T1_MRN, office: 'GE000101', date: '2026-02-05' }), 'accepted'],
      [byMrn('CC060C', { office: 'GE000101', notes: ['A3 documentary check', 'B1'] }), 'accepted'],
      [
        byMrn('CC029C', {
          office: 'GE000101',
          limitDate: '2026-02-12',
          seals: ['GE 0200001', 'GE 0200002'],
          preparedAt: '2026-02-05T16:40:00+04:00',
        }),
        'released',
      ],
      [byMrn('CC025C', { office: 'TR340100' }), 'arrived'],
      [
        byMrn('CC045C', { lrn: LRN, office: 'TR340100', preparedAt: '2026-02-09T08:00:00.5' }),
        'discharged',
      ],
    ])

  it('CC028C sets the MRN; CC029C brings the time limit and customs seals', () => {
    const done = drive()
    expect(done.mrn).toBe(T1_MRN)
    expect(done.limitDate).toBe('2026-02-12')
    expect(done.seals).toEqual(['GE 0200001', 'GE 0200002'])
  })

  it('each reply is an event by customs, named by its message, at its time', () => {
    const at = withLocalOffset(PREPARED)
    expect(movementOf(drive()).events.slice(1)).toEqual([
      { type: 'acknowledged', at, message: 'CC928C', by: 'customs' },
      { type: 'mrnAllocated', at, reference: T1_MRN, message: 'CC028C', by: 'customs' },
      {
        type: 'controlDecided',
        at,
        reference: 'GE000101',
        detail: 'A3 documentary check; B1',
        message: 'CC060C',
        by: 'customs',
      },
      {
        type: 'released',
        at: '2026-02-05T16:40:00+04:00',
        reference: 'GE000101',
        message: 'CC029C',
        by: 'customs',
      },
      {
        type: 'releasedAtDestination',
        at,
        reference: 'TR340100',
        message: 'CC025C',
        by: 'customs',
      },
      {
        type: 'writtenOff',
        at: withLocalOffset('2026-02-09T08:00:00.5'),
        reference: 'TR340100',
        message: 'CC045C',
        by: 'customs',
      },
    ])
  })

  it("a time without offset is read in this computer's time zone; one with an offset is kept", () => {
    const read = replyTime(PREPARED)
    expect(read).toBe(withLocalOffset(PREPARED))
    expect(isDateTime(read)).toBe(true)
    expect(new Date(read).getTime()).toBe(new Date(PREPARED).getTime())
    expect(replyTime('2026-02-05T10:15:00Z')).toBe('2026-02-05T10:15:00Z')
    expect(replyTime('2026-02-05T10:15:00-03:00')).toBe('2026-02-05T10:15:00-03:00')
  })
})

describe('amendments, cancellations and the guarantee', () => {
  it('CC004C accepts the amendment lodged', () => {
    const done = apply(accepted('amendmentLodged'), [[byMrn('CC004C'), 'accepted']])
    expect(movementOf(done).events.at(-1)).toMatchObject({ type: 'amendmentAccepted' })
    expect(stateOf(done).amendmentPending).toBe(false)
  })

  it('CC056C rejecting the amendment leaves the declaration accepted', () => {
    const done = apply(accepted('amendmentLodged'), [
      [byMrn('CC056C', { rejects: 'amendment', notes: ['12 /CC013C/… R0410'] }), 'accepted'],
    ])
    expect(movementOf(done).events.at(-1)).toMatchObject({
      type: 'amendmentRejected',
      detail: '12 /CC013C/… R0410',
    })
    expect(stateOf(done).amendmentPending).toBe(false)
  })

  it('CC056C rejecting the declaration, and a new lodgement after it', () => {
    const rejected = apply(lodged(), [[reply('CC056C', { rejects: 'declaration' }), 'rejected']])
    const again = recordEvent(rejected, byHolder('lodged'))
    apply(again, [[reply('CC028C', { mrn: HAND_MRN }), 'accepted']])
  })

  it('CC009C cancels the declaration whose cancellation was requested', () => {
    apply(accepted('cancellationRequested'), [[byMrn('CC009C', { cancelled: true }), 'cancelled']])
  })

  it("CC009C cancels on customs' own initiative, unrequested, before or after release", () => {
    for (const document of [lodged(), accepted(), documentIn('released', 'T1')]) {
      const answer = (document.mrn ? byMrn : reply)('CC009C', { cancelled: true })
      const done = apply(document, [[answer, 'cancelled']])
      expect(movementOf(done).events.at(-1)).toMatchObject({ type: 'cancelled', by: 'customs' })
    }
  })

  it('CC009C refusing, or CC056C rejecting the request, leaves it as it was', () => {
    for (const answer of [
      byMrn('CC009C', { cancelled: false }),
      byMrn('CC056C', { rejects: 'cancellation' }),
    ]) {
      const done = apply(accepted('cancellationRequested'), [[answer, 'accepted']])
      expect(movementOf(done).events.at(-1)).toMatchObject({ type: 'cancellationRefused' })
      expect(stateOf(done).cancellationPending).toBe(false)
    }
  })

  it('CC055C blocks the release until CC004C accepts an amendment of the guarantee', () => {
    const invalid = apply(accepted(), [[byMrn('CC055C', { notes: ['G01'] }), 'accepted']])
    const release = byMrn('CC029C', { limitDate: '2026-02-12' })
    expect(refusedKey(invalid, release)).toBe('movement.problem.guaranteeInvalid')
    const amending = recordEvent(invalid, byHolder('amendmentLodged'))
    expect(refusedKey(amending, release)).toBe('movement.problem.amendmentPending')
    const released = apply(amending, [
      [byMrn('CC004C'), 'accepted'],
      [release, 'released'],
    ])
    expect(released.limitDate).toBe('2026-02-12')
  })

  it('CC051C: not released, and nothing after it', () => {
    const done = apply(accepted(), [[byMrn('CC051C', { notes: ['motive 3'] }), 'notReleased']])
    expect(refusedKey(done, byMrn('CC029C'))).toBe('movement.problem.over')
  })
})

describe('refused replies change nothing', () => {
  it('another LRN', () => {
    const document = lodged()
    const answer = reply('CC028C', { lrn: 'GE-PTI-2026-0099', mrn: T1_MRN })
    expect(refusedKey(document, answer)).toBe('movement.reply.otherDeclaration')
    expect(
      errorText(
        refusalOf(() => applyReply(document, answer)),
        englishText,
      ),
    ).toBe(`This reply is for ${T1_MRN}, not for this declaration (${LRN}): nothing was changed.`)
  })

  it('another MRN, with or without our LRN', () => {
    const other = HAND_MRN
    expect(refusedKey(accepted(), byMrn('CC029C', { mrn: other }))).toBe(
      'movement.reply.otherDeclaration',
    )
    expect(refusedKey(accepted(), reply('CC029C', { mrn: other }))).toBe('movement.reply.otherMrn')
    expect(refusedKey(accepted(), reply('CC028C', { mrn: other }))).toBe('movement.reply.otherMrn')
  })

  it('an MRN alone, before customs gave us one', () => {
    expect(refusedKey(lodged(), byMrn('CC028C'))).toBe('movement.reply.otherDeclaration')
  })

  it('out of sequence: CC029C on a draft, CC028C twice, CC004C or CC009C unasked', () => {
    expect(refusedKey(sample('T1'), reply('CC029C'))).toBe('movement.problem.sequence')
    expect(refusedKey(accepted(), reply('CC028C', { mrn: T1_MRN }))).toBe(
      'movement.problem.sequence',
    )
    expect(refusedKey(accepted(), byMrn('CC004C'))).toBe('movement.problem.noAmendment')
    expect(refusedKey(accepted(), byMrn('CC009C', { cancelled: false }))).toBe(
      'movement.problem.noCancellation',
    )
  })

  // A rejected CC170C (presentation notification) is read as 'other': the declaration stays
  // pre-lodged, so nothing is recorded.
  it('CC056C rejecting a message TransitDesk does not send', () => {
    expect(refusedKey(lodged(), reply('CC056C', { rejects: 'other' }))).toBe(
      'movement.reply.rejectsOther',
    )
  })

  it('the same reply file twice: the second is refused', () => {
    const control = byMrn('CC060C', { office: 'GE000101', notes: ['A3'] })
    const once = apply(accepted(), [[control, 'accepted']])
    expect(refusedKey(once, control)).toBe('movement.problem.duplicate')
    expect(
      errorText(
        refusalOf(() => applyReply(once, control)),
        englishText,
      ),
    ).toBe('This CC060C has been recorded already: nothing was changed.')
  })

  it('the same message at another time is another reply', () => {
    const once = apply(accepted(), [[byMrn('CC060C'), 'accepted']])
    const later = '2026-02-05T11:40:00'
    const twice = apply(once, [[byMrn('CC060C', { preparedAt: later }), 'accepted']])
    expect(movementOf(twice).events.slice(-2)).toMatchObject([
      { type: 'controlDecided', at: withLocalOffset(PREPARED), message: 'CC060C' },
      { type: 'controlDecided', at: withLocalOffset(later), message: 'CC060C' },
    ])
  })

  it('CC028C without an MRN, and with a wrong check character', () => {
    expect(refusedKey(lodged(), reply('CC028C'))).toBe('movement.reply.noMrn')
    const document = deepFreeze(lodged())
    const before = structuredClone(document)
    const wrong = T1_MRN.slice(0, 17) + ((Number(T1_MRN[17]) + 1) % 10)
    const error = findingOf(() => applyReply(document, reply('CC028C', { mrn: wrong })))
    expect(error.finding.rule).toBe('mrn.check-character')
    expect(document).toEqual(before)
  })

  it('a time that is not one', () => {
    expect(refusedKey(lodged(), reply('CC928C', { preparedAt: '05.02.2026 10:15' }))).toBe(
      'movement.problem.time',
    )
  })
})
