/** The browser edition: file input to import, download to export, in-page shortcuts. */
import { readBrowserFile } from './read-file'
import { shortcutCommand } from './shortcuts'
import type { PickedFile, Platform } from './types'
import { createWebAutoBackups } from './web-backups'
import { makeWebPacket } from './web-packet'

/** The browser's file chooser for files of `accept`; null when the choice was cancelled. */
function pickFiles(accept: string): Promise<PickedFile[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.multiple = true
    input.accept = accept
    input.addEventListener('change', () => {
      void Promise.all([...(input.files ?? [])].map(readBrowserFile)).then(resolve)
    })
    input.addEventListener('cancel', () => resolve(null))
    input.click()
  })
}

export function createWebPlatform(): Platform {
  return {
    edition: 'web',
    preferredLanguages: () => Promise.resolve(navigator.languages ?? [navigator.language]),
    // A browser has no menu of ours to translate.
    languageShown: () => undefined,
    pickDeclarationFiles: () => pickFiles('.json,application/json'),
    pickReplyFiles: () => pickFiles('.xml,application/xml,text/xml'),
    async saveXmlFile(suggestedName, content) {
      download(suggestedName, new Blob([content], { type: 'application/xml' }))
      return true
    },
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
    autoBackups: createWebAutoBackups(opfsBackupsFolder),
    async saveCsvFile(suggestedName, content) {
      download(suggestedName, new Blob([content], { type: 'text/csv' }))
      return true
    },
    preparePacket: () => undefined,
    makePacket: makeWebPacket,
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
    // A browser tab is never handed files by the operating system.
    onBackupOpened: () => () => undefined,
    onBeforeClose(listener) {
      // A browser cannot wait for us; start the flush as the page goes away.
      const onHide = () => void listener()
      window.addEventListener('pagehide', onHide)
      return () => window.removeEventListener('pagehide', onHide)
    },
  }
}

/** The automatic backups' folder in the origin private file system; null where there is none. */
async function opfsBackupsFolder(): Promise<FileSystemDirectoryHandle | null> {
  if (!navigator.storage?.getDirectory) return null
  const root = await navigator.storage.getDirectory()
  return root.getDirectoryHandle('backups', { create: true })
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
