/**
 * The user's customs offices: search, delete, import and export as CSV, add the marked
 * examples. An import shows what it read (and each line it could not) before anything changes.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  EXAMPLE_OFFICES,
  officesFromCsv,
  officesToCsv,
  type OfficesRead,
} from '../../../shared/library/offices'
import { FileButton } from '../../components/MenuButton'
import { places } from '../../db/workspace'
import { platform } from '../../platform'
import { useUi } from '../../state/ui-store'
import { readTextFile } from './read-text-file'
import { ReviewBox } from './ReviewBox'
import { ProblemAlert } from '../../components/ProblemAlert'
import { problemText } from '../../i18n'

export function OfficesPanel({ query }: { query: string }) {
  const { t } = useTranslation()
  const notify = useUi.getState().notify
  const offices = useLiveQuery(() => places.searchOffices(query, undefined, 1000), [query])
  const [pending, setPending] = useState<(OfficesRead & { name: string }) | null>(null)
  const [problem, setProblem] = useState('')

  const choose = async (file: File) => {
    setProblem('')
    const text = await readTextFile(file)
    const read = officesFromCsv(text)
    if ('error' in read) return setProblem(`“${file.name}” cannot be imported: ${read.error}.`)
    if (read.offices.length === 0)
      return setProblem(`“${file.name}” has no office that can be imported.`)
    setPending({ ...read, name: file.name })
  }

  const exportCsv = async () => {
    try {
      const all = await places.allOffices()
      if (await platform.saveCsvFile('customs-offices.csv', officesToCsv(all)))
        notify('success', t('library.offices.exported', { count: all.length }))
    } catch (error) {
      notify('error', problemText(error))
    }
  }

  return (
    <>
      <div className="legend-actions">
        <FileButton
          label={t('library.offices.import')}
          accept=".csv,text/csv"
          onFiles={([file]) => void choose(file!)}
        />
        <button type="button" onClick={() => void exportCsv()}>
          {t('library.offices.export')}
        </button>
        <button
          type="button"
          onClick={() =>
            void places
              .importOffices(EXAMPLE_OFFICES)
              .then(() => notify('info', t('library.offices.examplesAdded')))
          }
        >
          {t('library.offices.addExamples')}
        </button>
      </div>
      <ProblemAlert problem={problem} />
      {pending && (
        <ReviewBox
          label={t('library.offices.review')}
          summary={
            <p>
              {t('library.offices.read', { count: pending.offices.length, name: pending.name })}
            </p>
          }
          problems={pending.problems}
          confirm={t('library.offices.confirm', { count: pending.offices.length })}
          onCancel={() => setPending(null)}
          onConfirm={() =>
            void places.importOffices(pending.offices).then(({ added, replaced }) => {
              setPending(null)
              notify('success', t('library.offices.imported', { added, replaced }))
            })
          }
        />
      )}
      <ul className="library-list" aria-label={t('library.offices.title')}>
        {offices?.map((o) => (
          <li key={o.id}>
            <span className="picker-primary">
              {o.reference} — {o.name}
            </span>
            <span className="picker-secondary">
              {[o.country, o.roles.join(', '), o.example ? t('library.offices.example') : '']
                .filter(Boolean)
                .join(' · ')}
            </span>
            <span className="library-row-actions">
              <button
                type="button"
                className="danger"
                aria-label={`${t('library.delete')} ${o.reference}`}
                onClick={() => void places.deleteOffice(o.id)}
              >
                {t('library.delete')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </>
  )
}
