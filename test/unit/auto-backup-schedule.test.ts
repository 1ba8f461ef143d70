/**
 * When automatic backups run (fake timers): at start when due, at a quiet moment only, every
 * interval, and never in the user's way — activity calls a running one off and it is made again
 * once the user is quiet.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { scheduleAutoBackups } from '../../src/renderer/features/backup/auto-backup-schedule'

const SECOND = 1000

/** A backup that takes `takesMs` unless called off; records how each one ended. */
function backups(takesMs = 3 * SECOND) {
  const runs: { force: boolean; ended?: 'written' | 'called off' }[] = []
  const backUp = (force: boolean, signal: AbortSignal) =>
    new Promise<boolean>((resolve) => {
      const run: (typeof runs)[number] = { force }
      runs.push(run)
      const done = setTimeout(() => ((run.ended = 'written'), resolve(true)), takesMs)
      signal.addEventListener('abort', () => {
        clearTimeout(done)
        run.ended = 'called off'
        resolve(false)
      })
    })
  return { runs, backUp }
}

const plan = (backUp: ReturnType<typeof backups>['backUp'], startDue = true) =>
  scheduleAutoBackups({
    backUp,
    startDue: () => startDue,
    startAfterMs: 10 * SECOND,
    quietMs: 5 * SECOND,
    everyMs: 15 * 60 * SECOND,
  })

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('automatic backups', () => {
  it('run once shortly after start when one is due, and not when one was just written', async () => {
    for (const due of [true, false]) {
      const { runs, backUp } = backups()
      const schedule = plan(backUp, due)
      await vi.advanceTimersByTimeAsync(9 * SECOND)
      expect(runs).toEqual([])
      await vi.advanceTimersByTimeAsync(5 * SECOND)
      expect(runs).toEqual(due ? [{ force: true, ended: 'written' }] : [])
      schedule.stop()
    }
  })

  it('wait for a quiet moment', async () => {
    const { runs, backUp } = backups()
    const schedule = plan(backUp)
    // Typing every second from 8 s to 20 s: the start-up backup waits until 25 s.
    for (let at = 8; at <= 20; at++) {
      await vi.advanceTimersByTimeAsync(at === 8 ? 8 * SECOND : SECOND)
      schedule.activity()
    }
    await vi.advanceTimersByTimeAsync(4.9 * SECOND)
    expect(runs).toEqual([])
    await vi.advanceTimersByTimeAsync(0.2 * SECOND)
    expect(runs).toEqual([{ force: true }])
    schedule.stop()
  })

  it('give way to the user, and are made again once the user is quiet', async () => {
    const { runs, backUp } = backups()
    const schedule = plan(backUp)
    await vi.advanceTimersByTimeAsync(11 * SECOND)
    expect(runs).toEqual([{ force: true }])
    schedule.activity() // a keystroke one second into the backup
    await vi.advanceTimersByTimeAsync(0)
    expect(runs[0]!.ended).toBe('called off')
    await vi.advanceTimersByTimeAsync(4.9 * SECOND)
    expect(runs).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(3.2 * SECOND)
    expect(runs).toEqual([
      { force: true, ended: 'called off' },
      { force: true, ended: 'written' },
    ])
    schedule.stop()
  })

  it('are not made twice when the file was already made as the user came back', async () => {
    let made = 0
    // The file is made; the call-off comes too late to matter.
    const backUp = () =>
      new Promise<boolean>((resolve) => setTimeout(() => (made++, resolve(true)), 3 * SECOND))
    const schedule = plan(backUp)
    await vi.advanceTimersByTimeAsync(12 * SECOND)
    schedule.activity()
    await vi.advanceTimersByTimeAsync(30 * SECOND)
    expect(made).toBe(1)
    schedule.stop()
  })

  it('run every interval afterwards, and stop when told', async () => {
    const { runs, backUp } = backups()
    const schedule = plan(backUp, false)
    await vi.advanceTimersByTimeAsync(15 * 60 * SECOND + 4 * SECOND)
    expect(runs).toEqual([{ force: false, ended: 'written' }])
    schedule.stop()
    await vi.advanceTimersByTimeAsync(60 * 60 * SECOND)
    expect(runs).toHaveLength(1)
  })
})
