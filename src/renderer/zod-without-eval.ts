/**
 * Zod compiles faster parsers with `new Function` when it may, probing for it first. The CSP
 * forbids eval, so the probe would be refused and reported as a policy violation. Imported
 * first by the window and by every worker, before any schema parses a value.
 */
import { z } from 'zod'

z.config({ jitless: true })
