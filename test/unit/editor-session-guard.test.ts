/**
 * The session's guard: what a lodged declaration (or an open amendment) lets the user change is
 * enforced on every edit path — a field, a structural change, undo and redo — while an event
 * recorded on the movement passes it and cannot be undone.
 */
import { describe, expect, it, vi } from 'vitest'
import { EditorSession } from '../../src/renderer/features/editor/editor-session'
import type { JsonObject } from '../../src/shared/json'
import { insertAt } from '../../src/shared/model/document-ops'
import { mayChange } from '../../src/shared/movement/locks'

const initial = (): JsonObject => ({
  lrn: 'KZ-1',
  holder: { name: 'Holder' },
  seals: ['S1'],
  movement: { status: 'accepted', events: [] },
})

function session() {
  return new EditorSession(initial(), {
    save: vi.fn(() => Promise.resolve()),
    describeError: () => 'not saved',
    debounceMs: 10_000,
  })
}

const amending = (pointer: string) => mayChange({ kind: 'amending', guaranteeOnly: false }, pointer)

describe('EditorSession guard', () => {
  it('keeps a locked field as it is and lets an amendable one change', () => {
    const s = session()
    s.setGuard(amending)
    s.set(['holder', 'name'], 'Someone else')
    s.set(['lrn'], 'KZ-2')
    expect(s.getDocument().holder).toEqual({ name: 'Holder' })
    expect(s.getDocument().lrn).toBe('KZ-1')
    s.set(['seals', 0], 'S9')
    expect(s.getDocument().seals).toEqual(['S9'])
  })

  it('refuses a structural change whole when any place it touches is locked', () => {
    const s = session()
    s.setGuard(amending)
    const before = s.getDocument()
    s.update((d) => ({ ...insertAt(d, ['seals'], 'S2'), lrn: 'KZ-2' }))
    expect(s.getDocument()).toBe(before)
    s.update((d) => insertAt(d, ['seals'], 'S2'))
    expect(s.getDocument().seals).toEqual(['S1', 'S2'])
  })

  it('locks everything when locked, even undo of an edit made before the lock', () => {
    const s = session()
    s.set(['holder', 'name'], 'Draft name')
    s.setGuard(() => false)
    s.undo()
    expect((s.getDocument().holder as JsonObject).name).toBe('Draft name')
    s.set(['seals', 0], 'S9')
    expect(s.getDocument().seals).toEqual(['S1'])
  })

  it('records an event past the guard, and the record cannot be undone', () => {
    const s = session()
    s.set(['seals', 0], 'S2')
    s.setGuard(() => false)
    const next = { ...s.getDocument(), movement: { status: 'released', events: [] } }
    s.record(next)
    expect(s.getDocument()).toBe(next)
    expect(s.canUndo).toBe(false)
    expect(s.canRedo).toBe(false)
    s.undo()
    expect(s.getDocument()).toBe(next)
    expect(s.isDirty).toBe(true)
  })

  it('lets everything through again once the guard is lifted', () => {
    const s = session()
    s.setGuard(() => false)
    s.setGuard(null)
    s.set(['lrn'], 'KZ-2')
    expect(s.getDocument().lrn).toBe('KZ-2')
  })
})
