/**
 * What reading a tariff file found: how many lines it has, the line taken for the column titles,
 * the codes given back their leading zero, and every refused line with its reason — counted by
 * reason, and listed (the first few hundred) with line numbers.
 */
import { useTranslation } from 'react-i18next'
import type { RefusalReason, TariffRead } from '../../../shared/import/national-tariff'

/** Refused lines listed one by one; the counts by reason cover the rest. */
const LISTED = 200

export function TariffReport({ read, file }: { read: TariffRead; file: string }) {
  const { t } = useTranslation()
  const byReason = new Map<RefusalReason, number>()
  for (const { reason } of read.refused) byReason.set(reason, (byReason.get(reason) ?? 0) + 1)
  return (
    <div className="tariff-report">
      <p>{t('hsFinder.tariffs.read', { count: read.lines.length, file })}</p>
      {read.header !== undefined && <p>{t('hsFinder.tariffs.header', { line: read.header })}</p>}
      {read.restored > 0 && <p>{t('hsFinder.tariffs.restored', { count: read.restored })}</p>}
      {read.refused.length > 0 && (
        <>
          <p>{t('hsFinder.tariffs.refused', { count: read.refused.length })}</p>
          <ul className="tariff-reasons">
            {[...byReason].map(([reason, count]) => (
              <li key={reason}>
                {t('hsFinder.tariffs.kind', {
                  kind: t(`hsFinder.tariffs.kinds.${reason}`),
                  number: count,
                })}
              </li>
            ))}
          </ul>
          <ul className="findings tariff-refusals">
            {read.refused.slice(0, LISTED).map(({ line, reason, values }) => (
              <li key={line} className="finding finding--warning" data-line={line}>
                {t('hsFinder.tariffs.line', {
                  line,
                  reason: t(`hsFinder.tariffs.reasons.${reason}`, { ...values, line }),
                })}
              </li>
            ))}
          </ul>
          {read.refused.length > LISTED && (
            <p>{t('hsFinder.tariffs.more', { count: read.refused.length - LISTED })}</p>
          )}
        </>
      )}
    </div>
  )
}
