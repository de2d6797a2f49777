import type { EntityManager } from '@mikro-orm/postgresql';
import {
  MIN_RESPONSES_FOR_SCORE,
  SKM_ELEMENTS,
  addDays,
  lastCompletePeriod,
  parsePeriodKey,
  periodState,
  type SkmElement,
  type SurveyPeriod,
} from '@suara/skm';
import { BadInputError, ConflictError, NotFoundError, type LocalizedText } from '../../common/errors.js';
import { FollowUpStatus, Role } from '../../common/enums.js';
import { isUuid } from '../../common/ids.js';
import { raw, sql, type SqlQuery } from '../../common/sql.js';
import { sortCounts } from './citizen-voices.service.js';
import { storableText } from '../../common/text.js';
import { todayIn } from '../../common/calendar.js';
import type { CatalogSnapshot, RegionType, UnitType } from '../catalog/index.js';
import { authorize, covers, type Viewer } from '../identity/index.js';
import { loadTotals, toSatisfaction } from '../feedback/index.js';
import {
  DEFAULT_DUE_DAYS,
  MAX_ACTIONS,
  SOURCE_COMMENTS,
  SUGGESTED_ACTION,
  figuresOf,
  isDoneOnTime,
  isOverdue,
  weakestElements,
  type FigureAction,
  type Figures,
} from './follow-up.rules.js';
import {
  FollowUpActionType,
  FollowUpCommentType,
  FollowUpFiguresBase,
  FollowUpFiguresType,
  FollowUpPlanState,
  FollowUpPlanType,
  UnitFollowUpFiguresType,
  type FollowUpActionInput,
} from './follow-up.types.js';

/**
 * Follow-up plans (rencana tindak lanjut; facts/LAPORAN.md "Follow-up plans"; decision record 0025).
 * Who: UNIT_OFFICER of the unit (grants cover sub-units), HR of the region and ADMIN edit; the MAYOR
 * of the region reads. Every write locks the plan's row first, so an agreement never races an edit.
 */
export const READERS = [Role.UNIT_OFFICER, Role.HR, Role.MAYOR] as const;
export const EDITORS = [Role.UNIT_OFFICER, Role.HR] as const;

const ACTION_MAX = 1000;
const OWNER_MAX = 200;
const EVIDENCE_MAX = 1000;
const REASON_MAX = 1000;
/** A deadline further than two years after the period is not a plan for this period. */
const DUE_MAX_DAYS = 730;

export async function rows<T>(em: EntityManager, q: SqlQuery): Promise<T[]> {
  return em.execute<T[]>(q.text, q.params);
}

function bad(field: string, message: LocalizedText): BadInputError {
  return new BadInputError(message, [{ field, message }]);
}

/** A control character other than tab and line breaks: never typed, never shown. */
function isControl(c: string): boolean {
  const code = c.codePointAt(0)!;
  return (code < 0x20 && c !== '\t' && c !== '\n' && c !== '\r') || code === 0x7f;
}

/** Trimmed text of `min`–`max` characters, storable (no NUL, no half surrogate pair, no control character but newlines and tabs). */
export function checkText(field: string, value: string | null | undefined, min: number, max: number, what: LocalizedText): string | null {
  const text = (value ?? '').trim();
  if (!text && min === 0) return null;
  const length = [...text].length;
  if (!storableText(text) || [...text].some(isControl)) {
    throw bad(field, { id: `${what.id} memuat karakter yang tidak dapat disimpan.`, en: `${what.en} holds characters that cannot be stored.` });
  }
  if (length < Math.max(1, min) || length > max) {
    throw bad(
      field,
      length === 0
        ? { id: `${what.id} wajib diisi.`, en: `${what.en} is required.` }
        : { id: `${what.id} harus ${min}–${max} karakter.`, en: `${what.en} must be ${min}–${max} characters.` },
    );
  }
  return text;
}

export function regionOf(catalog: CatalogSnapshot, slug: string): RegionType {
  const region = catalog.regionBySlug(String(slug).trim().toLowerCase().slice(0, 80));
  if (!region) throw new NotFoundError({ id: 'Daerah tidak ditemukan.', en: 'No such region.' });
  return region;
}

export function unitOf(catalog: CatalogSnapshot, unitId: string): UnitType {
  const unit = isUuid(String(unitId)) ? catalog.unit(String(unitId).toLowerCase()) : null;
  if (!unit) throw new NotFoundError({ id: 'Unit tidak ditemukan.', en: 'No such unit.' });
  return unit;
}

/**
 * A period key of the region, or its last complete period (facts/LAPORAN.md "Periods") when none is
 * given. Any valid key is read; `sameKind` (drafting, recording) insists on the region's own period length.
 */
export function periodOf(region: RegionType, key: string | null | undefined, sameKind = false): SurveyPeriod {
  if (key === null || key === undefined || key.trim() === '') return lastCompletePeriod(region.surveyPeriod, todayIn(region.timeZone));
  const period = parsePeriodKey(key.trim().slice(0, 10).toUpperCase());
  if (!period) {
    throw bad('period', {
      id: 'Periode tidak dikenali: tulis misalnya 2026-S1 (semester), 2026-Q3 (triwulan) atau 2026 (tahun).',
      en: 'Unknown period: write e.g. 2026-S1 (semester), 2026-Q3 (quarter) or 2026 (year).',
    });
  }
  if (sameKind && period.kind !== region.surveyPeriod) {
    const kinds = { QUARTER: ['triwulan', 'quarters'], SEMESTER: ['semester', 'semesters'], YEAR: ['tahun', 'years'] } as const;
    const [id, en] = kinds[region.surveyPeriod];
    throw bad('period', { id: `Periode survei daerah ini per ${id}.`, en: `This region surveys in ${en}.` });
  }
  return period;
}

function periodStateText(period: SurveyPeriod, today: string): BadInputError | null {
  const state = periodState(period, today);
  if (state === 'COMPLETE') return null;
  return bad(
    'period',
    state === 'RUNNING'
      ? {
          id: `Periode ${period.key} masih berjalan sampai ${period.to}: rencana tindak lanjut disusun setelah periode berakhir.`,
          en: `Period ${period.key} is still running until ${period.to}: a follow-up plan is drafted after the period ends.`,
        }
      : { id: `Periode ${period.key} belum dimulai.`, en: `Period ${period.key} has not started yet.` },
  );
}

// --- Reading ---------------------------------------------------------------------------------

interface HeadRow {
  id: string;
  unit_id: string;
  period_key: string;
  period_start: string;
  period_end: string;
  created_at: Date;
  agreed_at: Date | null;
  agreed_by: string | null;
}

interface ActionRow {
  id: string;
  unit_id: string;
  element: SkmElement;
  action: string;
  owner: string | null;
  due_on: string | null;
  status: FollowUpStatus;
  evidence: string | null;
  drop_reason: string | null;
  created_at: Date;
  closed_at: Date | null;
  drafted: boolean;
  source_average: number | null;
  source_low_score_count: number | null;
  source_comment_ids: string[] | null;
}

const ACTION_COLUMNS = raw(`a.id, a.unit_id, a.element, a.action, a.owner, to_char(a.due_on, 'YYYY-MM-DD') as due_on, a.status, a.evidence,
  a.drop_reason, a.created_at, a.closed_at, a.drafted, a.source_average, a.source_low_score_count, a.source_comment_ids`);

/** The plans of some units for one period: three statements, whatever the number of units. */
async function loadPlans(
  em: EntityManager,
  units: readonly UnitType[],
  period: SurveyPeriod,
  timeZoneOf: (unitId: string) => string,
): Promise<Map<string, PlanEntry>> {
  const ids = units.map((u) => u.id);
  const out = new Map<string, PlanEntry>(
    ids.map((id) => [id, { head: null as HeadRow | null, actions: [] as ActionRow[], comments: new Map<string, FollowUpCommentType>(), reasons: [] }]),
  );
  if (!ids.length) return out;
  const heads = await rows<HeadRow>(
    em,
    sql`select h.id, h.unit_id, h.period_key, to_char(h.period_start, 'YYYY-MM-DD') as period_start, to_char(h.period_end, 'YYYY-MM-DD') as period_end,
          h.created_at, h.agreed_at, s.name as agreed_by
        from follow_up_plan_head h left join staff_account s on s.id = h.agreed_by_id
        where h.unit_id in (${ids}) and h.period_start = ${period.from}::date`,
  );
  for (const h of heads) out.get(h.unit_id)!.head = h;
  const actions = await rows<ActionRow>(
    em,
    sql`select ${ACTION_COLUMNS} from follow_up_plan a where a.unit_id in (${ids}) and a.period_start = ${period.from}::date
        order by a.drafted desc, a.source_average asc nulls last, a.created_at, a.id`,
  );
  for (const a of actions) out.get(a.unit_id)!.actions.push(a);
  const commentIds = [...new Set(actions.flatMap((a) => a.source_comment_ids ?? []))].filter(isUuid);
  if (commentIds.length) {
    // Only what is still published, as the public reads it: a comment hidden later drops out here too.
    const found = await rows<{ id: string; text: string; submitted_at: Date }>(
      em,
      sql`select f.id, coalesce(f.redacted_comment, f.comment) as text, f.submitted_at from feedback f
          where f.id in (${commentIds}) and f.moderation_status = 'PUBLISHED' and not f.spam and f.comment is not null`,
    );
    const byId = new Map(found.map((c) => [c.id, Object.assign(new FollowUpCommentType(), { id: c.id, text: c.text, submittedAt: new Date(c.submitted_at) })]));
    for (const entry of out.values()) for (const id of commentIds) if (byId.has(id)) entry.comments.set(id, byId.get(id)!);
  }
  const planned = ids.filter((id) => out.get(id)!.actions.length > 0);
  if (planned.length) {
    // What citizens said went wrong in the period (issue 13, decision record 0038): the evidence an
    // action can be written against ("charged above the tariff" is a different fix from "no tariff
    // posted"). The period's days are the region's own (one region per call: every unit shares it).
    const timeZone = timeZoneOf(planned[0]!);
    const counted = await rows<{ unit_id: string; element: SkmElement; reason: string; count: number }>(
      em,
      sql`select s.unit_id, r.element, r.reason, count(*)::int as count
          from feedback_reason r join public_service s on s.id = r.service_id join feedback f on f.id = r.feedback_id
          where s.unit_id in (${planned}) and not f.spam
            and r.submitted_at >= (${period.from}::date)::timestamp at time zone ${timeZone}
            and r.submitted_at < (${period.to}::date + 1)::timestamp at time zone ${timeZone}
          group by s.unit_id, r.element, r.reason`,
    );
    for (const row of counted) out.get(row.unit_id)!.reasons.push(row);
  }
  return out;
}

function dayOf(at: Date | null, timeZone: string): string | null {
  return at ? todayIn(timeZone, new Date(at)) : null;
}

interface PlanEntry {
  head: HeadRow | null;
  actions: ActionRow[];
  comments: Map<string, FollowUpCommentType>;
  /** Reasons given in the period at the unit, per element and code. */
  reasons: Array<{ element: SkmElement; reason: string; count: number }>;
}

function toAction(a: ActionRow, planId: string, timeZone: string, today: string, entry: PlanEntry): FollowUpActionType {
  const comments = entry.comments;
  const closedDay = a.status === FollowUpStatus.DONE ? dayOf(a.closed_at, timeZone) : null;
  return Object.assign(new FollowUpActionType(), {
    id: a.id,
    planId,
    element: a.element,
    action: a.action,
    owner: a.owner,
    dueOn: a.due_on,
    status: a.status,
    evidence: a.evidence,
    dropReason: a.drop_reason,
    createdAt: new Date(a.created_at),
    closedAt: a.closed_at ? new Date(a.closed_at) : null,
    overdue: isOverdue({ status: a.status, dueOn: a.due_on }, today),
    doneOnTime: isDoneOnTime({ status: a.status, dueOn: a.due_on, closedDay }),
    drafted: a.drafted,
    sourceAverage: a.source_average === null ? null : Number(a.source_average),
    sourceLowScoreCount: a.source_low_score_count,
    sourceComments: (a.source_comment_ids ?? []).map((id) => comments.get(id)).filter((c): c is FollowUpCommentType => !!c),
    sourceReasonCounts: sortCounts(entry.reasons.filter((r) => r.element === a.element)),
  });
}

/** The figure inputs of a plan's actions; none unless the plan is agreed (a draft is not a commitment). */
function figureActions(head: HeadRow | null, actions: readonly ActionRow[], timeZone: string): FigureAction[] {
  if (!head?.agreed_at) return [];
  const agreedDay = dayOf(head.agreed_at, timeZone);
  return actions.map((a) => ({
    status: a.status,
    dueOn: a.due_on,
    closedDay: a.status === FollowUpStatus.DONE ? dayOf(a.closed_at, timeZone) : null,
    agreedDay,
  }));
}

function stateOf(head: HeadRow | null): FollowUpPlanState {
  if (!head) return FollowUpPlanState.NONE;
  return head.agreed_at ? FollowUpPlanState.AGREED : FollowUpPlanState.DRAFT;
}

function toPlan(
  unit: UnitType,
  period: SurveyPeriod,
  region: RegionType,
  entry: PlanEntry,
): FollowUpPlanType {
  const today = todayIn(region.timeZone);
  const head = entry.head;
  return Object.assign(new FollowUpPlanType(), {
    id: head?.id ?? null,
    unitId: unit.id,
    unit,
    period: head?.period_key ?? period.key,
    periodStart: period.from,
    periodEnd: head?.period_end ?? period.to,
    periodComplete: periodState(period, today) === 'COMPLETE',
    state: stateOf(head),
    draftedAt: head ? new Date(head.created_at) : null,
    agreedAt: head?.agreed_at ? new Date(head.agreed_at) : null,
    agreedBy: head?.agreed_at ? head.agreed_by : null,
    actions: head ? entry.actions.map((a) => toAction(a, head.id, region.timeZone, today, entry)) : [],
    figures: Object.assign(new FollowUpFiguresBase(), figuresOf(figureActions(head, entry.actions, region.timeZone), today)),
  });
}

/** Units a plan can be about: those delivering services themselves (the rollups are per service's unit). */
function unitsWithServices(catalog: CatalogSnapshot, regionId: string): UnitType[] {
  return catalog.unitsOf(regionId).filter((u) => catalog.servicesOfUnit(u.id).length > 0);
}

/**
 * `followUpPlans(regionSlug, period, unitId)`: one entry per unit the viewer may read (HR, MAYOR,
 * ADMIN: every unit of the region with services; an officer: their unit(s)), with or without a plan.
 */
export async function followUpPlans(
  em: EntityManager,
  catalog: CatalogSnapshot,
  viewer: Viewer | null,
  args: { regionSlug: string; period?: string | null; unitId?: string | null },
): Promise<FollowUpPlanType[]> {
  const region = regionOf(catalog, args.regionSlug);
  let units: UnitType[];
  if (args.unitId !== null && args.unitId !== undefined) {
    const unit = unitOf(catalog, args.unitId);
    if (unit.regionId !== region.id) throw bad('unitId', { id: 'Unit tidak ditemukan di daerah ini.', en: 'No such unit in this region.' });
    authorize(viewer, catalog, READERS, { unitId: unit.id });
    units = [unit];
  } else {
    if (!viewer) authorize(viewer, catalog, READERS, { regionId: region.id });
    units = unitsWithServices(catalog, region.id).filter((u) => covers(viewer!, catalog, READERS, { unitId: u.id }));
    if (!units.length) authorize(viewer, catalog, READERS, { regionId: region.id });
  }
  const period = periodOf(region, args.period);
  const plans = await loadPlans(em, units, period, () => region.timeZone);
  return units.map((u) => toPlan(u, period, region, plans.get(u.id)!));
}

/** One unit's plan for a period (after a write, or for the plan page). */
export async function followUpPlan(em: EntityManager, catalog: CatalogSnapshot, unit: UnitType, period: SurveyPeriod): Promise<FollowUpPlanType> {
  const region = catalog.region(unit.regionId)!;
  const plans = await loadPlans(em, [unit], period, () => region.timeZone);
  return toPlan(unit, period, region, plans.get(unit.id)!);
}

/** `followUpFigures(regionSlug, period)`: HR and MAYOR of the region, ADMIN. */
export async function followUpFigures(
  em: EntityManager,
  catalog: CatalogSnapshot,
  viewer: Viewer | null,
  args: { regionSlug: string; period?: string | null },
): Promise<FollowUpFiguresType> {
  const region = regionOf(catalog, args.regionSlug);
  authorize(viewer, catalog, [Role.HR, Role.MAYOR], { regionId: region.id });
  const period = periodOf(region, args.period);
  const units = unitsWithServices(catalog, region.id);
  const plans = await loadPlans(em, units, period, () => region.timeZone);
  const today = todayIn(region.timeZone);
  const all: FigureAction[] = [];
  const perUnit = units.map((u) => {
    const entry = plans.get(u.id)!;
    const actions = figureActions(entry.head, entry.actions, region.timeZone);
    all.push(...actions);
    return Object.assign(new UnitFollowUpFiguresType(), { unitId: u.id, unit: u, planState: stateOf(entry.head), ...figuresOf(actions, today) });
  });
  return Object.assign(new FollowUpFiguresType(), {
    period: period.key,
    periodStart: period.from,
    periodEnd: period.to,
    agreedPlans: perUnit.filter((u) => u.planState === FollowUpPlanState.AGREED).length,
    draftPlans: perUnit.filter((u) => u.planState === FollowUpPlanState.DRAFT).length,
    units: perUnit,
    ...figuresOf(all, today),
  });
}

// --- Drafting --------------------------------------------------------------------------------

interface DraftSource {
  element: SkmElement;
  average: number;
  lowScoreCount: number;
  commentIds: string[];
}

/** What a draft is made from: the unit's weakest elements in the period, read from the daily rollup like every score. */
async function draftSources(em: EntityManager, catalog: CatalogSnapshot, unit: UnitType, region: RegionType, period: SurveyPeriod): Promise<DraftSource[]> {
  const totals = (await loadTotals(em, 'unit', [unit.id], { from: period.from, to: period.to })).get(unit.id)!;
  const satisfaction = toSatisfaction(totals, catalog.expectedAnnualUsers(unit.id), { from: period.from, to: period.to });
  if (satisfaction.responseCount < MIN_RESPONSES_FOR_SCORE) {
    throw bad('period', {
      id: `Unit ini hanya menerima ${satisfaction.responseCount} tanggapan pada periode ${period.key}; rencana tindak lanjut disusun dari sedikitnya ${MIN_RESPONSES_FOR_SCORE} tanggapan.`,
      en: `This unit received only ${satisfaction.responseCount} responses in ${period.key}; a follow-up plan is drafted from at least ${MIN_RESPONSES_FOR_SCORE} responses.`,
    });
  }
  const weak = weakestElements(satisfaction.elements);
  const lows = SKM_ELEMENTS.map((e) => `coalesce(sum(low_${e.toLowerCase()}), 0)::int as "${e}"`).join(', ');
  const [low] = await rows<Record<SkmElement, number>>(
    em,
    sql`select ${raw(lows)} from satisfaction_daily where unit_id = ${unit.id} and day between ${period.from}::date and ${period.to}::date`,
  );
  const sources: DraftSource[] = [];
  for (const w of weak) {
    const column = raw(`f.score_${w.element.toLowerCase()}`);
    // "Comments that mention the issue": published comments of the period whose author scored this element low.
    const comments = await rows<{ id: string }>(
      em,
      sql`select f.id from feedback f join public_service s on s.id = f.service_id
          where s.unit_id = ${unit.id} and f.moderation_status = 'PUBLISHED' and not f.spam and f.comment is not null
            and ${column} <= 2
            and f.submitted_at >= (${period.from}::date::timestamp at time zone ${region.timeZone})
            and f.submitted_at < ((${period.to}::date + 1)::timestamp at time zone ${region.timeZone})
          order by f.submitted_at desc, f.id desc limit ${SOURCE_COMMENTS}`,
    );
    sources.push({ element: w.element, average: w.average, lowScoreCount: Number(low?.[w.element] ?? 0), commentIds: comments.map((c) => c.id) });
  }
  return sources;
}

/**
 * `draftFollowUpPlan(unitId, period)`: drafts actions for the unit's two or three weakest elements of
 * a complete period (facts/LAPORAN.md). Idempotent: the plan row is unique per unit and period, and
 * only the call that inserted it writes actions; every other call, concurrent or later, returns it.
 */
export async function draftFollowUpPlan(
  em: EntityManager,
  catalog: CatalogSnapshot,
  viewer: Viewer | null,
  args: { unitId: string; period: string },
): Promise<FollowUpPlanType> {
  const unit = unitOf(catalog, args.unitId);
  const who = authorize(viewer, catalog, EDITORS, { unitId: unit.id });
  const region = catalog.region(unit.regionId)!;
  const period = periodOf(region, args.period, true);
  const notYet = periodStateText(period, todayIn(region.timeZone));
  if (notYet) throw notYet;
  const [existing] = await rows<{ id: string }>(em, sql`select id from follow_up_plan_head where unit_id = ${unit.id} and period_start = ${period.from}::date`);
  if (!existing) {
    const sources = await draftSources(em, catalog, unit, region, period);
    await em.transactional(async (tx) => {
      const [inserted] = await rows<{ id: string }>(
        tx,
        sql`insert into follow_up_plan_head (id, created_at, unit_id, period_key, period_start, period_end, drafted_by_id)
            values (gen_random_uuid(), now(), ${unit.id}, ${period.key}, ${period.from}::date, ${period.to}::date, ${who.accountId}::uuid)
            on conflict (unit_id, period_start) do nothing returning id`,
      );
      if (!inserted) return;
      const due = addDays(period.to, DEFAULT_DUE_DAYS);
      let order = 0;
      for (const s of sources) {
        order += 1;
        await rows(
          tx,
          sql`insert into follow_up_plan (id, created_at, unit_id, element, period_start, period_end, action, owner, due_on, status,
                source_average, source_low_score_count, source_comment_ids, drafted)
              values (gen_random_uuid(), now() + ${order} * interval '1 millisecond', ${unit.id}, ${s.element}, ${period.from}::date, ${period.to}::date,
                ${SUGGESTED_ACTION[s.element]}, null, ${due}::date, 'PLANNED', ${s.average}, ${s.lowScoreCount}, ${JSON.stringify(s.commentIds)}::jsonb, true)`,
        );
      }
    });
  }
  return followUpPlan(em, catalog, unit, period);
}

// --- Editing ---------------------------------------------------------------------------------

interface LockedHead {
  id: string;
  unit_id: string;
  period_key: string;
  period_start: string;
  period_end: string;
  agreed_at: Date | null;
}

async function lockHead(tx: EntityManager, unitId: string, periodStart: string): Promise<LockedHead | null> {
  const [head] = await rows<LockedHead>(
    tx,
    sql`select id, unit_id, period_key, to_char(period_start, 'YYYY-MM-DD') as period_start, to_char(period_end, 'YYYY-MM-DD') as period_end, agreed_at
        from follow_up_plan_head where unit_id = ${unitId} and period_start = ${periodStart}::date for update`,
  );
  return head ?? null;
}

const AGREED: LocalizedText = {
  id: 'Rencana ini sudah disepakati: hanya penanggung jawab yang dapat diubah, dan status diperbarui per tindakan.',
  en: 'This plan is agreed: only the owner can change, and status is updated per action.',
};

function checkDue(field: string, dueOn: string, period: { to: string }): string {
  if (dueOn <= period.to || dueOn > addDays(period.to, DUE_MAX_DAYS)) {
    throw bad(field, {
      id: `Tenggat harus setelah periode berakhir (${period.to}) dan paling lambat ${addDays(period.to, DUE_MAX_DAYS)}.`,
      en: `The deadline must fall after the period ends (${period.to}) and by ${addDays(period.to, DUE_MAX_DAYS)}.`,
    });
  }
  return dueOn;
}

const L = {
  action: { id: 'Uraian tindakan', en: 'The action' },
  owner: { id: 'Penanggung jawab', en: 'The owner' },
  evidence: { id: 'Bukti penyelesaian', en: 'The evidence' },
  reason: { id: 'Alasan', en: 'The reason' },
};

/** `saveFollowUpAction(input)`: change an action (id) or add one to a draft plan (unitId, period). */
export async function saveFollowUpAction(
  em: EntityManager,
  catalog: CatalogSnapshot,
  viewer: Viewer | null,
  input: FollowUpActionInput,
): Promise<FollowUpPlanType> {
  if (input.id !== null && input.id !== undefined) {
    const [target] = isUuid(input.id)
      ? await rows<{ unit_id: string; period_start: string }>(em, sql`select unit_id, to_char(period_start, 'YYYY-MM-DD') as period_start from follow_up_plan where id = ${input.id}`)
      : [];
    if (!target) throw new NotFoundError({ id: 'Tindakan tidak ditemukan.', en: 'No such action.' });
    const unit = unitOf(catalog, target.unit_id);
    authorize(viewer, catalog, EDITORS, { unitId: unit.id });
    const action = input.action === undefined || input.action === null ? undefined : checkText('action', input.action, 5, ACTION_MAX, L.action)!;
    const owner = input.owner === undefined ? undefined : checkText('owner', input.owner, 0, OWNER_MAX, L.owner);
    const period = await em.transactional(async (tx) => {
      const head = await lockHead(tx, unit.id, target.period_start);
      if (!head) throw new NotFoundError({ id: 'Rencana tidak ditemukan.', en: 'No such plan.' });
      const period = { key: head.period_key, from: head.period_start, to: head.period_end };
      const dueOn = input.dueOn === undefined || input.dueOn === null ? undefined : checkDue('dueOn', input.dueOn, period);
      if (head.agreed_at && (action !== undefined || dueOn !== undefined || (input.element ?? undefined) !== undefined)) {
        const [current] = await rows<{ action: string; due_on: string | null; element: string }>(
          tx,
          sql`select action, to_char(due_on, 'YYYY-MM-DD') as due_on, element from follow_up_plan where id = ${input.id}`,
        );
        const changes =
          (action !== undefined && action !== current!.action) ||
          (dueOn !== undefined && dueOn !== current!.due_on) ||
          (input.element != null && input.element !== current!.element);
        if (changes) throw bad(dueOn !== undefined && dueOn !== current!.due_on ? 'dueOn' : 'action', AGREED);
      }
      await rows(
        tx,
        sql`update follow_up_plan set
              action = coalesce(${action ?? null}::text, action),
              element = coalesce(${input.element ?? null}::text, element),
              due_on = coalesce(${dueOn ?? null}::date, due_on),
              owner = case when ${owner !== undefined} then ${owner ?? null}::text else owner end
            where id = ${input.id}`,
      );
      return period;
    });
    return followUpPlan(em, catalog, unit, parsePeriodKey(period.key) ?? { kind: 'SEMESTER', ...period });
  }

  // Adding an action to a draft.
  if (!input.unitId) throw bad('unitId', { id: 'Pilih unit.', en: 'Choose a unit.' });
  const unit = unitOf(catalog, input.unitId);
  authorize(viewer, catalog, EDITORS, { unitId: unit.id });
  const region = catalog.region(unit.regionId)!;
  const period = periodOf(region, input.period ?? '', true);
  if (!input.element) throw bad('element', { id: 'Pilih unsur SKM.', en: 'Choose an SKM element.' });
  const action = checkText('action', input.action, 5, ACTION_MAX, L.action)!;
  const owner = checkText('owner', input.owner, 0, OWNER_MAX, L.owner);
  const dueOn = checkDue('dueOn', input.dueOn ?? addDays(period.to, DEFAULT_DUE_DAYS), period);
  await em.transactional(async (tx) => {
    const head = await lockHead(tx, unit.id, period.from);
    if (!head) throw bad('period', { id: 'Buat draf rencana untuk periode ini terlebih dahulu.', en: 'Draft the plan for this period first.' });
    if (head.agreed_at) throw bad('action', AGREED);
    const [count] = await rows<{ n: number }>(tx, sql`select count(*)::int as n from follow_up_plan where unit_id = ${unit.id} and period_start = ${period.from}::date`);
    if ((count?.n ?? 0) >= MAX_ACTIONS) {
      throw bad('action', { id: `Satu rencana memuat paling banyak ${MAX_ACTIONS} tindakan.`, en: `A plan holds at most ${MAX_ACTIONS} actions.` });
    }
    await rows(
      tx,
      sql`insert into follow_up_plan (id, created_at, unit_id, element, period_start, period_end, action, owner, due_on, status, drafted)
          values (gen_random_uuid(), now(), ${unit.id}, ${input.element}, ${period.from}::date, ${period.to}::date, ${action}, ${owner}, ${dueOn}::date, 'PLANNED', false)`,
    );
  });
  return followUpPlan(em, catalog, unit, period);
}

/** `removeFollowUpAction(id)`: only from a draft plan. */
export async function removeFollowUpAction(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, id: string): Promise<FollowUpPlanType> {
  const [target] = isUuid(id)
    ? await rows<{ unit_id: string; period_start: string }>(em, sql`select unit_id, to_char(period_start, 'YYYY-MM-DD') as period_start from follow_up_plan where id = ${id}`)
    : [];
  if (!target) throw new NotFoundError({ id: 'Tindakan tidak ditemukan.', en: 'No such action.' });
  const unit = unitOf(catalog, target.unit_id);
  authorize(viewer, catalog, EDITORS, { unitId: unit.id });
  const key = await em.transactional(async (tx) => {
    const head = await lockHead(tx, unit.id, target.period_start);
    if (head?.agreed_at) throw bad('id', { id: 'Tindakan dari rencana yang sudah disepakati tidak dapat dihapus; batalkan dengan alasan.', en: 'An action of an agreed plan cannot be removed; drop it with a reason.' });
    await rows(tx, sql`delete from follow_up_plan where id = ${id}`);
    return head?.period_key ?? null;
  });
  const region = catalog.region(unit.regionId)!;
  return followUpPlan(em, catalog, unit, (key && parsePeriodKey(key)) || periodOf(region, null));
}

/** `agreeFollowUpPlan(unitId, period)`: every action needs an owner and a deadline. Agreeing twice returns the plan as it is. */
export async function agreeFollowUpPlan(
  em: EntityManager,
  catalog: CatalogSnapshot,
  viewer: Viewer | null,
  args: { unitId: string; period: string },
): Promise<FollowUpPlanType> {
  const unit = unitOf(catalog, args.unitId);
  const who = authorize(viewer, catalog, EDITORS, { unitId: unit.id });
  const region = catalog.region(unit.regionId)!;
  const period = periodOf(region, args.period);
  await em.transactional(async (tx) => {
    const head = await lockHead(tx, unit.id, period.from);
    if (!head) throw bad('period', { id: 'Belum ada draf rencana untuk periode ini.', en: 'There is no draft plan for this period.' });
    if (head.agreed_at) return;
    const actions = await rows<{ id: string; owner: string | null; due_on: string | null }>(
      tx,
      sql`select id, owner, to_char(due_on, 'YYYY-MM-DD') as due_on from follow_up_plan where unit_id = ${unit.id} and period_start = ${period.from}::date order by created_at, id`,
    );
    if (!actions.length) throw bad('actions', { id: 'Rencana tanpa tindakan tidak dapat disepakati.', en: 'A plan without actions cannot be agreed.' });
    const problems = actions.flatMap((a) => [
      ...(a.owner ? [] : [{ field: `owner-${a.id}`, message: { id: 'Isi penanggung jawab.', en: 'Fill in the owner.' } }]),
      ...(a.due_on ? [] : [{ field: `dueOn-${a.id}`, message: { id: 'Isi tenggat.', en: 'Fill in the deadline.' } }]),
    ]);
    if (problems.length) {
      throw new BadInputError(
        {
          id: 'Setiap tindakan memerlukan penanggung jawab dan tenggat sebelum rencana disepakati.',
          en: 'Every action needs an owner and a deadline before the plan is agreed.',
        },
        problems,
      );
    }
    await rows(tx, sql`update follow_up_plan_head set agreed_at = now(), agreed_by_id = ${who.accountId}::uuid where id = ${head.id}`);
  });
  return followUpPlan(em, catalog, unit, period);
}

/** `updateFollowUpStatus(id, status, evidence, reason)`: on an agreed plan; DONE needs evidence, DROPPED a reason. */
export async function updateFollowUpStatus(
  em: EntityManager,
  catalog: CatalogSnapshot,
  viewer: Viewer | null,
  args: { id: string; status: FollowUpStatus; evidence?: string | null; reason?: string | null },
): Promise<FollowUpActionType> {
  const [target] = isUuid(args.id)
    ? await rows<{ unit_id: string; period_start: string }>(em, sql`select unit_id, to_char(period_start, 'YYYY-MM-DD') as period_start from follow_up_plan where id = ${args.id}`)
    : [];
  if (!target) throw new NotFoundError({ id: 'Tindakan tidak ditemukan.', en: 'No such action.' });
  const unit = unitOf(catalog, target.unit_id);
  authorize(viewer, catalog, EDITORS, { unitId: unit.id });
  const evidence = args.status === FollowUpStatus.DONE ? checkText('evidence', args.evidence, 3, EVIDENCE_MAX, L.evidence) : null;
  const reason = args.status === FollowUpStatus.DROPPED ? checkText('reason', args.reason, 5, REASON_MAX, L.reason) : null;
  const period = await em.transactional(async (tx) => {
    const head = await lockHead(tx, unit.id, target.period_start);
    if (!head?.agreed_at) {
      throw bad('status', { id: 'Sepakati rencana terlebih dahulu; status dicatat untuk rencana yang disepakati.', en: 'Agree the plan first; status is tracked on agreed plans.' });
    }
    const [current] = await rows<{ status: FollowUpStatus }>(tx, sql`select status from follow_up_plan where id = ${args.id} for update`);
    if (!current) throw new ConflictError({ id: 'Tindakan ini baru saja dihapus.', en: 'This action was just removed.' });
    const closing = args.status === FollowUpStatus.DONE || args.status === FollowUpStatus.DROPPED;
    await rows(
      tx,
      sql`update follow_up_plan set status = ${args.status}, evidence = ${evidence}, drop_reason = ${reason},
            closed_at = case when ${closing} then (case when status = ${args.status} then coalesce(closed_at, now()) else now() end) else null end
          where id = ${args.id}`,
    );
    return head.period_key;
  });
  const plan = await followUpPlan(em, catalog, unit, parsePeriodKey(period)!);
  return plan.actions.find((a) => a.id === args.id)!;
}

export type { Figures };
