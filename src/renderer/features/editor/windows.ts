/**
 * Which windows of the app are open: each claims an id and holds a Web Lock named after it for
 * as long as it lives (the browser lets the lock go when the window closes, reloads or
 * crashes). The id is kept in session storage, so a reload keeps it; a duplicated tab, whose
 * session storage is a copy, finds the lock held and takes a new one.
 */

export interface Windows {
  /** this window's id, once claimed */
  readonly self: Promise<string>
  /** the ids of the windows open now; null when that cannot be known */
  open(): Promise<Set<string> | null>
}

const ID_KEY = 'transitdesk.window'
const LOCK_PREFIX = 'transitdesk.window.'
/** How long a reloaded window waits for the page it replaces to let its lock go. */
const RELOAD_WAIT_MS = 1000

export function webLockWindows(
  session: Pick<Storage, 'getItem' | 'setItem'> = sessionStorage,
  locks: LockManager | undefined = navigator.locks,
): Windows {
  if (!locks) {
    // No Web Locks (not in any browser the app supports): other windows count as open, so no
    // note is ever taken from one that might still be editing.
    const self = Promise.resolve(claimedId(session) ?? rememberNew(session))
    return { self, open: async () => null }
  }
  return {
    self: claim(session, locks),
    async open() {
      const { held = [] } = await locks.query()
      return new Set(
        held.flatMap(({ name }) =>
          name?.startsWith(LOCK_PREFIX) ? [name.slice(LOCK_PREFIX.length)] : [],
        ),
      )
    },
  }
}

async function claim(session: Pick<Storage, 'getItem' | 'setItem'>, locks: LockManager) {
  const previous = claimedId(session)
  if (previous && (await hold(locks, previous, AbortSignal.timeout(RELOAD_WAIT_MS))))
    return previous
  const fresh = rememberNew(session)
  await hold(locks, fresh)
  return fresh
}

/** Takes the lock of `id` and keeps it for the window's life; false when it stays taken. */
function hold(locks: LockManager, id: string, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    locks
      .request(LOCK_PREFIX + id, signal ? { signal } : {}, () => {
        resolve(true)
        return new Promise<never>(() => undefined)
      })
      .catch(() => resolve(false))
  })
}

function claimedId(session: Pick<Storage, 'getItem'>): string | null {
  try {
    return session.getItem(ID_KEY)
  } catch {
    return null
  }
}

function rememberNew(session: Pick<Storage, 'setItem'>): string {
  const id = crypto.randomUUID()
  try {
    session.setItem(ID_KEY, id)
  } catch {
    // the id lives as long as the page then
  }
  return id
}
