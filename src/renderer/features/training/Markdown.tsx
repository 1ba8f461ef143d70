/**
 * A case's Markdown (brief, source papers). The renderer (markdown-view.tsx, with its Markdown
 * and table parsers) loads the first time a case is shown, not with the window: only trainees
 * need it. Until it is there the text shows as it is written.
 */
import { lazy, Suspense } from 'react'

const MarkdownView = lazy(() => import('./markdown-view'))

export function Markdown({ text }: { text: string }) {
  return (
    <Suspense fallback={<div className="markdown markdown--plain">{text}</div>}>
      <MarkdownView text={text} />
    </Suspense>
  )
}
