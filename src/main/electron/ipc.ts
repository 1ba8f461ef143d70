import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron'
import { listAutoBackups, readAutoBackup, writeAutoBackup } from '../core/auto-backups'
import { describeFsError, readPickedFile, writeFileAtomic } from '../core/files'
import { registerIpcOperations, type InvokeEventLike } from '../core/ipc-router'
import type { OpenedBackups } from '../core/opened-backups'
import type { PickedFile } from '../../shared/ipc/contract'
import { isAppUrl } from '../core/security'
import { followWindowLanguage, windowText } from '../core/translator'
import { devServerUrl } from './dev-server'
import { packetHandlers } from './packet-ipc'
import type { MainWindow } from './window'

/** A dialog's file type, named in the window's language when the dialog opens. */
const filter = (kind: string, extension: string) => () => [
  { name: windowText(`system.filter.${kind}`), extensions: [extension] },
]
const declarationFilters = filter('declaration', 'json')
const pdfFilters = filter('pdf', 'pdf')
const csvFilters = filter('csv', 'csv')
const xmlFilters = filter('xml', 'xml')
const backupFilters = filter('backup', 'tdbackup')
/** Rolling automatic backups live beside the database, in the user's own profile folder. */
const backupsFolder = () => join(app.getPath('userData'), 'Backups')

/** The window whose page sent the request (dialogs attach to it; close answers go to it). */
const windowOf = (event: InvokeEventLike): BrowserWindow | null =>
  BrowserWindow.fromWebContents((event as IpcMainInvokeEvent).sender)

/** A save dialog, then an atomic write; a failed write comes back as a message, not a throw. */
async function saveWithDialog(
  event: InvokeEventLike,
  defaultPath: string,
  filters: () => Electron.FileFilter[],
  content: string | Uint8Array,
): Promise<{ saved: boolean; fileName?: string; error?: string }> {
  const parent = windowOf(event)
  const options = { defaultPath, filters: filters() }
  const result = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options)
  if (result.canceled || !result.filePath) return { saved: false }
  try {
    await writeFileAtomic(result.filePath, content)
  } catch (error) {
    const reason = describeFsError(error, windowText)
    return { saved: false, error: windowText('system.saveFailed', { reason }) }
  }
  return { saved: true, fileName: result.filePath }
}

/** An open dialog for several files, then each read (or refused in a sentence). */
async function openWithDialog(
  event: InvokeEventLike,
  filters: () => Electron.FileFilter[],
): Promise<{ canceled: boolean; files: PickedFile[] }> {
  const parent = windowOf(event)
  const options: Electron.OpenDialogOptions = {
    properties: ['openFile', 'multiSelections'],
    filters: filters(),
  }
  const result = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options)
  if (result.canceled) return { canceled: true, files: [] }
  return {
    canceled: false,
    files: await Promise.all(result.filePaths.map((path) => readPickedFile(path, windowText))),
  }
}

/** @param onLanguageShown the window shows another language: rebuild what main shows (the menu) */
export function registerIpc(openedBackups: OpenedBackups, onLanguageShown: () => void): void {
  registerIpcOperations(
    ipcMain,
    {
      openDeclarationFiles: (_request, event) => openWithDialog(event, declarationFilters),
      openReplyFiles: (_request, event) => openWithDialog(event, xmlFilters),
      saveXmlFile: ({ suggestedName, content }, event) =>
        saveWithDialog(event, suggestedName, xmlFilters, content),
      saveDeclarationFile: ({ suggestedName, content }, event) =>
        saveWithDialog(event, suggestedName, declarationFilters, content),
      saveCsvFile: ({ suggestedName, content }, event) =>
        saveWithDialog(event, suggestedName, csvFilters, content),
      saveBackupFile: ({ suggestedName, bytes }, event) =>
        saveWithDialog(event, suggestedName, backupFilters, bytes),
      async writeAutoBackup({ bytes }) {
        try {
          await writeAutoBackup(backupsFolder(), bytes)
          return { written: true }
        } catch (error) {
          return {
            written: false,
            error: windowText('system.autoBackupFailed', {
              reason: describeFsError(error, windowText),
            }),
          }
        }
      },
      listAutoBackups: () => listAutoBackups(backupsFolder()),
      async readAutoBackup({ name }) {
        try {
          return { bytes: await readAutoBackup(backupsFolder(), name) }
        } catch (error) {
          return { error: describeFsError(error, windowText) }
        }
      },
      ...packetHandlers((event, name, pdf) => saveWithDialog(event, name, pdfFilters, pdf)),
      takeOpenedBackup: () => openedBackups.take(),
      async answerClose({ close }, event) {
        ;(windowOf(event) as MainWindow | null)?.answerClose(close)
        return {}
      },
      preferredLanguages: async () => ({ languages: app.getPreferredSystemLanguages() }),
      async showLanguage({ language }) {
        if (followWindowLanguage(language)) onLanguageShown()
        return {}
      },
    },
    (event) => event.senderFrame !== null && isAppUrl(event.senderFrame.url, devServerUrl),
  )
}
