/// <reference types="vite/client" />
/**
 * The cases shipped with the app (src/shared/training/cases): bundled as text, each a chunk of
 * its own, loaded and read the first time the training view needs them. They are not stored in
 * the workspace: a new release brings its cases with it.
 */
import type { Case } from '../../../shared/training/case'
import { readCaseText } from '../../../shared/training/read-case'

const FILES = import.meta.glob<string>('../../../shared/training/cases/*.tdcase.json', {
  query: '?raw',
  import: 'default',
})

let loaded: Promise<readonly Case[]> | null = null

async function readAll(): Promise<readonly Case[]> {
  const names = Object.keys(FILES).sort()
  const texts = await Promise.all(names.map((name) => FILES[name]!()))
  const cases: Case[] = []
  texts.forEach((text, index) => {
    const name = names[index]!.split('/').pop()!
    const read = readCaseText(name, text, text.length)
    // The shipped cases are tested (every answer valid); one that is not is left out, loudly.
    if (read.ok) cases.push(read.case)
    else console.error(read.message)
  })
  return cases
}

/** The shipped cases, read once. */
export function shippedCases(): Promise<readonly Case[]> {
  loaded ??= readAll().catch((error: unknown) => {
    loaded = null // a chunk that failed to load is asked for again next time
    throw error
  })
  return loaded
}
