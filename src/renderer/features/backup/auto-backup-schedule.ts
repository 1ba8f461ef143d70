/**
 * When automatic backups run: shortly after start (when one is due), then every interval — each
 * at a quiet moment, and giving way to the user. The backup is made in a worker, but on two
 * cores its seconds of reading still compete with typing for the processor, so activity calls a
 * running backup off, and it is made again at the next quiet moment. (No DOM here: the caller
 * reports activity; tests drive it with fake timers.)
 */
export interface AutoBackupSchedule {
  /**
   * Makes one backup; `force` even when nothing changed. Called off through `signal`, it
   * resolves false (and is made again at the next quiet moment); otherwise true. Never rejects.
   */
  backUp: (force: boolean, signal: AbortSignal) => Promise<boolean>
  /** Whether the start-up backup is due (none was written a moment ago, before a reload). */
  startDue: () => boolean
  startAfterMs: number
  /** how long without activity makes a quiet moment */
  quietMs: number
  everyMs: number
}

export function scheduleAutoBackups(schedule: AutoBackupSchedule) {
  let lastActivity = Date.now()
  let running: { stop: AbortController } | null = null
  let waiting: ReturnType<typeof setTimeout> | undefined

  const whenQuiet = (force: boolean) => {
    clearTimeout(waiting)
    const quietFor = Date.now() - lastActivity
    if (quietFor < schedule.quietMs) {
      waiting = setTimeout(() => whenQuiet(force), schedule.quietMs - quietFor)
      return
    }
    if (running) return
    const backup = { stop: new AbortController() }
    running = backup
    void schedule.backUp(force, backup.stop.signal).then((made) => {
      if (running === backup) running = null
      if (!made && !stopped) whenQuiet(force)
    })
  }
  let stopped = false

  const first = setTimeout(() => schedule.startDue() && whenQuiet(true), schedule.startAfterMs)
  const every = setInterval(() => whenQuiet(false), schedule.everyMs)

  return {
    /** The user typed or clicked. */
    activity(): void {
      lastActivity = Date.now()
      running?.stop.abort()
    },
    stop(): void {
      stopped = true
      clearTimeout(first)
      clearTimeout(waiting)
      clearInterval(every)
      running?.stop.abort()
    },
  }
}
