/**
 * The write-ahead of the edit in progress: every change is noted at once, synchronously, in
 * the browser's local storage — a few dozen bytes, the changes between the stored document and
 * the one on screen — and dropped when the autosave has stored it. After a crash or a reload
 * the editor finds the note and puts the unsaved keystrokes back.
 */
import { applyBack, changesBack, type Change } from '../../../shared/history/changes'
import { jsonEqual, type JsonObject } from '../../../shared/json'

type NoteStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

const keyOf = (id: string) => `transitdesk.pending.${id}`

interface Note {
  /** turn the stored document into the pending one */
  forward: Change[]
  /** and back: checks that the note belongs to the document now stored */
  back: Change[]
}

export function writeAhead(
  id: string,
  pending: JsonObject,
  stored: JsonObject,
  storage: NoteStorage = localStorage,
): void {
  try {
    const note: Note = { forward: changesBack(pending, stored), back: changesBack(stored, pending) }
    storage.setItem(keyOf(id), JSON.stringify(note))
  } catch {
    // Full or unavailable storage: the autosave (at most a second away) is still there.
  }
}

export function clearWriteAhead(id: string, storage: NoteStorage = localStorage): void {
  try {
    storage.removeItem(keyOf(id))
  } catch {
    // nothing to clear
  }
}

/**
 * The document with the unsaved edit put back, or null when there is none — or when the note
 * does not fit the document stored now (it was saved since, or changed elsewhere): then the
 * note is dropped rather than applied to something else.
 */
export function recoverPending(
  id: string,
  stored: JsonObject,
  storage: NoteStorage = localStorage,
): JsonObject | null {
  let note: Note
  try {
    const text = storage.getItem(keyOf(id))
    if (text === null) return null
    note = JSON.parse(text) as Note
    const pending = applyBack(stored, note.forward) as JsonObject
    if (!jsonEqual(applyBack(pending, note.back), stored) || jsonEqual(pending, stored)) {
      clearWriteAhead(id, storage)
      return null
    }
    return pending
  } catch {
    clearWriteAhead(id, storage)
    return null
  }
}
