import type { EntityManager } from '@mikro-orm/postgresql';
import { parsePeriodKey, previousPeriod, type SkmElement, type SurveyPeriod } from '@suara/skm';
import type { FollowUpStatus, PublicationChannel } from '../../common/enums.js';
import { sql } from '../../common/sql.js';
import { todayIn } from '../../common/calendar.js';
import { figuresOf, isDoneOnTime, isOverdue, type Figures } from './follow-up.rules.js';
import { rows } from './follow-up.service.js';
import { loadPublications } from './follow-up.publications.js';

/**
 * What the Laporan SKM (facts/LAPORAN.md, section 5) prints of follow-up: the period's actions and
 * the state of the previous period's plan, and the publication checklist. The caller has already
 * authorized the reader for the unit; nothing here checks roles.
 */

export interface ReportAction {
  element: SkmElement;
  action: string;
  /** The person or section responsible; null on a draft not yet filled in. */
  owner: string | null;
  dueOn: string | null;
  status: FollowUpStatus;
  evidence: string | null;
  dropReason: string | null;
  /** Day (region's time zone) it became DONE or DROPPED. */
  closedOn: string | null;
  overdue: boolean;
  doneOnTime: boolean;
}

export interface ReportPlan {
  period: string;
  periodStart: string;
  periodEnd: string;
  /** NONE (no plan), DRAFT or AGREED. */
  state: 'NONE' | 'DRAFT' | 'AGREED';
  agreedAt: Date | null;
  agreedBy: string | null;
  actions: ReportAction[];
  /** Completion (done by deadline ÷ due, 0–1) and speed (median days agreement → done) of an agreed plan. */
  figures: Figures;
}

export interface FollowUpForReport extends ReportPlan {
  previous: ReportPlan & { completion: number | null; medianDays: number | null };
}

async function timeZoneOfUnit(em: EntityManager, unitId: string): Promise<string> {
  const [row] = await rows<{ time_zone: string }>(em, sql`select r.time_zone from unit u join region r on r.id = u.region_id where u.id = ${unitId}`);
  if (!row) throw new RangeError(`no unit ${unitId}`);
  return row.time_zone;
}

async function planFor(em: EntityManager, unitId: string, period: SurveyPeriod, timeZone: string): Promise<ReportPlan> {
  const today = todayIn(timeZone);
  const [head] = await rows<{ agreed_at: Date | null; agreed_by: string | null }>(
    em,
    sql`select h.agreed_at, s.name as agreed_by from follow_up_plan_head h left join staff_account s on s.id = h.agreed_by_id
        where h.unit_id = ${unitId} and h.period_start = ${period.from}::date`,
  );
  const actions = head
    ? await rows<{ element: SkmElement; action: string; owner: string | null; due_on: string | null; status: FollowUpStatus; evidence: string | null; drop_reason: string | null; closed_at: Date | null }>(
        em,
        sql`select element, action, owner, to_char(due_on, 'YYYY-MM-DD') as due_on, status, evidence, drop_reason, closed_at from follow_up_plan
            where unit_id = ${unitId} and period_start = ${period.from}::date order by drafted desc, source_average asc nulls last, created_at, id`,
      )
    : [];
  const day = (at: Date | null) => (at ? todayIn(timeZone, new Date(at)) : null);
  const agreedDay = day(head?.agreed_at ?? null);
  const list: ReportAction[] = actions.map((a) => {
    const closedOn = day(a.closed_at);
    return {
      element: a.element,
      action: a.action,
      owner: a.owner,
      dueOn: a.due_on,
      status: a.status,
      evidence: a.evidence,
      dropReason: a.drop_reason,
      closedOn,
      overdue: isOverdue({ status: a.status, dueOn: a.due_on }, today),
      doneOnTime: isDoneOnTime({ status: a.status, dueOn: a.due_on, closedDay: a.status === 'DONE' ? closedOn : null }),
    };
  });
  const figures = figuresOf(
    head?.agreed_at ? list.map((a) => ({ status: a.status, dueOn: a.dueOn, closedDay: a.status === 'DONE' ? a.closedOn : null, agreedDay })) : [],
    today,
  );
  return {
    period: period.key,
    periodStart: period.from,
    periodEnd: period.to,
    state: !head ? 'NONE' : head.agreed_at ? 'AGREED' : 'DRAFT',
    agreedAt: head?.agreed_at ? new Date(head.agreed_at) : null,
    agreedBy: head?.agreed_at ? head.agreed_by : null,
    actions: list,
    figures,
  };
}

/**
 * The follow-up section of a unit's Laporan SKM for `periodKey` (`2026-S1`, `2026-Q3`, `2026`): this
 * period's plan and the previous period's, with the previous plan's completion and speed.
 */
export async function followUpForReport(em: EntityManager, unitId: string, periodKey: string): Promise<FollowUpForReport> {
  const period = parsePeriodKey(periodKey);
  if (!period) throw new RangeError(`not a period key: ${periodKey}`);
  const timeZone = await timeZoneOfUnit(em, unitId);
  const current = await planFor(em, unitId, period, timeZone);
  const previous = await planFor(em, unitId, previousPeriod(period), timeZone);
  return { ...current, previous: { ...previous, completion: previous.figures.completion, medianDays: previous.figures.medianDaysToDone } };
}

export interface ReportPublication {
  channel: PublicationChannel;
  publishedOn: string;
  link: string | null;
  note: string | null;
  /** The portal's open-data page, counted by itself once the period is complete. */
  automatic: boolean;
}

/** Where and when the unit's results for `periodKey` were published, the portal first. */
export async function publicationsForReport(em: EntityManager, unitId: string, periodKey: string): Promise<ReportPublication[]> {
  const period = parsePeriodKey(periodKey);
  if (!period) throw new RangeError(`not a period key: ${periodKey}`);
  const list = await loadPublications(em, unitId, period, await timeZoneOfUnit(em, unitId));
  return list.map((p) => ({ channel: p.channel, publishedOn: p.publishedOn, link: p.link, note: p.note, automatic: p.automatic }));
}
