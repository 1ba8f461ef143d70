/**
 * A customs reply (read by ncts/read-reply.ts) as an event on its declaration: matched by LRN or
 * MRN, turned into the event its message means, and recorded under the same rules as an event
 * the user records — or refused in one sentence, the declaration unchanged.
 */
import { withLocalOffset } from '../dates'
import type { JsonObject } from '../json'
import { declarationView } from '../model/view'
import type { CustomsReply } from '../ncts/reply'
import { WordedError } from '../worded-error'
import { recordEvent, type NewEvent, type ReleaseFacts } from './record-event'
import { eventDetail } from './event-text'
import type { MovementEventType } from './steps'

/** The event type a reply means; null for a rejection of something we never send. */
function eventTypeOf(reply: CustomsReply): MovementEventType | null {
  switch (reply.message) {
    case 'CC928C':
      return 'acknowledged'
    case 'CC028C':
      return 'mrnAllocated'
    case 'CC056C':
      if (reply.rejects === 'declaration') return 'rejected'
      if (reply.rejects === 'amendment') return 'amendmentRejected'
      if (reply.rejects === 'cancellation') return 'cancellationRefused'
      return null
    case 'CC060C':
      return 'controlDecided'
    case 'CC055C':
      return 'guaranteeInvalid'
    case 'CC029C':
      return 'released'
    case 'CC051C':
      return 'notReleased'
    case 'CC004C':
      return 'amendmentAccepted'
    case 'CC009C':
      return reply.cancelled ? 'cancelled' : 'cancellationRefused'
    case 'CC025C':
      return 'releasedAtDestination'
    case 'CC045C':
      return 'writtenOff'
  }
}

/**
 * NCTS writes times without an offset (DDNTA data format "dateTime", the sender's local time);
 * they are read in this computer's time zone — the user works beside the office that wrote
 * them — so that the event keeps an ISO 8601 time with its offset.
 */
export function replyTime(preparedAt: string): string {
  return /(Z|[+-][0-9]{2}:[0-9]{2})$/.test(preparedAt) ? preparedAt : withLocalOffset(preparedAt)
}

/**
 * Refuses a reply that names another declaration: every identifier it carries must be this
 * declaration's (an MRN only once customs gave one), and it must carry at least one of them.
 */
function checkMatch(document: JsonObject, reply: CustomsReply): void {
  const view = declarationView(document)
  const lrnMatches = reply.lrn === undefined || reply.lrn === view.lrn
  const mrnMatches = reply.mrn === undefined || view.mrn === '' || reply.mrn === view.mrn
  const named = reply.lrn !== undefined || (reply.mrn !== undefined && view.mrn !== '')
  if (reply.lrn !== undefined && lrnMatches && !mrnMatches) {
    throw new WordedError('movement.reply.otherMrn', { mrn: reply.mrn, ours: view.mrn })
  }
  if (!lrnMatches || !mrnMatches || !named) {
    throw new WordedError('movement.reply.otherDeclaration', {
      reference: reply.mrn ?? reply.lrn ?? '',
      lrn: view.lrn,
    })
  }
}

/** The event a reply records, and the release facts it brings. */
export function eventOfReply(reply: CustomsReply): { event: NewEvent; release: ReleaseFacts } {
  const type = eventTypeOf(reply)
  if (type === null) throw new WordedError('movement.reply.rejectsOther')
  const event: NewEvent = {
    type,
    at: replyTime(reply.preparedAt),
    message: reply.message,
    by: 'customs',
  }
  if (type === 'mrnAllocated') event.reference = reply.mrn
  else if (reply.office) event.reference = reply.office
  if (reply.notes.length > 0) event.detail = eventDetail(reply.notes)
  const release: ReleaseFacts = {}
  if (reply.limitDate) release.limitDate = reply.limitDate
  if (reply.seals && reply.seals.length > 0) release.seals = reply.seals
  return { event, release }
}

/** The declaration with the reply recorded; throws the refusal (WordedError / FindingError). */
export function applyReply(document: JsonObject, reply: CustomsReply, today?: string): JsonObject {
  checkMatch(document, reply)
  const { event, release } = eventOfReply(reply)
  if (event.type === 'mrnAllocated' && !reply.mrn) {
    throw new WordedError('movement.reply.noMrn', { message: reply.message })
  }
  return recordEvent(document, event, release, today)
}
