/**
 * Where the declaration stands with customs (`movement`): its status and the events recorded,
 * read for their shape only. The lifecycle gives them behaviour; here a file that carries them
 * must carry them well-formed.
 */
import { MOVEMENT_EVENT_TYPES, MOVEMENT_STATUSES } from '../format/constants'
import { type Checker, type Obj, readEntries, readList, readObject, readText } from './checker'
import { type CodeCheck, isCalendarDate, oneOf, readCode } from './read-codes'

const STATUS = oneOf(MOVEMENT_STATUSES)
const EVENT_TYPE = oneOf(MOVEMENT_EVENT_TYPES)

const DATE_TIME =
  /^([0-9]{4}-[0-9]{2}-[0-9]{2})T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,9})?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$/

/** An ISO 8601 date and time with its offset, e.g. 2026-02-04T09:30:00Z. */
export function isDateTime(value: string): boolean {
  if (value.length > 40) return false
  const match = DATE_TIME.exec(value)
  return match !== null && isCalendarDate(match[1]!)
}

const DATE_TIME_CHECK: CodeCheck = {
  rule: 'date.format',
  valid: isDateTime,
  problem: 'is not a date and time written YYYY-MM-DDThh:mm:ssZ (or with an offset, +05:00).',
}

function readEvent(c: Checker, event: Obj, path: string): void {
  readCode(c, event, 'type', path, EVENT_TYPE, true)
  readCode(c, event, 'at', path, DATE_TIME_CHECK, true)
  readText(c, event, 'reference', path, 1, 70, false)
  readText(c, event, 'detail', path, 1, 512, false)
  readText(c, event, 'message', path, 1, 35, false)
  readText(c, event, 'by', path, 1, 70, false)
}

export function readMovement(c: Checker, d: Obj): void {
  const movement = readObject(c, d, 'movement', '', false)
  if (!movement) return
  readCode(c, movement, 'status', '/movement', STATUS, true)
  const events = readList(c, movement, 'events', '/movement', 0, Infinity, true)
  if (events) readEntries(c, events, events.length, '/movement/events', readEvent)
}
