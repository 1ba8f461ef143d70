/**
 * The national tariffs, inside the HS finder: those imported (each can be removed), and an
 * import — a CSV file chosen, read, reviewed with its report and a name, then written in one
 * transaction (a tariff of the same name is replaced: a new edition).
 */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  likelyTariff,
  readNationalTariff,
  type TariffRead,
} from '../../../shared/import/national-tariff'
import { tariffText } from '../../../shared/import/national-tariff-text'
import { localDate } from '../../../shared/dates'
import { FileButton } from '../../components/MenuButton'
import { ProblemAlert } from '../../components/ProblemAlert'
import type { NationalTariffRow } from '../../db/schema'
import { displayLocale, problemText } from '../../i18n'
import { nationalTariffs } from './national-tariffs'
import { TariffReport } from './TariffReport'

interface Reviewed {
  file: string
  read: TariffRead
  name: string
}

export function TariffsPanel({ tariffs }: { tariffs: readonly NationalTariffRow[] | undefined }) {
  const { t } = useTranslation()
  const [pending, setPending] = useState<Reviewed | null>(null)
  const [done, setDone] = useState<Reviewed | null>(null)
  const [writing, setWriting] = useState<number | null>(null)
  const [problem, setProblem] = useState('')
  const [status, setStatus] = useState('')
  const namesId = useId()
  const when = (tariff: NationalTariffRow) =>
    new Date(tariff.importedAt).toLocaleDateString(displayLocale())

  const choose = async (file: File) => {
    setProblem('')
    setStatus('')
    setDone(null)
    const { text } = tariffText(new Uint8Array(await file.arrayBuffer()))
    const read = readNationalTariff(text, localDate(new Date()))
    if ('error' in read) return setProblem(t(`hsFinder.tariffs.${read.error}`, { file: file.name }))
    const likely = likelyTariff(read)
    setPending({ file: file.name, read, name: likely ? t(`hsFinder.tariffs.${likely}`) : '' })
  }

  const write = async (chosen: Reviewed) => {
    setWriting(0)
    try {
      await nationalTariffs.importTariff(chosen.name, chosen.file, chosen.read.lines, setWriting)
      setPending(null)
      setDone(chosen)
    } catch (error) {
      setProblem(t('hsFinder.tariffs.failed', { reason: problemText(error) }))
    } finally {
      setWriting(null)
    }
  }

  const remove = async (tariff: NationalTariffRow) => {
    setProblem('')
    try {
      await nationalTariffs.remove(tariff.id)
      setStatus(t('hsFinder.tariffs.removed', { name: tariff.name }))
    } catch (error) {
      setProblem(t('hsFinder.tariffs.failed', { reason: problemText(error) }))
    }
  }

  const replaced = pending && tariffs?.find((tariff) => tariff.name === pending.name.trim())
  return (
    <section className="tariffs" aria-label={t('hsFinder.tariffs.title')}>
      <p className="tariffs-intro">{t('hsFinder.tariffs.intro')}</p>
      {tariffs?.length === 0 && <p>{t('hsFinder.tariffs.none')}</p>}
      <ul className="tariffs-list">
        {tariffs?.map((tariff) => (
          <li key={tariff.id}>
            <span>
              {t('hsFinder.tariffs.item', {
                name: tariff.name,
                count: tariff.lineCount,
                date: when(tariff),
                file: tariff.fileName,
              })}
            </span>
            <button
              type="button"
              aria-label={t('hsFinder.tariffs.removeLabel', { name: tariff.name })}
              onClick={() => void remove(tariff)}
            >
              {t('hsFinder.tariffs.remove')}
            </button>
          </li>
        ))}
      </ul>
      <p role="status">{status}</p>
      {!pending && (
        <div className="legend-actions">
          <FileButton
            label={t('hsFinder.tariffs.import')}
            accept=".csv,.txt,text/csv,text/plain"
            onFiles={([file]) => file && void choose(file)}
          />
        </div>
      )}
      <ProblemAlert problem={problem} />
      {pending && (
        <div className="library-pending" role="group" aria-label={t('hsFinder.tariffs.review')}>
          <TariffReport read={pending.read} file={pending.file} />
          <label className="tariffs-name">
            {t('hsFinder.tariffs.name')}
            <input
              list={namesId}
              value={pending.name}
              onChange={(e) => setPending({ ...pending, name: e.currentTarget.value })}
            />
            <datalist id={namesId}>
              <option value={t('hsFinder.tariffs.eaeu')} />
              <option value={t('hsFinder.tariffs.pct')} />
            </datalist>
          </label>
          {replaced && (
            <p>{t('hsFinder.tariffs.replaces', { name: replaced.name, date: when(replaced) })}</p>
          )}
          {writing !== null && <progress max={pending.read.lines.length} value={writing} />}
          <div className="dialog-actions">
            <button type="button" disabled={writing !== null} onClick={() => setPending(null)}>
              {t('hsFinder.tariffs.cancel')}
            </button>
            <button
              type="button"
              className="primary"
              disabled={
                writing !== null || pending.read.lines.length === 0 || pending.name.trim() === ''
              }
              onClick={() => void write(pending)}
            >
              {t('hsFinder.tariffs.confirm', { count: pending.read.lines.length })}
            </button>
          </div>
        </div>
      )}
      {done && (
        <div className="library-pending" role="group" aria-label={t('hsFinder.tariffs.report')}>
          <p role="status">
            {t('hsFinder.tariffs.done', { count: done.read.lines.length, name: done.name.trim() })}
          </p>
          <TariffReport read={done.read} file={done.file} />
          <div className="dialog-actions">
            <button type="button" onClick={() => setDone(null)}>
              {t('hsFinder.tariffs.close')}
            </button>
          </div>
        </div>
      )}
    </section>
  )
}
