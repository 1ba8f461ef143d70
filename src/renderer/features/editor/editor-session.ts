/**
 * The declaration open in the editor: the document as the user sees it, its undo history and
 * its autosave. The database stays the source of truth; this holds the edit on screen until it
 * is written (at most one second after the last change, and at once on blur and close).
 *
 * Components subscribe with `useSyncExternalStore`; a change copies only the containers on its
 * path, so a field re-renders only when its own value changes.
 */
import { changesBack } from '../../../shared/history/changes'
import { getAt, toPointer, type JsonObject, type JsonPath } from '../../../shared/json'
import { setOrRemove } from '../../../shared/model/document-ops'

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  /** another window saved this declaration meanwhile: nothing more is saved until resolved */
  | { kind: 'conflict' }

/** Why a save runs: the debounced autosave, or a flush (blur, close, an explicit request). */
export type SaveReason = 'autosave' | 'flush'

export interface EditorSessionOptions {
  /** `previous`: the document as last saved, which the history stores the changes back to */
  save(document: JsonObject, reason: SaveReason, previous: JsonObject): Promise<void>
  /** Turns a failed save into one sentence for the user. */
  describeError(error: unknown, document: JsonObject): string
  /** Whether a failed save was refused because another window saved first. */
  isConflict?(error: unknown): boolean
  /**
   * After autosaves, on a flush with nothing left unsaved: lets what the autosaves put off
   * (the list's summary row) catch up, without writing the document again.
   */
  catchUp?(saved: JsonObject): Promise<void>
  /** quiet time after the last edit before saving */
  debounceMs?: number
  /** longest time an edit stays unsaved while the user keeps typing */
  maxWaitMs?: number
  /** edits of one field closer than this form one undo step */
  coalesceMs?: number
  historyLimit?: number
  now?: () => number
  /** each edit, at once: the document on screen and the one stored (write-ahead.ts) */
  noteEdit?: (document: JsonObject, stored: JsonObject) => void
  /** everything on screen is stored: the note can go */
  clearNote?: () => void
  /**
   * What follows from the user setting `path` (model/follow-ups.ts): part of the same edit and
   * the same undo step.
   */
  followUps?: (before: JsonObject, after: JsonObject, path: JsonPath) => JsonObject
}

interface HistoryEntry {
  document: JsonObject
  /** the field an entry was typed into, so keystrokes merge into one undo step */
  key: string | null
  at: number
}

export class EditorSession {
  private document: JsonObject
  private savedDocument: JsonObject
  private undoStack: HistoryEntry[] = []
  private redoStack: JsonObject[] = []
  private saveState: SaveState = { kind: 'saved' }
  private listeners = new Set<() => void>()
  private timer: ReturnType<typeof setTimeout> | null = null
  private firstUnsavedAt: number | null = null
  private saving: Promise<void> | null = null
  /** the last save was an autosave: a flush must still write once, so the list catches up */
  private flushOwed = false
  private readonly opts: Required<EditorSessionOptions>
  /** what the user's edits may change (movement/locks.ts); null: anything */
  private guard: ((pointer: string) => boolean) | null = null

  constructor(initial: JsonObject, options: EditorSessionOptions) {
    this.document = initial
    this.savedDocument = initial
    this.opts = {
      debounceMs: 300,
      maxWaitMs: 1000,
      coalesceMs: 1000,
      historyLimit: 500,
      now: () => Date.now(),
      noteEdit: () => undefined,
      clearNote: () => undefined,
      isConflict: () => false,
      catchUp: async () => undefined,
      followUps: (_before, after) => after,
      ...options,
    }
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getDocument = (): JsonObject => this.document
  getSaveState = (): SaveState => this.saveState
  get canUndo(): boolean {
    return this.undoStack.length > 0
  }
  get canRedo(): boolean {
    return this.redoStack.length > 0
  }
  get isDirty(): boolean {
    return this.document !== this.savedDocument
  }
  private get inConflict(): boolean {
    return this.saveState.kind === 'conflict'
  }

  valueAt(path: JsonPath): unknown {
    return getAt(this.document, path)
  }

  /**
   * Sets one element (`undefined` removes it). Typing into one field merges into one undo step.
   * An element the guard locks keeps its value.
   */
  set(path: JsonPath, value: unknown): void {
    if (getAt(this.document, path) === value) return
    const pointer = toPointer(path)
    if (this.guard && !this.guard(pointer)) return
    const edited = setOrRemove(this.document, path, value)
    const followed = this.opts.followUps(this.document, edited, path)
    // What follows is dropped where the guard locks it; the user's own edit still counts.
    this.commit(followed === edited || this.allows(followed) ? followed : edited, pointer)
  }

  /**
   * An edit typed into a field that is not one element (a default for all items): keystrokes
   * under the same `key` merge into one undo step, like typing into one field.
   */
  edit(key: string, change: (document: JsonObject) => JsonObject): boolean {
    const next = change(this.document)
    if (next === this.document) return true
    if (!this.allows(next)) return false
    this.commit(next, key)
    return true
  }

  /**
   * A structural change (add, remove, reorder …): always its own undo step; all or nothing —
   * false when the guard refused it. With `path` (the list it changed), what follows from the
   * change is part of it (model/follow-ups.ts).
   */
  update(change: (document: JsonObject) => JsonObject, path?: JsonPath): boolean {
    const changed = change(this.document)
    // A list changed at `path` (an entry added or removed) has consequences, as a set has.
    const next = path ? this.opts.followUps(this.document, changed, path) : changed
    if (next === this.document) return true
    if (!this.allows(next)) return false
    this.commit(next, null)
    return true
  }

  /** Locks (a function of each changed element's pointer) or unlocks (null) the user's edits. */
  setGuard(guard: ((pointer: string) => boolean) | null): void {
    this.guard = guard
  }

  /**
   * An event recorded on the movement (movement/record-event.ts checked it): a fact, not an
   * edit, so it passes the guard and cannot be undone — nor can the edits before it.
   */
  record(next: JsonObject): void {
    this.undoStack = []
    this.redoStack = []
    this.replace(next)
  }

  /** Whether every place `next` changes is one the guard lets the user change. */
  private allows(next: JsonObject): boolean {
    const guard = this.guard
    if (!guard) return true
    return changesBack(next, this.document).every((change) => guard(toPointer(change.path)))
  }

  undo(): void {
    const entry = this.undoStack[this.undoStack.length - 1]
    if (!entry || !this.allows(entry.document)) return
    this.undoStack.pop()
    this.redoStack.push(this.document)
    this.replace(entry.document)
  }

  redo(): void {
    const next = this.redoStack[this.redoStack.length - 1]
    if (!next || !this.allows(next)) return
    this.redoStack.pop()
    this.undoStack.push({ document: this.document, key: null, at: 0 })
    this.replace(next)
  }

  /** Writes the pending edit now (blur, close, switching declarations). */
  async flush(): Promise<void> {
    this.clearTimer()
    if (this.saving) await this.saving
    if (this.inConflict) return
    if (this.isDirty) await this.saveNow('flush')
    else if (this.flushOwed) await this.catchUp()
    else this.settle()
  }

  /**
   * Another window saved this declaration while this one has edits of its own: say so now
   * rather than at the next save, and save nothing until the user chooses (reset).
   */
  markConflict(): void {
    this.clearTimer()
    this.setSaveState({ kind: 'conflict' })
  }

  /** Resolves when no save is under way. */
  async whenIdle(): Promise<void> {
    while (this.saving) await this.saving
  }

  /** Tries a failed save again. */
  retry(): Promise<void> {
    return this.flush()
  }

  dispose(): void {
    this.clearTimer()
    this.listeners.clear()
  }

  /**
   * Shows a document that was stored from elsewhere (an import replaced this declaration): it
   * is what is saved now, and the undo history, made on the old content, no longer applies.
   */
  reset(document: JsonObject): void {
    this.clearTimer()
    this.document = document
    this.savedDocument = document
    this.undoStack = []
    this.redoStack = []
    this.firstUnsavedAt = null
    this.flushOwed = false
    this.setSaveState({ kind: 'saved' })
  }

  private commit(next: JsonObject, key: string | null): void {
    const at = this.opts.now()
    const last = this.undoStack[this.undoStack.length - 1]
    const merges = key !== null && last?.key === key && at - last.at < this.opts.coalesceMs
    if (merges) last.at = at
    else {
      this.undoStack.push({ document: this.document, key, at })
      if (this.undoStack.length > this.opts.historyLimit) this.undoStack.shift()
    }
    this.redoStack = []
    this.replace(next)
  }

  private replace(next: JsonObject): void {
    this.document = next
    this.opts.noteEdit(next, this.savedDocument)
    this.firstUnsavedAt ??= this.opts.now()
    if (this.inConflict) return this.emit()
    if (this.saveState.kind !== 'error') this.setSaveState({ kind: 'pending' })
    this.schedule()
    this.emit()
  }

  private schedule(): void {
    this.clearTimer()
    const waited = this.opts.now() - (this.firstUnsavedAt ?? this.opts.now())
    const delay = Math.max(0, Math.min(this.opts.debounceMs, this.opts.maxWaitMs - waited))
    this.timer = setTimeout(() => {
      this.timer = null
      void this.autosave()
    }, delay)
  }

  private async autosave(): Promise<void> {
    if (this.saving) await this.saving
    if (this.inConflict) return
    if (this.isDirty) await this.saveNow('autosave')
    else this.settle()
  }

  /** Undone back to what is stored: nothing to write, and nothing pending or failing. */
  private settle(): void {
    if (this.saving !== null || this.saveState.kind === 'saved') return
    this.firstUnsavedAt = null
    this.setSaveState({ kind: 'saved' })
  }

  private async saveNow(reason: SaveReason): Promise<void> {
    const document = this.document
    // This save covers every edit so far; the wait for the next one starts at the next edit.
    this.firstUnsavedAt = null
    this.setSaveState({ kind: 'saving' })
    this.saving = this.opts
      .save(document, reason, this.savedDocument)
      .then(() => {
        this.savedDocument = document
        this.flushOwed = reason === 'autosave'
        if (this.document === document) this.opts.clearNote()
        else this.opts.noteEdit(this.document, document)
        if (this.document === document) {
          this.setSaveState({ kind: 'saved' })
        } else {
          this.setSaveState({ kind: 'pending' })
        }
      })
      .catch((error: unknown) => {
        // The edit stays on screen and in memory; the next edit or a retry saves it — unless
        // another window saved first: then the user chooses (see markConflict).
        if (this.opts.isConflict(error)) return this.markConflict()
        this.setSaveState({ kind: 'error', message: this.opts.describeError(error, document) })
      })
      .finally(() => {
        this.saving = null
      })
    await this.saving
  }

  /** Nothing unsaved, but the autosaves put the summary off: it catches up, the document stays. */
  private async catchUp(): Promise<void> {
    this.flushOwed = false
    try {
      await this.opts.catchUp(this.savedDocument)
    } catch {
      // Only the list's row lags; the next save brings it up to date.
    }
    this.settle()
  }

  private setSaveState(state: SaveState): void {
    this.saveState = state
    this.emit()
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
  }

  private emit(): void {
    for (const listener of this.listeners) listener()
  }
}
