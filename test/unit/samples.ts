/**
 * The shared sample files (declaration-format.md's examples). They live beside the repository:
 * /work/shared/samples locally, `shared/` next to the clone in CI — the same relative layout.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const SAMPLES_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../shared/samples',
)

export interface ExpectedOutcome {
  exit: number
  errors?: string[]
  warnings?: string[]
}

export const expected: Record<string, ExpectedOutcome> = JSON.parse(
  readFileSync(resolve(SAMPLES_DIR, 'expected.json'), 'utf8'),
)

export const sampleNames = readdirSync(SAMPLES_DIR).filter(
  (name) => name.endsWith('.json') && name !== 'expected.json',
)

/** Samples that are readable declarations (exit 0 = valid, 1 = readable with errors). */
export const readableSamples = sampleNames.filter((name) => expected[name]?.exit !== 2)
export const validSamples = sampleNames.filter((name) => expected[name]?.exit === 0)

export function sampleText(name: string): string {
  return readFileSync(resolve(SAMPLES_DIR, name), 'utf8')
}

export function sampleBytes(name: string): number {
  return readFileSync(resolve(SAMPLES_DIR, name)).byteLength
}
