/**
 * Checks while typing: findings at their fields, the issues panel and its jumps, readiness
 * badges in the list, and the LRN that another declaration already uses.
 */
import { describe, expect, it } from 'vitest'
import {
  editor,
  expectValue,
  field,
  importAndClose,
  listRow,
  movementPanel,
  openDeclaration,
  openSection,
  recordStep,
  samplePath,
  TIR_LRN,
  typeInto,
  useApp,
  waitSaved,
} from './helpers'

const app = useApp()
const issues = (page: import('playwright-core').Page) => editor(page).locator('section.issues')

describe('validation in the editor', () => {
  it('shows a wrong container check digit, jumps to it, and clears when it is fixed', async () => {
    const { page } = app
    await importAndClose(page, [samplePath('bad-container-check.json')])
    const lrn = (await page.locator('.declaration-row').first().getAttribute('data-lrn'))!
    // The sample is the national-transit one with a broken container, so its Incoterm warning stays.
    await expect
      .poll(() => listRow(page, lrn).locator('.readiness').textContent())
      .toBe('1 error · 1 warning')
    await openDeclaration(page, lrn)

    const toggle = issues(page).locator('.issues-toggle')
    await expect.poll(() => toggle.getAttribute('data-errors')).toBe('1')
    await toggle.click()
    const finding = issues(page).locator(
      '.issues-list button[data-path="/consignments/0/items/0/containers/0"]',
    )
    await expect.poll(() => finding.textContent()).toMatch(/check digit/i)
    await finding.click()

    const container = field(page, '/consignments/0/items/0/containers/0')
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('field:/consignments/0/items/0/containers/0')
    expect(await container.getAttribute('aria-invalid')).toBe('true')
    const atField = editor(page).locator(
      '[data-path="/consignments/0/items/0/containers/0"] .finding--error',
    )
    await expect.poll(() => atField.textContent()).toMatch(/check digit/i)

    await typeInto(page, '/consignments/0/items/0/containers/0', 'CSQU3054383')
    await expect.poll(() => toggle.getAttribute('data-errors')).toBe('0')
    expect(await atField.count()).toBe(0)
    await waitSaved(page)
    await expect
      .poll(() => listRow(page, lrn).locator('.readiness').textContent())
      .toBe('1 warning')
  })

  it('warns without blocking: a sea Incoterm on a road movement', async () => {
    const { page } = app
    await importAndClose(page, [samplePath('national-karachi-kabul.json')])
    const lrn = (await page.locator('.declaration-row').first().getAttribute('data-lrn'))!
    await expect
      .poll(() => listRow(page, lrn).locator('.readiness').textContent())
      .toBe('1 warning')
    await openDeclaration(page, lrn)
    const toggle = issues(page).locator('.issues-toggle')
    await expect.poll(() => toggle.getAttribute('data-warnings')).toBe('1')
    await toggle.click()
    await issues(page).locator('.issues-list button[data-path="/invoice/incoterm/rule"]').click()
    await expect
      .poll(() =>
        editor(page)
          .getByRole('tab', { name: /Documents/ })
          .getAttribute('aria-selected'),
      )
      .toBe('true')
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('field:/invoice/incoterm/rule')
  })

  it('takes an EAEU transit with national office codes and its registration number as ready', async () => {
    const { page } = app
    await importAndClose(page, [samplePath('eaeu-minsk-almaty.json')])
    const lrn = 'BY-MSQ-26-00981'
    await openDeclaration(page, lrn)
    const toggle = issues(page).locator('.issues-toggle')
    await expect.poll(() => toggle.textContent()).toBe('Ready: no errors')
    // Lodged, and the number customs registered it under, from the movement tab.
    await openSection(page, 'Movement')
    await recordStep(page, 'Record lodgement')
    const registration = 'Enter the registration number'
    // A registration number of another date is refused where it is typed.
    await movementPanel(page).getByRole('button', { name: registration }).click()
    const dialog = page.getByRole('dialog', { name: registration })
    await dialog.getByLabel('Registration number').fill('06611/310226/0001234')
    await expect
      .poll(() => dialog.locator('#event-refusal').textContent())
      .toMatch(/310226 is not a date/)
    await dialog.getByLabel('Registration number').fill('06611/280126/0001234')
    await dialog.getByRole('button', { name: 'Record' }).click()
    await dialog.waitFor({ state: 'detached' })
    await waitSaved(page)
    await expect.poll(() => toggle.textContent()).toBe('Ready: no errors')
    expect(await toggle.getAttribute('data-warnings')).toBe('0')
    await expect
      .poll(() => listRow(page, lrn).locator('.readiness').textContent())
      .toBe('Ready: no errors')
    await openSection(page, 'General')
    await expectValue(page, '/mrn', '06611/280126/0001234')
    expect(await editor(page).locator('.finding').count()).toBe(0)
    await openSection(page, 'Itinerary')
    await expectValue(page, '/officeOfDeparture/reference', '06611')
    await expectValue(page, '/officeOfDestination/reference', '55201')
    expect(await editor(page).locator('.finding').count()).toBe(0)
  })

  it('refuses an LRN another declaration has, at the field and in the save state', async () => {
    const { page } = app
    await importAndClose(page, [
      samplePath('tir-almaty-karachi.json'),
      samplePath('eaeu-minsk-almaty.json'),
    ])
    await openDeclaration(page, 'BY-MSQ-26-00981')
    await typeInto(page, '/lrn', TIR_LRN)
    const atLrn = editor(page).locator('[data-path="/lrn"] .finding--error')
    await expect.poll(() => atLrn.textContent(), { timeout: 5000 }).toMatch(/already/i)
    await expect
      .poll(() => editor(page).locator('.save-state--error').textContent())
      .toMatch(`The LRN ${TIR_LRN} is already used`)
    await expectValue(page, '/lrn', TIR_LRN)
    await typeInto(page, '/lrn', 'BY-MSQ-26-00981-B')
    await waitSaved(page)
    // The findings follow the edit once the checks (debounced, in a worker) have caught up.
    await expect.poll(() => atLrn.count()).toBe(0)
  })
})
