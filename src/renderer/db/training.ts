/**
 * Trainee mode's records (issue 19): the case files a trainee imported, and their attempts at
 * cases. The shipped cases come with the app (features/training/shipped-cases.ts) and are not
 * stored; an imported case may not take a shipped case's id. An attempt holds its own copy of
 * the declaration: nothing a case or an attempt does reaches the workspace's declarations.
 */
import { localDate } from '../../shared/dates'
import { generateLrn } from '../../shared/format/lrn'
import type { JsonObject } from '../../shared/json'
import type { Case, Pointer } from '../../shared/training/case'
import { readCaseText } from '../../shared/training/read-case'
import type { ScoreResult } from '../../shared/training/score'
import type { Translate } from '../../shared/validation/describe'
import { WordedError } from '../../shared/worded-error'
import { blankDocument } from './declarations'
import type { WorkspaceDatabase } from './schema'

/** An imported case file, as read (read-case.ts checked it on import). */
export interface TrainingCaseRow {
  id: string
  case: Case
  fileName: string
  importedAt: string
}

export type AttemptMode = 'practice' | 'exam'

export interface AttemptRow {
  id: string
  caseId: string
  mode: AttemptMode
  /** ISO time the attempt began (an exam's time limit counts from here) */
  startedAt: string
  /**
   * ISO time the attempt was scored: its movement with the simulated office settled, the
   * trainee finished, or an exam's time ran out (features/training/office.ts)
   */
  submittedAt?: string
  /** the trainee's declaration: a copy of its own, never a declaration of the workspace */
  document: JsonObject
  /** pointers into the model answer whose explanation the trainee was shown (practice) */
  hints: Pointer[]
  /** the score of the declaration as it stood then */
  result?: ScoreResult
  timeTakenMs?: number
}

/** Where a case comes from: shipped with the app, or imported by the trainee. */
export interface LibraryCase {
  case: Case
  shipped: boolean
  /** the imported file's name */
  fileName?: string
}

export type CaseImportOutcome =
  | { fileName: string; outcome: 'imported' | 'replaced'; id: string }
  | { fileName: string; outcome: 'refused'; message: string }

/** A case file picked by the trainee: its text, or why it could not be read. */
export type CaseFile =
  { name: string; text: string; byteLength: number } | { name: string; error: string }

export class TrainingRepository {
  constructor(
    readonly db: WorkspaceDatabase,
    /** the cases that come with the app */
    private readonly shipped: () => Promise<readonly Case[]>,
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  /** Every case: the shipped ones first, then the imported ones by id. */
  async cases(): Promise<LibraryCase[]> {
    const [shipped, imported] = await Promise.all([
      this.shipped(),
      this.db.trainingCases.orderBy('id').toArray(),
    ])
    return [
      ...shipped.map((kase) => ({ case: kase, shipped: true })),
      ...imported.map((row) => ({ case: row.case, shipped: false, fileName: row.fileName })),
    ]
  }

  async getCase(id: string): Promise<Case | undefined> {
    const shipped = (await this.shipped()).find((kase) => kase.id === id)
    return shipped ?? (await this.db.trainingCases.get(id))?.case
  }

  /**
   * Reads and stores case files, each on its own: one that cannot be read, whose answer is not
   * a valid declaration, or whose id is a shipped case's is refused by name, with the reason;
   * one with the id of a case imported before replaces it (a new edition of the same case).
   */
  async importCases(files: readonly CaseFile[], t: Translate): Promise<CaseImportOutcome[]> {
    const shippedIds = new Set((await this.shipped()).map((kase) => kase.id))
    const outcomes: CaseImportOutcome[] = []
    for (const file of files) {
      if ('error' in file) {
        outcomes.push({ fileName: file.name, outcome: 'refused', message: file.error })
        continue
      }
      const read = readCaseText(file.name, file.text, file.byteLength, t)
      if (!read.ok) {
        outcomes.push({ fileName: file.name, outcome: 'refused', message: read.message })
        continue
      }
      const { id } = read.case
      if (shippedIds.has(id)) {
        const reason = t('trainee.import.shippedId', { id })
        outcomes.push({
          fileName: file.name,
          outcome: 'refused',
          message: t('read.refused', { file: file.name, reason }),
        })
        continue
      }
      try {
        const replaced = (await this.db.trainingCases.get(id)) !== undefined
        await this.db.trainingCases.put({
          id,
          case: read.case,
          fileName: file.name,
          importedAt: this.now().toISOString(),
        })
        outcomes.push({ fileName: file.name, outcome: replaced ? 'replaced' : 'imported', id })
      } catch (error) {
        // The storage refused (full, or closed): this file is not imported; the next may be.
        const reason = error instanceof Error ? error.message : String(error)
        const message = t('trainee.import.storageFailed', { file: file.name, reason })
        outcomes.push({ fileName: file.name, outcome: 'refused', message })
      }
    }
    return outcomes
  }

  /** Every attempt, oldest first (progress is read from them). */
  async attempts(): Promise<AttemptRow[]> {
    const all = await this.db.attempts.toArray()
    return all.sort((a, b) => a.startedAt.localeCompare(b.startedAt))
  }

  /** The attempts at one case, newest first. */
  async attemptsAt(caseId: string): Promise<AttemptRow[]> {
    const rows = await this.db.attempts.where('caseId').equals(caseId).toArray()
    return rows.sort((a, b) => b.startedAt.localeCompare(a.startedAt))
  }

  attempt(id: string): Promise<AttemptRow | undefined> {
    return this.db.attempts.get(id)
  }

  /**
   * A new attempt at `kase`: the trainee starts from the case's `start`, or from a blank
   * declaration of its procedure — in either case a copy of its own.
   */
  async startAttempt(kase: Case, mode: AttemptMode): Promise<AttemptRow> {
    const now = this.now()
    const row: AttemptRow = {
      id: this.newId(),
      caseId: kase.id,
      mode,
      startedAt: now.toISOString(),
      document: startingDocument(kase, now),
      hints: [],
    }
    await this.db.attempts.add(row)
    return row
  }

  /** Stores the trainee's declaration as it is now. */
  async saveDocument(id: string, document: JsonObject): Promise<void> {
    const changed = await this.db.attempts.update(id, { document })
    if (changed === 0) throw new WordedError('trainee.problem.attemptGone')
  }

  /** Records a hint shown (once per pointer); the hints so far. Refused after submission. */
  async addHint(id: string, pointer: Pointer): Promise<Pointer[]> {
    return this.db.transaction('rw', this.db.attempts, async () => {
      const row = await this.db.attempts.get(id)
      if (!row) throw new WordedError('trainee.problem.attemptGone')
      if (row.submittedAt !== undefined) throw new WordedError('trainee.problem.submitted')
      if (row.hints.includes(pointer)) return row.hints
      const hints = [...row.hints, pointer]
      await this.db.attempts.update(id, { hints })
      return hints
    })
  }

  /**
   * Records the submission: the declaration as scored, its score and the time taken. Only the
   * first submission counts; a later call leaves the attempt as it is and returns it.
   */
  async submit(
    id: string,
    submission: { at: Date; document: JsonObject; result: ScoreResult },
  ): Promise<AttemptRow> {
    return this.db.transaction('rw', this.db.attempts, async () => {
      const row = await this.db.attempts.get(id)
      if (!row) throw new WordedError('trainee.problem.attemptGone')
      if (row.submittedAt !== undefined) return row
      const submitted: AttemptRow = {
        ...row,
        document: submission.document,
        submittedAt: submission.at.toISOString(),
        result: submission.result,
        timeTakenMs: Math.max(0, submission.at.getTime() - Date.parse(row.startedAt)),
      }
      await this.db.attempts.put(submitted)
      return submitted
    })
  }
}

/** The declaration an attempt starts from: the case's `start`, else a blank of its procedure. */
export function startingDocument(kase: Case, now: Date): JsonObject {
  if (kase.start !== undefined) {
    const start = structuredClone(kase.start)
    // A start without an LRN (a fragment of a declaration) gets one, as a blank does.
    if (typeof start.lrn !== 'string' || start.lrn === '') start.lrn = generateLrn(now)
    return start
  }
  const blank = blankDocument(generateLrn(now), localDate(now))
  blank.procedure = kase.procedure
  // The blank's TIR Carnet belongs to TIR; another procedure's guarantee is the trainee's to choose.
  if (kase.procedure !== 'TIR') blank.guarantee = {}
  return blank
}
