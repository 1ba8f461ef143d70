/**
 * Property tests explore new random inputs on every local run; on CI they replay a fixed seed,
 * so a commit's CI result does not depend on the draw. A failure prints its seed and path, and
 * `FC_SEED=<seed>` replays it anywhere.
 */
import fc from 'fast-check'

const seed = process.env['FC_SEED'] ?? (process.env['CI'] ? '20261127' : undefined)
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) })
