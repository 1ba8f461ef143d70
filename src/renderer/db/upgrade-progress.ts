/**
 * The boot screen's source (components/BootScreen.tsx): whether opening the workspace will
 * upgrade its schema, asked before it is opened, and how far an upgrade running in this window
 * has got, as the upgrade code reports it (schema.ts). Framework-free: the screen reads it
 * through `useSyncExternalStore`.
 */
import type Dexie from 'dexie'

export interface UpgradeProgress {
  /** declarations brought up to date so far */
  done: number
  /** declarations stored */
  total: number
}

/** How often an upgrade tells the window: often enough to move the bar, rarely enough to cost nothing. */
const REPORT_EVERY = 100

let current: UpgradeProgress | null = null
const listeners = new Set<() => void>()

/** The upgrade's progress in this window: null until an upgrade reports (or in another window). */
export const upgradeProgress = {
  current: (): UpgradeProgress | null => current,
  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}

function report(progress: UpgradeProgress): void {
  current = progress
  for (const listener of listeners) listener()
}

/**
 * A counter for an upgrade that goes over `total` declarations `passes` times (one pass per
 * table it rewrites): each call counts one row, and the window hears every REPORT_EVERY rows and
 * at the end, as declarations done — a declaration counts as done after its last pass.
 */
export function upgradeCounter(total: number, passes = 1): () => void {
  let rows = 0
  const all = total * passes
  report({ done: 0, total })
  return () => {
    rows++
    if (rows % REPORT_EVERY === 0 || rows === all)
      report({ done: Math.floor((Math.min(rows, all) * total) / all), total })
  }
}

/**
 * Whether opening `db` will upgrade a workspace stored by an earlier version (false for a new
 * one, or where the browser cannot tell). Asked of the browser's list of databases, which
 * answers at once, without opening it.
 */
export async function upgradePending(
  db: Dexie,
  factory: Pick<IDBFactory, 'databases'> = indexedDB,
): Promise<boolean> {
  try {
    // During an upgrade it still names the version being upgraded (the IndexedDB standard).
    const stored = (await factory.databases()).find((d) => d.name === db.name)?.version
    // Dexie keeps its version number times ten as IndexedDB's.
    return stored !== undefined && stored > 0 && stored < Math.round(db.verno * 10)
  } catch {
    return false
  }
}
