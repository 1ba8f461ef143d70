/**
 * A declaration opened for editing: its session saves over the revision it opened and no
 * other, puts back keystrokes a crash cut off, and keeps in step with other windows editing the
 * same declaration — it shows their saves when it has nothing unsaved, and says so at once
 * when it has (the user then shows theirs, or keeps their own edits as a copy).
 */
import { withFollowUps } from '../../../shared/model/follow-ups'
import { asNewDraft } from '../../../shared/movement/movement-state'
import type { JsonObject } from '../../../shared/json'
import { announceChange, onChangeElsewhere } from '../../db/change-feed'
import { DeclarationChangedError } from '../../db/declarations'
import { describeStorageError } from '../../db/storage-errors'
import { declarations } from '../../db/workspace'
import i18n from '../../i18n'
import { measured } from '../../perf'
import { useUi } from '../../state/ui-store'
import { EditorSession } from './editor-session'
import { writeAhead } from './write-ahead'

export interface OpenedEditor {
  readonly id: string
  readonly session: EditorSession
  /** Shows what is stored now, dropping edits not saved (after a conflict, or an import). */
  showStored(): Promise<void>
  /** Keeps the edits on screen as a new declaration, then shows what is stored here. */
  keepMineAsCopy(): Promise<void>
  /** Writes what is pending and lets go of the session. */
  close(): void
}

export async function openEditor(id: string): Promise<OpenedEditor | 'missing'> {
  const opened = await declarations.open(id)
  if (!opened) return 'missing'
  let revision = opened.revision
  const notes = writeAhead()

  const session = new EditorSession(opened.document, {
    save: async (document, reason, previous) => {
      revision = await measured(reason, () =>
        declarations.save(id, document, {
          summary: reason === 'flush' ? 'now' : 'auto',
          previous,
          expected: { revision },
        }),
      )
      announceChange({ kind: 'saved', id, revision })
    },
    describeError: (error, document) =>
      describeStorageError(error, { lrn: String(document.lrn ?? '') }).message,
    isConflict: (error) => error instanceof DeclarationChangedError,
    catchUp: (saved) => declarations.catchUpSummary(id, saved, revision),
    noteEdit: (document, stored) => notes.note(id, document, stored, revision),
    clearNote: () => notes.clear(id),
    followUps: withFollowUps,
  })

  // Keystrokes a crash or reload cut off before they were stored: put them back.
  const pending = await notes.recover(id, opened.document, revision)
  if (pending) {
    session.update(() => pending)
    useUi.getState().notify('info', i18n.t('editor.recovered'))
  }

  const showStored = async (): Promise<void> => {
    const latest = await declarations.open(id)
    if (!latest) return
    revision = latest.revision
    notes.clear(id)
    session.reset(latest.document)
  }

  /** Another window wrote: follow it, or — with edits of our own — say so now. */
  const followElsewhere = async (): Promise<void> => {
    await session.whenIdle()
    const stored = await declarations.open(id).catch(() => undefined)
    if (!stored || stored.revision === revision) return
    if (session.isDirty) return session.markConflict()
    revision = stored.revision
    session.reset(stored.document)
    useUi.getState().notify('info', i18n.t('editor.updatedElsewhere'))
  }
  const stopFollowing = onChangeElsewhere((change) => {
    if (change.kind === 'replaced-all' || change.id === id) void followElsewhere()
  })

  return {
    id,
    session,
    showStored,
    async keepMineAsCopy() {
      const mine: JsonObject = asNewDraft(structuredClone(session.getDocument()))
      mine.lrn = await declarations.freeLrn(typeof mine.lrn === 'string' ? mine.lrn : undefined)
      await declarations.create(mine)
      await showStored()
      useUi.getState().notify('success', i18n.t('editor.conflict.kept', { lrn: mine.lrn }))
    },
    close() {
      stopFollowing()
      void session.flush().finally(() => session.dispose())
    },
  }
}
