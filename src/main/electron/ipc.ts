import { BrowserWindow, dialog, ipcMain, shell } from 'electron'
import { describeFsError, readPickedFile, writeFileAtomic } from '../core/files'
import { registerIpcOperations, type InvokeEventLike } from '../core/ipc-router'
import { isAllowedExternalUrl, isAppUrl } from '../core/security'
import type { MainWindow } from './window'

const declarationFilters = [{ name: 'TransitDesk declaration', extensions: ['json'] }]

export function registerIpc(getWindow: () => MainWindow | null): void {
  const parentOf = (event: InvokeEventLike): BrowserWindow | undefined =>
    BrowserWindow.getAllWindows().find(
      (w) => w.webContents.mainFrame.url === event.senderFrame?.url,
    )

  registerIpcOperations(
    ipcMain,
    {
      async openDeclarationFiles(_request, event) {
        const options = {
          properties: ['openFile', 'multiSelections'] as const,
          filters: declarationFilters,
        }
        const parent = parentOf(event)
        const result = parent
          ? await dialog.showOpenDialog(parent, { ...options, properties: [...options.properties] })
          : await dialog.showOpenDialog({ ...options, properties: [...options.properties] })
        if (result.canceled) return { canceled: true, files: [] }
        return { canceled: false, files: await Promise.all(result.filePaths.map(readPickedFile)) }
      },
      async saveDeclarationFile({ suggestedName, content }, event) {
        const parent = parentOf(event)
        const options = { defaultPath: suggestedName, filters: declarationFilters }
        const result = parent
          ? await dialog.showSaveDialog(parent, options)
          : await dialog.showSaveDialog(options)
        if (result.canceled || !result.filePath) return { saved: false }
        try {
          await writeFileAtomic(result.filePath, content)
        } catch (error) {
          throw new Error(`The file could not be saved: ${describeFsError(error)}.`)
        }
        return { saved: true, fileName: result.filePath }
      },
      async openExternal({ url }) {
        if (!isAllowedExternalUrl(url)) return { opened: false }
        await shell.openExternal(url)
        return { opened: true }
      },
      async confirmClose() {
        getWindow()?.closeConfirmed()
        return {}
      },
    },
    (event) =>
      event.senderFrame !== null &&
      isAppUrl(event.senderFrame.url, process.env['ELECTRON_RENDERER_URL']),
  )
}
