/**
 * The corridor's languages in Chromium, as a user meets them: a browser set to Russian opens
 * TransitDesk in Russian (screen, editor, findings), a date is typed the Russian way and stored
 * the file's way, Urdu turns the page right to left and back, the choice survives a reload, and
 * Kazakh and Urdu letters are drawn with the bundled fonts.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import kk from '../../src/shared/i18n/kk/app.json'
import ru from '../../src/shared/i18n/ru/app.json'
import ur from '../../src/shared/i18n/ur/app.json'
import en from '../../src/shared/i18n/en/app.json'
import { launchBrowser } from './browser'
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ENGLISH_PAPERS } from '../../src/shared/packet/languages/en'
import { RUSSIAN_PAPERS } from '../../src/shared/packet/languages/ru'
import { field, samplePath, typeInto, waitForList, waitSaved } from './helpers'

let browser: Browser
let context: BrowserContext | undefined
beforeAll(async () => {
  browser = await launchBrowser()
})
afterEach(async () => {
  await context?.close()
  context = undefined
})
afterAll(async () => {
  await browser?.close()
})

async function openIn(locale: string): Promise<Page> {
  context = await browser.newContext({ locale })
  const page = await context.newPage()
  await page.goto(inject('baseUrl'))
  await waitForList(page)
  return page
}

const html = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }))
const picker = (page: Page) => page.locator('header.app-bar select.language-picker')

const CYRILLIC = /[\u0400-\u04ff]/

describe('a browser set to Russian', () => {
  it('shows the first screen, the editor and the findings of a faulty file in Russian', async () => {
    const page = await openIn('ru-RU')
    expect(await html(page)).toEqual({ lang: 'ru', dir: 'ltr' })
    expect(await page.locator('.empty-workspace p').first().textContent()).toBe(ru.workspace.empty)
    const importButton = page
      .locator('header.app-bar')
      .getByRole('button', { name: ru.actions.import })
    await expect.poll(() => importButton.count()).toBe(1)

    const chooser = page.waitForEvent('filechooser')
    await importButton.click()
    await (await chooser).setFiles(samplePath('bad-hs-code.json'))
    const report = page.getByRole('dialog', { name: ru.import.title, exact: true })
    await report.getByRole('button', { name: ru.import.close }).click()
    await page.locator('.declaration-row').first().click()
    await field(page, '/lrn').waitFor()

    const tabs = page.getByRole('tablist', { name: ru.editor.sections })
    expect(await tabs.locator('.tab-label').first().textContent()).toBe(ru.editor.section.general)
    const toggle = page.locator('section.issues .issues-toggle')
    await expect.poll(() => toggle.getAttribute('data-errors')).not.toBe('0')
    await toggle.click()
    const finding = page.locator('section.issues .issues-list button[data-path$="/hsCode"]').first()
    const text = (await finding.textContent())!
    expect(text).toMatch(CYRILLIC)
    expect(text).not.toMatch(/\b(should|digits|missing|code)\b/i)
  })

  it('stores a date typed 04.02.2026 as 2026-02-04, and shows it back the Russian way', async () => {
    const page = await openIn('ru-RU')
    await page.locator('header.app-bar summary').first().click()
    await page.getByRole('menuitem').first().click()
    await field(page, '/lrn').waitFor()
    await typeInto(page, '/declarationDate', '04.02.2026')
    await waitSaved(page)
    await page.reload()
    await waitForList(page)
    await page.locator('.declaration-row').first().click()
    await expect.poll(() => field(page, '/declarationDate').inputValue()).toBe('04.02.2026')
    // English shows the stored value itself.
    await picker(page).selectOption('en')
    await expect.poll(() => field(page, '/declarationDate').inputValue()).toBe('2026-02-04')
  })
})

describe('the papers in the reader’s language', () => {
  it('prints the cover sheet and the invoice in Russian when asked, the TIR sheet as its regime has it', async () => {
    const page = await openIn('ru-RU')
    await page.locator('header.app-bar summary').first().click()
    await page.getByRole('menuitem').nth(1).click() // the TIR sample
    await field(page, '/lrn').waitFor()
    await page.keyboard.press('Control+p')
    const dialog = page.getByRole('dialog', { name: ru.packet.title })
    const inRussian = dialog.getByRole('checkbox', {
      name: ru.packet.paperLanguage.replace('{{language}}', 'Русский'),
    })
    expect(await inRussian.isChecked()).toBe(false) // English unless asked
    await inRussian.check()
    await dialog.getByRole('button', { name: ru.packet.make }).click()
    const download = page.waitForEvent('download')
    await dialog.getByRole('button', { name: ru.packet.action.download }).click()
    const file = join(mkdtempSync(join(tmpdir(), 'packet-')), 'packet.pdf')
    await (await download).saveAs(file)
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    expect(text).toContain(RUSSIAN_PAPERS.cover.keyData)
    expect(text).toContain(RUSSIAN_PAPERS.invoice.seller)
    expect(text).toContain('TIR Carnet data sheet')
    expect(text).not.toContain(ENGLISH_PAPERS.cover.keyData)
  })
})

describe('picking a language', () => {
  it('turns the page right to left for Urdu, keeps it after a reload, and back for English', async () => {
    const page = await openIn('en-US')
    expect(await html(page)).toEqual({ lang: 'en', dir: 'ltr' })
    await picker(page).selectOption('ur')
    await expect.poll(() => html(page)).toEqual({ lang: 'ur', dir: 'rtl' })
    expect(await page.locator('.empty-workspace p').first().textContent()).toBe(ur.workspace.empty)
    // The page mirrors: the list now stands on the right of the workspace.
    const sides = () =>
      page.evaluate(() => ({
        list: document.querySelector('aside.sidebar')!.getBoundingClientRect().left,
        work: document.querySelector('main.workspace')!.getBoundingClientRect().left,
      }))
    expect((await sides()).list).toBeGreaterThan((await sides()).work)

    await page.reload()
    await waitForList(page)
    expect(await html(page)).toEqual({ lang: 'ur', dir: 'rtl' })
    await picker(page).selectOption('en')
    await expect.poll(() => html(page)).toEqual({ lang: 'en', dir: 'ltr' })
    expect((await sides()).list).toBeLessThan((await sides()).work)
    expect(await page.locator('.empty-workspace p').first().textContent()).toBe(en.workspace.empty)
  })

  it('keeps codes, numbers and dates left to right inside an Urdu page', async () => {
    const page = await openIn('ur-PK')
    expect(await html(page)).toEqual({ lang: 'ur', dir: 'rtl' })
    await page.locator('header.app-bar summary').first().click()
    await page.getByRole('menuitem').nth(1).click() // the TIR sample
    await field(page, '/lrn').waitFor()
    const direction = (path: string) =>
      field(page, path).evaluate((input) => {
        // plaintext: the direction of the value's first strong letter, whatever the page's
        const style = getComputedStyle(input)
        return { bidi: style.unicodeBidi, dir: input.getAttribute('dir') }
      })
    expect((await direction('/lrn')).bidi).toBe('plaintext')
    expect((await direction('/declarationDate')).dir).toBe('ltr')
  })

  it('draws Kazakh and Urdu letters with the bundled fonts', async () => {
    const page = await openIn('kk-KZ')
    expect(await html(page)).toEqual({ lang: 'kk', dir: 'ltr' })
    expect(await page.locator('.empty-workspace p').first().textContent()).toBe(kk.workspace.empty)
    const loaded = () =>
      page.evaluate(async () => {
        await document.fonts.ready
        return [...document.fonts]
          .filter((face) => face.status === 'loaded')
          .map((face) => `${face.family.replace(/"/g, '')} ${face.unicodeRange}`)
      })
    // The Kazakh letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І) are in Noto Sans's Cyrillic Extended part.
    await expect
      .poll(async () => (await loaded()).some((f) => /^Noto Sans .*U\+0?460-0?52F/i.test(f)))
      .toBe(true)
    await picker(page).selectOption('ur')
    await expect
      .poll(async () => (await loaded()).some((f) => f.startsWith('Noto Naskh Arabic')))
      .toBe(true)
    expect(
      await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', 'اردو کسٹمز')),
    ).toBe(true)
  })
})
