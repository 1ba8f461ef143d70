/**
 * Trainee mode's speed (issue 19): scoring a 999-item answer ≤ 50 ms — the whole result, the
 * validator's report of the trainee's declaration included; and, in the built browser edition,
 * opening a case with its sources ≤ 300 ms (from the click on Practice to the split view's
 * papers and editor painted). Run with `npx tsx bench/training.ts` after `npm run build`.
 */
import { performance } from 'node:perf_hooks'
import { startWebEdition } from './web-edition'
import type { JsonObject } from '../src/shared/json'
import { readCase } from '../src/shared/training/read-case'
import { scoreAnswer } from '../src/shared/training/score'
import { generateDeclaration } from '../test/fixtures/generate'

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!

function report(name: string, value: number, target?: number) {
  const verdict = target === undefined ? '    ' : value <= target ? 'ok  ' : 'SLOW'
  const goal = target === undefined ? '' : `   (target ≤ ${target} ms)`
  console.log(`${verdict}  ${name.padEnd(56)} ${value.toFixed(1).padStart(8)} ms${goal}`)
  if (target !== undefined && value > target) process.exitCode = 1
}

const answer: JsonObject = generateDeclaration(999)
const read = readCase(
  {
    format: 'transitdesk.case/1',
    id: 'bench-999',
    title: 'A 999-item TIR',
    level: 3,
    procedure: 'TIR',
    brief: 'Declare the 999 lines of the invoice.',
    sources: [],
    answer,
  },
  'bench-999.tdcase.json',
)
if (!read.ok) throw new Error(read.message)

// The trainee's answer: the model with every tenth item's mass and description changed.
const given = structuredClone(answer)
const items = (given.consignments as JsonObject[])[0]!.items as JsonObject[]
items.forEach((item, i) => {
  if (i % 10 !== 0) return
  item.grossMass = Number(item.grossMass) * 1.5
  item.description = `${String(item.description)} (other)`
})
// Items in another order: they are matched by sequence.
items.reverse()

const times: number[] = []
let score = 0
for (let run = 0; run < 9; run++) {
  const start = performance.now()
  score = scoreAnswer(read.case, given).score
  times.push(performance.now() - start)
}
report(`score a 999-item answer (median of 9; score ${score})`, median(times), 50)

/** Opens a shipped case in practice mode five times: click → sources and editor painted. */
async function openCaseToPaint(): Promise<number> {
  const web = await startWebEdition()
  try {
    const page = await web.newPage({ viewport: { width: 1400, height: 900 } })
    await page.goto(web.url)
    await page.locator('.list-status').waitFor()
    const times: number[] = []
    for (let run = 0; run < 5; run++) {
      await page.getByRole('button', { name: 'Training', exact: true }).click()
      await page
        .locator('button.case-row[data-case="tir-shymkent-peshawar-four-countries"]')
        .click()
      await page.locator('.case-page h2').waitFor()
      const ms = await page.evaluate(`new Promise((resolve) => {
        const practice = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Practice')
        const start = performance.now()
        practice.click()
        const painted = () => {
          if (document.querySelector('.attempt-sources')?.textContent && document.querySelector('.attempt [id="field:/lrn"]'))
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0))
          else requestAnimationFrame(painted)
        }
        requestAnimationFrame(painted)
      })`)
      times.push(ms as number)
      await page.goto(web.url)
      await page.locator('.list-status').waitFor()
    }
    return median(times)
  } finally {
    await web.close()
  }
}

report('open a case with its sources, click to paint (median of 5)', await openCaseToPaint(), 300)
