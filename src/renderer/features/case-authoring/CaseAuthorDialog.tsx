/**
 * "Make a case from this declaration": the open declaration becomes a training case's model
 * answer; the author adds the task (English and Russian), the source papers, the critical boxes,
 * the pass mark, an exam's time limit and the references, and saves the case file
 * (`<id>.tdcase.json`) through the edition's save path. The case is built and read back by the
 * app's own reader first (author-case.ts): what is saved always opens again.
 */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { JsonObject } from '../../../shared/json'
import {
  answerProblem,
  blankCaseForm,
  buildCase,
  type CaseForm,
  type TwoLanguages,
} from '../../../shared/training/author-case'
import { CASE_LEVELS, CASE_LIMITS } from '../../../shared/training/case'
import { Modal } from '../../components/Modal'
import { ProblemAlert } from '../../components/ProblemAlert'
import { declarations } from '../../db/workspace'
import i18n, { problemText, translate } from '../../i18n'
import { platform } from '../../platform'
import { useUi } from '../../state/ui-store'
import { flushActiveSession } from '../editor/active-session'
import { CriticalPicker } from './CriticalPicker'
import { Section, TextField } from './fields'
import { ReferencesFields } from './ReferencesFields'
import { SourcesFields } from './SourcesFields'
import './case-authoring.css'

export function CaseAuthorDialog({ id, onClose }: { id: string; onClose(): void }) {
  const { t } = useTranslation()
  const [declaration, setDeclaration] = useState<JsonObject | null>(null)
  const [form, setForm] = useState<CaseForm | null>(null)
  const [problem, setProblem] = useState('')
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    let open = true
    void flushActiveSession()
      .then(() => declarations.getDocument(id))
      .then((document) => {
        if (!open) return
        if (!document) return setProblem(i18n.t('caseAuthor.noDeclaration'))
        setDeclaration(document)
        setForm(blankCaseForm(document))
      })
      .catch((error: unknown) => {
        if (open) setProblem(i18n.t('editor.unreadable', { reason: problemText(error) }))
      })
    return () => {
      open = false
    }
  }, [id])

  const set = (part: Partial<CaseForm>) => setForm((f) => (f ? { ...f, ...part } : f))
  const setText = (key: 'title' | 'brief', language: keyof TwoLanguages, text: string) =>
    setForm((f) => (f ? { ...f, [key]: { ...f[key], [language]: text } } : f))
  const invalid = declaration ? answerProblem(declaration, translate) : undefined

  const save = async () => {
    if (!form || !declaration) return
    const made = buildCase(form, declaration, translate)
    if (!made.ok) return setProblem(made.message)
    setProblem('')
    setSaving(true)
    try {
      if (await platform.saveDeclarationFile(made.fileName, made.text)) {
        useUi.getState().notify('success', i18n.t('caseAuthor.saved', { name: made.fileName }))
        onClose()
      }
    } catch (error) {
      setProblem(problemText(error))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Modal title={t('caseAuthor.title')} onCancel={() => !saving && onClose()}>
      <div className="case-author">
        <p>{t('caseAuthor.intro')}</p>
        {invalid && (
          <p className="packet-draft" role="note">
            {invalid}
          </p>
        )}
        {form && declaration && (
          <>
            <div className="case-author-section">
              <div className="two-columns">
                <TextField
                  label={t('caseAuthor.id')}
                  help={t('caseAuthor.idHelp')}
                  value={form.id}
                  maxLength={64}
                  onChange={(value) => set({ id: value })}
                />
                <label className="field">
                  {t('caseAuthor.level')}
                  <select
                    value={String(form.level)}
                    onChange={(e) => set({ level: e.currentTarget.value })}
                  >
                    {CASE_LEVELS.map((level) => (
                      <option key={level} value={level}>
                        {t(`trainingReport.level.${level}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <TextField
                  label={t('caseAuthor.titleEn')}
                  value={form.title.en}
                  maxLength={CASE_LIMITS.title}
                  onChange={(text) => setText('title', 'en', text)}
                />
                <TextField
                  label={t('caseAuthor.titleRu')}
                  value={form.title.ru}
                  maxLength={CASE_LIMITS.title}
                  onChange={(text) => setText('title', 'ru', text)}
                />
                <TextField
                  label={t('caseAuthor.briefEn')}
                  value={form.brief.en}
                  multiline
                  onChange={(text) => setText('brief', 'en', text)}
                />
                <TextField
                  label={t('caseAuthor.briefRu')}
                  value={form.brief.ru}
                  multiline
                  onChange={(text) => setText('brief', 'ru', text)}
                />
              </div>
            </div>
            <SourcesFields sources={form.sources} onChange={(sources) => set({ sources })} />
            <Section title={t('caseAuthor.scoring')}>
              <div className="two-columns">
                <TextField
                  label={t('caseAuthor.passMark')}
                  help={t('caseAuthor.passMarkHelp')}
                  value={String(form.passMark)}
                  inputMode="numeric"
                  maxLength={5}
                  onChange={(passMark) => set({ passMark })}
                />
                <TextField
                  label={t('caseAuthor.timeLimit')}
                  help={t('caseAuthor.timeLimitHelp')}
                  value={String(form.timeLimitMinutes)}
                  inputMode="numeric"
                  maxLength={5}
                  onChange={(timeLimitMinutes) => set({ timeLimitMinutes })}
                />
              </div>
            </Section>
            <CriticalPicker
              declaration={declaration}
              chosen={form.critical}
              onChange={(critical) => set({ critical })}
            />
            <ReferencesFields
              references={form.references}
              onChange={(references) => set({ references })}
            />
          </>
        )}
        <ProblemAlert problem={problem} />
        <div className="dialog-actions">
          <button type="button" disabled={saving} onClick={onClose}>
            {t('caseAuthor.cancel')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={!form || saving}
            onClick={() => void save()}
          >
            {t('caseAuthor.save')}
          </button>
        </div>
      </div>
    </Modal>
  )
}
