/**
 * The one IPC contract between the renderer and the main process.
 *
 * Each operation has a channel and request/response schemas. The preload exposes exactly one
 * function per operation; the main process parses every request with its schema and checks the
 * sender before a handler runs. Nothing here names a file path chosen by the page: paths are
 * chosen in main-process dialogs.
 */
import { z } from 'zod'
import { autoBackupTime } from '../backup/retention'
import { LANGUAGES } from '../i18n/languages'
import { MAX_DECLARATION_FILE_BYTES } from '../format/constants'
import { PaperRequestSchema } from '../packet/request'
import { IPC_CHANNELS, type MenuCommand, type PacketProgressEvent } from './channels'

export {
  ipcEvents,
  isMenuCommand,
  MENU_COMMANDS,
  type MenuCommand,
  type PacketProgressEvent,
} from './channels'

const PickedFileSchema = z.union([
  z.object({ name: z.string(), text: z.string(), byteLength: z.number().int().min(0) }),
  z.object({ name: z.string(), error: z.string() }),
])
export type PickedFile = z.infer<typeof PickedFileSchema>

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

/** A text file to save (declaration, CSV list, NCTS message), under the size import accepts. */
const SaveTextRequestSchema = z
  .object({
    suggestedName: SuggestedNameSchema,
    content: z.string().max(MAX_DECLARATION_FILE_BYTES),
  })
  .strict()

/** The files an open dialog's choice read (each its text, or why it could not be read). */
const PickedFilesSchema = z.object({ canceled: z.boolean(), files: z.array(PickedFileSchema) })

/** A workspace backup: 10,000 declarations are well under this. */
export const MAX_BACKUP_BYTES = 1024 * 1024 * 1024
const BackupBytesSchema = z
  .instanceof(Uint8Array<ArrayBufferLike>)
  .refine((bytes) => bytes.byteLength <= MAX_BACKUP_BYTES, 'the backup is too large')

/**
 * An automatic backup's own name, as retention.ts makes it ("workspace-2026-02-04T10-15-00Z
 * .tdbackup"): no folder, no path, nothing else.
 */
const AutoBackupNameSchema = z
  .string()
  .max(64)
  .refine((name) => autoBackupTime(name) !== null, 'the name is not an automatic backup’s')

/** A backup file opened from outside the app (its file association), or why it could not be. */
const OpenedBackupFileSchema = z.union([
  z.object({ name: z.string(), bytes: BackupBytesSchema }),
  z.object({ name: z.string(), error: z.string() }),
])
export type OpenedBackupFile = z.infer<typeof OpenedBackupFileSchema>

/** A packet's handle: chosen by the page (a UUID), only ever used as a map key. */
const JobIdSchema = z.uuid()

/** Printing or opening a packet: done, or why not. */
const PacketActionResultSchema = z.object({ done: z.boolean(), error: z.string().optional() })

export const ipcOperations = {
  /** Shows an open dialog and reads the chosen declaration files (each at most 16 MiB). */
  openDeclarationFiles: {
    channel: IPC_CHANNELS.openDeclarationFiles,
    request: z.object({}).strict(),
    response: PickedFilesSchema,
  },
  /** Shows a save dialog and writes the text atomically (temp file, fsync, rename). */
  saveDeclarationFile: {
    channel: IPC_CHANNELS.saveDeclarationFile,
    request: SaveTextRequestSchema,
    response: SaveResultSchema,
  },
  /** The packet dialog opened: start a warm worker so the packet does not wait for one. */
  preparePacket: {
    channel: IPC_CHANNELS.preparePacket,
    request: z.object({}).strict(),
    response: z.object({}),
  },
  /**
   * Makes a packet (or a training report: any paper request) in a main-process worker thread;
   * progress comes as packetProgress events. The PDF stays in the main process under `jobId`
   * for the operations below.
   */
  makePacket: {
    channel: IPC_CHANNELS.makePacket,
    request: z.object({ jobId: JobIdSchema, request: PaperRequestSchema }).strict(),
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('done'), byteLength: z.number().int().min(0) }),
      z.object({ status: z.literal('cancelled') }),
      z.object({ status: z.literal('failed'), error: z.string() }),
    ]),
  },
  /** Stops a packet being made. */
  cancelPacket: {
    channel: IPC_CHANNELS.cancelPacket,
    request: z.object({ jobId: JobIdSchema }).strict(),
    response: z.object({}),
  },
  /** Shows a save dialog and writes a made packet atomically. */
  savePacket: {
    channel: IPC_CHANNELS.savePacket,
    request: z.object({ jobId: JobIdSchema, suggestedName: SuggestedNameSchema }).strict(),
    response: SaveResultSchema,
  },
  /** Shows a made packet in a print window and opens the operating system's print dialog. */
  printPacket: {
    channel: IPC_CHANNELS.printPacket,
    request: z.object({ jobId: JobIdSchema, suggestedName: SuggestedNameSchema }).strict(),
    response: PacketActionResultSchema,
  },
  /** Opens a made packet in the system's PDF viewer (from a copy in the temp folder). */
  openPacket: {
    channel: IPC_CHANNELS.openPacket,
    request: z.object({ jobId: JobIdSchema, suggestedName: SuggestedNameSchema }).strict(),
    response: PacketActionResultSchema,
  },
  /** Forgets a made packet (the dialog closed). */
  discardPacket: {
    channel: IPC_CHANNELS.discardPacket,
    request: z.object({ jobId: JobIdSchema }).strict(),
    response: z.object({}),
  },
  /** Shows a save dialog and writes a CSV list (the customs offices) atomically. */
  saveCsvFile: {
    channel: IPC_CHANNELS.saveCsvFile,
    request: SaveTextRequestSchema,
    response: SaveResultSchema,
  },
  /** Shows an open dialog for customs reply files (NCTS XML) and reads the chosen ones. */
  openReplyFiles: {
    channel: IPC_CHANNELS.openReplyFiles,
    request: z.object({}).strict(),
    response: PickedFilesSchema,
  },
  /** Shows a save dialog and writes an NCTS XML message (the IE015) atomically. */
  saveXmlFile: {
    channel: IPC_CHANNELS.saveXmlFile,
    request: SaveTextRequestSchema,
    response: SaveResultSchema,
  },
  /** Shows a save dialog and writes a workspace backup file atomically. */
  saveBackupFile: {
    channel: IPC_CHANNELS.saveBackupFile,
    request: z.object({ suggestedName: SuggestedNameSchema, bytes: BackupBytesSchema }).strict(),
    response: SaveResultSchema,
  },
  /** Writes a rolling automatic backup to the user-data folder (atomic; old ones pruned). */
  writeAutoBackup: {
    channel: IPC_CHANNELS.writeAutoBackup,
    request: z.object({ bytes: BackupBytesSchema }).strict(),
    response: z.object({ written: z.boolean(), error: z.string().optional() }),
  },
  /**
   * The automatic backups, newest first: name, time written (ISO) and size — for the restore
   * offer (the newest that verifies) and the Automatic backups dialog.
   */
  listAutoBackups: {
    channel: IPC_CHANNELS.listAutoBackups,
    request: z.object({}).strict(),
    response: z.array(
      z.object({
        name: AutoBackupNameSchema,
        at: z.iso.datetime(),
        bytes: z.number().int().min(0),
      }),
    ),
  },
  /**
   * One automatic backup's bytes, by the name the list gave (never a path; checked again in the
   * main process). One that cannot be read is an answer with the reason in words.
   */
  readAutoBackup: {
    channel: IPC_CHANNELS.readAutoBackup,
    request: z.object({ name: AutoBackupNameSchema }).strict(),
    response: z.union([z.object({ bytes: BackupBytesSchema }), z.object({ error: z.string() })]),
  },
  /**
   * The backup the operating system last handed to the app (a double-clicked .tdbackup), read
   * in the main process and named without its folder; null when there is none. Each is given
   * once; `ipcEvents.backupOpened` says when another has come.
   */
  takeOpenedBackup: {
    channel: IPC_CHANNELS.takeOpenedBackup,
    request: z.object({}).strict(),
    response: z.union([z.null(), OpenedBackupFileSchema]),
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
  /** The operating system's preferred languages, most preferred first (BCP 47 tags). */
  preferredLanguages: {
    channel: IPC_CHANNELS.preferredLanguages,
    request: z.object({}).strict(),
    response: z.object({ languages: z.array(z.string().max(64)).max(64) }),
  },
  /** The window shows this language now: the native menu and main-process dialogs follow. */
  showLanguage: {
    channel: IPC_CHANNELS.showLanguage,
    request: z.object({ language: z.enum(LANGUAGES) }).strict(),
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
  onPacketProgress(listener: (progress: PacketProgressEvent) => void): () => void
  onBackupOpened(listener: () => void): () => void
}
