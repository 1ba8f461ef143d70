/**
 * UN/LOCODE places: how many are imported, an import of the official CSV release (one or more
 * of its CodeListPart files) reviewed before it is written in one transaction, and a look-up.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { locodesFromCsv, type Locode } from '../../../shared/library/locodes'
import { FileButton } from '../../components/MenuButton'
import { places } from '../../db/workspace'
import { useUi } from '../../state/ui-store'
import { readTextFile } from './read-text-file'
import { ReviewBox } from './ReviewBox'
import { ProblemAlert } from '../../components/ProblemAlert'
import { problemText } from '../../i18n'

interface Pending {
  places: Locode[]
  files: string[]
  skipped: number
  malformed: number
  problems: string[]
}

export function PlacesPanel({ query }: { query: string }) {
  const { t } = useTranslation()
  const notify = useUi.getState().notify
  const count = useLiveQuery(() => places.countLocodes(), [])
  const found = useLiveQuery(
    () => (query.trim() ? places.searchLocodes(query, undefined, 100) : Promise.resolve([])),
    [query],
  )
  const [pending, setPending] = useState<Pending | null>(null)
  const [problem, setProblem] = useState('')
  const [writing, setWriting] = useState<number | null>(null)

  const choose = async (files: File[]) => {
    setProblem('')
    const all: Pending = { places: [], files: [], skipped: 0, malformed: 0, problems: [] }
    for (const file of files) {
      const read = locodesFromCsv(await readTextFile(file))
      if ('error' in read) return setProblem(`“${file.name}” ${read.error}.`)
      all.places.push(...read.places)
      all.files.push(file.name)
      all.skipped += read.skipped
      all.malformed += read.malformed
      all.problems.push(...read.problems.map((p) => `${file.name}: ${p}`))
    }
    setPending(all)
  }

  const write = async (chosen: Pending) => {
    setWriting(0)
    try {
      await places.importLocodes(chosen.places, setWriting)
      notify('success', t('library.places.imported', { count: chosen.places.length }))
      setPending(null)
    } catch (error) {
      setProblem(t('library.places.failed', { reason: problemText(error) }))
    } finally {
      setWriting(null)
    }
  }

  return (
    <>
      <p role="status">
        {count === undefined
          ? ''
          : count === 0
            ? t('library.places.none')
            : t('library.places.count', { count })}
      </p>
      <div className="legend-actions">
        <FileButton
          label={t('library.places.import')}
          accept=".csv,text/csv"
          multiple
          onFiles={(files) => void choose(files)}
        />
      </div>
      <ProblemAlert problem={problem} />
      {pending && (
        <ReviewBox
          label={t('library.places.review')}
          summary={
            <>
              <p>
                {t('library.places.read', {
                  count: pending.places.length,
                  files: pending.files.join(', '),
                  skipped: pending.skipped,
                })}
              </p>
              {pending.malformed > 0 && (
                <p>{t('library.places.malformed', { count: pending.malformed })}</p>
              )}
            </>
          }
          problems={pending.problems}
          confirm={t('library.places.confirm', { count: pending.places.length })}
          busy={writing !== null}
          onCancel={() => setPending(null)}
          onConfirm={() => void write(pending)}
        >
          {writing !== null && <progress max={pending.places.length} value={writing} />}
        </ReviewBox>
      )}
      <ul className="library-list" aria-label={t('library.places.title')}>
        {found?.map((p) => (
          <li key={p.code}>
            <span className="picker-primary">
              {p.code} — {p.name}
            </span>
            <span className="picker-secondary">
              {[p.country, p.subdivision ?? '', p.functions ?? ''].filter(Boolean).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </>
  )
}
