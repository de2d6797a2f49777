import { createHash } from 'node:crypto';
import { LOW_SCORE_REASONS, SKM_ELEMENTS, type SkmElement } from '@suara/skm';
import { LOW_SCORE_MAX, SCORE_PROPERTY } from '../modules/feedback/index.js';

/**
 * The demo's "what went wrong?" reasons (issue 13, decision record 0038), so that a unit's follow-up
 * plan and HR's citizen voices show what citizens said after `pnpm start`. About half of the scores
 * of 1–2 carry a reason, a few two, weighted towards the complaints Indonesian service users make
 * most (a long queue, an unfriendly officer, requirements not posted) and towards each story's own
 * (the rude staff of Mamuju's Puskesmas Simboro, the late permits of Kupang's PUPR). Deterministic
 * and drawn from no random stream: each choice comes from a hash of the rating's id and the element,
 * so every rating, score and count other tests rely on stays as it was.
 */

type Weights = Partial<Record<SkmElement, Record<string, number>>>;

/** Relative weights of each element's reasons; a code not named here weighs 1. */
const USUAL: Weights = {
  PERSYARATAN: { NOT_PUBLISHED: 3, EXTRA_ASKED: 2, TOO_MANY: 2 },
  SISTEM_MEKANISME_PROSEDUR: { UNCLEAR_STEPS: 3, SENT_AROUND: 3, ONLINE_FAILED: 2 },
  WAKTU_PENYELESAIAN: { LATER_THAN_PROMISED: 3, LONG_QUEUE: 4, CAME_BACK: 2 },
  BIAYA_TARIF: { ABOVE_TARIFF: 2, TARIFF_NOT_POSTED: 3, NO_RECEIPT: 2, PAID_FOR_FREE: 1 },
  PRODUK_SPESIFIKASI: { WRONG_DATA: 3, INCOMPLETE: 2, NOT_AS_STANDARD: 1 },
  KOMPETENSI_PELAKSANA: { COULD_NOT_EXPLAIN: 3, WRONG_INFORMATION: 2, SYSTEM_UNFAMILIAR: 2 },
  PERILAKU_PELAKSANA: { UNFRIENDLY: 4, ASKED_FOR_MONEY: 1, WAIT_WITHOUT_REASON: 3, FAVOURITISM: 2 },
  PENANGANAN_PENGADUAN: { NOWHERE_TO_COMPLAIN: 3, NO_ANSWER: 2, NOT_FOLLOWED_UP: 2 },
  SARANA_PRASARANA: { WAITING_ROOM: 4, NOT_ACCESSIBLE: 2, TOILET: 2, PARKING: 2 },
};

/** Where a story unit's citizens say something else than usual (seed.ts, STORIES). */
const STORY: Record<'improved' | 'declined' | 'behaviour', Weights> = {
  improved: {},
  declined: { WAKTU_PENYELESAIAN: { LATER_THAN_PROMISED: 8, LONG_QUEUE: 1, CAME_BACK: 4 } },
  behaviour: {
    PERILAKU_PELAKSANA: { UNFRIENDLY: 10, ASKED_FOR_MONEY: 1, WAIT_WITHOUT_REASON: 3, FAVOURITISM: 2 },
    PENANGANAN_PENGADUAN: { NOWHERE_TO_COMPLAIN: 2, NO_ANSWER: 5, NOT_FOLLOWED_UP: 2 },
  },
};

/** Share (of 256) of low scores with a reason, and of those with a second one. */
const WITH_REASON = 140;
const WITH_SECOND = 60;

/** A type, not an interface, so that it is a Record<string, unknown> for insertMany. */
export type DemoReasonRow = {
  feedback: string;
  element: SkmElement;
  reason: string;
  region: string;
  service: string;
  submittedAt: Date;
};

/** A reason by weight, `byte` (0–255) choosing along the weights' cumulative sum. */
function weighted(element: SkmElement, weights: Record<string, number> | undefined, byte: number): string {
  const reasons = LOW_SCORE_REASONS[element].map((r) => [r.code, weights?.[r.code] ?? 1] as const);
  const total = reasons.reduce((sum, [, w]) => sum + w, 0);
  let at = (byte / 256) * total;
  for (const [code, w] of reasons) {
    at -= w;
    if (at < 0) return code;
  }
  return reasons[reasons.length - 1]![0];
}

/**
 * The reasons of the demo's ratings as feedback_reason rows (region, service and moment copied from
 * the rating, as the rating statement stores them). Spam carries none.
 */
export function demoReasons(rows: ReadonlyArray<Record<string, unknown>>, storyOf: (serviceId: string) => 'improved' | 'declined' | 'behaviour' | null): DemoReasonRow[] {
  const out: DemoReasonRow[] = [];
  for (const row of rows) {
    if (row.spam) continue;
    const story = storyOf(row.service as string);
    for (const element of SKM_ELEMENTS) {
      if ((row[SCORE_PROPERTY[element]] as number) > LOW_SCORE_MAX) continue;
      const h = createHash('sha256').update(`reason:${row.id as string}:${element}`).digest();
      if (h[0]! >= WITH_REASON) continue;
      const weights = (story && STORY[story][element]) || USUAL[element];
      const first = weighted(element, weights, h[1]!);
      const picked = [first];
      if (h[2]! < WITH_SECOND) {
        const second = weighted(element, weights, h[3]!);
        if (second !== first) picked.push(second);
      }
      for (const reason of picked) {
        out.push({ feedback: row.id as string, element, reason, region: row.region as string, service: row.service as string, submittedAt: row.submittedAt as Date });
      }
    }
  }
  return out;
}
