/**
 * "Make a case from this declaration" in the browser edition: the TIR sample becomes a case
 * through the authoring form (task, a source paper, critical boxes, pass mark, time limit, a
 * reference), is downloaded as `<id>.tdcase.json`, and the downloaded file is read with the
 * app's own case reader: the declaration is its model answer, scoring 100 on itself. A
 * declaration with errors is refused with the validator's first error, and nothing is saved.
 */
import type { Download, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../../src/shared/json'
import { readCaseText } from '../../src/shared/training/read-case'
import { scoreAnswer } from '../../src/shared/training/score'
import {
  editor,
  importAndClose,
  openDeclaration,
  samplePath,
  sampleText,
  TIR_LRN,
  useApp,
} from './helpers'

const app = useApp()

const authoring = (page: Page) => page.getByRole('dialog', { name: 'Make a training case' })

async function openAuthoring(page: Page, sample: string, lrn: string): Promise<void> {
  await importAndClose(page, [samplePath(sample)])
  await openDeclaration(page, lrn)
  await editor(page).getByRole('button', { name: 'Make a case…' }).click()
  await authoring(page).getByLabel('Case id').waitFor()
}

async function downloadedText(download: Download): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** Ticks the critical box at `pointer`, found by searching for `search`. */
async function markCritical(page: Page, search: string, pointer: string): Promise<void> {
  const dialog = authoring(page)
  await dialog.getByLabel('Find a box').fill(search)
  await dialog.locator(`li[data-pointer="${pointer}"] input[type="checkbox"]`).check()
}

describe('making a training case from a declaration', () => {
  it('saves the TIR sample as a case file that the case reader opens', async () => {
    const { page } = app
    await openAuthoring(page, 'tir-almaty-karachi.json', TIR_LRN)
    const dialog = authoring(page)
    // The id is proposed from the LRN.
    await expect.poll(() => dialog.getByLabel('Case id').inputValue()).toBe('kz-ala-2026-0117')
    await dialog.getByLabel('Case id').fill('tir-almaty-karachi-practice')
    await dialog.getByLabel('Level').selectOption('2')
    await dialog.getByLabel('Title in English').fill('TIR: cotton yarn to Karachi')
    await dialog.getByLabel('Title in Russian').fill('МДП: хлопковая пряжа в Карачи')
    await dialog
      .getByLabel('Task in English (Markdown)')
      .fill('Declare the goods under the TIR Carnet.')
    await dialog.getByLabel('Task in Russian (Markdown)').fill('Оформите товар по книжке МДП.')

    await dialog.getByRole('button', { name: 'Add a paper' }).click()
    const paper = dialog.getByRole('group', { name: 'Paper 1' })
    await paper.getByLabel('Kind').selectOption('cmr')
    await paper.getByLabel('Title').fill('CMR 0117')
    await paper
      .getByLabel('Content (Markdown, tables allowed)')
      .fill('| Box | Entry |\n|---|---|\n| 1 | Zhetysu Textile Export |')

    await dialog.getByLabel('Pass mark').fill('75')
    await dialog.getByLabel('Exam time limit (minutes)').fill('40')
    await markCritical(page, 'guarantee reference', '/guarantee/reference')
    await markCritical(page, 'routing', '/countriesOfRouting/0')
    await expect
      .poll(() => dialog.getByRole('status').first().textContent())
      .toBe('2 boxes are critical.')

    await dialog.getByRole('button', { name: 'Add a reference' }).click()
    await dialog.getByLabel('Title', { exact: true }).last().fill('TIR Handbook')
    await dialog.getByLabel('Address (https://…)').fill('https://unece.org/tir-handbook')

    const download = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Save case file…' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe('tir-almaty-karachi-practice.tdcase.json')
    await dialog.waitFor({ state: 'detached' })
    await expect
      .poll(() => page.locator('.notice').last().textContent())
      .toContain('Case saved as tir-almaty-karachi-practice.tdcase.json.')

    const text = await downloadedText(file)
    const read = readCaseText(file.suggestedFilename(), text, Buffer.byteLength(text))
    if (!read.ok) throw new Error(read.message)
    const kase = read.case
    expect(kase).toMatchObject({
      id: 'tir-almaty-karachi-practice',
      title: { en: 'TIR: cotton yarn to Karachi', ru: 'МДП: хлопковая пряжа в Карачи' },
      level: 2,
      procedure: 'TIR',
      brief: { en: 'Declare the goods under the TIR Carnet.', ru: 'Оформите товар по книжке МДП.' },
      sources: [
        {
          kind: 'cmr',
          title: 'CMR 0117',
          content: '| Box | Entry |\n|---|---|\n| 1 | Zhetysu Textile Export |',
        },
      ],
      scoring: { passMark: 75, critical: ['/guarantee/reference', '/countriesOfRouting/0'] },
      timeLimitMinutes: 40,
      references: [{ title: 'TIR Handbook', url: 'https://unece.org/tir-handbook' }],
    })
    expect(kase.answer.lrn).toBe(TIR_LRN)
    expect(kase.answer.movement).toBeUndefined()
    // The declaration as imported is the model answer: it scores full marks against it.
    const sample = JSON.parse(sampleText('tir-almaty-karachi.json')) as JsonObject
    expect(scoreAnswer(kase, sample)).toMatchObject({ score: 100, passed: true, findings: [] })
  })

  it('refuses a declaration with errors, with the validator’s first error, saving nothing', async () => {
    const { page } = app
    await openAuthoring(page, 'bad-hs-code.json', 'BY-MSQ-26-00981')
    const dialog = authoring(page)
    const note = dialog.getByRole('note')
    await expect
      .poll(() => note.textContent())
      .toMatch(
        /^This declaration cannot be a case’s model answer until its errors are corrected\. The first: .+/,
      )
    await dialog.getByLabel('Title in English').fill('EAEU: a case that cannot be')
    await dialog.getByLabel('Task in English (Markdown)').fill('Declare it.')
    let downloads = 0
    page.on('download', () => downloads++)
    await dialog.getByRole('button', { name: 'Save case file…' }).click()
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe(await note.textContent())
    expect(downloads).toBe(0)
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await dialog.waitFor({ state: 'detached' })
  })
})
