/**
 * Parts of the window loaded the first time they are shown, not with the window: the first
 * chunk stays small (the lean-bundles issue; test/unit/bundles.test.ts), and what only some
 * users open — the HS finder and its nomenclature, the spreadsheet import, the packet dialog,
 * restoring backups, trainee mode, case authoring — comes from disk when asked for. Mount such a
 * part only while it is shown (a dialog while it is open), or it is loaded at start after all.
 */
import { lazy, Suspense, type ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import './lazy-part.css'

export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  const Part = lazy(async () => ({ default: await load() }))
  return function LazyPart(props: P) {
    return (
      <Suspense fallback={<PartLoading />}>
        <Part {...props} />
      </Suspense>
    )
  }
}

/**
 * Said only when the loading lasts long enough to be seen (lazy-part.css delays it): from the
 * app's own files it usually does not. Out of the layout, so nothing moves while it shows.
 */
function PartLoading() {
  const { t } = useTranslation()
  return (
    <p className="part-loading" role="status">
      {t('app.loadingPart')}
    </p>
  )
}
