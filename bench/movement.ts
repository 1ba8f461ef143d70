/**
 * The movement's speed (the lifecycle issue): the NCTS declaration message (IE015) of a
 * 999-item declaration written ≤ 200 ms; a customs reply applied ≤ 50 ms — read, checked
 * against its schema and recorded — once the schema is compiled (the first reply's compile is
 * printed beside it). Run with `npx tsx bench/movement.ts`.
 */
import { performance } from 'node:perf_hooks'
import { cliSchemaFiles } from '../src/cli/schema-files'
import type { JsonObject } from '../src/shared/json'
import { ie015Text } from '../src/shared/movement/ncts-xml'
import { receiveReply } from '../src/shared/movement/receive-reply'
import { recordEvent } from '../src/shared/movement/record-event'
import { generateDeclaration } from '../test/fixtures/generate'
import { makeReply } from '../test/fixtures/ncts-replies'

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!

function report(name: string, value: number, target?: number) {
  const verdict = target === undefined ? '    ' : value <= target ? 'ok  ' : 'SLOW'
  const goal = target === undefined ? '' : `   (target ≤ ${target} ms)`
  console.log(`${verdict}  ${name.padEnd(56)} ${value.toFixed(1).padStart(8)} ms${goal}`)
  if (target !== undefined && value > target) process.exitCode = 1
}

async function main() {
  // A TIR declaration of 999 items (the TIR sample's goods repeated).
  const big: JsonObject = generateDeclaration(999)
  const writes: number[] = []
  for (let run = 0; run < 7; run++) {
    const start = performance.now()
    ie015Text(big, 0)
    writes.push(performance.now() - start)
  }
  report('IE015 of a 999-item declaration (median of 7)', median(writes), 200)

  const lrn = String(big.lrn)
  const lodged = recordEvent(big, { type: 'lodged', at: '2026-02-04T09:00:00Z' })
  const reply = makeReply('CC928C', { lrn })
  const first = performance.now()
  await receiveReply(lodged, reply, cliSchemaFiles)
  report('first reply, its schema compiled on the way (for information)', performance.now() - first)
  const applied: number[] = []
  for (let run = 0; run < 7; run++) {
    const start = performance.now()
    await receiveReply(lodged, reply, cliSchemaFiles)
    applied.push(performance.now() - start)
  }
  report('a reply read, checked and applied, 999 items (median of 7)', median(applied), 50)
}

await main()
