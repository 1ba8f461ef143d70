// Peak memory of making the 999-item packet the way the desktop does: plain Node (no tsx),
// the built main-process worker (out/main/packet-worker.js), one packet. Run by bench/packet.ts
// as a child process: argv[2] is the declaration file; prints the figures as JSON.
import { readFileSync } from 'node:fs'
import { Worker } from 'node:worker_threads'

const declaration = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const baseline = process.memoryUsage().rss
let peak = baseline
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().rss)
}
const timer = setInterval(sample, 2)

const worker = new Worker(new URL('../out/main/packet-worker.js', import.meta.url))
const bytes = await new Promise((resolve, reject) => {
  worker.on('message', (answer) => {
    sample()
    if (answer.kind === 'done') resolve(answer.pdf.byteLength)
    if (answer.kind === 'failed') reject(new Error(answer.message))
  })
  worker.on('error', reject)
  worker.postMessage({ declaration, generatedAt: '2026-02-04T10:00:00Z', draft: false })
})
clearInterval(timer)
await worker.terminate()
console.log(JSON.stringify({ baseline, peak, bytes }))
