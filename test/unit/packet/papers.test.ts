/** Which papers apply, by procedure and mode (corridor.md), and the reasons given for the rest. */
import { describe, expect, it } from 'vitest'
import { PACKET_DOCUMENTS } from '../../../src/shared/packet/content'
import {
  applicablePapers,
  defaultPapers,
  describeRefusal,
  paperRefusal,
} from '../../../src/shared/packet/papers'

describe('papers by procedure and mode', () => {
  it.each([
    ['TIR', '3', ['cover', 'tir', 'cmr', 'invoice', 'packing']],
    ['TIR', '2', ['cover', 'tir', 'smgs', 'invoice', 'packing']],
    ['T1', '3', ['cover', 'tad', 'cmr', 'invoice', 'packing']],
    ['T2', '1', ['cover', 'tad', 'invoice', 'packing']],
    ['EAEU', '2', ['cover', 'td', 'smgs', 'invoice', 'packing']],
    ['EAEU', '3', ['cover', 'td', 'cmr', 'invoice', 'packing']],
    ['NATIONAL', '3', ['cover', 'summary', 'cmr', 'invoice', 'packing']],
    ['NATIONAL', '4', ['cover', 'summary', 'invoice', 'packing']],
    ['', '', ['cover', 'invoice', 'packing']],
  ])('%s by mode "%s" prints %j by default', (procedure, borderMode, papers) => {
    expect(defaultPapers({ procedure, borderMode })).toEqual(papers)
  })

  it('offers the SAD-style fallback declaration only for T1/T2, never by default', () => {
    for (const procedure of ['T1', 'T2']) {
      expect(applicablePapers({ procedure, borderMode: '3' })).toContain('declaration')
      expect(defaultPapers({ procedure, borderMode: '3' })).not.toContain('declaration')
    }
    for (const procedure of ['TIR', 'EAEU', 'NATIONAL']) {
      expect(applicablePapers({ procedure, borderMode: '3' })).not.toContain('declaration')
    }
  })

  it('gives exactly one reason for each paper left out, and none for the papers that apply', () => {
    for (const procedure of ['TIR', 'T1', 'T2', 'EAEU', 'NATIONAL', 'X']) {
      for (const borderMode of ['1', '2', '3', '4', '']) {
        const facts = { procedure, borderMode }
        const applicable = applicablePapers(facts)
        for (const paper of PACKET_DOCUMENTS) {
          const refusal = paperRefusal(paper, facts)
          expect(refusal === undefined, `${paper} ${procedure} ${borderMode}`).toBe(
            applicable.includes(paper),
          )
          if (refusal) expect(describeRefusal(refusal, facts)).not.toMatch(/\n|undefined/)
        }
      }
    }
  })

  it('names the procedure or the mode in the reason', () => {
    const tir = { procedure: 'TIR', borderMode: '3' }
    expect(describeRefusal(paperRefusal('tad', tir)!, tir)).toBe(
      'the transit accompanying document (TAD) belongs to T1 and T2 only; this declaration is procedure TIR.',
    )
    const rail = { procedure: 'EAEU', borderMode: '2' }
    expect(describeRefusal(paperRefusal('cmr', rail)!, rail)).toBe(
      'the CMR consignment note is the road transport document; this movement goes by rail (mode 2).',
    )
  })
})
