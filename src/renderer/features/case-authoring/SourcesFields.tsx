/** The case's source papers: as many as needed (up to the format's 20), each kind, title, Markdown. */
import { useTranslation } from 'react-i18next'
import type { CaseFormSource } from '../../../shared/training/author-case'
import { CASE_LIMITS, SOURCE_KINDS } from '../../../shared/training/case'
import { Section, TextField } from './fields'

export function SourcesFields({
  sources,
  onChange,
}: {
  sources: CaseFormSource[]
  onChange(sources: CaseFormSource[]): void
}) {
  const { t } = useTranslation()
  const change = (index: number, part: Partial<CaseFormSource>) =>
    onChange(sources.map((s, i) => (i === index ? { ...s, ...part } : s)))
  return (
    <Section title={t('caseAuthor.sources')}>
      {sources.map((source, index) => (
        <fieldset className="case-author-entry" key={index}>
          <legend>{t('caseAuthor.source', { number: index + 1 })}</legend>
          <div className="two-columns">
            <label className="field">
              {t('caseAuthor.sourceKind')}
              <select
                value={source.kind}
                onChange={(e) => change(index, { kind: e.currentTarget.value })}
              >
                {SOURCE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`caseAuthor.kind.${kind}`)}
                  </option>
                ))}
              </select>
            </label>
            <TextField
              label={t('caseAuthor.sourceTitle')}
              value={source.title}
              maxLength={CASE_LIMITS.title}
              onChange={(title) => change(index, { title })}
            />
          </div>
          <TextField
            label={t('caseAuthor.sourceContent')}
            value={source.content}
            multiline
            onChange={(content) => change(index, { content })}
          />
          <button type="button" onClick={() => onChange(sources.filter((_, i) => i !== index))}>
            {t('caseAuthor.removeSource', { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        disabled={sources.length >= CASE_LIMITS.sources}
        onClick={() => onChange([...sources, { kind: 'invoice', title: '', content: '' }])}
      >
        {t('caseAuthor.addSource')}
      </button>
    </Section>
  )
}
