/**
 * The window's start (boot/start-window.ts) and the boot screen's source (db/upgrade-progress.ts):
 * the first screen never waits for the database, an upgrade shows the boot screen until it is
 * done, a database that cannot be opened is said so, and the version 7 upgrade counts its way
 * through the declarations without writing anything else.
 */
import Dexie from 'dexie'
import { IDBKeyRange, indexedDB } from 'fake-indexeddb'
import { afterEach, describe, expect, it } from 'vitest'
import { startWindow, type Stage } from '../../src/renderer/boot/start-window'
import { SCHEMA_V6, summaryOf, WorkspaceDatabase } from '../../src/renderer/db/schema'
import {
  upgradePending,
  upgradeProgress,
  type UpgradeProgress,
} from '../../src/renderer/db/upgrade-progress'
import { generateDeclaration } from '../fixtures/generate'

/** A promise settled from outside, as the browser settles the real ones. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((ok, fail) => ((resolve = ok), (reject = fail)))
  return { promise, resolve, reject }
}

/** Lets every settled promise's reactions run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

function start() {
  const words = deferred<void>()
  const pending = deferred<boolean>()
  const opened = deferred<unknown>()
  /** what happened, in order: each stage shown, and when the database began to open */
  const events: (Stage | 'open')[] = []
  const done = startWindow({
    words: words.promise,
    upgradePending: pending.promise,
    open: () => {
      events.push('open')
      return opened.promise
    },
    show: async (stage) => {
      events.push(stage)
    },
  })
  return { words, pending, opened, events, done }
}

describe('the window’s start', () => {
  it('shows the app as soon as the words are there, the database opening meanwhile', async () => {
    const run = start()
    run.pending.resolve(false)
    await settle()
    expect(run.events).toEqual(['open']) // no words yet: nothing to say anything with
    run.words.resolve()
    await settle()
    expect(run.events).toEqual(['open', 'app'])
    run.opened.resolve(undefined)
    expect(await run.done).toBe(true)
    expect(run.events).toEqual(['open', 'app'])
  })

  it('upgrades the database once the boot screen is shown, then shows the app', async () => {
    const run = start()
    run.pending.resolve(true)
    await settle()
    expect(run.events).toEqual([]) // the upgrade waits for its screen
    run.words.resolve()
    await settle()
    expect(run.events).toEqual(['upgrade', 'open'])
    run.opened.resolve(undefined)
    expect(await run.done).toBe(true)
    expect(run.events).toEqual(['upgrade', 'open', 'app'])
  })

  it('says why when the database cannot be opened, even when it failed at once', async () => {
    const run = start()
    const error = new Dexie.OpenFailedError('no')
    run.pending.resolve(false)
    await settle()
    run.opened.reject(error) // before the words are there
    await settle()
    run.words.resolve()
    expect(await run.done).toBe(false)
    expect(run.events).toEqual(['open', 'app', { failed: error }])
  })
})

const fakeIdb = { indexedDB, IDBKeyRange }
const opened: Dexie[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

/** A version-6 workspace of `count` small declarations, as bench/upgrade.ts writes a larger one. */
async function version6Workspace(name: string, count: number) {
  const v6 = new Dexie(name, fakeIdb)
  v6.version(6).stores(SCHEMA_V6)
  await v6.open()
  const rows = Array.from({ length: count }, (_, i) => {
    const document = generateDeclaration(1, { seed: i, lrn: `OLD-${i}` })
    const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()
    const meta = { id: `d${i}`, createdAt: at, updatedAt: at, deletedAt: null } as const
    const { row, words } = summaryOf(document, { ...meta, status: 'draft', trashed: 0 })
    return { row: { ...row, words }, document: { id: `d${i}`, document } }
  })
  await v6.table('declarations').bulkAdd(rows.map((r) => r.row))
  await v6.table('documents').bulkAdd(rows.map((r) => r.document))
  v6.close()
}

describe('an upgrade of the stored workspace', () => {
  it('is known to be due before the database is opened, and not after', async () => {
    const name = `boot-test-${Date.now()}`
    const db = new WorkspaceDatabase(name, fakeIdb)
    opened.push(db)
    expect(await upgradePending(db, indexedDB)).toBe(false) // a new workspace: nothing to upgrade
    await version6Workspace(name, 1)
    expect(await upgradePending(db, indexedDB)).toBe(true)
    await db.open()
    expect(await upgradePending(db, indexedDB)).toBe(false)
  })

  it('reports how many declarations of how many are done, up to all of them', async () => {
    const name = `boot-test-count-${Date.now()}`
    await version6Workspace(name, 60)
    const seen: UpgradeProgress[] = []
    const stop = upgradeProgress.subscribe(() => seen.push(upgradeProgress.current()!))
    const db = new WorkspaceDatabase(name, fakeIdb)
    opened.push(db)
    await db.open()
    stop()
    expect(seen[0]).toEqual({ done: 0, total: 60 })
    expect(seen.at(-1)).toEqual({ done: 60, total: 60 })
    const done = seen.map((p) => p.done)
    expect(done).toEqual([...done].sort((a, b) => a - b))
    expect(new Set(done).size).toBeGreaterThan(2) // the bar moves on the way, not only at the end
    // What it writes is the upgrade's, counted or not: no words left in the rows, all documents.
    expect(await db.declarations.filter((row) => 'words' in row).count()).toBe(0)
    expect(await db.documents.count()).toBe(60)
  }, 20_000)
})
