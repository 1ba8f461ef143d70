/**
 * Making the packet and what the user can then do with it, the same shape in both editions:
 * the desktop makes it in a main-process worker and keeps the PDF there; the browser makes it
 * in a web worker and keeps it as a blob.
 */
import type { PacketProgress, PacketRequest, PaperRequest } from '../../shared/packet/request'

export type { PacketProgress, PacketRequest, PaperRequest }

export class PacketCancelled extends Error {
  constructor() {
    super('The packet was cancelled.')
  }
}

export interface PacketJob {
  /** The made packet; rejects with PacketCancelled, or an Error whose message says why. */
  result: Promise<MadePacket>
  cancel(): void
}

/**
 * What can be done with a made packet. Desktop: save as (dialog), print (OS dialog), open in
 * the system's viewer. Browser: download, open in a tab for printing.
 */
export type PacketAction = 'saveAs' | 'print' | 'openInViewer' | 'download' | 'openForPrinting'

export interface MadePacket {
  byteLength: number
  /** In the order the buttons show them; the first is the main one. */
  actions: PacketAction[]
  /**
   * Runs an action with the file name to suggest. True when done, false when the user
   * cancelled (a save dialog); throws an Error whose message says what went wrong.
   * Must be called straight from the click (a browser opens tabs only then).
   */
  run(action: PacketAction, suggestedName: string): Promise<boolean>
  /** The dialog closed: the PDF can go. */
  discard(): void
}
