/**
 * Tells the app's other windows (tabs of the browser edition) that declarations were written
 * here, so an editor showing one can refresh, or warn before it saves over the other's work.
 * IndexedDB tells other connections nothing; Dexie's live queries keep the lists current, but
 * an open editor holds its document in memory.
 */

export type DeclarationChange =
  /** a declaration's document was written: `revision` is what is stored now */
  | { kind: 'saved'; id: string; revision: string }
  /** many may have changed at once (a restore) */
  | { kind: 'replaced-all' }

const CHANNEL = 'transitdesk.declarations'
/** This window: a channel hears every other channel of its name, in this window too. */
const WINDOW_ID = crypto.randomUUID()

let outgoing: BroadcastChannel | null = null

export function announceChange(change: DeclarationChange): void {
  if (typeof BroadcastChannel === 'undefined') return
  outgoing ??= new BroadcastChannel(CHANNEL)
  outgoing.postMessage({ from: WINDOW_ID, change })
}

/** Calls `listener` for each change another window announces; returns the unsubscribe. */
export function onChangeElsewhere(listener: (change: DeclarationChange) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined
  const incoming = new BroadcastChannel(CHANNEL)
  incoming.onmessage = (event: MessageEvent<unknown>) => {
    const change = changeFrom(event.data)
    if (change) listener(change)
  }
  return () => incoming.close()
}

function changeFrom(data: unknown): DeclarationChange | null {
  if (typeof data !== 'object' || data === null) return null
  const { from, change } = data as { from?: unknown; change?: Partial<DeclarationChange> }
  if (from === WINDOW_ID || typeof change !== 'object' || change === null) return null
  if (change.kind === 'replaced-all') return { kind: 'replaced-all' }
  if (
    change.kind === 'saved' &&
    typeof change.id === 'string' &&
    typeof change.revision === 'string'
  )
    return { kind: 'saved', id: change.id, revision: change.revision }
  return null
}
