import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import { type ModerationItemKind, Role, SKM_ELEMENTS, type SkmElement } from '../../common/enums.js';
import { raw, sql, type SqlQuery } from '../../common/sql.js';
import { decodeCursor, pageSize, toConnection, type ConnectionShape } from '../../graphql/connection.js';
import type { CatalogSnapshot } from '../catalog/index.js';
import { THREAD_PUBLIC } from '../forum/index.js';
import { authorize, type Viewer } from '../identity/index.js';
import { NotFoundError } from '../../common/errors.js';
import { CitizenVoiceType, LowScoreReasonCountType, LowScoreReasonPickType } from './insights.types.js';
import { regionMapRows } from './tagging.service.js';

/**
 * Citizens' published words for HR (issue 9, point 4): the comments and forum posts of a region as
 * the public sees them (a redacted text, never the original), newest first, so HR can read them and
 * tag them with competencies. Nothing personal leaves here: no contact, no respondent profile, no
 * author name, no address.
 */

export interface CitizenVoiceArgs {
  regionSlug: string;
  unitId?: string | null;
  competencyId?: string | null;
  lowScoresOnly?: boolean | null;
  first?: number | null;
  after?: string | null;
}

interface Row {
  id: string;
  kind: ModerationItemKind;
  text: string;
  service_id: string | null;
  unit_id: string;
  submitted_at: string | Date;
  since: string;
  low: SkmElement[];
  /** `ELEMENT:REASON` of the comment's "what went wrong?" reasons. */
  reasons: string[];
  total: number;
}

/** Where HR's reason counts are read: the region, or one unit of it. */
export interface ReasonScope {
  regionId: string;
  unitId: string | null;
}

/** The window of the counts: the same 12 months as development needs' feedback signal (decision record 0018). */
const REASON_WINDOW = "interval '12 months'";

const elementOrder = (e: SkmElement) => SKM_ELEMENTS.indexOf(e);

/** `ELEMENT:REASON` strings as picks, in the order of the SKM. */
function picksOf(pairs: readonly string[]): LowScoreReasonPickType[] {
  return pairs
    .map((pair) => {
      const [element, reason] = pair.split(':') as [SkmElement, string];
      return Object.assign(new LowScoreReasonPickType(), { element, reason });
    })
    .sort((a, b) => elementOrder(a.element) - elementOrder(b.element) || a.reason.localeCompare(b.reason));
}

/**
 * How often each reason was given on scores of 1–2 in a region (or one unit) over the last 12 months:
 * every rating, with or without a comment (reasons are not personal data and need no moderation),
 * spam left out (a rating marked spam later drops out too). One grouped statement on the reasons'
 * (region, submitted_at) index.
 */
export async function reasonCountsOf(em: EntityManager, scope: ReasonScope): Promise<LowScoreReasonCountType[]> {
  const unitFilter = scope.unitId ? sql`and s.unit_id = ${scope.unitId}` : sql``;
  const rows = await em.execute<Array<{ element: SkmElement; reason: string; count: number }>>(
    ...toArgs(sql`select r.element, r.reason, count(*)::int as count
      from feedback_reason r join feedback f on f.id = r.feedback_id join public_service s on s.id = r.service_id
      where r.region_id = ${scope.regionId} and r.submitted_at >= now() - ${raw(REASON_WINDOW)} and not f.spam ${unitFilter}
      group by r.element, r.reason`),
  );
  return sortCounts(rows);
}

/** By element in the order of the SKM, then most given first (then by code, so the order is stable). */
export function sortCounts(rows: ReadonlyArray<{ element: SkmElement; reason: string; count: number }>): LowScoreReasonCountType[] {
  return [...rows]
    .sort((a, b) => elementOrder(a.element) - elementOrder(b.element) || b.count - a.count || a.reason.localeCompare(b.reason))
    .map((r) => Object.assign(new LowScoreReasonCountType(), { element: r.element, reason: r.reason, count: r.count }));
}

const ISO = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The elements a comment scored 1–2, in the order of the SKM. */
const LOW_ELEMENTS = raw(
  `array_remove(array[${SKM_ELEMENTS.map((e) => `case when f.score_${e.toLowerCase()} <= 2 then '${e}' end`).join(', ')}]::text[], null)`,
);

function bad(field: string, id: string, en: string): BadInputError {
  const message = { id, en };
  return new BadInputError(message, [{ field, message }]);
}

export async function citizenVoices(
  em: EntityManager,
  catalog: CatalogSnapshot,
  viewer: Viewer | null,
  args: CitizenVoiceArgs,
): Promise<ConnectionShape<CitizenVoiceType> & { reasonScope: ReasonScope }> {
  const region = catalog.regionBySlug(String(args.regionSlug).trim().toLowerCase().slice(0, 80));
  if (!region) throw new NotFoundError({ id: 'Daerah tidak ditemukan.', en: 'No such region.' });
  authorize(viewer, catalog, [Role.HR], { regionId: region.id });
  const size = pageSize(args.first);

  const filters: SqlQuery[] = [];
  let unitId: string | null = null;
  if (args.unitId != null) {
    const unit = isUuid(args.unitId) ? catalog.unit(args.unitId.toLowerCase()) : null;
    if (!unit || unit.regionId !== region.id) throw bad('unitId', 'Unit tidak ditemukan di daerah ini.', 'No such unit in this region.');
    filters.push(sql`i.unit_id = ${unit.id}`);
    unitId = unit.id;
  }
  if (args.lowScoresOnly) filters.push(sql`cardinality(i.low) > 0`);
  if (args.competencyId != null) {
    const competencyId = String(args.competencyId).trim().toLowerCase();
    const known = isUuid(competencyId)
      ? await em.execute<Array<{ id: string }>>(...toArgs(sql`select id from competency where id = ${competencyId} and (region_id is null or region_id = ${region.id})`))
      : [];
    if (!known.length) throw bad('competencyId', 'Kompetensi tidak ditemukan di kamus daerah ini.', 'No such competency in this region’s dictionary.');
    const map = await regionMapRows(em, region.id);
    const linked = [...new Set(map.filter((r) => r.competency_id === competencyId).map((r) => r.element))];
    const technical = [...new Set(map.filter((r) => r.service_technical).map((r) => r.element))];
    filters.push(sql`(
      exists (select 1 from competency_tag t where t.competency_id = ${competencyId} and (t.feedback_id = i.id or t.forum_post_id = i.id))
      or (i.kind = 'FEEDBACK_COMMENT' and i.low && string_to_array(${linked.join(',')}, ','))
      or (i.kind = 'FEEDBACK_COMMENT' and i.low && string_to_array(${technical.join(',')}, ',')
          and exists (select 1 from public_service_technical_competency x where x.service_id = i.service_id and x.competency_id = ${competencyId})))`);
  }
  const where = filters.length ? joinAnd(filters) : sql`true`;
  const after = args.after ? decodeCursor(args.after, ['timestamp', 'uuid'] as const) : null;
  const keyset = after ? sql`where (i.submitted_at, i.id) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : sql``;

  const rows = await em.execute<Row[]>(
    ...toArgs(sql`with items as materialized (
        select * from (
          select 'FEEDBACK_COMMENT' as kind, f.id, coalesce(f.redacted_comment, f.comment) as text, f.service_id, s.unit_id, f.submitted_at,
            ${LOW_ELEMENTS} as low
          from feedback f join public_service s on s.id = f.service_id
          where f.region_id = ${region.id} and f.moderation_status = 'PUBLISHED' and f.comment is not null and not f.spam
          union all
          select 'FORUM_POST', p.id, coalesce(p.redacted_body, p.body), t.service_id, t.unit_id, p.created_at, '{}'::text[]
          from forum_post p join forum_thread t on t.id = p.thread_id
          where p.region_id = ${region.id} and p.moderation_status = 'PUBLISHED' and p.official_unit_id is null and ${raw(THREAD_PUBLIC)}
        ) i where ${where}
      )
      select i.id, i.kind, i.text, i.service_id, i.unit_id, i.submitted_at, i.low, ${raw(ISO('i.submitted_at'))} as since,
        array(select r.element || ':' || r.reason from feedback_reason r where r.feedback_id = i.id) as reasons,
        (select count(*)::int from items) as total
      from items i ${keyset} order by i.submitted_at desc, i.id desc limit ${size + 1}`),
  );
  const total = rows[0]?.total ?? (after ? await countOnly() : 0);
  const voices = rows.map((r) => {
    const service = r.service_id ? catalog.service(r.service_id) : null;
    const unit = catalog.unit(r.unit_id)!;
    return Object.assign(new CitizenVoiceType(), {
      id: r.id,
      kind: r.kind,
      text: r.text,
      submittedAt: new Date(r.submitted_at),
      service: service ? { id: service.id, slug: service.slug, name: service.name } : null,
      unit: { id: unit.id, name: unit.name },
      lowElements: r.low,
      lowScoreReasons: picksOf(r.reasons ?? []),
      since: r.since,
    });
  });
  const connection = toConnection(voices, size, total, (v) => [(v as CitizenVoiceType & { since: string }).since, v.id]);
  return Object.assign(connection, { reasonScope: { regionId: region.id, unitId } });

  // A page past the last item still says how many there are.
  async function countOnly(): Promise<number> {
    const [row] = await em.execute<Array<{ total: number }>>(
      ...toArgs(sql`select count(*)::int as total from (
        select f.id, 'FEEDBACK_COMMENT' as kind, f.service_id, s.unit_id, ${LOW_ELEMENTS} as low
        from feedback f join public_service s on s.id = f.service_id
        where f.region_id = ${region!.id} and f.moderation_status = 'PUBLISHED' and f.comment is not null and not f.spam
        union all
        select p.id, 'FORUM_POST', t.service_id, t.unit_id, '{}'::text[]
        from forum_post p join forum_thread t on t.id = p.thread_id
        where p.region_id = ${region!.id} and p.moderation_status = 'PUBLISHED' and p.official_unit_id is null and ${raw(THREAD_PUBLIC)}
      ) i where ${where}`),
    );
    return row?.total ?? 0;
  }
}

function joinAnd(parts: SqlQuery[]): SqlQuery {
  return parts.slice(1).reduce((acc, p) => sql`${acc} and ${p}`, parts[0]!);
}

const toArgs = (q: SqlQuery): [string, unknown[]] => [q.text, q.params];
