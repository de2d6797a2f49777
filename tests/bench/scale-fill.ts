/**
 * The scale bench's feedback generator (`pnpm bench --scale`, decision record 0028): N responses
 * filled by PostgreSQL itself (INSERT … SELECT from generate_series), spread over every service of
 * the four demo regions and over two years ending today, deterministic via setseed per chunk.
 * Pure functions only (the SQL text and its arithmetic), so that their unit test loads nothing heavy.
 */

/** Names of the scales a run may ask for, and their row counts. */
export const SCALES: Record<string, number> = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000, '10m': 10_000_000 };

/**
 * `BENCH_SCALE=10k,1m` (or `--scale=10k,1m`): the scales, smallest first, without repeats. Plain
 * numbers ("250000") are accepted too. An empty text means the issue's three: 10k, 1M and 10M.
 */
export function parseScales(text: string | undefined): number[] {
  const raw = (text ?? '').trim();
  if (!raw) return [SCALES['10k']!, SCALES['1m']!, SCALES['10m']!];
  const out = new Set<number>();
  for (const part of raw.split(',').map((p) => p.trim().toLowerCase()).filter(Boolean)) {
    const named = SCALES[part];
    const n = named ?? (/^\d+$/.test(part) ? Number(part) : Number.NaN);
    if (!Number.isSafeInteger(n) || n < 1) {
      throw new Error(`BENCH_SCALE: "${part}" is not one of ${Object.keys(SCALES).join(', ')} nor a whole number of rows`);
    }
    out.add(n);
  }
  return [...out].sort((a, b) => a - b);
}

/** "10k", "1M", "10M", or the number itself: how a scale is printed. */
export function scaleLabel(n: number): string {
  if (n >= 1_000_000 && n % 1_000_000 === 0) return `${n / 1_000_000}M`;
  if (n >= 1_000 && n % 1_000 === 0) return `${n / 1_000}k`;
  return String(n);
}

/** Rows 1..n in chunks of at most `size`: [first, last] inclusive, in order, covering every row once. */
export function chunks(n: number, size: number): Array<[number, number]> {
  if (size < 1) throw new RangeError('chunk size must be at least 1');
  const out: Array<[number, number]> = [];
  for (let first = 1; first <= n; first += size) out.push([first, Math.min(n, first + size - 1)]);
  return out;
}

/** The seed of chunk i for setseed(), in [-1, 1]: the same chunk always draws the same numbers. */
export function chunkSeed(i: number): number {
  return ((i * 7919) % 20_000) / 10_000 - 1;
}

/**
 * A service's typical score (its k-th place in id order): 2.5 to 3.7, so grades differ between
 * services (C to A, facts/SKM.md), derived and not drawn.
 */
export function serviceQuality(k: number): number {
  return 2.5 + ((k * 37) % 13) / 10;
}

/**
 * Bytes a feedback row takes with its 8 indexes (measured here: ~370 MB per million rows), plus
 * the WAL written on the way: what the disk must have free for n rows.
 */
export const BYTES_PER_ROW = 400;
export const WAL_FACTOR = 1.6;
export function bytesNeeded(n: number): number {
  return Math.ceil(n * BYTES_PER_ROW * WAL_FACTOR);
}

const STEMS = [
  'persyaratan',
  'sistem_mekanisme_prosedur',
  'waktu_penyelesaian',
  'biaya_tarif',
  'produk_spesifikasi',
  'kompetensi_pelaksana',
  'perilaku_pelaksana',
  'penanganan_pengaduan',
  'sarana_prasarana',
] as const;
export const SCORE_COLUMNS = STEMS.map((s) => `score_${s}`);

/** Share of responses flagged as spam (never counted) and with a comment: realistic, derived from the demo world. */
export const SPAM_SHARE = 0.01;
export const COMMENT_SHARE = 0.08;
export const DAYS = 730;

/**
 * The INSERT of rows [first, last]: each row draws its service uniformly among all services, its
 * moment uniformly over the DAYS days before `today` (UTC midnight), and each of the nine scores as
 * the service's quality, a slow seasonal drift (so trends move), and noise, rounded into 1–4.
 * Ids, receipt codes and idempotency keys are derived from the row number: unique and repeatable.
 * Run right after `select setseed(chunkSeed(i))` on the same connection.
 */
export function fillStatement(first: number, last: number, today: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`today must be YYYY-MM-DD, not ${today}`);
  if (!Number.isSafeInteger(first) || !Number.isSafeInteger(last) || first < 1 || last < first) throw new RangeError(`bad row range ${first}..${last}`);
  const randoms = STEMS.map((_, i) => `random() as r${i}`).join(', ');
  const scores = STEMS.map((_, i) => `least(4, greatest(1, round(s.q + x.drift + x.r${i} * 2.4 - 1.2)))::smallint`).join(',\n      ');
  return `insert into feedback (id, created_at, service_id, region_id, submitted_at, ${SCORE_COLUMNS.join(', ')},
    comment, moderation_status, spam, report_count, receipt_code, idempotency_key, channel, published_at)
    select md5('suara-bench-' || x.g)::uuid, x.at, s.id, s.region_id, x.at,
      ${scores},
      case when x.rc < ${COMMENT_SHARE} then 'Komentar uji beban / load-test comment' end,
      case when x.rs < ${SPAM_SHARE} then 'SPAM' else 'PUBLISHED' end,
      x.rs < ${SPAM_SHARE}, 0, 'B' || lpad(x.g::text, 13, '0'), 'bench-' || x.g, 'WEB',
      case when x.rc < ${COMMENT_SHARE} and x.rs >= ${SPAM_SHARE} then x.at end
    from (
      select g, at, k, ${STEMS.map((_, i) => `r${i}`).join(', ')}, rc, rs,
        0.25 * sin(2 * pi() * extract(epoch from at) / (365 * 86400) + k) as drift
      from (
        select g, ('${today}'::date - ${DAYS})::timestamp at time zone 'UTC' + random() * interval '${DAYS} days' as at,
          random() as rk, ${randoms}, random() as rc, random() as rs
        from generate_series(${first}::bigint, ${last}::bigint) g
      ) drawn
      cross join lateral (select floor(drawn.rk * (select count(*) from public_service))::int as k) pick
    ) x
    join (select (row_number() over (order by id))::int - 1 as k, id, region_id,
                 2.5 + (((row_number() over (order by id)) - 1) * 37 % 13) / 10.0 as q
          from public_service) s on s.k = x.k`;
}
