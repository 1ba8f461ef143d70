/**
 * Trainee mode in the browser edition, as a trainee uses it: open a shipped level-1 case, read
 * its papers beside the editor, fill boxes from them, take a hint, submit to the simulated
 * customs office, see its reply on the Movement tab and the score; try again and see the
 * progress in the library — and the workspace's declarations untouched by any of it. Then a
 * case file of one's own: imported (the unreadable ones refused by name), sat as an exam with no
 * hints and no findings until submitted, accepted, released and scored.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  createNew,
  declarationsView,
  editor,
  expectCount,
  expectListed,
  field,
  importAndClose,
  jsonFile,
  fileFrom,
  movementPanel,
  openSection,
  recordStep,
  samplePath,
  TIR_LRN,
  typeInto,
  useApp,
  waitSaved,
} from './helpers'

const app = useApp()

const CASES = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/shared/training/cases')
/** A short level-1 case: a T1 of two goods items, Mersin → Tbilisi. */
const CASE_ID = 't1-mersin-tbilisi-led-lamps'
/** "Guarantee not valid": the T1 is ready; customs refuse its guarantee; the trainee amends it. */
const GUARANTEE_CASE_ID = 't1-guarantee-not-valid-istanbul-sofia'
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the case file as parsed
const shippedCase = (id = CASE_ID): any =>
  JSON.parse(readFileSync(resolve(CASES, `${id}.tdcase.json`), 'utf8'))

const trainingView = (page: Page) =>
  page.getByRole('group', { name: 'Declarations, trash or training' }).getByRole('button', {
    name: 'Training',
  })
const caseRow = (page: Page, id: string) => page.locator(`button.case-row[data-case="${id}"]`)
const sources = (page: Page) => page.locator('.attempt-sources')
const headerStatus = (page: Page) =>
  page.locator('.editor-header .status').getAttribute('data-status')
const result = (page: Page) => page.locator('.result')

async function openTrainingCase(page: Page, id: string): Promise<void> {
  await trainingView(page).click()
  await caseRow(page, id).click()
  await page.locator('.case-page h2').waitFor()
}

/** "Submit to customs", confirmed; waits until the office has answered. */
async function submit(page: Page): Promise<void> {
  await editor(page).getByRole('button', { name: 'Submit to customs' }).click()
  const dialog = page.getByRole('dialog', { name: 'Submit to customs' })
  await dialog.getByRole('button', { name: 'Submit', exact: true }).click()
  await dialog.waitFor({ state: 'detached' })
  await result(page).waitFor()
}

describe('practising a shipped case', () => {
  it('fills it from the papers, submits, reads customs’ reply and the score, tries again', async () => {
    const { page } = app
    const kase = shippedCase()
    const answer = kase.answer
    await importAndClose(page, [samplePath('tir-almaty-karachi.json')])
    await expectCount(page, 1)

    await openTrainingCase(page, CASE_ID)
    expect(await page.locator('.case-page h2').textContent()).toBe(kase.title.en)
    expect(await page.locator('.case-progress').textContent()).toBe('No attempt yet.')
    await page.getByRole('button', { name: 'Practice', exact: true }).click()

    // The split view: the brief on top, a tab per paper, its tables rendered.
    await sources(page).getByRole('tab', { name: 'Brief' }).waitFor()
    const guaranteePaper = kase.sources.findIndex((s: { kind: string }) => s.kind === 'letter')
    // A tab per paper (its kind on the tab, its title on top of it).
    await sources(page).getByRole('tab').nth(1).click()
    expect(await sources(page).locator('.source-title').textContent()).toBe(
      kase.sources[0].title.en,
    )
    expect(await sources(page).locator('.markdown table').count()).toBeGreaterThan(0)
    await sources(page)
      .getByRole('tab')
      .nth(guaranteePaper + 1)
      .click()
    const paper = (await sources(page).locator('.source-panel').textContent()) ?? ''
    expect(paper).toContain(answer.guarantee.reference)

    // Filled from the papers: the place of declaration, the guarantee's GRN and access code.
    await field(page, '/placeOfDeclaration').waitFor()
    expect(await field(page, '/procedure').inputValue()).toBe('T1')
    await typeInto(page, '/placeOfDeclaration', answer.placeOfDeclaration)
    await typeInto(page, '/guarantee/reference', answer.guarantee.reference)
    await typeInto(page, '/guarantee/accessCode', answer.guarantee.accessCode)

    // A hint: its tooltip says what it costs; it shows the case's explanation.
    const hint = editor(page).locator('[data-path="/limitDate"] button.hint-button')
    expect(await hint.getAttribute('title')).toMatch(/costs its weight \(1\)/)
    await hint.click()
    await expect
      .poll(() => editor(page).locator('[data-hint-text="/limitDate"]').textContent())
      .toBe(kase.explanations['/limitDate'].en)
    await waitSaved(page)

    // Submitted: the office rejects the unfinished declaration, naming the errors' codes.
    await submit(page)
    await expect.poll(() => headerStatus(page)).toBe('rejected')
    const rejection = movementPanel(page).locator('tr[data-event="rejected"]')
    expect(await rejection.locator('td').nth(4).textContent()).toBe('IE056')
    expect(await rejection.locator('.event-detail').textContent()).toMatch(
      /^Declaration rejected: the office’s checks found \d+ errors\. .* and places: 1[2-5] \/.*; 1[2-5] \//,
    )
    expect(await rejection.locator('td').last().textContent()).toBe('customs')

    // The result: score, not passed, each missed box with what was expected and why.
    const score = Number(await result(page).getAttribute('data-score'))
    expect(score).toBeGreaterThan(0)
    expect(score).toBeLessThan(kase.scoring.passMark)
    expect(await result(page).getAttribute('data-passed')).toBe('false')
    const missed = (pointer: string) => result(page).locator(`.missed-box[data-path="${pointer}"]`)
    expect(await missed('/placeOfDeclaration').count()).toBe(0)
    expect(await missed('/guarantee/reference').count()).toBe(0)
    expect(await missed('/limitDate').locator('.badge').textContent()).toBe('hint shown')
    expect(await missed('/limitDate').locator('.missed-expected').textContent()).toBe(
      answer.limitDate,
    )
    expect(
      await missed('/officeOfDestination/reference').locator('.missed-expected').textContent(),
    ).toBe(answer.officeOfDestination.reference)
    expect(
      await missed('/officeOfDestination/reference').locator('.missed-why').textContent(),
    ).toBe(kase.explanations['/officeOfDestination'].en)
    expect(await result(page).locator('.findings .finding--error').count()).toBeGreaterThan(0)

    // Try again: a new attempt from a blank declaration.
    await result(page).getByRole('button', { name: 'Try again' }).click()
    await expect.poll(() => field(page, '/placeOfDeclaration').inputValue()).toBe('')
    await editor(page).getByRole('button', { name: 'Back to the case' }).click()

    // Progress: on the case page and in the library.
    await expect
      .poll(() => page.locator('.case-progress').textContent())
      .toBe(`2 attempts; best score: ${score}`)
    expect(await page.locator('.case-attempts tbody tr').count()).toBe(2)
    expect(await caseRow(page, CASE_ID).locator('.case-standing').getAttribute('data-best')).toBe(
      String(score),
    )
    expect(await caseRow(page, CASE_ID).locator('.case-standing').textContent()).toContain(
      `Best score ${score} (1 submitted)`,
    )
    expect(await page.locator('.training-progress li[data-procedure="T1"]').textContent()).toMatch(
      /^T1 1 of \d+ cases? done, 0 passed$/,
    )

    // The workspace's declarations: as they were.
    await declarationsView(page).click()
    await expectCount(page, 1)
    await expectListed(page, [TIR_LRN])
  })
})

describe('a case file of one’s own', () => {
  it('is imported (bad files refused by name), sat as an exam, accepted, released and scored', async () => {
    const { page } = app
    const own = shippedCase()
    own.id = 'e2e-own-case'
    own.title = { en: 'My own T1 case' }
    own.start = own.answer // the trainee starts from the model answer: it scores 100
    delete own.customs // the office answers by its own rules
    const badAnswer = shippedCase()
    badAnswer.id = 'e2e-bad-answer'
    badAnswer.answer.lrn = 'not an LRN!'

    await trainingView(page).click()
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Import cases…' }).click()
    await (
      await chooser
    ).setFiles([
      jsonFile('own.tdcase.json', own),
      fileFrom('broken.tdcase.json', '{ "format": "transitdesk.case/1", '),
      jsonFile('bad-answer.tdcase.json', badAnswer),
      jsonFile('copy.tdcase.json', shippedCase()),
    ])
    const report = page.getByRole('dialog', { name: 'Import cases' })
    await report.waitFor()
    const line = (name: string) => report.locator(`li[data-file="${name}"]`)
    expect(await report.locator('p').first().textContent()).toBe('1 of 4 files imported.')
    expect(await line('own.tdcase.json').getAttribute('class')).toContain('outcome--imported')
    expect(await line('broken.tdcase.json').textContent()).toMatch(
      /not imported“broken\.tdcase\.json” cannot be read: it is not valid JSON/,
    )
    expect(await line('bad-answer.tdcase.json').textContent()).toMatch(
      /cannot be read: its model answer is not a valid declaration: .*not an LRN!/,
    )
    expect(await line('copy.tdcase.json').textContent()).toContain(
      `its id “${CASE_ID}” is the id of a case that comes with TransitDesk`,
    )
    await report.getByRole('button', { name: 'Close' }).click()

    // The imported case is chosen; its exam has the case's time limit.
    await expect.poll(() => page.locator('.case-page h2').textContent()).toBe('My own T1 case')
    await page.getByRole('button', { name: `Exam (${own.timeLimitMinutes} minutes)` }).click()
    await field(page, '/placeOfDeclaration').waitFor()
    await expect.poll(() => editor(page).getByRole('timer').count()).toBe(1)
    expect(await editor(page).locator('button.hint-button').count()).toBe(0)

    // No findings until submitted, whatever the checks find.
    await typeInto(page, '/placeOfDeclaration', 'x')
    await field(page, '/placeOfDeclaration').clear()
    await waitSaved(page)
    expect(await editor(page).locator('.finding').count()).toBe(0)
    expect(await editor(page).locator('.issues').count()).toBe(0)
    await typeInto(page, '/placeOfDeclaration', own.answer.placeOfDeclaration)
    await waitSaved(page)

    await submit(page)
    await expect.poll(() => headerStatus(page)).toBe('released')
    // The panel reads the movement's events after the status shows: wait for its rows.
    await expect
      .poll(() =>
        movementPanel(page)
          .locator('tr[data-event]')
          .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset['event'])),
      )
      .toEqual(['lodged', 'mrnAllocated', 'controlDecided', 'released'])
    expect(await movementPanel(page).locator('.movement-mrn').textContent()).toMatch(
      /^[0-9]{2}TR[A-Z0-9]{12}J[0-9]$/,
    )
    expect(await result(page).getAttribute('data-score')).toBe('100')
    expect(await result(page).getAttribute('data-passed')).toBe('true')
    expect(await editor(page).locator('.attempt-score').textContent()).toBe('Score 100 — Passed')
    // The instructor's one-page report: a real PDF, plainly a training report, with the score.
    const download = page.waitForEvent('download')
    await result(page).getByRole('button', { name: 'Report for the instructor (PDF)…' }).click()
    const pdf = join(mkdtempSync(join(tmpdir(), 'transitdesk-report-')), 'report.pdf')
    await (await download).saveAs(pdf)
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
    expect(text).toContain('Training report — not a customs document')
    expect(text).toContain('100')
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/)

    // Submitted: the checks' findings show (the panel is back).
    await expect.poll(() => editor(page).locator('.issues').count()).toBe(1)
    expect(await editor(page).getByRole('timer').count()).toBe(0)

    // A new declaration from the app bar is shown at once: the training view gives way.
    await createNew(page, 'Blank declaration')
    expect(await page.locator('.attempt').count()).toBe(0)
    expect(await declarationsView(page).getAttribute('aria-pressed')).toBe('true')
    await expectCount(page, 1)
  })
})

describe('answering customs', () => {
  it('“guarantee not valid”: amends the guarantee on the Movement tab, then is released and scored', async () => {
    const { page } = app
    const kase = shippedCase(GUARANTEE_CASE_ID)
    const guarantee = kase.answer.guarantee
    await openTrainingCase(page, GUARANTEE_CASE_ID)
    await page.getByRole('button', { name: 'Practice', exact: true }).click()
    await field(page, '/guarantee/reference').waitFor()
    expect(await field(page, '/guarantee/reference').inputValue()).toBe(
      kase.start.guarantee.reference,
    )

    await editor(page).getByRole('button', { name: 'Submit to customs' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Submit', exact: true }).click()
    await movementPanel(page).locator('tr[data-event="guaranteeInvalid"]').waitFor()
    expect(await headerStatus(page)).toBe('accepted')
    expect(
      await movementPanel(page)
        .locator('tr[data-event="guaranteeInvalid"] .event-detail')
        .textContent(),
    ).toMatch(/G09 \/guarantee\/reference$/)
    // Customs wait for the trainee: no score yet. Their answers come from the simulated
    // office alone: the trainee has no customs steps to record and no reply files to read.
    expect(await result(page).count()).toBe(0)
    expect(
      await movementPanel(page)
        .getByRole('group', { name: /^Customs’ answers/ })
        .count(),
    ).toBe(0)
    expect(
      await movementPanel(page).getByRole('button', { name: 'Read customs reply (XML)…' }).count(),
    ).toBe(0)
    await editor(page).getByRole('button', { name: 'Finish and see the result' }).waitFor()

    // The amendment: only the guarantee opens.
    await movementPanel(page).getByRole('button', { name: 'Prepare an amendment' }).click()
    await openSection(page, 'General')
    expect(await field(page, '/placeOfDeclaration').isDisabled()).toBe(true)
    await typeInto(page, '/guarantee/reference', guarantee.reference)
    await typeInto(page, '/guarantee/accessCode', guarantee.accessCode)
    await typeInto(page, '/guarantee/amount/amount', String(guarantee.amount.amount))
    await waitSaved(page)
    await openSection(page, 'Movement')
    await recordStep(page, 'Lodge the amendment')

    // Customs accept it and release; the attempt is scored on the amended declaration.
    await expect.poll(() => headerStatus(page), { timeout: 10_000 }).toBe('released')
    await result(page).waitFor()
    expect(await result(page).getAttribute('data-score')).toBe('100')
    expect(await result(page).getAttribute('data-passed')).toBe('true')
    await expect
      .poll(() =>
        movementPanel(page)
          .locator('tr[data-event]')
          .evaluateAll((rows) =>
            rows.map((row) => (row as HTMLElement).dataset['event']).slice(-3),
          ),
      )
      .toEqual(['amendmentLodged', 'amendmentAccepted', 'released'])
  })
})

describe('an exam’s time limit', () => {
  it('submits the declaration as it stands when the time is up', async () => {
    const { page } = app
    const kase = shippedCase()
    await openTrainingCase(page, CASE_ID)
    await page.getByRole('button', { name: `Exam (${kase.timeLimitMinutes} minutes)` }).click()
    await field(page, '/placeOfDeclaration').waitFor()
    await typeInto(page, '/placeOfDeclaration', kase.answer.placeOfDeclaration)
    await waitSaved(page)
    await editor(page).getByRole('button', { name: 'Back to the case' }).click()

    // The exam began longer ago than its time limit (written as the app stores it).
    const limit = kase.timeLimitMinutes * 60_000
    await page.evaluate(async (ms) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('transitdesk')
        request.onsuccess = () => done(request.result)
        request.onerror = () => fail(request.error)
      })
      const store = db.transaction('attempts', 'readwrite').objectStore('attempts')
      const all = await new Promise<{ id: string; startedAt: string }[]>((done) => {
        const request = store.getAll()
        request.onsuccess = () => done(request.result)
      })
      for (const row of all)
        store.put({ ...row, startedAt: new Date(Date.now() - ms).toISOString() })
      await new Promise((done) => (store.transaction.oncomplete = done))
      db.close()
    }, limit + 60_000)

    await page.locator('.case-attempts').getByRole('button', { name: 'Continue' }).click()
    await result(page).waitFor()
    expect(await page.locator('.notice span').allTextContents()).toContain(
      'Time is up: your declaration was submitted as it stands.',
    )
    expect(await headerStatus(page)).toBe('rejected')
    expect(await result(page).locator('.missed-box[data-path="/placeOfDeclaration"]').count()).toBe(
      0,
    )
    // Scored at once, so the time taken is the time limit and more.
    const taken = (await result(page).locator('.result-facts').textContent()) ?? ''
    expect(Number(/Time taken: (\d+) min/.exec(taken)?.[1])).toBeGreaterThanOrEqual(
      kase.timeLimitMinutes,
    )
    expect(await editor(page).getByRole('timer').count()).toBe(0)
  })
})
