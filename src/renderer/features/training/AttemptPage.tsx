/**
 * An attempt at a case: the split view. The case's brief and papers (and, once submitted, the
 * result) on one side; on the other the declaration editor, editing the attempt's own copy of
 * the declaration — with hints in practice, and in an exam no findings until it is submitted.
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import type { JsonPath } from '../../../shared/json'
import { getActiveEditor, setActiveEditor } from '../editor/active-session'
import { Editor } from '../editor/EditorPage'
import { SessionContext } from '../editor/session-context'
import { FindingsStore } from '../validation/findings-store'
import { problemText, useLanguage } from '../../i18n'
import { AttemptActions } from './AttemptActions'
import { hintCosts, hintTarget } from './hint-target'
import { TrainingContext, type TrainingHints } from './HintButton'
import { openAttempt, type OpenedAttempt } from './open-attempt'
import { SealedFindingsStore } from './sealed-findings'
import { SourcesPane } from './SourcesPane'

export function AttemptPage({ attemptId }: { attemptId: string }) {
  const { t } = useTranslation()
  const [opened, setOpened] = useState<OpenedAttempt | 'missing' | { unreadable: string } | null>(
    null,
  )
  useEffect(() => {
    let cancelled = false
    let mine: OpenedAttempt | null = null
    openAttempt(attemptId).then(
      (result) => {
        if (cancelled) {
          if (result !== 'missing') result.close()
          return
        }
        if (result !== 'missing') {
          mine = result
          // Menu commands (undo, redo) and the window's blur flush reach the attempt.
          setActiveEditor(result)
        }
        setOpened(result)
      },
      (error: unknown) => !cancelled && setOpened({ unreadable: problemText(error) }),
    )
    return () => {
      cancelled = true
      if (!mine) return
      if (getActiveEditor() === mine) setActiveEditor(null)
      mine.close()
    }
  }, [attemptId])

  if (opened === null) return <div className="attempt">{t('editor.loading')}</div>
  if (opened === 'missing') return <div className="attempt">{t('trainee.attempt.missing')}</div>
  if ('unreadable' in opened) {
    return (
      <div className="attempt" role="alert">
        {opened.unreadable}
      </div>
    )
  }
  return (
    <SessionContext.Provider value={opened.session}>
      <AttemptView opened={opened} />
    </SessionContext.Provider>
  )
}

function AttemptView({ opened }: { opened: OpenedAttempt }) {
  const language = useLanguage()
  const { kase, session } = opened
  const attempt = useSyncExternalStore(opened.subscribeAttempt, opened.getAttempt)
  const submitted = attempt.submittedAt !== undefined
  const exam = attempt.mode === 'exam'
  const findings = useMemo(() => (exam ? new SealedFindingsStore() : new FindingsStore()), [exam])
  useEffect(() => {
    if (submitted && findings instanceof SealedFindingsStore) findings.unseal()
  }, [submitted, findings])

  const costOf = useMemo(() => hintCosts(kase), [kase])
  const hints = useMemo<TrainingHints>(
    () => ({
      enabled: !exam && !submitted,
      hinted: attempt.hints,
      targetOf: (path: JsonPath) => hintTarget(kase, session.getDocument(), path, language),
      costOf,
      ask: (pointer) => opened.showHint(pointer),
    }),
    [exam, submitted, attempt.hints, kase, session, language, costOf, opened],
  )

  return (
    <div className="attempt" data-mode={attempt.mode} data-submitted={submitted}>
      <SourcesPane kase={kase} attempt={attempt} />
      <div className="attempt-editor">
        <TrainingContext.Provider value={hints}>
          <Editor
            id={attempt.id}
            editor={opened}
            attempt={{
              actions: <AttemptActions opened={opened} attempt={attempt} />,
              findings,
              showIssues: !exam || submitted,
            }}
          />
        </TrainingContext.Provider>
      </div>
    </div>
  )
}
