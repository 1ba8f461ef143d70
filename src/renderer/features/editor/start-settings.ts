/**
 * How new declarations start, chosen by the user and kept on this computer (localStorage, as
 * the other per-computer choices): whether a blank one takes the place of declaration and the
 * holder of the last one, and the usual time limit per procedure, in days after the declaration
 * date — customs set the real limit (TIR: art. 20 of the Convention; NCTS: the office of
 * departure; EAEU: Customs Code art. 144), so it is only ever offered, never filled in unasked.
 */
import { useSyncExternalStore } from 'react'

export interface StartSettings {
  fromLast: boolean
  /** days after the declaration date, per procedure code */
  limitDays: Record<string, number>
}

const KEY = 'transitdesk.startSettings'
const DEFAULTS: StartSettings = { fromLast: true, limitDays: {} }
export const MAX_LIMIT_DAYS = 366

function read(): StartSettings {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null')
    if (typeof stored !== 'object' || stored === null) return DEFAULTS
    const { fromLast, limitDays } = stored as Partial<StartSettings>
    const days: Record<string, number> = {}
    for (const [procedure, n] of Object.entries(limitDays ?? {}))
      if (Number.isInteger(n) && n >= 0 && n <= MAX_LIMIT_DAYS) days[procedure] = n
    return { fromLast: typeof fromLast === 'boolean' ? fromLast : true, limitDays: days }
  } catch {
    // Unreadable settings (edited by hand, storage off): the defaults, said nowhere — harmless.
    return DEFAULTS
  }
}

let current: StartSettings | null = null
const listeners = new Set<() => void>()

export const startSettings = {
  get(): StartSettings {
    return (current ??= read())
  },
  set(change: Partial<StartSettings>): void {
    current = { ...startSettings.get(), ...change }
    try {
      localStorage.setItem(KEY, JSON.stringify(current))
    } catch {
      // Storage full or off: the choice holds for this session.
    }
    for (const listener of listeners) listener()
  },
  limitDays(procedure: string): number | undefined {
    return startSettings.get().limitDays[procedure]
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}

export const useStartSettings = (): StartSettings =>
  useSyncExternalStore(startSettings.subscribe, startSettings.get)
