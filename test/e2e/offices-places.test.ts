/**
 * Customs offices and UN/LOCODE places in the browser edition: an office list imported from
 * CSV (a bad line named), exported again, and picked into the itinerary by role; a UN/LOCODE
 * release imported after review and a place picked by name.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { createNew, editor, expectValue, fileFrom, openSection, useApp } from './helpers'

const app = useApp()

async function openLibraryTab(page: Page, tab: string) {
  await page.locator('header.app-bar').getByRole('button', { name: 'Address book' }).click()
  await page.getByRole('tab', { name: tab }).click()
  return page.getByRole('dialog', { name: tab })
}

const OFFICES = [
  'reference,name,country,roles',
  'KZ551200,Т/п «Хоргос»,KZ,departure border',
  'UZ170020,Tashkent,UZ,transit',
  'PK01004,Too short,PK,destination',
].join('\n')

const RELEASE = [
  ',"PK","","Pakistan","Pakistan","","","","","","",""',
  ',"PK","KHI","Karachi","Karachi","SD","1234----","AI","0001","KHI","2451N 06702E",""',
  ',"PK","GWD","Gwadar","Gwadar","BA","1--4----","AI","0901","GWD","2507N 06221E",""',
  ',"KZ","ALA","Almaty","Almaty","75","1234----","AI","0307","ALA","4315N 07657E",""',
  ',"K1","XXX","Broken","Broken","","","","","","",""',
].join('\r\n')

describe('customs offices', () => {
  it('imports a CSV list after review, exports it, and fills an office by role', async () => {
    const { page } = app
    const dialog = await openLibraryTab(page, 'Customs offices')
    await dialog.locator('input[type=file]').setInputFiles(fileFrom('offices.csv', OFFICES))
    const review = dialog.getByRole('group', { name: 'Offices to import' })
    await expect.poll(() => review.textContent()).toContain('2 offices read from “offices.csv”.')
    expect(await review.textContent()).toContain(
      'Line 4: the reference “PK01004” should be 2 letters',
    )
    expect(await dialog.locator('.library-list li').count()).toBe(0)
    await review.getByRole('button', { name: 'Import 2 offices' }).click()
    await expect.poll(() => dialog.locator('.library-list li').count()).toBe(2)

    const download = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Export CSV…' }).click()
    const chunks: Buffer[] = []
    for await (const chunk of await (await download).createReadStream())
      chunks.push(chunk as Buffer)
    expect((await download).suggestedFilename()).toBe('customs-offices.csv')
    expect(Buffer.concat(chunks).toString('utf8')).toBe(
      'reference,name,country,roles,example\r\nKZ551200,Т/п «Хоргос»,KZ,departure border,\r\nUZ170020,Tashkent,UZ,transit,\r\n',
    )
    await dialog.getByRole('button', { name: 'Close' }).click()

    await createNew(page, 'Blank declaration')
    await openSection(page, 'Itinerary')
    await editor(page).getByRole('button', { name: 'From office list…' }).first().click()
    const picker = page.getByRole('dialog', { name: 'Pick a customs office' })
    // Offices of departure only: Tashkent is an office of transit.
    await expect
      .poll(() => picker.getByRole('option').allTextContents())
      .toEqual(['KZ551200 — Т/п «Хоргос»KZ · departure, border'])
    await page.keyboard.press('Enter')
    await expectValue(page, '/officeOfDeparture/reference', 'KZ551200')
    await expectValue(page, '/officeOfDeparture/name', 'Т/п «Хоргос»')
    await expectValue(page, '/officeOfDeparture/country', 'KZ')
  })
})

describe('UN/LOCODE places', () => {
  it('imports the release after review and picks a place by its name', async () => {
    const { page } = app
    const dialog = await openLibraryTab(page, 'Places (UN/LOCODE)')
    await expect
      .poll(() => dialog.getByRole('status').first().textContent())
      .toMatch(/No UN\/LOCODE places imported/)
    await dialog
      .locator('input[type=file]')
      .setInputFiles(fileFrom('2026-1 UNLOCODE CodeListPart1.csv', RELEASE))
    const review = dialog.getByRole('group', { name: 'Places to import' })
    await expect
      .poll(() => review.textContent())
      .toContain('3 places read from 2026-1 UNLOCODE CodeListPart1.csv')
    expect(await review.textContent()).toContain('Line 5: “K1” is not a country code.')
    await review.getByRole('button', { name: 'Import 3 places' }).click()
    await expect
      .poll(() => dialog.getByRole('status').first().textContent())
      .toBe('3 places imported.')
    await dialog.getByRole('button', { name: 'Close' }).click()

    await createNew(page, 'Blank declaration')
    await openSection(page, 'Itinerary')
    await editor(page).getByRole('button', { name: 'Find place…' }).first().click()
    const picker = page.getByRole('dialog', { name: 'Find a place (UN/LOCODE)' })
    await picker.getByRole('combobox').pressSequentially('kara')
    await expect.poll(() => picker.getByRole('option').count()).toBe(1)
    await page.keyboard.press('Enter')
    await expectValue(page, '/placeOfLoading/locode', 'PKKHI')
    await expectValue(page, '/placeOfLoading/name', 'Karachi')
    await expectValue(page, '/placeOfLoading/country', 'PK')
    expect(await editor(page).locator('.locode-unknown').count()).toBe(0)
    // A code of the right shape that the release does not have is pointed out.
    await editor(page).locator('[id="field:/placeOfLoading/locode"]').fill('PKXXX')
    await expect
      .poll(() => editor(page).locator('.locode-unknown').textContent())
      .toBe(
        'PKXXX is not in the imported UN/LOCODE release: check the code, or import a newer release.',
      )
  })
})
