/** Training declarations the app carries for "New from sample" (resources/samples). */
import eaeu from '../../../../resources/samples/eaeu-minsk-almaty.json'
import national from '../../../../resources/samples/national-karachi-kabul.json'
import t1 from '../../../../resources/samples/t1-poti-istanbul.json'
import tir from '../../../../resources/samples/tir-almaty-karachi.json'
import type { JsonObject } from '../../../shared/json'

export const SAMPLES: { id: string; document: JsonObject }[] = [
  { id: 'tir-almaty-karachi', document: tir as JsonObject },
  { id: 'eaeu-minsk-almaty', document: eaeu as JsonObject },
  { id: 'national-karachi-kabul', document: national as JsonObject },
  { id: 't1-poti-istanbul', document: t1 as JsonObject },
]
