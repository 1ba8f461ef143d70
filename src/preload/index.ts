/**
 * The only bridge between page and main process: one function per IPC operation, nothing else.
 * No ipcRenderer, no Node: the page cannot send on arbitrary channels. The main process parses
 * every request with the contract's schemas, so this file only forwards.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { ipcEvents, IPC_CHANNELS, isMenuCommand } from '../shared/ipc/channels'
import type { TransitDeskBridge } from '../shared/ipc/contract'

const bridge: TransitDeskBridge = {
  openDeclarationFiles: (request) => ipcRenderer.invoke(IPC_CHANNELS.openDeclarationFiles, request),
  saveDeclarationFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveDeclarationFile, request),
  savePacketFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.savePacketFile, request),
  openExternal: (request) => ipcRenderer.invoke(IPC_CHANNELS.openExternal, request),
  answerClose: (request) => ipcRenderer.invoke(IPC_CHANNELS.answerClose, request),
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
}

contextBridge.exposeInMainWorld('transitdesk', bridge)
