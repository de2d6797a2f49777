import { describe, expect, it } from 'vitest';
import { SKM_ELEMENTS, type SkmElement } from '@suara/skm';
import { RowFailure, SubmissionBatcher } from '../../src/modules/feedback/submission.batcher.js';
import { createRatingBatcher } from '../../src/modules/feedback/index.js';
import type { RatingOutcome, RatingRow } from '../../src/modules/feedback/submission.statement.js';

/**
 * The batcher's own rules, with a stand-in for the statement (the statement itself is exercised
 * against PostgreSQL by the integration tests of ratings, the rush hour and database restarts).
 */
const scores = Object.fromEntries(SKM_ELEMENTS.map((e) => [e, 3])) as Record<SkmElement, number>;
let n = 0;
function row(over: Partial<RatingRow> = {}): RatingRow {
  n++;
  return {
    serviceId: '00000000-0000-4000-8000-000000000001',
    idempotencyKey: `key-${n}`,
    receiptCode: `CODE${n}`,
    scores,
    comment: null,
    moderationStatus: 'PUBLISHED',
    spam: false,
    ageGroup: null,
    gender: null,
    education: null,
    occupation: null,
    contact: null,
    channel: 'WEB',
    clientHash: `client-${n}`,
    deviceHash: null,
    limitKey: `limit-${n}`,
    powKey: null,
    ...over,
  };
}
const stored = (r: RatingRow, i: number): RatingOutcome => ({
  n: i + 1,
  service_found: true,
  unit_id: 'u',
  region_id: 'r',
  kiosk_ok: true,
  prior_channel: null,
  pow_required: false,
  pow_accepted: false,
  counted: true,
  id: r.idempotencyKey,
  submitted_at: new Date().toISOString(),
  prior_id: null,
  prior_service_id: null,
  prior_receipt_code: null,
  prior_submitted_at: null,
  points_before: null,
  wait: null,
});
const tick = () => new Promise((r) => setTimeout(r, 5));

describe('the batcher of ratings', () => {
  it('sends a lone rating at once, and the ratings that arrive meanwhile together in the next batch', async () => {
    const batches: RatingRow[][] = [];
    let release: () => void = () => {};
    const batcher = new SubmissionBatcher(async (rows) => {
      batches.push(rows);
      if (batches.length === 1) await new Promise<void>((r) => (release = r));
      return rows.map(stored);
    }, 1);
    const first = batcher.submit(row());
    await tick();
    const rest = Array.from({ length: 5 }, () => batcher.submit(row()));
    await tick();
    release();
    await Promise.all([first, ...rest]);
    expect(batches.map((b) => b.length)).toEqual([1, 5]);
  });

  it('never puts two ratings of one address, one key or one proof in a batch, nor in two batches in flight', async () => {
    const batches: RatingRow[][] = [];
    const inFlight = new Set<string>();
    const batcher = new SubmissionBatcher(async (rows) => {
      batches.push(rows);
      const keys = rows.flatMap((r) => [`k${r.idempotencyKey}`, `l${r.limitKey}`, ...(r.powKey ? [`p${r.powKey}`] : [])]);
      expect(new Set(keys).size).toBe(keys.length);
      for (const k of keys) {
        expect(inFlight.has(k)).toBe(false);
        inFlight.add(k);
      }
      await tick();
      for (const k of keys) inFlight.delete(k);
      return rows.map(stored);
    }, 3);
    const office = 'limit-office';
    const twins = 'key-twin';
    await Promise.all([
      ...Array.from({ length: 6 }, () => batcher.submit(row({ limitKey: office }))),
      ...Array.from({ length: 3 }, () => batcher.submit(row({ idempotencyKey: twins }))),
      ...Array.from({ length: 3 }, () => batcher.submit(row({ powKey: 'pow-1' }))),
      ...Array.from({ length: 10 }, () => batcher.submit(row())),
    ]);
    expect(batches.flat()).toHaveLength(22);
    expect(batches.length).toBeGreaterThanOrEqual(6);
  });

  it('goes on after a batch fails: its ratings hear the failure, later ones are stored', async () => {
    let calls = 0;
    const batcher = new SubmissionBatcher(async (rows) => {
      calls++;
      if (calls === 1) throw new Error('database away');
      return rows.map(stored);
    }, 1);
    const office = 'limit-shared';
    await expect(batcher.submit(row({ limitKey: office }))).rejects.toThrow('database away');
    await expect(batcher.submit(row({ limitKey: office }))).resolves.toMatchObject({ counted: true });
  });

  it('answers each rating with its own outcome or its own failure', async () => {
    const batcher = new SubmissionBatcher(async (rows) => rows.map((r, i) => (r.comment === 'bad' ? new RowFailure(new Error('refused')) : stored(r, i))), 1);
    const results = await Promise.allSettled([batcher.submit(row()), batcher.submit(row({ comment: 'bad' })), batcher.submit(row())]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('stores the others when the database refuses one rating of a batch, and draws new receipt codes when one is taken', async () => {
    const statements: string[][] = [];
    let collided = false;
    const limits = { soft: 30, hard: 300, windowSeconds: 3600 };
    const batcher = createRatingBatcher(async (q) => {
      const keys = (q.params.find((p) => Array.isArray(p) && String(p[0]).startsWith('key-')) as string[]) ?? [];
      const codes = q.params[2] as string[];
      statements.push(keys);
      if (!collided && keys.length > 1) {
        collided = true;
        // As MikroORM converts PostgreSQL's unique violation of the receipt code.
        const error = new Error('duplicate key value violates unique constraint "feedback_receipt_code_unique"');
        Object.setPrototypeOf(error, (await import('@mikro-orm/core')).UniqueConstraintViolationException.prototype);
        throw error;
      }
      if (keys.includes('key-poison')) throw Object.assign(new Error('invalid byte sequence'), { code: '22021' });
      expect(new Set(codes).size).toBe(codes.length);
      return keys.map((k, i) => stored(row({ idempotencyKey: k }), i));
    }, limits);
    // The first goes alone; the other five queue behind it and go together.
    const all = await Promise.allSettled([
      batcher.submit(row()),
      ...Array.from({ length: 4 }, () => batcher.submit(row())),
      batcher.submit(row({ idempotencyKey: 'key-poison' })),
    ]);
    const poisoned = all.at(-1)!;
    expect(poisoned.status).toBe('rejected');
    expect(all.slice(0, -1).every((r) => r.status === 'fulfilled')).toBe(true);
    expect(collided).toBe(true);
    // One statement for the lone one, one that collided, its retry that failed, then one per rating.
    expect(statements.filter((keys) => keys.length === 1)).toHaveLength(1 + 5);
  });
});
