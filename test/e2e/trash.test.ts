/** Moving to the trash, restoring, and deleting forever; the state survives a reload. */
import { describe, expect, it } from 'vitest'
import {
  createNew,
  declarationsView,
  editor,
  expectCount,
  expectListed,
  listRow,
  reload,
  trashView,
  useApp,
} from './helpers'

const app = useApp()

const TIR = 'KZ-ALA-2026-0117'
const EAEU = 'BY-MSQ-26-00981'
const TRASH_COUNT = (n: number) => `${n} declaration${n === 1 ? '' : 's'} in the trash`

async function moveOpenDeclarationToTrash(): Promise<void> {
  await editor(app.page).getByRole('button', { name: 'Move to trash' }).click()
  await editor(app.page).waitFor({ state: 'detached' })
}

async function expectTrashCount(n: number): Promise<void> {
  const page = app.page
  await expect.poll(() => page.locator('.list-status').textContent()).toBe(TRASH_COUNT(n))
}

describe('the trash', () => {
  it('takes a declaration out of the list and gives it back on Restore', async () => {
    const page = app.page
    await createNew(page, 'Sample: TIR, Almaty → Karachi')
    await createNew(page, 'Sample: EAEU transit, Minsk → Almaty')
    await expectListed(page, [TIR, EAEU])

    await moveOpenDeclarationToTrash()
    await expectListed(page, [TIR])
    await expectCount(page, 1)
    await expect.poll(() => trashView(page).textContent()).toBe('Trash (1)')
    // The trash is stored, not just shown.
    await reload(page)
    await expectListed(page, [TIR])
    expect(await trashView(page).textContent()).toBe('Trash (1)')

    await trashView(page).click()
    await expectTrashCount(1)
    await expectListed(page, [EAEU])
    await listRow(page, EAEU).getByRole('button', { name: 'Restore' }).click()
    await expectTrashCount(0)
    expect(await page.getByText('The trash is empty.').isVisible()).toBe(true)

    await declarationsView(page).click()
    await expectListed(page, [TIR, EAEU])
    await expect.poll(() => declarationsView(page).textContent()).toBe('Declarations (2)')

    await reload(page)
    await expectListed(page, [TIR, EAEU])
    expect(await trashView(page).textContent()).toBe('Trash (0)')
  })

  it('deletes forever only after the user confirms, and for good', async () => {
    const page = app.page
    await createNew(page, 'Sample: TIR, Almaty → Karachi')
    await moveOpenDeclarationToTrash()
    await expectCount(page, 0)
    await trashView(page).click()
    await expectListed(page, [TIR])

    // Cancelling the confirmation keeps it.
    const questions: string[] = []
    page.once('dialog', (dialog) => {
      questions.push(dialog.message())
      void dialog.dismiss()
    })
    await listRow(page, TIR).getByRole('button', { name: 'Delete forever' }).click()
    expect(questions).toEqual(['Delete this declaration forever? This cannot be undone.'])
    await expectTrashCount(1)

    page.once('dialog', (dialog) => void dialog.accept())
    await listRow(page, TIR).getByRole('button', { name: 'Delete forever' }).click()
    await expectTrashCount(0)
    await expectListed(page, [])

    await reload(page)
    await expectCount(page, 0)
    expect(await trashView(page).textContent()).toBe('Trash (0)')
    await trashView(page).click()
    await expectTrashCount(0)
  })
})
