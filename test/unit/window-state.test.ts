import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  DEFAULT_SIZE,
  loadWindowState,
  MIN_SIZE,
  restorableBounds,
  saveWindowState,
  type Rectangle,
} from '../../src/main/core/window-state'

const primary: Rectangle = { x: 0, y: 0, width: 1920, height: 1040 }
const secondary: Rectangle = { x: 1920, y: 0, width: 2560, height: 1400 }

describe('restorableBounds', () => {
  it('has nothing to restore without saved bounds', () => {
    expect(restorableBounds(undefined, [primary])).toBeUndefined()
  })

  it('keeps bounds that are on screen', () => {
    const saved = { x: 100, y: 80, width: 1280, height: 820 }
    expect(restorableBounds(saved, [primary])).toEqual(saved)
  })

  it('keeps bounds on a second display', () => {
    const saved = { x: 2200, y: 100, width: 1400, height: 900 }
    expect(restorableBounds(saved, [primary, secondary])).toEqual(saved)
  })

  it('drops bounds on a display that was unplugged', () => {
    const saved = { x: 2200, y: 100, width: 1400, height: 900 }
    expect(restorableBounds(saved, [primary])).toBeUndefined()
  })

  it('drops bounds whose title bar is off every screen', () => {
    expect(
      restorableBounds({ x: -5000, y: 0, width: 1280, height: 820 }, [primary]),
    ).toBeUndefined()
    expect(
      restorableBounds({ x: 100, y: 5000, width: 1280, height: 820 }, [primary]),
    ).toBeUndefined()
    // Only the body shows: the title bar is above the screen.
    expect(
      restorableBounds({ x: 100, y: -400, width: 1280, height: 820 }, [primary]),
    ).toBeUndefined()
    expect(restorableBounds({ x: 0, y: 0, width: 1280, height: 820 }, [])).toBeUndefined()
  })

  it('keeps a window whose title bar shows 100×50 px at a corner, not less', () => {
    const corner = { x: primary.width - 100, y: 0, width: 1280, height: 820 }
    expect(restorableBounds(corner, [primary])).toEqual(corner)
    const sliver = { x: primary.width - 99, y: 0, width: 1280, height: 820 }
    expect(restorableBounds(sliver, [primary])).toBeUndefined()
  })

  it('clamps to the minimum size and rounds to whole pixels', () => {
    expect(restorableBounds({ x: 10.4, y: 20.6, width: 300, height: 200 }, [primary])).toEqual({
      x: 10,
      y: 21,
      width: MIN_SIZE.width,
      height: MIN_SIZE.height,
    })
    expect(restorableBounds({ x: 0, y: 0, width: 1000.5, height: 700.4 }, [primary])).toEqual({
      x: 0,
      y: 0,
      width: 1001,
      height: 700,
    })
  })

  it('drops bounds that are not numbers at all', () => {
    expect(restorableBounds({ x: NaN, y: 0, width: 1280, height: 820 }, [primary])).toBeUndefined()
  })

  it('has a default size at least the minimum', () => {
    expect(DEFAULT_SIZE.width).toBeGreaterThanOrEqual(MIN_SIZE.width)
    expect(DEFAULT_SIZE.height).toBeGreaterThanOrEqual(MIN_SIZE.height)
  })
})

describe('loadWindowState / saveWindowState', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'transitdesk-window-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('round-trips the state and leaves no temp file behind', async () => {
    const file = join(dir, 'window-state.json')
    const state = { bounds: { x: 12, y: 34, width: 1300, height: 900 }, maximized: true }
    await saveWindowState(file, state)
    expect(await loadWindowState(file)).toEqual(state)
    expect(await readdir(dir)).toEqual(['window-state.json'])
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(state)
  })

  it('overwrites an earlier state', async () => {
    const file = join(dir, 'window-state.json')
    await saveWindowState(file, { bounds: { x: 1, y: 1, width: 1, height: 1 }, maximized: false })
    const next = { bounds: { x: 2, y: 2, width: 2000, height: 1000 }, maximized: true }
    await saveWindowState(file, next)
    expect(await loadWindowState(file)).toEqual(next)
  })

  it('answers null for a missing file', async () => {
    expect(await loadWindowState(join(dir, 'none.json'))).toBeNull()
  })

  it.each([
    ['not JSON', '{"bounds": {'],
    ['empty', ''],
    ['wrong shape', '{"x":1}'],
    ['wrong types', '{"bounds":{"x":"1","y":0,"width":1,"height":1},"maximized":false}'],
    ['missing maximized', '{"bounds":{"x":1,"y":0,"width":1,"height":1}}'],
    ['infinite numbers', '{"bounds":{"x":1e999,"y":0,"width":1,"height":1},"maximized":false}'],
    ['an array', '[]'],
    ['null', 'null'],
  ])('answers null for a corrupt file (%s)', async (_kind, text) => {
    const file = join(dir, 'window-state.json')
    await writeFile(file, text)
    expect(await loadWindowState(file)).toBeNull()
  })

  it('answers null when the path is a folder', async () => {
    expect(await loadWindowState(dir)).toBeNull()
  })
})
