/** The browser edition: file input to import, download to export, in-page shortcuts. */
import type { MenuCommand } from '../../shared/ipc/contract'
import { readBrowserFile } from './read-file'
import type { Platform } from './types'
import { webAutoBackups } from './web-backups'
import { makeWebPacket } from './web-packet'

export function createWebPlatform(): Platform {
  return {
    edition: 'web',
    pickDeclarationFiles: () =>
      new Promise((resolve) => {
        const input = document.createElement('input')
        input.type = 'file'
        input.multiple = true
        input.accept = '.json,application/json'
        input.addEventListener('change', () => {
          void Promise.all([...(input.files ?? [])].map(readBrowserFile)).then(resolve)
        })
        input.addEventListener('cancel', () => resolve(null))
        input.click()
      }),
    async saveDeclarationFile(suggestedName, content) {
      download(suggestedName, new Blob([content], { type: 'application/json' }))
      return true
    },
    async saveBackupFile(suggestedName, bytes) {
      download(
        suggestedName,
        new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }),
      )
      return true
    },
    autoBackups: webAutoBackups,
    async saveCsvFile(suggestedName, content) {
      download(suggestedName, new Blob([content], { type: 'text/csv' }))
      return true
    },
    preparePacket: () => undefined,
    makePacket: makeWebPacket,
    async openExternal(url) {
      // The same rule as the desktop: https links only.
      if (url.startsWith('https://')) window.open(url, '_blank', 'noopener,noreferrer')
    },
    onMenuCommand(listener) {
      const onKey = (event: KeyboardEvent) => {
        const command = shortcutCommand(event)
        if (command) {
          event.preventDefault()
          listener(command)
        }
      }
      window.addEventListener('keydown', onKey)
      return () => window.removeEventListener('keydown', onKey)
    },
    onBeforeClose(listener) {
      // A browser cannot wait for us; start the flush as the page goes away.
      const onHide = () => void listener()
      window.addEventListener('pagehide', onHide)
      return () => window.removeEventListener('pagehide', onHide)
    },
  }
}

/** Hands a file to the browser's downloads. */
function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

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
