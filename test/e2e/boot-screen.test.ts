/**
 * The window's first screen (issue 20): an upgrade of a large version-6 workspace shows the boot
 * screen with its progress from the app's first frame, in the user's language, then the list
 * with every declaration; an ordinary start shows the app's frame and then the list, never the
 * boot screen.
 */
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { deleteWorkspaceDatabase, openBlankPageOf } from '../fixtures/raw-workspace'
import { expectCount, useApp, waitForList } from './helpers'
import { seedVersion6 } from './seed-workspace'

const app = useApp()

/**
 * Notes, from the page's first moment, each screen the window shows in turn (the frame of
 * index.html, the boot screen, the list loading, the list), the boot screen's title and every
 * progress line it writes, however briefly each shows.
 */
function noteScreens() {
  const w = window as unknown as { screens: string[]; title: string; progress: string[] }
  w.screens = []
  w.title = ''
  w.progress = []
  new MutationObserver(() => {
    const now = document.querySelector('.list-status[data-total]')
      ? 'list'
      : document.querySelector('.list-status')
        ? 'list loading'
        : document.querySelector('.boot-screen')
          ? 'boot screen'
          : document.querySelector('.boot-frame')
            ? 'frame'
            : null
    if (now && w.screens.at(-1) !== now) w.screens.push(now)
    w.title ||= document.querySelector('.boot-title')?.textContent ?? ''
    const line = document.querySelector('#boot-progress')?.textContent
    if (line && w.progress.at(-1) !== line) w.progress.push(line)
  }).observe(document, { subtree: true, childList: true, characterData: true })
}

const noted = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { screens: string[]; title: string; progress: string[] }
    return { screens: w.screens, title: w.title, progress: w.progress }
  })

/** A version-6 workspace of `count` declarations in the app's origin, the app not open. */
async function version6Workspace(page: Page, count: number): Promise<void> {
  await openBlankPageOf(page, inject('baseUrl'))
  await deleteWorkspaceDatabase(page)
  await seedVersion6(page, count)
  await page.addInitScript(noteScreens)
}

describe('the boot screen', () => {
  it('shows how far the upgrade of a large workspace got, then the list with all of it', async () => {
    const { page } = app
    await version6Workspace(page, 500)
    await page.goto(inject('baseUrl'))
    await waitForList(page)
    await expectCount(page, 500)

    const { screens, title, progress } = await noted(page)
    expect(title).toBe('Updating your workspace…')
    // The app's first screen is the boot screen: nothing of the app before it.
    expect(screens.slice(0, 2)).toEqual(['frame', 'boot screen'])
    expect(screens.at(-1)).toBe('list')
    expect(screens.filter((s) => s === 'boot screen')).toHaveLength(1)
    // It counted its way up, and showed some of the way.
    const counts = progress.map((line) => /^Declarations: ([\d,]+) of 500$/.exec(line)?.[1])
    expect(counts).not.toContain(undefined)
    const done = counts.map((n) => Number(n!.replace(/,/g, '')))
    expect(done).toEqual([...done].sort((a, b) => a - b))
    expect(done.some((n) => n > 0 && n < 500)).toBe(true)
  })

  it('speaks the user’s language', async () => {
    const { page } = app
    await page.evaluate(() => localStorage.setItem('transitdesk.language', 'ru'))
    await version6Workspace(page, 300)
    await page.goto(inject('baseUrl'))
    await waitForList(page)
    const { title, progress } = await noted(page)
    expect(title).toBe('Обновление рабочей области…')
    expect(progress.length).toBeGreaterThan(0)
    for (const line of progress) expect(line).toMatch(/^Декларации: \d+ из 300$/)
  })

  it('is not shown on an ordinary start: the frame, then the list', async () => {
    const { page } = app
    await version6Workspace(page, 20)
    await page.goto(inject('baseUrl'))
    await waitForList(page) // upgraded now
    await page.reload()
    await waitForList(page)
    await expectCount(page, 20)
    const { screens } = await noted(page)
    expect(screens[0]).toBe('frame')
    expect(screens).not.toContain('boot screen')
    expect(screens.at(-1)).toBe('list')
  })
})
