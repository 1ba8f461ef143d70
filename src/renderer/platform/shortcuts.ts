import type { MenuCommand } from '../../shared/ipc/contract'

/**
 * The desktop menu's shortcuts, for the browser. Ctrl+N belongs to the browser itself, so a
 * new declaration is Alt+N here.
 */
export function shortcutCommand(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): MenuCommand | null {
  const mod = event.ctrlKey || event.metaKey
  const key = event.key.toLowerCase()
  if (event.altKey && !mod && key === 'n') return 'new'
  if (!mod || event.altKey) return null
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && !event.shiftKey) return 'redo'
  if (event.shiftKey) return null
  if (key === 'o') return 'import'
  if (key === 'e') return 'export'
  if (key === 'p') return 'packet'
  if (key === 'f') return 'find'
  return null
}
