/**
 * The session of the editor on screen, for commands that come from outside it (menu, shortcuts,
 * window close). At most one editor is open at a time.
 */
import type { EditorSession } from './editor-session'

let active: EditorSession | null = null

export function setActiveSession(session: EditorSession | null): void {
  active = session
}

export function getActiveSession(): EditorSession | null {
  return active
}

/** Writes any pending edit; resolves when it is stored (or its failure is shown). */
export async function flushActiveSession(): Promise<void> {
  await active?.flush()
}

/** Writes any pending edit before the window closes: true when nothing is left unsaved. */
export async function flushBeforeClose(): Promise<boolean> {
  if (!active) return true
  await active.flush()
  return active.getSaveState().kind !== 'error'
}
