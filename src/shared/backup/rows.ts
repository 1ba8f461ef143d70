/**
 * What each row of a backup may bring, table by table. A backup is untrusted input: its
 * checksum (format.ts) detects damage, not tampering — anyone can recompute SHA-256 — so every
 * row is parsed with these schemas before anything is written (renderer/db/backup-check.ts),
 * and what a row only repeats of another is never taken from the file: a declaration's summary
 * and search words are rebuilt from its document, an entry's search words and unique key from
 * the entry.
 *
 * Fields a schema does not name are dropped, not refused: a later release writing the same
 * format may add one (documents gained `revision` so), and its backups should still restore
 * here, without what this version would not read anyway. A named field of the wrong type, or
 * beyond its bounds, refuses the whole backup: nothing of it is guessed.
 */
import { z } from 'zod'
import { isDateTime } from '../dates'
import { LIMITS, MAX_NESTING_DEPTH } from '../format/constants'
import { isJsonObject, type JsonObject, type JsonValue } from '../json'
import type { OfficeRole } from '../library/offices'
import { DECLARATION_STATUSES } from '../model/declaration-record'

/**
 * The longest list a saved version may have had, and so the greatest length or index its
 * changes may name: a hundred times the 999 goods items a declaration holds. Drafts may break
 * the format's limits (the validator says so), never by that much; rebuilding a version with
 * lists this long takes milliseconds, while a length of 4,294,967,295 hangs the tab.
 */
export const MAX_LIST_LENGTH = 100 * LIMITS.itemsTotal
/**
 * How deep a change's path, and any JSON value a row holds, may go (documents go ~6 deep): the
 * limit a declaration file has on import.
 */
export const MAX_DEPTH = MAX_NESTING_DEPTH
/**
 * The highest history number: one per save, so never reached, and far below 2^53, where the
 * table's key generator would be used up and every later save of any declaration fail.
 */
export const MAX_SEQ = 2 ** 31 - 1
/** Readiness counts and list totals beyond this are not counts of anything. */
const MAX_COUNT = 1_000_000

/**
 * The roles an office plays (library/offices.ts), named here rather than imported: that module
 * brings the CSV reader along, which neither backup worker needs. The type keeps the two lists
 * alike: a role added there and not here does not compile.
 */
const OFFICE_ROLES: Record<OfficeRole, true> = {
  departure: true,
  transit: true,
  destination: true,
  border: true,
}

/** Whether a JSON value nests at most `depth` containers deep. */
export function depthWithin(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return true
  if (depth === 0) return false
  const children = Array.isArray(value) ? value : Object.values(value)
  for (const child of children) if (!depthWithin(child, depth - 1)) return false
  return true
}

/** The schemas of the rows, made on first use. */
export type RowSchemas = ReturnType<typeof makeRowSchemas>

let schemas: RowSchemas | undefined

/**
 * The schemas of every table's rows. Made on first use, not when the module loads: the backup
 * worker reaches this module (db/backup.ts) but only writes backups, and a module that makes
 * nothing when loaded is left out of its bundle whole, zod's schemas with it.
 */
export function rowSchemas(): RowSchemas {
  return (schemas ??= makeRowSchemas())
}

function makeRowSchemas() {
  const Key = z.string().min(1)
  const Timestamp = z.string().refine(isDateTime)
  const Count = z.number().int().min(0).max(MAX_COUNT)
  /** Any JSON value within MAX_DEPTH (the file is parsed JSON: its values are JSON already). */
  const Json = z.custom<JsonValue>((value) => depthWithin(value, MAX_DEPTH))
  const JsonObjectSchema = z.custom<JsonObject>(
    (value) => isJsonObject(value) && depthWithin(value, MAX_DEPTH),
  )

  /** What a declaration row may bring when its summary is rebuilt from its document. */
  const DeclarationMetaSchema = z.object({
    id: Key,
    status: z.enum(DECLARATION_STATUSES),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    // 1 in the trash, 0 not: any other value hides the declaration from both views.
    trashed: z.literal([0, 1]),
    deletedAt: Timestamp.nullable(),
  })

  /** The validator's counts, kept when both are counts (else left to the readiness check). */
  const ReadinessSchema = z.object({
    errorCount: Count,
    warningCount: Count,
    rules: Count.optional(),
  })

  /**
   * A declaration row whose document row holds no document (an old database may have one): its
   * summary cannot be rebuilt, so the row is kept, but only with every list column of its type.
   * What version 1 left out gets what version 2's upgrade gives; the times, the backup's own.
   */
  const StandaloneSummarySchema = z.object({
    id: Key,
    status: z.enum(DECLARATION_STATUSES).default('draft'),
    createdAt: Timestamp.optional(),
    updatedAt: Timestamp.optional(),
    trashed: z.literal([0, 1]).default(0),
    deletedAt: Timestamp.nullable().default(null),
    lrn: z.string().default(''),
    lrnKey: Key.optional(),
    procedure: z.string().default(''),
    declarationDate: z.string().default(''),
    limitDate: z.string().optional(),
    holderName: z.string().default(''),
    route: z.array(z.string()).max(MAX_LIST_LENGTH).default([]),
    itemCount: Count.default(0),
    packageCount: z.number().default(0),
    grossMass: z.number().default(0),
  })

  /**
   * A document row: the document as an object, or compressed as base64 (format 2), never both;
   * neither is kept as it is (an old database may have such a row).
   */
  const DocumentRowSchema = z
    .object({
      id: Key,
      savedAt: Timestamp.optional(),
      revision: Key.optional(),
      document: JsonObjectSchema.optional(),
      // Base64 (the file check, format.ts, has made sure of it: not read twice here).
      content: z.string().min(1).optional(),
    })
    .refine((row) => row.document === undefined || row.content === undefined, {
      path: ['content'],
    })

  /** One change back (history/changes.ts): a path, and an older value or an older length. */
  const ChangeSchema = z
    .object({
      path: z
        .array(
          z.union([
            z.string(),
            z
              .number()
              .int()
              .min(0)
              .max(MAX_LIST_LENGTH - 1),
          ]),
        )
        .min(1)
        .max(MAX_DEPTH),
      value: Json.optional(),
      length: z.number().int().min(0).max(MAX_LIST_LENGTH).optional(),
    })
    .refine((change) => change.value === undefined || change.length === undefined, {
      path: ['length'],
    })

  const VersionRowSchema = z.object({
    seq: z.number().int().min(1).max(MAX_SEQ),
    declarationId: Key,
    at: Timestamp,
    changes: z.array(ChangeSchema),
  })

  const PartyRowSchema = z.object({
    id: Key,
    party: JsonObjectSchema,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })

  const Amount = z.number().min(0)
  const GoodsRowSchema = z.object({
    id: Key,
    line: z.object({
      description: z.string(),
      hsCode: z.string(),
      countryOfOrigin: z.string().optional(),
      packageKind: z.string().optional(),
      grossMassPerPackage: Amount.optional(),
      netMassPerPackage: Amount.optional(),
      valuePerPackage: Amount.optional(),
      currency: z.string().optional(),
    }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })

  const VehicleUnitSchema = z.object({ identity: z.string(), nationality: z.string() })
  const VehicleRowSchema = z.object({
    id: Key,
    vehicle: z.object({
      tractor: VehicleUnitSchema,
      trailer: VehicleUnitSchema.extend({ kind: z.enum(['trailer', 'semi-trailer']) }).optional(),
      rigid: z.boolean().optional(),
      approvalCertificate: z.string().optional(),
    }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })

  const OfficeRowSchema = z.object({
    id: Key,
    reference: Key,
    name: z.string(),
    country: z.string(),
    roles: z.array(z.enum(Object.keys(OFFICE_ROLES) as [OfficeRole, ...OfficeRole[]])),
    example: z.boolean().optional(),
    updatedAt: Timestamp,
  })

  const SheetMappingRowSchema = z.object({
    sender: Key,
    columns: z.custom<Record<string, string>>(
      (value) => isJsonObject(value) && Object.values(value).every((v) => typeof v === 'string'),
    ),
    updatedAt: Timestamp,
  })

  return {
    DeclarationMeta: DeclarationMetaSchema,
    Readiness: ReadinessSchema,
    StandaloneSummary: StandaloneSummarySchema,
    DocumentRow: DocumentRowSchema,
    VersionRow: VersionRowSchema,
    PartyRow: PartyRowSchema,
    GoodsRow: GoodsRowSchema,
    VehicleRow: VehicleRowSchema,
    OfficeRow: OfficeRowSchema,
    SheetMappingRow: SheetMappingRowSchema,
  }
}
