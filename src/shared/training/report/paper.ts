/**
 * The training report as a paper for the layout engine (src/shared/packet/layout): the attempt's
 * verdict and facts in a grid of boxes, the missed boxes in a table, and — when the table would
 * run onto a second page — a line saying how many more there are. The engine lays it out like
 * any packet paper; render.ts chooses how many misses fit on the one page.
 *
 * Its title says plainly what it is ("Training report — not a customs document"): nothing on it
 * may pass for a customs paper.
 */
import type { Block, Paper, Table } from '../../packet/content'
import { MORE_PLACEHOLDER, type TrainingReportMiss, type TrainingReportRequest } from './request'

/** Explanations are cut to about this many characters ("shortened to fit"). */
export const EXPLANATION_CHARACTERS = 220
/** Values longer than this (a description of goods) are cut too: a row stays a few lines high. */
export const VALUE_CHARACTERS = 120
const ELEMENT_CHARACTERS = 140

/**
 * The report's paper with the first `shown` misses listed; the rest (of `missedCount`) are
 * counted in one line pointing to the JSON export.
 */
export function trainingReportPaper(request: TrainingReportRequest, shown: number): Paper {
  const { words } = request
  const listed = request.misses.slice(0, Math.max(0, Math.min(shown, request.misses.length)))
  const left = request.missedCount - listed.length
  const blocks: Block[] = [
    { kind: 'text', emphasis: 'small', text: words.notice },
    { kind: 'text', emphasis: 'bold', text: request.verdict },
    {
      kind: 'boxes',
      columns: 4,
      boxes: request.facts.map((fact) => ({
        number: '',
        label: fact.label,
        value: fact.value,
        ...(fact.wide ? { span: 4 } : {}),
      })),
    },
  ]
  if (request.missedCount === 0) blocks.push({ kind: 'text', text: words.none })
  if (listed.length > 0) blocks.push(missesTable(request, listed))
  if (left > 0 && request.missedCount > 0) {
    blocks.push({ kind: 'text', emphasis: 'bold', text: moreLine(words.more, left) })
  }
  return {
    id: 'trainingReport',
    title: words.title,
    blocks,
    ...(request.language === 'en' ? {} : { language: request.language }),
  }
}

function missesTable(request: TrainingReportRequest, misses: TrainingReportMiss[]): Table {
  const { words } = request
  return {
    kind: 'table',
    title: `${words.missed} (${request.missedCount})`,
    columns: [
      { label: words.element, width: 3.2 },
      { label: words.expected, width: 2.4 },
      { label: words.given, width: 2.4 },
      { label: words.critical, width: 1.3 },
      { label: words.explanation, width: 4.6 },
    ],
    rows: misses.map((miss) => [
      shorten(
        miss.boxes === '' ? miss.element : `${miss.element} (${miss.boxes})`,
        ELEMENT_CHARACTERS,
      ),
      shorten(miss.expected, VALUE_CHARACTERS),
      shorten(miss.given, VALUE_CHARACTERS),
      miss.critical ? words.criticalMark : '',
      shorten(miss.explanation, EXPLANATION_CHARACTERS),
    ]),
  }
}

/** "and 37 more — see the JSON export". */
export function moreLine(template: string, count: number): string {
  return template.split(MORE_PLACEHOLDER).join(String(count))
}

/**
 * `text` at most `max` characters long: cut at the last space before the limit (or at the
 * limit, in a word longer than half of it) and ended with "…". Line breaks become spaces.
 */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim()
  const chars = Array.from(flat)
  if (chars.length <= max) return flat
  const head = chars.slice(0, max - 1).join('')
  const space = head.lastIndexOf(' ')
  const cut = space > head.length / 2 ? head.slice(0, space) : head
  return `${cut.replace(/[\s,;:.—-]+$/u, '')}…`
}
