/**
 * A case's Markdown (brief, source papers) rendered: GitHub-flavoured, so the papers' tables
 * render as tables. Rendered as React elements only — raw HTML in the text is dropped, images are not
 * loaded (a case file is offline data, the CSP allows none from outside), and a link opens
 * outside the app only when it is https (the desktop asks first; hardening.ts).
 */
import type { ComponentProps } from 'react'
import ReactMarkdown from 'react-markdown'
import remarkGfm from 'remark-gfm'

const PLUGINS = [remarkGfm]

function Link({ href, children }: ComponentProps<'a'>) {
  if (!href?.startsWith('https://')) return <>{children}</>
  return (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {children}
    </a>
  )
}

function Table(props: ComponentProps<'table'>) {
  // A wide paper scrolls on its own, not the whole pane.
  return (
    <div className="markdown-table">
      <table>{props.children}</table>
    </div>
  )
}

const COMPONENTS = { a: Link, table: Table }

export default function MarkdownView({ text }: { text: string }) {
  return (
    <div className="markdown" dir="auto">
      <ReactMarkdown
        remarkPlugins={PLUGINS}
        components={COMPONENTS}
        skipHtml
        disallowedElements={['img']}
        unwrapDisallowed
      >
        {text}
      </ReactMarkdown>
    </div>
  )
}
