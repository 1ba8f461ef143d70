/**
 * The workspace backup file: one header line (format, time, counts, payload size and SHA-256),
 * then the payload as JSON. The checksum covers the payload's exact bytes, so a truncated or
 * damaged file is caught before anything is read from it, let alone restored. It detects
 * damage, not tampering: anyone can recompute SHA-256, so a file that passes here is still
 * untrusted, and every row of it is checked before anything is restored (rows.ts,
 * renderer/db/backup-check.ts).
 *
 *   {"format":"transitdesk.backup/2","createdAt":"…","counts":{…},"bytes":123,"sha256":"…"}
 *   {"declarations":[…],"documents":[…],…,"settings":{…}}
 *
 * Each table holds its rows as the database keeps them, with two exceptions: a declaration row
 * carries its search `words` (kept apart in the database), and a document row holds either the
 * document itself (`document`) or — format 2 — the document as deflated UTF-8 JSON in base64
 * (`content`), as the database keeps most documents. Format 1 (every document a `document`)
 * is read as well.
 */
import { isJsonObject, type JsonObject } from '../json'
import { isBase64 } from './base64'

export const BACKUP_FORMAT = 'transitdesk.backup/2'
const FORMAT_PATTERN = /^transitdesk\.backup\/(\d+)$/
/** The formats this version reads: format 1 files (documents uncompressed) are still restored. */
const READABLE = ['transitdesk.backup/1', BACKUP_FORMAT]

/**
 * What a backup holds: each table's rows, as the database keeps them but for the two
 * exceptions above (declaration rows with their words, compressed documents as base64).
 */
export interface BackupPayload {
  declarations: JsonObject[]
  documents: JsonObject[]
  versions: JsonObject[]
  parties: JsonObject[]
  goods: JsonObject[]
  vehicles: JsonObject[]
  offices: JsonObject[]
  sheetMappings: JsonObject[]
  settings: JsonObject
}

export const BACKUP_TABLES = [
  'declarations',
  'documents',
  'versions',
  'parties',
  'goods',
  'vehicles',
  'offices',
  'sheetMappings',
] as const
export type BackupTable = (typeof BACKUP_TABLES)[number]

export interface BackupHeader {
  format: string
  createdAt: string
  counts: Record<BackupTable, number>
  /** the payload's size in UTF-8 bytes */
  bytes: number
  sha256: string
}

const encoder = new TextEncoder()

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * Room kept in front of the payload for the header line, which can only be written once the
 * payload's checksum is known: the file is then the one buffer, not a copy of tens of megabytes.
 */
const HEADER_ROOM = 4096

/**
 * Writes a backup file row by row, straight into one growing byte buffer: tens of megabytes of
 * workspace never exist as one string (stringifying and encoding such a string costs seconds,
 * one row at a time costs a fraction). Tables are written in `BACKUP_TABLES` order, each once;
 * the bytes equal those of `JSON.stringify` of the same payload.
 */
export class BackupWriter {
  private buffer = new Uint8Array(1 << 20)
  private length = HEADER_ROOM
  private readonly counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, 0])) as Record<
    BackupTable,
    number
  >
  private next = 0
  private rowsInTable = 0

  constructor() {
    this.text('{')
  }

  /** Starts the next table (tables come in `BACKUP_TABLES` order). */
  table(name: BackupTable): void {
    if (BACKUP_TABLES[this.next] !== name) throw new Error(`backup table ${name} out of order`)
    this.text(`${this.next === 0 ? '' : '],'}"${name}":[`)
    this.next++
    this.rowsInTable = 0
  }

  row(row: JsonObject): void {
    this.text((this.rowsInTable++ === 0 ? '' : ',') + JSON.stringify(row))
    this.counts[BACKUP_TABLES[this.next - 1]!]++
  }

  /**
   * The whole file: the header line (counts, size, checksum), then the payload. (A view of the
   * writer's buffer, which may be larger: transfer or copy the view, not the buffer.)
   */
  async finish(settings: JsonObject, createdAt: string): Promise<Uint8Array> {
    if (this.next !== BACKUP_TABLES.length) throw new Error('backup tables missing')
    this.text(`],"settings":${JSON.stringify(settings)}}`)
    const body = this.buffer.subarray(HEADER_ROOM, this.length)
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      createdAt,
      counts: this.counts,
      bytes: body.byteLength,
      sha256: await sha256Hex(body),
    }
    const head = encoder.encode(JSON.stringify(header) + '\n')
    if (head.byteLength > HEADER_ROOM) throw new Error('the backup header does not fit')
    this.buffer.set(head, HEADER_ROOM - head.byteLength)
    return this.buffer.subarray(HEADER_ROOM - head.byteLength, this.length)
  }

  private text(text: string): void {
    for (;;) {
      const { read, written } = encoder.encodeInto(text, this.buffer.subarray(this.length))
      // A partial write stops before a whole character, so it is simply written again in full.
      if (read === text.length) {
        this.length += written
        return
      }
      const bigger = new Uint8Array(Math.max(this.buffer.length * 2, this.length + text.length * 3))
      bigger.set(this.buffer.subarray(0, this.length))
      this.buffer = bigger
    }
  }
}

/** The backup file's bytes. */
export async function encodeBackup(payload: BackupPayload, createdAt: string): Promise<Uint8Array> {
  const writer = new BackupWriter()
  for (const table of BACKUP_TABLES) {
    writer.table(table)
    for (const row of payload[table]) writer.row(row)
  }
  return writer.finish(payload.settings, createdAt)
}

export type DecodedBackup = { header: BackupHeader; payload: BackupPayload } | { error: string }

/**
 * Reads a backup file, refusing — with the reason, in words — anything that is not a whole,
 * unaltered TransitDesk backup of a format this version reads.
 */
export async function decodeBackup(bytes: Uint8Array): Promise<DecodedBackup> {
  const newline = bytes.indexOf(0x0a)
  const refuse = (error: string) => ({ error })
  const notBackup = refuse('it is not a TransitDesk backup')
  if (newline <= 0 || newline > 64 * 1024) return notBackup
  let header: unknown
  try {
    header = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, newline)),
    )
  } catch {
    return notBackup
  }
  if (!isJsonObject(header) || typeof header.format !== 'string') return notBackup
  const version = FORMAT_PATTERN.exec(header.format)
  if (!version) return notBackup
  if (!READABLE.includes(header.format))
    return refuse(
      `it was made by a newer TransitDesk (backup format ${version[1]}); this version reads formats 1 and 2 — update TransitDesk first`,
    )
  if (
    typeof header.bytes !== 'number' ||
    typeof header.sha256 !== 'string' ||
    !isJsonObject(header.counts)
  )
    return refuse('its header is damaged')
  const body = bytes.subarray(newline + 1)
  if (body.byteLength < header.bytes)
    return refuse(
      `it is incomplete: it holds ${body.byteLength} of its ${header.bytes} bytes (was the copy cut short?)`,
    )
  if (body.byteLength > header.bytes)
    return refuse('it has been altered: it is longer than it says')
  if ((await sha256Hex(body)) !== header.sha256)
    return refuse('it has been altered or damaged: its checksum does not match its content')
  let payload: unknown
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body))
  } catch {
    return refuse('its content cannot be read')
  }
  const formatTwo = header.format === BACKUP_FORMAT
  const shapeProblem = payloadProblem(payload, header.counts, formatTwo)
  if (shapeProblem) return refuse(shapeProblem)
  return { header: header as unknown as BackupHeader, payload: payload as BackupPayload }
}

/**
 * Whether a document row holds its document in one form this format knows: the object itself,
 * or (format 2) the compressed document as non-empty base64 — never both. A row holding neither
 * is passed as it is: an old database may hold one, and the workspace must back up whole.
 */
function documentRowReadable(row: JsonObject, formatTwo: boolean): boolean {
  const hasDocument = 'document' in row
  const hasContent = 'content' in row
  if (hasDocument && hasContent) return false
  if (hasDocument) return isJsonObject(row.document)
  if (hasContent)
    return (
      formatTwo && typeof row.content === 'string' && row.content !== '' && isBase64(row.content)
    )
  return true
}

/** Each table's key, which every row must have (the database cannot store a row without). */
const KEYS: Record<BackupTable, ['id' | 'seq' | 'sender', 'string' | 'number']> = {
  declarations: ['id', 'string'],
  documents: ['id', 'string'],
  versions: ['seq', 'number'],
  parties: ['id', 'string'],
  goods: ['id', 'string'],
  vehicles: ['id', 'string'],
  offices: ['id', 'string'],
  sheetMappings: ['sender', 'string'],
}

function payloadProblem(payload: unknown, counts: JsonObject, formatTwo: boolean): string | null {
  if (!isJsonObject(payload)) return 'its content is not a workspace'
  for (const table of BACKUP_TABLES) {
    const rows = payload[table]
    if (!Array.isArray(rows) || !rows.every(isJsonObject)) return `its ${table} are not readable`
    if (counts[table] !== rows.length)
      return `it says it holds ${String(counts[table])} ${table} but holds ${rows.length}`
    const [key, type] = KEYS[table]
    const keyless = rows.findIndex((row) => typeof row[key] !== type)
    if (keyless >= 0) return `row ${keyless + 1} of its ${table} has no ${key}`
  }
  const unreadable = (payload.documents as JsonObject[]).findIndex(
    (row) => !documentRowReadable(row, formatTwo),
  )
  if (unreadable >= 0) return `row ${unreadable + 1} of its documents holds no readable document`
  const documents = new Set((payload.documents as JsonObject[]).map((d) => d.id))
  const orphan = (payload.declarations as JsonObject[]).find((d) => !documents.has(d.id))
  if (orphan) return `declaration ${String(orphan.lrn ?? orphan.id)} has no document in it`
  if (!isJsonObject(payload.settings)) return 'its settings are not readable'
  return null
}
