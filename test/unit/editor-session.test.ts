import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  EditorSession,
  type EditorSessionOptions,
  type SaveReason,
} from '../../src/renderer/features/editor/editor-session'
import type { JsonObject } from '../../src/shared/json'
import { insertAt } from '../../src/shared/model/document-ops'

const NAME = ['holder', 'name'] as const
const CITY = ['holder', 'address', 'city'] as const

const initial = (): JsonObject => ({ lrn: 'KZ-1', holder: {}, seals: [] })

interface Deferred {
  resolve(): void
  reject(error: unknown): void
}

/** A session whose saves are recorded with the fake clock's time, succeeding by default. */
function setup(options: Partial<EditorSessionOptions> = {}) {
  const saves: { at: number; document: JsonObject }[] = []
  const pending: Deferred[] = []
  let mode: 'resolve' | 'reject' | 'hold' = 'resolve'
  let refusal: Error | null = null
  const save = vi.fn((document: JsonObject, _reason?: SaveReason): Promise<void> => {
    saves.push({ at: Date.now(), document })
    if (refusal) return Promise.reject(refusal)
    if (mode === 'reject') return Promise.reject(new Error('QuotaExceededError'))
    if (mode === 'hold') return new Promise((resolve, reject) => pending.push({ resolve, reject }))
    return Promise.resolve()
  })
  const describeError = vi.fn(
    (error: unknown, document: JsonObject) =>
      `Could not save ${String(document.lrn)}: ${(error as Error).message}.`,
  )
  const session = new EditorSession(initial(), { save, describeError, ...options })
  return {
    session,
    save,
    saves,
    pending,
    describeError,
    setMode: (next: typeof mode) => {
      mode = next
    },
    /** every save refused with `error` (null: saves work again) */
    refuseWith: (error: Error | null) => {
      refusal = error
    },
  }
}

const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms)

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-02-04T09:00:00Z') })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('EditorSession: editing', () => {
  it('starts saved and clean with no history', () => {
    const { session } = setup()
    expect(session.getSaveState()).toEqual({ kind: 'saved' })
    expect(session.isDirty).toBe(false)
    expect(session.canUndo).toBe(false)
    expect(session.canRedo).toBe(false)
  })

  it('sets a value, copying only the changed path, and notifies subscribers', () => {
    const { session } = setup()
    const before = session.getDocument()
    const listener = vi.fn()
    session.subscribe(listener)
    session.set(NAME, 'ТОО «Жетысу»')
    expect(session.valueAt(NAME)).toBe('ТОО «Жетысу»')
    expect(session.getDocument()).not.toBe(before)
    expect(session.getDocument().seals).toBe(before.seals)
    expect(before.holder).toEqual({})
    expect(listener).toHaveBeenCalled()
    expect(session.isDirty).toBe(true)
    expect(session.getSaveState()).toEqual({ kind: 'pending' })
  })

  it('ignores setting the value a field already has', () => {
    const { session, save } = setup()
    session.set(['lrn'], 'KZ-1')
    expect(session.canUndo).toBe(false)
    expect(session.isDirty).toBe(false)
    expect(save).not.toHaveBeenCalled()
  })

  it('removes an element set to undefined, and the object it empties', async () => {
    const { session } = setup()
    session.set(CITY, 'Алматы')
    expect(session.valueAt(['holder', 'address'])).toEqual({ city: 'Алматы' })
    session.set(CITY, undefined)
    expect(session.valueAt(['holder', 'address'])).toBeUndefined()
  })

  it('unsubscribes', () => {
    const { session } = setup()
    const listener = vi.fn()
    const unsubscribe = session.subscribe(listener)
    unsubscribe()
    session.set(NAME, 'A')
    expect(listener).not.toHaveBeenCalled()
  })
})

describe('EditorSession: autosave', () => {
  it('saves after a quiet moment following the last edit, at most 1 s after it', async () => {
    const { session, save, saves } = setup()
    session.set(NAME, 'A')
    await advance(200)
    expect(save).not.toHaveBeenCalled()
    await advance(800)
    expect(save).toHaveBeenCalledTimes(1)
    expect(saves[0]!.document).toBe(session.getDocument())
    expect(session.getSaveState()).toEqual({ kind: 'saved' })
    expect(session.isDirty).toBe(false)
  })

  it('debounces: edits in quick succession make one save, after the last', async () => {
    const { session, saves } = setup({ debounceMs: 300, maxWaitMs: 5000 })
    const start = Date.now()
    for (const name of ['A', 'AB', 'ABC']) {
      session.set(NAME, name)
      await advance(200)
    }
    expect(saves).toHaveLength(0)
    await advance(100)
    expect(saves).toHaveLength(1)
    expect(saves[0]!.at - start).toBe(400 + 300)
    expect(saves[0]!.document.holder).toEqual({ name: 'ABC' })
    await advance(5000)
    expect(saves).toHaveLength(1)
  })

  it('saves within maxWait even while the user keeps typing', async () => {
    const { session, saves } = setup()
    const edits: number[] = []
    let text = ''
    for (let i = 0; i < 50; i++) {
      text += 'x'
      session.set(NAME, text)
      edits.push(Date.now())
      await advance(100)
    }
    await advance(1000)
    // Every edit was in some save made no later than 1 s after it.
    for (const at of edits) {
      expect(saves.some((s) => s.at >= at && s.at - at <= 1000)).toBe(true)
    }
    expect(saves.length).toBeGreaterThanOrEqual(4)
    expect(saves.at(-1)!.document.holder).toEqual({ name: text })
    expect(session.getSaveState()).toEqual({ kind: 'saved' })
  })

  it('flush() saves at once and cancels the timer', async () => {
    const { session, save } = setup()
    session.set(NAME, 'A')
    await session.flush()
    expect(save).toHaveBeenCalledTimes(1)
    expect(session.getSaveState()).toEqual({ kind: 'saved' })
    await advance(5000)
    expect(save).toHaveBeenCalledTimes(1)
  })

  it('flush() with nothing to save does not save', async () => {
    const { session, save } = setup()
    await session.flush()
    expect(save).not.toHaveBeenCalled()
  })

  it('tells the save why it runs; a flush after autosaves catches the summary up, once', async () => {
    const catchUp = vi.fn(async () => undefined)
    const { session, save } = setup({ catchUp })
    session.set(NAME, 'A')
    await advance(1000)
    expect(save).toHaveBeenCalledTimes(1)
    expect(save.mock.calls[0]![1]).toBe('autosave')
    // Nothing new to write, but the list's summary may lag: the flush lets it catch up,
    // without writing the document again (a window losing focus writes only unsaved edits)…
    await session.flush()
    expect(save).toHaveBeenCalledTimes(1)
    expect(catchUp).toHaveBeenCalledTimes(1)
    expect(catchUp.mock.calls[0]).toEqual([session.getDocument()])
    // …and only once.
    await session.flush()
    expect(catchUp).toHaveBeenCalledTimes(1)
    expect(session.getSaveState()).toEqual({ kind: 'saved' })
  })

  it('stops saving when another window saved first, until the user chooses', async () => {
    const refused = new Error('changed elsewhere')
    const { session, save, refuseWith } = setup({ isConflict: (error) => error === refused })
    refuseWith(refused)
    session.set(NAME, 'A')
    await advance(1000)
    expect(save).toHaveBeenCalledTimes(1)
    expect(session.getSaveState()).toEqual({ kind: 'conflict' })
    // Further edits, flushes and time save nothing over the other window's version.
    session.set(NAME, 'AB')
    await advance(5000)
    await session.flush()
    expect(save).toHaveBeenCalledTimes(1)
    expect(session.getSaveState()).toEqual({ kind: 'conflict' })
    // Showing the stored version ends it; edits save again.
    refuseWith(null)
    session.reset({ lrn: 'KZ-1', holder: { name: 'Theirs' }, seals: [] })
    expect(session.getSaveState()).toEqual({ kind: 'saved' })
    session.set(NAME, 'Theirs, then mine')
    await advance(1000)
    expect(save).toHaveBeenCalledTimes(2)
  })

  it('says at once that another window saved while this one has edits', async () => {
    const { session, save } = setup()
    session.set(NAME, 'A')
    session.markConflict()
    await advance(5000)
    expect(save).not.toHaveBeenCalled()
    expect(session.getSaveState()).toEqual({ kind: 'conflict' })
  })

  it('shows "saving" while the save runs', async () => {
    const { session, pending, setMode } = setup()
    setMode('hold')
    session.set(NAME, 'A')
    await advance(1000)
    expect(session.getSaveState()).toEqual({ kind: 'saving' })
    pending[0]!.resolve()
    await advance(0)
    expect(session.getSaveState()).toEqual({ kind: 'saved' })
  })

  it('a save that ends after new edits leaves the state pending and saves again', async () => {
    const { session, saves, pending, setMode } = setup()
    const states: string[] = []
    session.subscribe(() => {
      const kind = session.getSaveState().kind
      if (states.at(-1) !== kind) states.push(kind)
    })
    setMode('hold')
    session.set(NAME, 'A')
    await advance(1000)
    expect(saves).toHaveLength(1)
    session.set(NAME, 'AB')
    setMode('resolve')
    pending[0]!.resolve()
    await advance(1000)
    expect(saves).toHaveLength(2)
    expect(saves[1]!.document.holder).toEqual({ name: 'AB' })
    expect(session.getSaveState()).toEqual({ kind: 'saved' })
    expect(session.isDirty).toBe(false)
    // The first save's end did not claim "saved": the newer edit was still pending.
    expect(states).toEqual(['pending', 'saving', 'pending', 'saving', 'saved'])
  })

  it('flush() during a save waits for it, then saves the newer edit', async () => {
    const { session, saves, pending, setMode } = setup()
    setMode('hold')
    session.set(NAME, 'A')
    await advance(1000)
    session.set(NAME, 'AB')
    setMode('resolve')
    const flushed = session.flush()
    pending[0]!.resolve()
    await flushed
    expect(saves.map((s) => s.document.holder)).toEqual([{ name: 'A' }, { name: 'AB' }])
    expect(session.getSaveState()).toEqual({ kind: 'saved' })
  })

  it('a failed save shows the error, keeps the edit, and a retry saves it', async () => {
    const { session, save, describeError, setMode } = setup()
    setMode('reject')
    session.set(NAME, 'A')
    await advance(1000)
    expect(session.getSaveState()).toEqual({
      kind: 'error',
      message: 'Could not save KZ-1: QuotaExceededError.',
    })
    expect(describeError).toHaveBeenCalledWith(expect.any(Error), session.getDocument())
    expect(session.valueAt(NAME)).toBe('A')
    expect(session.isDirty).toBe(true)
    setMode('resolve')
    await session.retry()
    expect(save).toHaveBeenCalledTimes(2)
    expect(save.mock.calls[1]![0].holder).toEqual({ name: 'A' })
    expect(session.getSaveState()).toEqual({ kind: 'saved' })
    expect(session.isDirty).toBe(false)
  })

  it('after a failure, the error stays shown until a later save succeeds', async () => {
    const { session, saves, setMode } = setup()
    setMode('reject')
    session.set(NAME, 'A')
    await advance(1000)
    setMode('resolve')
    session.set(NAME, 'AB')
    expect(session.getSaveState().kind).toBe('error')
    await advance(1000)
    expect(saves.at(-1)!.document.holder).toEqual({ name: 'AB' })
    expect(session.getSaveState()).toEqual({ kind: 'saved' })
  })

  it('undoing back to the saved document needs no save and shows saved', async () => {
    const { session, save } = setup()
    session.set(NAME, 'A')
    session.undo()
    expect(session.isDirty).toBe(false)
    await advance(1000)
    expect(save).not.toHaveBeenCalled()
    expect(session.getSaveState()).toEqual({ kind: 'saved' })
  })

  it('undoing back to the saved document clears a save error', async () => {
    const { session, setMode } = setup()
    setMode('reject')
    session.set(NAME, 'A')
    await advance(1000)
    expect(session.getSaveState().kind).toBe('error')
    session.undo()
    await advance(1000)
    expect(session.getSaveState()).toEqual({ kind: 'saved' })
  })

  it('dispose() stops the pending save and notifications', async () => {
    const { session, save } = setup()
    const listener = vi.fn()
    session.subscribe(listener)
    session.set(NAME, 'A')
    listener.mockClear()
    session.dispose()
    await advance(5000)
    expect(save).not.toHaveBeenCalled()
    expect(listener).not.toHaveBeenCalled()
  })
})

describe('EditorSession: undo and redo', () => {
  it('merges typing into one field into one undo step', async () => {
    const { session } = setup()
    for (const name of ['A', 'AB', 'ABC', 'ABCD']) {
      session.set(NAME, name)
      await advance(150)
    }
    session.undo()
    expect(session.valueAt(NAME)).toBeUndefined()
    expect(session.canUndo).toBe(false)
  })

  it('keeps merging while the pauses stay short, however long the typing lasts', async () => {
    const { session } = setup({ coalesceMs: 1000 })
    let text = ''
    for (let i = 0; i < 30; i++) {
      text += 'x'
      session.set(NAME, text)
      await advance(900)
    }
    session.undo()
    expect(session.valueAt(NAME)).toBeUndefined()
  })

  it('starts a new step after a pause in typing', async () => {
    const { session } = setup({ coalesceMs: 1000 })
    session.set(NAME, 'A')
    await advance(1500)
    session.set(NAME, 'AB')
    session.undo()
    expect(session.valueAt(NAME)).toBe('A')
    session.undo()
    expect(session.valueAt(NAME)).toBeUndefined()
  })

  it('makes separate steps for different fields', () => {
    const { session } = setup()
    session.set(NAME, 'A')
    session.set(CITY, 'Almaty')
    session.set(NAME, 'AB')
    session.undo()
    expect(session.valueAt(NAME)).toBe('A')
    expect(session.valueAt(CITY)).toBe('Almaty')
    session.undo()
    expect(session.valueAt(CITY)).toBeUndefined()
    expect(session.valueAt(NAME)).toBe('A')
    session.undo()
    expect(session.valueAt(NAME)).toBeUndefined()
    expect(session.canUndo).toBe(false)
  })

  it('makes each structural update its own step, and it breaks a typing run', () => {
    const { session } = setup()
    session.set(NAME, 'A')
    session.update((d) => insertAt(d, ['seals'], 'S1'))
    session.update((d) => insertAt(d, ['seals'], 'S2'))
    session.set(NAME, 'AB')
    session.undo()
    expect(session.valueAt(NAME)).toBe('A')
    expect(session.valueAt(['seals'])).toEqual(['S1', 'S2'])
    session.undo()
    expect(session.valueAt(['seals'])).toEqual(['S1'])
    session.undo()
    expect(session.valueAt(['seals'])).toEqual([])
    expect(session.valueAt(NAME)).toBe('A')
  })

  it('ignores an update that changes nothing', () => {
    const { session } = setup()
    session.update((d) => d)
    expect(session.canUndo).toBe(false)
    expect(session.isDirty).toBe(false)
  })

  it('redoes what was undone, in order', () => {
    const { session } = setup()
    session.set(NAME, 'A')
    session.set(CITY, 'X')
    session.undo()
    session.undo()
    expect(session.canRedo).toBe(true)
    session.redo()
    expect(session.valueAt(NAME)).toBe('A')
    expect(session.valueAt(CITY)).toBeUndefined()
    session.redo()
    expect(session.valueAt(CITY)).toBe('X')
    expect(session.canRedo).toBe(false)
    session.undo()
    expect(session.valueAt(CITY)).toBeUndefined()
  })

  it('clears redo on a new edit', () => {
    const { session } = setup()
    session.set(NAME, 'A')
    session.set(CITY, 'X')
    session.undo()
    expect(session.canRedo).toBe(true)
    session.set(NAME, 'B')
    expect(session.canRedo).toBe(false)
    session.redo()
    expect(session.valueAt(CITY)).toBeUndefined()
    expect(session.valueAt(NAME)).toBe('B')
  })

  it('does not merge typing after a redo into the redone step', () => {
    const { session } = setup()
    session.set(NAME, 'A')
    session.undo()
    session.redo()
    session.set(NAME, 'AB')
    session.undo()
    expect(session.valueAt(NAME)).toBe('A')
  })

  it('undo and redo with no history do nothing', () => {
    const { session } = setup()
    const doc = session.getDocument()
    session.undo()
    session.redo()
    expect(session.getDocument()).toBe(doc)
  })

  it('saves the undone state', async () => {
    const { session, saves } = setup()
    session.set(NAME, 'A')
    await advance(1000)
    session.undo()
    await advance(1000)
    expect(saves.at(-1)!.document.holder).toEqual({})
    expect(session.getSaveState()).toEqual({ kind: 'saved' })
  })

  it('keeps at most historyLimit steps', () => {
    const { session } = setup({ historyLimit: 3 })
    for (let i = 1; i <= 5; i++) session.update((d) => insertAt(d, ['seals'], `S${i}`))
    let undone = 0
    while (session.canUndo) {
      session.undo()
      undone++
    }
    expect(undone).toBe(3)
    expect(session.valueAt(['seals'])).toEqual(['S1', 'S2'])
  })
})

describe('EditorSession: reset', () => {
  it('shows a stored document as saved, dropping history and the pending save', async () => {
    const { session, save } = setup()
    session.set(NAME, 'A')
    session.set(CITY, 'X')
    session.undo()
    const listener = vi.fn()
    session.subscribe(listener)
    const imported: JsonObject = { lrn: 'KZ-1', holder: { name: 'Imported' }, seals: [] }
    session.reset(imported)
    expect(session.getDocument()).toBe(imported)
    expect(session.isDirty).toBe(false)
    expect(session.canUndo).toBe(false)
    expect(session.canRedo).toBe(false)
    expect(session.getSaveState()).toEqual({ kind: 'saved' })
    expect(listener).toHaveBeenCalled()
    await advance(5000)
    expect(save).not.toHaveBeenCalled()
  })

  it('edits after a reset start from the new document and save as usual', async () => {
    const { session, saves } = setup()
    session.reset({ lrn: 'KZ-2', holder: { name: 'Imported' } })
    session.set(CITY, 'Almaty')
    await advance(1000)
    expect(saves).toHaveLength(1)
    expect(saves[0]!.document).toEqual({
      lrn: 'KZ-2',
      holder: { name: 'Imported', address: { city: 'Almaty' } },
    })
    session.undo()
    expect(session.valueAt(['holder'])).toEqual({ name: 'Imported' })
  })
})

describe('what follows from an edit', () => {
  const followUps = (_before: JsonObject, after: JsonObject, path: readonly (string | number)[]) =>
    path.join('/') === 'holder/name'
      ? { ...after, remarks: `for ${String(getName(after))}` }
      : after
  const getName = (doc: JsonObject) => (doc.holder as JsonObject | undefined)?.name

  it('is part of the same edit, and one undo takes both back', () => {
    const { session } = setup({ followUps })
    session.set(NAME, 'A')
    session.set(NAME, 'AB')
    expect(session.valueAt(['remarks'])).toBe('for AB')
    session.undo()
    expect(session.valueAt(NAME)).toBeUndefined()
    expect(session.valueAt(['remarks'])).toBeUndefined()
  })

  it('is dropped where the guard locks it, while the edit itself stands', () => {
    const { session } = setup({ followUps })
    session.setGuard((pointer) => pointer !== '/remarks')
    session.set(NAME, 'A')
    expect(session.valueAt(NAME)).toBe('A')
    expect(session.valueAt(['remarks'])).toBeUndefined()
  })

  it('an edit typed under one key (a default for all items) merges into one undo step', () => {
    const { session } = setup()
    session.edit('default:x', (d) => ({ ...d, remarks: 'K' }))
    session.edit('default:x', (d) => ({ ...d, remarks: 'KZ' }))
    expect(session.valueAt(['remarks'])).toBe('KZ')
    session.undo()
    expect(session.valueAt(['remarks'])).toBeUndefined()
    session.setGuard(() => false)
    expect(session.edit('default:x', (d) => ({ ...d, remarks: 'X' }))).toBe(false)
  })
})
