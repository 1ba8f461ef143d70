/**
 * The only bridge between page and main process: one function per IPC operation, nothing else.
 * No ipcRenderer, no Node: the page cannot send on arbitrary channels. The main process parses
 * every request with the contract's schemas, so this file only forwards.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import {
  ipcEvents,
  IPC_CHANNELS,
  isMenuCommand,
  isPacketProgressEvent,
} from '../shared/ipc/channels'
import type { TransitDeskBridge } from '../shared/ipc/contract'

const bridge: TransitDeskBridge = {
  openDeclarationFiles: (request) => ipcRenderer.invoke(IPC_CHANNELS.openDeclarationFiles, request),
  saveDeclarationFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveDeclarationFile, request),
  saveCsvFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveCsvFile, request),
  openReplyFiles: (request) => ipcRenderer.invoke(IPC_CHANNELS.openReplyFiles, request),
  saveXmlFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveXmlFile, request),
  saveBackupFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveBackupFile, request),
  writeAutoBackup: (request) => ipcRenderer.invoke(IPC_CHANNELS.writeAutoBackup, request),
  listAutoBackups: (request) => ipcRenderer.invoke(IPC_CHANNELS.listAutoBackups, request),
  readAutoBackup: (request) => ipcRenderer.invoke(IPC_CHANNELS.readAutoBackup, request),
  preparePacket: (request) => ipcRenderer.invoke(IPC_CHANNELS.preparePacket, request),
  makePacket: (request) => ipcRenderer.invoke(IPC_CHANNELS.makePacket, request),
  cancelPacket: (request) => ipcRenderer.invoke(IPC_CHANNELS.cancelPacket, request),
  savePacket: (request) => ipcRenderer.invoke(IPC_CHANNELS.savePacket, request),
  printPacket: (request) => ipcRenderer.invoke(IPC_CHANNELS.printPacket, request),
  openPacket: (request) => ipcRenderer.invoke(IPC_CHANNELS.openPacket, request),
  discardPacket: (request) => ipcRenderer.invoke(IPC_CHANNELS.discardPacket, request),
  takeOpenedBackup: (request) => ipcRenderer.invoke(IPC_CHANNELS.takeOpenedBackup, request),
  answerClose: (request) => ipcRenderer.invoke(IPC_CHANNELS.answerClose, request),
  preferredLanguages: (request) => ipcRenderer.invoke(IPC_CHANNELS.preferredLanguages, request),
  showLanguage: (request) => ipcRenderer.invoke(IPC_CHANNELS.showLanguage, request),
  onMenuCommand(listener) {
    const handler = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command)
    }
    ipcRenderer.on(ipcEvents.menuCommand, handler)
    return () => ipcRenderer.off(ipcEvents.menuCommand, handler)
  },
  onCloseRequested(listener) {
    const handler = () => listener()
    ipcRenderer.on(ipcEvents.closeRequested, handler)
    return () => ipcRenderer.off(ipcEvents.closeRequested, handler)
  },
  onBackupOpened(listener) {
    const handler = () => listener()
    ipcRenderer.on(ipcEvents.backupOpened, handler)
    return () => ipcRenderer.off(ipcEvents.backupOpened, handler)
  },
  onPacketProgress(listener) {
    const handler = (_event: IpcRendererEvent, progress: unknown) => {
      if (isPacketProgressEvent(progress)) listener(progress)
    }
    ipcRenderer.on(ipcEvents.packetProgress, handler)
    return () => ipcRenderer.off(ipcEvents.packetProgress, handler)
  },
}

contextBridge.exposeInMainWorld('transitdesk', bridge)
