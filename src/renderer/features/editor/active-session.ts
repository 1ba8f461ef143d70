/**
 * The editor on screen, for commands that come from outside it (menu, shortcuts, window close,
 * an import replacing the open declaration). At most one editor is open at a time.
 */
import type { EditorSession } from './editor-session'
import type { OpenedEditor } from './open-editor'

let active: OpenedEditor | null = null

export function setActiveEditor(editor: OpenedEditor | null): void {
  active = editor
}

export function getActiveEditor(): OpenedEditor | null {
  return active
}

export function getActiveSession(): EditorSession | null {
  return active?.session ?? null
}

/** Writes any pending edit; resolves when it is stored (or its failure is shown). */
export async function flushActiveSession(): Promise<void> {
  await active?.session.flush()
}

/** Writes any pending edit before the window closes: true when nothing is left unsaved. */
export async function flushBeforeClose(): Promise<boolean> {
  if (!active) return true
  await active.session.flush()
  const state = active.session.getSaveState().kind
  return state !== 'error' && state !== 'conflict'
}
