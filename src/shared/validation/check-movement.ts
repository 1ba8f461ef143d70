/**
 * Where the declaration stands with customs (`movement`): its status and the events recorded,
 * read for their shape only. The lifecycle gives them behaviour; here a file that carries them
 * must carry them well-formed.
 */
import { type Checker, type Obj, readEntries, readList, readObject, readText } from './checker'
import { readField } from './read-codes'

function readEvent(c: Checker, event: Obj, path: string): void {
  readField(c, event, 'type', path, 'event.type', true)
  readField(c, event, 'at', path, 'event.at', true)
  readText(c, event, 'reference', path, 'event.reference', false)
  readText(c, event, 'detail', path, 'event.detail', false)
  readText(c, event, 'message', path, 'event.message', false)
  readText(c, event, 'by', path, 'event.by', false)
}

export function readMovement(c: Checker, d: Obj): void {
  const movement = readObject(c, d, 'movement', '', false)
  if (!movement) return
  readField(c, movement, 'status', '/movement', 'movement.status', true)
  const events = readList(c, movement, 'events', '/movement', 'movement.events', true)
  if (events) readEntries(c, events, events.length, '/movement/events', readEvent)
}
