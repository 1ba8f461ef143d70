/**
 * The built renderers (out/web and out/renderer, made by `npm run build` before the unit tests)
 * each hold only their own platform, chosen at build time (src/renderer/platform/edition.ts and
 * edition.desktop.ts), and load at most 1 MB of JavaScript at start: the rest comes when first
 * used (components/lazy-part.tsx). Sizes in detail: `npx tsx bench/bundles.ts`.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import {
  EDITIONS,
  FIRST_LOAD_TARGET_BYTES,
  marksMissing,
  otherEdition,
  readBuiltRenderer,
  totalBytes,
  type BuiltRenderer,
} from '../fixtures/built-bundles'

describe.each(EDITIONS)('the built %s renderer', (edition) => {
  let built: BuiltRenderer
  beforeAll(() => {
    built = readBuiltRenderer(edition)
  })

  it('holds its own platform (the marks the other edition is checked for still exist)', () => {
    expect(marksMissing(built, edition), `not found in ${built.dir}`).toEqual([])
  })

  it(`holds none of the ${otherEdition(edition)} edition's platform`, () => {
    expect(built.marksFound[otherEdition(edition)], `found in ${built.dir}`).toEqual([])
  })

  it('loads at most 1 MB of JavaScript at start: the first chunks and what they import', () => {
    const files = built.firstLoad.map(({ name, bytes }) => `${name} ${bytes}`).join(', ')
    expect(totalBytes(built.firstLoad), `${built.dir}: ${files}`).toBeLessThanOrEqual(
      FIRST_LOAD_TARGET_BYTES,
    )
  })

  it('counts as the first load the chunks the build itself has loaded with index.html', () => {
    // Vite lists in index.html exactly the chunks its scripts import statically: the same set,
    // found another way, so the figure above misses no chunk and counts no lazy one.
    const scripts = built.entries.map((file) => file.name)
    const imported = built.firstLoad.map((file) => file.name).filter((n) => !scripts.includes(n))
    expect(imported.sort()).toEqual([...built.preloaded].sort())
    expect(built.firstLoad.length).toBeLessThan(built.scripts.length)
  })
})
