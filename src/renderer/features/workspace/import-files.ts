/**
 * Importing declaration files: each file is read on its own and gets its own outcome. An
 * unreadable file imports nothing and says why; an LRN that already exists is never
 * overwritten silently: the user chooses replace, keep both (with a new LRN) or skip.
 */
import { asNewDraft } from '../../../shared/movement/movement-state'
import { announceChange } from '../../db/change-feed'
import { readDeclarationText } from '../../../shared/format/read-declaration'
import type { JsonObject } from '../../../shared/json'
import type { DeclarationRepository } from '../../db/declarations'
import { describeStorageError } from '../../db/storage-errors'
import i18n from '../../i18n'
import type { PickedFile } from '../../platform/types'
import type { ConflictChoice, FileOutcome } from '../../state/ui-store'

export interface ConflictQuestion {
  fileName: string
  lrn: string
  existingInTrash: boolean
}
export type AskConflict = (
  question: ConflictQuestion,
) => Promise<{ choice: ConflictChoice; applyToAll: boolean }>

export interface ImportSummary {
  outcomes: FileOutcome[]
  /** id of the last declaration imported or replaced, to open it */
  lastId: string | null
  /** ids of the existing declarations the import replaced */
  replacedIds: string[]
}

export async function importDeclarationFiles(
  files: PickedFile[],
  repository: DeclarationRepository,
  ask: AskConflict,
): Promise<ImportSummary> {
  const outcomes: FileOutcome[] = []
  let remembered: ConflictChoice | null = null
  let lastId: string | null = null
  const replacedIds: string[] = []
  for (const file of files) {
    if ('error' in file) {
      outcomes.push({ fileName: file.name, outcome: 'refused', message: file.error, warnings: [] })
      continue
    }
    const read = readDeclarationText(file.name, file.text, file.byteLength, (key, options) =>
      i18n.t(key, options),
    )
    if (!read.ok) {
      outcomes.push({
        fileName: file.name,
        outcome: 'refused',
        message: read.message,
        warnings: [],
      })
      continue
    }
    const warnings = [...read.warnings]
    let document: JsonObject = read.declaration
    try {
      if (typeof document.lrn !== 'string' || document.lrn === '') {
        document = { ...document, lrn: await repository.freeLrn() }
        warnings.push(i18n.t('import.lrnAssigned', { lrn: document.lrn }))
      }
      const lrn = document.lrn as string
      const existing = await repository.findByLrn(lrn)
      if (!existing) {
        lastId = await repository.create(document)
        outcomes.push({ fileName: file.name, outcome: 'imported', lrn, warnings })
        continue
      }
      let choice: ConflictChoice | null = remembered
      if (choice === null) {
        const answer = await ask({
          fileName: file.name,
          lrn,
          existingInTrash: existing.trashed === 1,
        })
        choice = answer.choice
        if (answer.applyToAll) remembered = choice
      }
      if (choice === 'skip') {
        outcomes.push({
          fileName: file.name,
          outcome: 'skipped',
          lrn,
          warnings,
          message: i18n.t('import.skipped', { lrn }),
        })
      } else if (choice === 'replace') {
        const revision = await repository.save(existing.id, document, {
          summary: 'now',
          readiness: 'unknown',
        })
        // Another window editing it shows the imported version (or warns of its own edits).
        announceChange({ kind: 'saved', id: existing.id, revision })
        if (existing.trashed === 1) await repository.restoreFromTrash(existing.id)
        lastId = existing.id
        replacedIds.push(existing.id)
        outcomes.push({ fileName: file.name, outcome: 'replaced', lrn, warnings })
      } else {
        const newLrn = await repository.freeLrn(lrn)
        // A second copy is a declaration of its own: customs know the first one's movement.
        lastId = await repository.create({ ...asNewDraft(document), lrn: newLrn })
        warnings.push(i18n.t('import.keptBoth', { lrn, newLrn }))
        outcomes.push({ fileName: file.name, outcome: 'imported', lrn: newLrn, warnings })
      }
    } catch (error) {
      const reason = describeStorageError(error, { lrn: String(document.lrn ?? '') }).message
      outcomes.push({
        fileName: file.name,
        outcome: 'refused',
        message: i18n.t('import.storageFailed', { file: file.name, reason }),
        warnings,
      })
    }
  }
  return { outcomes, lastId, replacedIds }
}
