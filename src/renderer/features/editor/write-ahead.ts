/**
 * The write-ahead of the edit in progress: every change is noted at once, synchronously, in
 * the browser's local storage — a few dozen bytes, the changes between the stored document and
 * the one on screen — and dropped when the autosave has stored it. After a crash or a reload
 * the editor finds the note and puts the unsaved keystrokes back.
 *
 * Local storage is shared by every window of the app, so each note is the note of one window
 * (its key ends with the window's id) and of one stored revision. A window takes back its own
 * notes (a reload) and those of windows no longer open (a crash, a killed tab) — never the note
 * of a window still editing, and never one made over another revision than the one stored.
 */
import { applyBack, changesBack, type Change } from '../../../shared/history/changes'
import { jsonEqual, type JsonObject } from '../../../shared/json'
import { webLockWindows, type Windows } from './windows'

export type NoteStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>

const PREFIX = 'transitdesk.pending.'
const keyOf = (id: string, window: string) => `${PREFIX}${id}.${window}`

interface Note {
  /** turn the stored document into the pending one */
  forward: Change[]
  /** and back: checks that the note belongs to the document now stored */
  back: Change[]
  /** the stored revision the note was made over (absent in notes of older versions) */
  revision?: string
  /** when it was written (ms), to take the newest of several */
  at?: number
}

export class WriteAhead {
  /** this window's id, once claimed (notes are written only by an open editor, after that) */
  private self: string | null = null

  constructor(
    private readonly storage: NoteStorage,
    private readonly windows: Windows,
  ) {
    void windows.self.then((id) => (this.self = id))
  }

  note(id: string, pending: JsonObject, stored: JsonObject, revision?: string): void {
    if (this.self === null) return
    try {
      const note: Note = {
        forward: changesBack(pending, stored),
        back: changesBack(stored, pending),
        ...(revision === undefined ? {} : { revision }),
        at: Date.now(),
      }
      this.storage.setItem(keyOf(id, this.self), JSON.stringify(note))
    } catch {
      // Full or unavailable storage: the autosave (at most a second away) is still there.
    }
  }

  clear(id: string): void {
    if (this.self === null) return
    try {
      this.storage.removeItem(keyOf(id, this.self))
    } catch {
      // nothing to clear
    }
  }

  /**
   * The document with the unsaved edit put back, or null when there is none. Notes that do not
   * fit the document stored now (saved since, or changed elsewhere) are dropped, not applied.
   */
  async recover(id: string, stored: JsonObject, revision?: string): Promise<JsonObject | null> {
    const self = await this.windows.self
    const open = await this.windows.open()
    let best: { pending: JsonObject; at: number } | null = null
    for (const [key, window] of this.notesOf(id)) {
      // A window still open keeps its note to itself.
      if (window !== self && window !== null && (open === null || open.has(window))) continue
      const pending = this.fitting(key, stored, revision)
      this.remove(key)
      if (pending && (!best || pending.at >= best.at)) best = pending
    }
    return best?.pending ?? null
  }

  /** The keys of this declaration's notes, with the window of each (null: an older note). */
  private notesOf(id: string): [string, string | null][] {
    const found: [string, string | null][] = []
    try {
      for (let i = 0; i < this.storage.length; i++) {
        const key = this.storage.key(i)
        if (key === `${PREFIX}${id}`) found.push([key, null])
        else if (key?.startsWith(`${PREFIX}${id}.`))
          found.push([key, key.slice(PREFIX.length + id.length + 1)])
      }
    } catch {
      // unavailable storage: nothing to recover
    }
    return found
  }

  private fitting(
    key: string,
    stored: JsonObject,
    revision: string | undefined,
  ): { pending: JsonObject; at: number } | null {
    try {
      const text = this.storage.getItem(key)
      if (text === null) return null
      const note = JSON.parse(text) as Note
      if ('revision' in note && note.revision !== revision) return null
      const pending = applyBack(stored, note.forward) as JsonObject
      if (!jsonEqual(applyBack(pending, note.back), stored) || jsonEqual(pending, stored))
        return null
      return { pending, at: typeof note.at === 'number' ? note.at : 0 }
    } catch {
      return null
    }
  }

  private remove(key: string): void {
    try {
      this.storage.removeItem(key)
    } catch {
      // nothing to remove
    }
  }
}

let shared: WriteAhead | null = null

/** The write-ahead of this window (local storage, windows told apart by Web Locks). */
export function writeAhead(): WriteAhead {
  shared ??= new WriteAhead(localStorage, webLockWindows())
  return shared
}
