/** The desktop edition: the preload bridge to the main process. */
import type { TransitDeskBridge } from '../../shared/ipc/contract'
import { makeDesktopPacket } from './desktop-packet'
import type { Platform } from './types'
import { shortcutCommand } from './shortcuts'

/** Just the view's bytes: IPC would carry the whole buffer behind a view (see BackupWriter). */
const exactly = (bytes: Uint8Array) =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice()

export function createDesktopPlatform(bridge: TransitDeskBridge): Platform {
  return {
    edition: 'desktop',
    async preferredLanguages() {
      try {
        return (await bridge.preferredLanguages({})).languages
      } catch {
        return navigator.languages ?? [] // the main process did not answer: the page's own
      }
    },
    languageShown: (language) => void bridge.showLanguage({ language }).catch(() => undefined),
    async pickDeclarationFiles() {
      const result = await bridge.openDeclarationFiles({})
      return result.canceled ? null : result.files
    },
    async pickReplyFiles() {
      const result = await bridge.openReplyFiles({})
      return result.canceled ? null : result.files
    },
    async saveXmlFile(suggestedName, content) {
      const result = await bridge.saveXmlFile({ suggestedName, content })
      if (result.error) throw new Error(result.error)
      return result.saved
    },
    async saveDeclarationFile(suggestedName, content) {
      const result = await bridge.saveDeclarationFile({ suggestedName, content })
      if (result.error) throw new Error(result.error)
      return result.saved
    },
    async saveBackupFile(suggestedName, bytes) {
      const result = await bridge.saveBackupFile({ suggestedName, bytes: exactly(bytes) })
      if (result.error) throw new Error(result.error)
      return result.saved
    },
    autoBackups: {
      async write(bytes) {
        const result = await bridge.writeAutoBackup({ bytes: exactly(bytes) })
        if (result.error) throw new Error(result.error)
      },
      list: () => bridge.listAutoBackups({}),
      async read(name) {
        const result = await bridge.readAutoBackup({ name })
        if ('error' in result) throw new Error(result.error)
        return result.bytes
      },
    },
    async saveCsvFile(suggestedName, content) {
      const result = await bridge.saveCsvFile({ suggestedName, content })
      if (result.error) throw new Error(result.error)
      return result.saved
    },
    preparePacket: () => void bridge.preparePacket({}).catch(() => undefined),
    makePacket: (request, onProgress) => makeDesktopPacket(bridge, request, onProgress),
    onMenuCommand(listener) {
      const off = bridge.onMenuCommand(listener)
      // On Windows and Linux the page handles Ctrl+Z/Y itself (text-field undo) before the menu
      // sees them; take them here so they reach the editor's history, as on macOS.
      const onKey = (event: KeyboardEvent) => {
        const command = shortcutCommand(event)
        if (command !== 'undo' && command !== 'redo') return
        event.preventDefault()
        listener(command)
      }
      window.addEventListener('keydown', onKey)
      return () => {
        off()
        window.removeEventListener('keydown', onKey)
      }
    },
    onBackupOpened(listener) {
      const take = () =>
        void bridge
          .takeOpenedBackup({})
          .then((file) => file && listener(file))
          .catch(() => undefined)
      const off = bridge.onBackupOpened(take)
      take() // the one the app was started with
      return off
    },
    onBeforeClose(listener) {
      return bridge.onCloseRequested(() => {
        void listener()
          .catch(() => false)
          .then((close) => bridge.answerClose({ close }))
          .catch(() => undefined)
      })
    },
  }
}
