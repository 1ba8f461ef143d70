/**
 * Everything the renderer needs from the edition it runs in. The desktop implementation talks to
 * the main process through the preload bridge; the web one uses the browser's own file input
 * and downloads. Nothing else in the renderer knows which edition it is in.
 */
import type { MenuCommand, PickedFile } from '../../shared/ipc/contract'

export type { MenuCommand, PickedFile }

export interface Platform {
  edition: 'desktop' | 'web'
  /** Lets the user choose declaration files; null when the choice was cancelled. */
  pickDeclarationFiles(): Promise<PickedFile[] | null>
  /** Lets the user save a file; false when cancelled. Throws with a message when it fails. */
  saveDeclarationFile(suggestedName: string, content: string): Promise<boolean>
  /** Lets the user save the packet PDF; false when cancelled. Throws with a message when it fails. */
  savePacketPdf(suggestedName: string, pdf: Uint8Array): Promise<boolean>
  openExternal(url: string): Promise<void>
  /** Menu commands and their keyboard shortcuts. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /**
   * Called before the window closes; the desktop window waits for the answer: true to close,
   * false to stay open (a pending edit could not be saved). A browser tab cannot wait.
   */
  onBeforeClose(listener: () => Promise<boolean>): () => void
}
