/**
 * What the end-to-end tests do the way a user does it: open the app, create, import, type,
 * export. Selectors follow the UI code: every editor input has the id `field:<JSON pointer>`.
 */
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest'
import { localDate } from '../../src/shared/dates'
import { AppPages, installClock, launchBrowser } from './browser'

export { installClock }

/** The shared sample files: /work/shared/samples locally, `shared/` beside the clone in CI. */
export const SAMPLES_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../shared/samples',
)
export const VALID_SAMPLES = [
  'tir-almaty-karachi.json',
  'eaeu-minsk-almaty.json',
  'national-karachi-kabul.json',
  't1-poti-istanbul.json',
]
export const BAD_SAMPLES = [
  'bad-container-check.json',
  'bad-holder-bin.json',
  'bad-hs-code.json',
  'bad-net-over-gross.json',
  'bad-routing-end.json',
]
export const UNREADABLE_SAMPLE = 'unreadable-not-json.json'
export const TIR_LRN = 'KZ-ALA-2026-0117'

export const samplePath = (name: string): string => resolve(SAMPLES_DIR, name)
export const sampleText = (name: string): string => readFileSync(samplePath(name), 'utf8')

/** A file made in the test, handed to the file chooser as if it were on disk. */
export interface FilePayload {
  name: string
  mimeType: string
  buffer: Buffer
}
/** A path on disk or a file made in the test. */
export type FileToImport = string | FilePayload

export function fileFrom(name: string, content: string | Buffer): FilePayload {
  return {
    name,
    mimeType: 'application/json',
    buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
  }
}

export const jsonFile = (name: string, value: unknown): FilePayload =>
  fileFrom(name, JSON.stringify(value, null, 2))

// ---------------------------------------------------------------------------------------------
// One browser context per test file, one page over an empty workspace per test.

export interface AppHandle {
  readonly page: Page
  readonly context: BrowserContext
}

/**
 * Registers the hooks of a test file: each test gets a page of its own with the app open over
 * an empty workspace and its list read (see AppPages in browser.ts), and fails if the page threw
 * an uncaught error.
 */
export function useApp(): AppHandle {
  let browser: Browser
  let pages: AppPages
  let current: { context: BrowserContext; page: Page } | null = null
  let errors: string[] = []
  beforeAll(async () => {
    browser = await launchBrowser()
    pages = new AppPages(browser)
  })
  afterAll(async () => {
    await pages?.close()
    await browser?.close()
  })
  beforeEach(async () => {
    current = await pages.take()
    errors = []
    current.page.on('pageerror', (error) => errors.push(error.message))
    await current.page.goto(inject('baseUrl'))
    await waitForList(current.page)
  })
  afterEach(async () => {
    current = null
    await pages.reset()
    expect(errors, 'uncaught errors in the page').toEqual([])
  })
  return {
    get page() {
      if (!current) throw new Error('The app is only open inside a test.')
      return current.page
    },
    get context() {
      if (!current) throw new Error('The app is only open inside a test.')
      return current.context
    },
  }
}

/** Waits until the list has read the database (after opening or reloading the page). */
export async function waitForList(page: Page): Promise<void> {
  await page.locator('.list-status[data-total]').waitFor()
}

/**
 * Waits until what is shown has been drawn as the user sees it: a part loaded on demand is
 * there (not its "Loading…"), the fonts its letters asked for have come, and two frames have
 * been painted since.
 */
export async function drawn(page: Page): Promise<void> {
  await page.locator('.part-loading').waitFor({ state: 'detached' })
  await page.evaluate(async () => {
    document.body.getBoundingClientRect() // lays out the new text, which starts its fonts loading
    await document.fonts.ready
    for (let frame = 0; frame < 2; frame++) await new Promise(requestAnimationFrame)
  })
}

/** Reloads the page the way a user does, and waits for the list. */
export async function reload(page: Page): Promise<void> {
  await page.reload()
  await waitForList(page)
}

// ---------------------------------------------------------------------------------------------
// The app's timers, on Playwright's fake clock (installClock, in browser.ts): a test says when
// they fire instead of waiting for them.

/**
 * Stops the clock (of every page of the context), a second ahead of now: no timer of the app —
 * an autosave's pause, a debounce — fires until the test calls `runFor`, or `resume`.
 */
export async function pauseClock(page: Page): Promise<void> {
  const now = await page.evaluate(() => Date.now())
  // Ahead, not at now: the clock may not be set back, and it runs on while we ask.
  await page.clock.pauseAt(now + 1000)
}

/**
 * How far the clock jumps to bring the start-up backup forward: past its delay after start
 * (START_BACKUP_DELAY_MS, 10 s, in src/renderer/features/backup/backup-commands.ts) and the
 * quiet moment it waits for, and well short of the next periodic backup (15 minutes).
 */
const START_UP_BACKUP_JUMP_MS = 60_000

/**
 * Reloads, and lets the start-up backup begin at once instead of after its delay: the clock
 * jumps ahead once the list is there. The backup itself is made in its worker, in real time:
 * wait for its file or its notice as before.
 */
export async function reloadForStartUpBackup(page: Page): Promise<void> {
  await installClock(page)
  await reload(page)
  await page.clock.fastForward(START_UP_BACKUP_JUMP_MS)
}

// ---------------------------------------------------------------------------------------------
// The list.

const COUNT_TEXT = (n: number) => `${n} declaration${n === 1 ? '' : 's'}`

/** Waits until the list says it holds `n` declarations ("8 declarations"). */
export async function expectCount(page: Page, n: number): Promise<void> {
  await expect
    .poll(() => page.locator('.list-status').textContent(), { timeout: 5000 })
    .toBe(COUNT_TEXT(n))
}

/** The LRNs of the rows the list shows, in order. */
export async function listedLrns(page: Page): Promise<string[]> {
  return page
    .getByRole('listbox', { name: 'Declarations' })
    .getByRole('option')
    .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset['lrn'] ?? ''))
}

/** Waits until the list shows exactly these LRNs (in any order). */
export async function expectListed(page: Page, lrns: string[]): Promise<void> {
  await expect
    .poll(async () => (await listedLrns(page)).sort(), { timeout: 5000 })
    .toEqual([...lrns].sort())
}

export function listRow(page: Page, lrn: string): Locator {
  return page.locator(`[role="option"][data-lrn="${lrn}"]`)
}

/** Clicks the declaration's row and waits for its editor. */
export async function openDeclaration(page: Page, lrn: string): Promise<void> {
  await listRow(page, lrn).click()
  await expect.poll(() => editorHeading(page).textContent(), { timeout: 5000 }).toBe(lrn)
  await field(page, '/lrn').waitFor()
}

export async function search(page: Page, text: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Search declarations' })
  await box.clear()
  await box.pressSequentially(text)
}

/** The view switch: "Declarations (n)", "Trash (n)" or "Training". */
export const declarationsView = (page: Page) =>
  page.getByRole('group', { name: 'Declarations, trash or training' }).getByRole('button').nth(0)
export const trashView = (page: Page) =>
  page.getByRole('group', { name: 'Declarations, trash or training' }).getByRole('button').nth(1)

// ---------------------------------------------------------------------------------------------
// Creating, importing and exporting.

/** New ▸ `entry` ("Blank declaration", "Sample: TIR, Almaty → Karachi" …); waits for the editor. */
export async function createNew(page: Page, entry: string): Promise<void> {
  await page.locator('header.app-bar summary', { hasText: 'New' }).click()
  await page.getByRole('menuitem', { name: entry }).click()
  await field(page, '/lrn').waitFor()
}

/** Clicks Import…, and gives the file chooser these files (paths or payloads), all at once. */
export async function importFiles(page: Page, files: FileToImport[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.locator('header.app-bar').getByRole('button', { name: 'Import…' }).click()
  await (await chooser).setFiles(files as string[] | FilePayload[])
}

export const importReport = (page: Page): Locator =>
  page.getByRole('dialog', { name: 'Import', exact: true })

/** The report's line for one file. */
export const reportEntry = (page: Page, fileName: string): Locator =>
  importReport(page).locator(`li.outcome[data-file="${fileName}"]`)

export async function outcomeOf(page: Page, fileName: string): Promise<string> {
  const className = (await reportEntry(page, fileName).getAttribute('class')) ?? ''
  return /outcome--(\w+)/.exec(className)?.[1] ?? ''
}

export async function closeImportReport(page: Page): Promise<void> {
  await importReport(page).getByRole('button', { name: 'Close' }).click()
  await importReport(page).waitFor({ state: 'detached' })
}

/** Imports files that raise no conflict, and closes the report. */
export async function importAndClose(page: Page, files: FileToImport[]): Promise<void> {
  await importFiles(page, files)
  await importReport(page).waitFor()
  await closeImportReport(page)
}

export const conflictDialog = (page: Page): Locator =>
  page.getByRole('dialog', { name: 'This LRN already exists' })

const CONFLICT_BUTTONS = {
  replace: 'Replace the existing one',
  'keep-both': 'Keep both (new LRN)',
  skip: 'Skip this file',
} as const

export async function resolveConflict(
  page: Page,
  choice: keyof typeof CONFLICT_BUTTONS,
  options: { applyToAll?: boolean } = {},
): Promise<void> {
  const dialog = conflictDialog(page)
  await dialog.waitFor()
  if (options.applyToAll) await dialog.getByRole('checkbox').check()
  await dialog.getByRole('button', { name: CONFLICT_BUTTONS[choice] }).click()
  await dialog.waitFor({ state: 'detached' })
}

/** Exports the declaration in the editor with Export…, and returns the downloaded file. */
export async function exportOpenDeclaration(page: Page): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download')
  await editor(page).getByRole('button', { name: 'Export…' }).click()
  const file = await download
  // A stream, not path(): the browser is connected to over the network, not launched here.
  const chunks: Buffer[] = []
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer)
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') }
}

// ---------------------------------------------------------------------------------------------
// The editor.

export const editor = (page: Page): Locator => page.locator('section.editor')
export const editorHeading = (page: Page): Locator => page.locator('.editor-header h2')

/** The input bound to a JSON pointer, e.g. `/holder/name`. */
export const field = (page: Page, pointer: string): Locator =>
  page.locator(`[id="field:${pointer}"]`)

/** Opens a section of the editor by (part of) its tab's name: "Parties", "Consignments" … */
export async function openSection(page: Page, name: string): Promise<void> {
  const tab = editor(page).getByRole('tab', { name })
  await tab.click()
  await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true')
}

/** Clears an input, then types into it key by key. */
export async function typeInto(page: Page, pointer: string, text: string): Promise<void> {
  const input = field(page, pointer)
  await input.clear()
  await input.pressSequentially(text)
}

/** Waits until the input bound to `pointer` shows `value`. */
export async function expectValue(page: Page, pointer: string, value: string): Promise<void> {
  await expect.poll(() => field(page, pointer).inputValue(), { timeout: 5000 }).toBe(value)
}

/** Waits for "All changes saved" after an edit. */
export async function waitSaved(page: Page): Promise<void> {
  await editor(page).locator('[data-save-state="saved"]').waitFor()
}

/** The sequence numbers and descriptions of the items table, row by row. */
export async function itemRows(page: Page): Promise<{ sequence: string; description: string }[]> {
  return editor(page)
    .locator('[role="row"][data-row]')
    .evaluateAll((rows) =>
      rows
        .map((row) => ({
          index: Number((row as HTMLElement).dataset['row']),
          sequence: row.querySelector('.col-sequence')?.textContent?.trim() ?? '',
          description: row.querySelector<HTMLInputElement>('.col-description input')?.value ?? '',
        }))
        .sort((a, b) => a.index - b.index)
        .map(({ sequence, description }) => ({ sequence, description })),
    )
}

/** Waits until the items table shows these descriptions, numbered 1…n. */
export async function expectItems(page: Page, descriptions: string[]): Promise<void> {
  await expect
    .poll(() => itemRows(page), { timeout: 5000 })
    .toEqual(descriptions.map((description, i) => ({ sequence: String(i + 1), description })))
}

/** Today's date as the app writes it: the local date (browser and tests share this machine). */
export const today = (): string => localDate(new Date())

// ---------------------------------------------------------------------------------------------
// The movement tab.

/** The movement tab's panel (open it first with openSection(page, 'Movement')). */
export const movementPanel = (page: Page): Locator => page.locator('.movement-panel')

/**
 * Records a step from the movement tab: its button, then the dialog of the same name, filled in
 * by `fill` (the MRN, seals …), then Record.
 */
export async function recordStep(
  page: Page,
  action: string,
  fill?: (dialog: Locator) => Promise<void>,
): Promise<void> {
  await movementPanel(page).getByRole('button', { name: action, exact: true }).click()
  const dialog = page.getByRole('dialog', { name: action })
  await fill?.(dialog)
  await dialog.getByRole('button', { name: 'Record' }).click()
  await dialog.waitFor({ state: 'detached' })
}
