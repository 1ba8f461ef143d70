/**
 * The list's query, and its first page read as the window starts (main.tsx): beside the loading
 * of the app's code and its first render, instead of after the list has mounted, so that the
 * first rows are there for the first screen. The list shows that page until its own live query
 * answers (DeclarationList), and never after: a later view reads afresh.
 */
import { useSyncExternalStore } from 'react'
import type { ListPage, ListQuery, SortKey } from '../../db/declarations'
import { declarations } from '../../db/workspace'

/** What the list's query is made of: the view, the search, the filters, the sort, the length. */
export interface ListView {
  showTrash: boolean
  search: string
  procedure: string
  status: string
  sort: SortKey
  pageSize: number
}

export function listQueryOf(view: ListView): ListQuery {
  return {
    trashed: view.showTrash,
    search: view.search,
    procedure: view.procedure,
    status: view.status as ListQuery['status'],
    sort: view.sort,
    limit: view.pageSize,
  }
}

let early: { key: string; page?: ListPage } | null = null
const listeners = new Set<() => void>()
const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Reads the first page of the list at start (the database may still be opening: it waits). */
export function readFirstPage(view: ListView): void {
  const entry: { key: string; page?: ListPage } = { key: JSON.stringify(listQueryOf(view)) }
  early = entry
  declarations.list(listQueryOf(view)).then(
    (page) => {
      entry.page = page
      for (const listener of listeners) listener()
    },
    () => undefined, // the list's own query meets the same failure and says so
  )
}

/** The page read at start for this query, once it is there and until `forgetFirstPage`. */
export function useFirstPage(query: ListQuery): ListPage | undefined {
  const key = JSON.stringify(query)
  return useSyncExternalStore(subscribe, () => (early?.key === key ? early.page : undefined))
}

/** The list's live query has answered: the page read at start is out of date from now on. */
export function forgetFirstPage(): void {
  early = null
}
