import { outsideRequests } from '../../common/logger.js';
import type { RatingOutcome, RatingRow } from './submission.statement.js';

/**
 * Ratings that arrive together are stored together (decision record 0008): while a batch is being
 * stored, the next ratings wait in a queue and then go as one statement, one round trip and one
 * commit. A lone rating goes at once, as a batch of one, so a quiet hour waits for nothing; a queue
 * of a hundred citizens pays for a few statements instead of a hundred — unless they share one
 * network address: ratings of one address go one per batch (they meet on its counter row), so a
 * flood from one address waits behind itself and the look-ahead keeps it from slowing the rest.
 *
 * At most `maxInFlight` batches run at once, each on one pooled connection for one statement (the
 * rest of the pool stays free for pages). A batch never holds two ratings that would meet on the
 * same row of a counter, an idempotency key or a proof of work, and no two batches in flight do
 * either: such a rating waits for the next batch, where it finds the first one's result.
 */
/** One outcome per row, in order; a row that failed on its own carries its error instead. */
export type RunBatch = (rows: RatingRow[]) => Promise<Array<RatingOutcome | RowFailure>>;

export class RowFailure {
  constructor(readonly error: unknown) {}
}

interface Waiting {
  row: RatingRow;
  resolve(outcome: RatingOutcome): void;
  reject(error: unknown): void;
}

export class SubmissionBatcher {
  private readonly queue: Waiting[] = [];
  private inFlight = 0;
  /** Counter, idempotency and proof keys of the batches in flight. */
  private readonly busy = new Set<string>();

  constructor(
    private readonly run: RunBatch,
    private readonly maxInFlight = 3,
    private readonly maxBatch = 100,
    /** How far down the queue a batch looks for ratings it may take: a long queue of one address's
     *  ratings must not make every pump walk all of it. */
    private readonly lookAhead = 1000,
  ) {}

  /** Ratings waiting for a batch (not those being stored): for the metrics. */
  get waiting(): number {
    return this.queue.length;
  }

  submit(row: RatingRow): Promise<RatingOutcome> {
    return new Promise<RatingOutcome>((resolve, reject) => {
      this.queue.push({ row, resolve, reject });
      this.pump();
    });
  }

  private keysOf(row: RatingRow): string[] {
    const keys = [`key:${row.idempotencyKey}`];
    if (row.limitKey) keys.push(`limit:${row.limitKey}`);
    if (row.powKey) keys.push(`pow:${row.powKey}`);
    return keys;
  }

  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
      const batch: Waiting[] = [];
      const taken = new Set<string>();
      for (let i = 0, looked = 0; i < this.queue.length && batch.length < this.maxBatch && looked < this.lookAhead; looked++) {
        const keys = this.keysOf(this.queue[i]!.row);
        if (keys.some((k) => this.busy.has(k) || taken.has(k))) {
          i++;
          continue;
        }
        for (const k of keys) taken.add(k);
        batch.push(...this.queue.splice(i, 1));
      }
      if (batch.length === 0) return; // everything queued waits on a batch in flight
      for (const k of taken) this.busy.add(k);
      this.inFlight++;
      // A batch serves many requests: its own log lines carry none of their ids (each request's
      // error is still logged under its own id, where the request formats it).
      outsideRequests(() => this.run(batch.map((w) => w.row)))
        .then(
          (outcomes) =>
            batch.forEach((w, i) => {
              const outcome = outcomes[i];
              if (outcome === undefined) w.reject(new Error('the batch answered fewer rows than it was given'));
              else if (outcome instanceof RowFailure) w.reject(outcome.error);
              else w.resolve(outcome);
            }),
          (error: unknown) => batch.forEach((w) => w.reject(error)),
        )
        .finally(() => {
          for (const k of taken) this.busy.delete(k);
          this.inFlight--;
          this.pump();
        });
    }
  }
}
