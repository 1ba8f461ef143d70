/** The sources of the case's rules: a title each, and an address where there is one. */
import { useTranslation } from 'react-i18next'
import type { CaseFormReference } from '../../../shared/training/author-case'
import { CASE_LIMITS } from '../../../shared/training/case'
import { Section, TextField } from './fields'

export function ReferencesFields({
  references,
  onChange,
}: {
  references: CaseFormReference[]
  onChange(references: CaseFormReference[]): void
}) {
  const { t } = useTranslation()
  const change = (index: number, part: Partial<CaseFormReference>) =>
    onChange(references.map((r, i) => (i === index ? { ...r, ...part } : r)))
  return (
    <Section title={t('caseAuthor.references')} help={t('caseAuthor.referencesHelp')}>
      {references.map((reference, index) => (
        <div className="case-author-reference" key={index}>
          <TextField
            label={t('caseAuthor.referenceTitle')}
            value={reference.title}
            maxLength={CASE_LIMITS.title}
            onChange={(title) => change(index, { title })}
          />
          <TextField
            label={t('caseAuthor.referenceUrl')}
            value={reference.url}
            onChange={(url) => change(index, { url })}
          />
          <button type="button" onClick={() => onChange(references.filter((_, i) => i !== index))}>
            {t('caseAuthor.removeReference', { number: index + 1 })}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...references, { title: '', url: '' }])}>
        {t('caseAuthor.addReference')}
      </button>
    </Section>
  )
}
