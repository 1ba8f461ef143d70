/**
 * Everything the renderer needs from the edition it runs in. The desktop implementation talks to
 * the main process through the preload bridge; the web one uses the browser's own file input
 * and downloads. Nothing else in the renderer knows which edition it is in.
 */
import type { MenuCommand, PickedFile } from '../../shared/ipc/contract'
import type { PacketJob, PacketProgress, PacketRequest } from './packet'

export type { MenuCommand, PickedFile }

export interface Platform {
  edition: 'desktop' | 'web'
  /** Lets the user choose declaration files; null when the choice was cancelled. */
  pickDeclarationFiles(): Promise<PickedFile[] | null>
  /** Lets the user save a file; false when cancelled. Throws with a message when it fails. */
  saveDeclarationFile(suggestedName: string, content: string): Promise<boolean>
  /** The same for a CSV list (the customs offices). */
  saveCsvFile(suggestedName: string, content: string): Promise<boolean>
  /** The packet dialog opened: get ready to make a packet (the desktop warms a worker). */
  preparePacket(): void
  /** Makes the packet off the window's thread, with progress; cancellable. */
  makePacket(request: PacketRequest, onProgress?: PacketProgress): PacketJob
  openExternal(url: string): Promise<void>
  /** Menu commands and their keyboard shortcuts. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /**
   * Called before the window closes; the desktop window waits for the answer: true to close,
   * false to stay open (a pending edit could not be saved). A browser tab cannot wait.
   */
  onBeforeClose(listener: () => Promise<boolean>): () => void
}
