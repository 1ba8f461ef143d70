/** The desktop edition: the preload bridge to the main process. */
import type { TransitDeskBridge } from '../../shared/ipc/contract'
import type { Platform } from './types'

export function createDesktopPlatform(bridge: TransitDeskBridge): Platform {
  return {
    edition: 'desktop',
    async pickDeclarationFiles() {
      const result = await bridge.openDeclarationFiles({})
      return result.canceled ? null : result.files
    },
    async saveDeclarationFile(suggestedName, content) {
      return (await bridge.saveDeclarationFile({ suggestedName, content })).saved
    },
    async openExternal(url) {
      await bridge.openExternal({ url })
    },
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    onBeforeClose(listener) {
      return bridge.onCloseRequested(() => {
        void listener().finally(() => bridge.confirmClose({}))
      })
    },
  }
}
