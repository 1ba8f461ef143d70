/**
 * Why the rows of a backup are refused (renderer/db/backup-check.ts), as data: the restore
 * worker hands it to the window, which says it in the reader's language from the catalogue
 * (`backup.check.*`), inside `backup.refused` — one sentence naming the row or the LRN.
 */
import type { Translate } from '../validation/describe'
import type { BackupTable } from './format'

export type BackupProblem =
  /** a field the table's rows must have is missing */
  | { kind: 'missing'; table: BackupTable; row: number; field: string }
  /** a field holds what TransitDesk never writes there (`value`: as JSON) */
  | { kind: 'wrong'; table: BackupTable; row: number; field: string; value: string }
  /** a document row whose document cannot be read (`id`: its declaration's) */
  | { kind: 'unreadable'; row: number; id: string }
  /** a declaration without its document row (`name`: its LRN, or its id) */
  | { kind: 'noDocument'; row: number; name: string }
  /** a document row without its declaration row */
  | { kind: 'noDeclaration'; row: number; id: string }
  /** a saved version of a declaration the backup does not hold */
  | { kind: 'noVersionDeclaration'; row: number; id: string }
  /** two rows of a table with one key (`field`: the key's name in the catalogue) */
  | {
      kind: 'duplicate'
      table: BackupTable
      first: number
      second: number
      field: DuplicateField
      value: string
    }

/** The keys two rows of one table must not share (their names: `backup.check.keys.*`). */
export type DuplicateField =
  'id' | 'lrn' | 'seq' | 'identification' | 'plates' | 'reference' | 'sender'

/** Text a file brought, as the sentence shows it: cut short, and isolated in the bidi sense. */
function quoted(text: string): string {
  const chars = [...text]
  const short = chars.length > 60 ? chars.slice(0, 59).join('') + '…' : text
  return `\u2068${short}\u2069`
}

/** The problem as a sentence for `backup.refused` (no capital, no full stop). */
export function describeBackupProblem(problem: BackupProblem, t: Translate): string {
  const { kind, ...values } = problem
  const shown: Record<string, unknown> = { ...values }
  if ('table' in problem) shown.table = t(`backup.check.tables.${problem.table}`)
  if ('field' in problem)
    shown.field =
      kind === 'duplicate' ? t(`backup.check.keys.${problem.field}`) : quoted(problem.field)
  for (const key of ['value', 'id', 'name'] as const) {
    const text = (problem as Partial<Record<typeof key, string>>)[key]
    if (text !== undefined) shown[key] = quoted(text)
  }
  return t(`backup.check.${kind}`, shown)
}
