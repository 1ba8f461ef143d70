/**
 * The one IPC contract between the renderer and the main process.
 *
 * Each operation has a channel and request/response schemas. The preload exposes exactly one
 * function per operation; the main process parses every request with its schema and checks the
 * sender before a handler runs. Nothing here names a file path chosen by the page: paths are
 * chosen in main-process dialogs.
 */
import { z } from 'zod'
import { MAX_DECLARATION_FILE_BYTES } from '../format/constants'
import { IPC_CHANNELS, type MenuCommand } from './channels'

export { ipcEvents, isMenuCommand, MENU_COMMANDS, type MenuCommand } from './channels'

const PickedFileSchema = z.union([
  z.object({ name: z.string(), text: z.string(), byteLength: z.number().int().min(0) }),
  z.object({ name: z.string(), error: z.string() }),
])
export type PickedFile = z.infer<typeof PickedFileSchema>

/** A 999-item packet is about 1 MB; anything near this is not a packet. */
const MAX_PACKET_BYTES = 256 * 1024 * 1024

/** A file name without folders or characters that Windows, macOS or Linux refuse. */
function isPlainFileName(name: string): boolean {
  return !/[\\/:*?"<>|]/.test(name) && ![...name].some((ch) => ch.charCodeAt(0) < 32)
}

/** The name a save dialog proposes: a plain file name, no folders. */
const SuggestedNameSchema = z
  .string()
  .min(1)
  .max(120)
  .refine(isPlainFileName, 'the suggested name must be a plain file name')

/** A failed write is an answer, not a thrown error: its message reaches the user as it is. */
const SaveResultSchema = z.object({
  saved: z.boolean(),
  fileName: z.string().optional(),
  error: z.string().optional(),
})

export const ipcOperations = {
  /** Shows an open dialog and reads the chosen declaration files (each at most 16 MiB). */
  openDeclarationFiles: {
    channel: IPC_CHANNELS.openDeclarationFiles,
    request: z.object({}).strict(),
    response: z.object({ canceled: z.boolean(), files: z.array(PickedFileSchema) }),
  },
  /** Shows a save dialog and writes the text atomically (temp file, fsync, rename). */
  saveDeclarationFile: {
    channel: IPC_CHANNELS.saveDeclarationFile,
    request: z
      .object({
        suggestedName: SuggestedNameSchema,
        content: z.string().max(MAX_DECLARATION_FILE_BYTES),
      })
      .strict(),
    response: SaveResultSchema,
  },
  /** Shows a save dialog and writes the packet PDF atomically. */
  savePacketFile: {
    channel: IPC_CHANNELS.savePacketFile,
    request: z
      .object({
        suggestedName: SuggestedNameSchema,
        pdf: z
          .instanceof(Uint8Array<ArrayBufferLike>)
          .refine((bytes) => bytes.byteLength <= MAX_PACKET_BYTES, 'the packet is too large'),
      })
      .strict(),
    response: SaveResultSchema,
  },
  /** Opens an https link in the operating system's browser. */
  openExternal: {
    channel: IPC_CHANNELS.openExternal,
    request: z.object({ url: z.url({ protocol: /^https$/ }) }).strict(),
    response: z.object({ opened: z.boolean() }),
  },
  /**
   * The renderer's answer to a close request: it has written its pending edit (close), or the
   * write failed and the window must stay open so the user sees why.
   */
  answerClose: {
    channel: IPC_CHANNELS.answerClose,
    request: z.object({ close: z.boolean() }).strict(),
    response: z.object({}),
  },
} as const

export type IpcOperations = typeof ipcOperations
export type IpcOperationName = keyof IpcOperations
export type IpcRequest<K extends IpcOperationName> = z.input<IpcOperations[K]['request']>
export type IpcResponse<K extends IpcOperationName> = z.output<IpcOperations[K]['response']>

/** What the preload puts on `window.transitdesk`. */
export type TransitDeskBridge = {
  [K in IpcOperationName]: (request: IpcRequest<K>) => Promise<IpcResponse<K>>
} & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  onCloseRequested(listener: () => void): () => void
}
