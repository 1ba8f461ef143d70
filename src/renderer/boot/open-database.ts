/**
 * The database's start, begun as this module is evaluated — main.tsx imports it right after the
 * words, before the app's code — so that the browser opens the database, and reads the list's
 * first page, while the rest of the window's code loads. Only when no upgrade is due: an upgrade
 * takes the processor for seconds, so it waits until the boot screen is painted
 * (start-window.ts opens the database then).
 */
import { upgradePending } from '../db/upgrade-progress'
import { database } from '../db/workspace'
import { readFirstPage } from '../features/workspace/first-page'
import { mark } from '../perf'
import { useUi } from '../state/ui-store'

/** Whether opening will upgrade the stored workspace (asked at once; never rejects). */
export const upgrading: Promise<boolean> = upgradePending(database)

let opening: Promise<unknown> | undefined

/** Opens the database (once) and asks for the list's first page; resolves when it is open. */
export function openDatabase(): Promise<unknown> {
  if (!opening) {
    mark('database-opening')
    opening = database.open().then(() => mark('database-open'))
    readFirstPage(useUi.getState())
  }
  return opening
}

void upgrading.then((upgrade) => {
  // A failure is told by the window's start, which asks for the same opening (main.tsx).
  if (!upgrade) openDatabase().catch(() => undefined)
})
