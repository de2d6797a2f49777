import type { EntityManager } from '@mikro-orm/postgresql';
import { MAX_BUDGET_RUPIAH } from '@suara/hr';
import { BadInputError } from '../../common/errors.js';
import { sql } from '../../common/sql.js';
import type { CatalogSnapshot } from '../catalog/index.js';
import type { Viewer } from '../identity/index.js';
import { JP_PER_YEAR } from '../competency/index.js';
import type { TrainingProgramType } from '../development/index.js';
import type { DevelopmentNeedType } from './insights.types.js';
import { developmentNeeds, MAX_NEEDS } from './needs.service.js';
import {
  DevelopmentPlanType,
  ParticipantReason,
  PlanItemType,
  PlanParticipantType,
  UncoveredNeedType,
  UncoveredReason,
} from './plan.types.js';

/**
 * `developmentPlan(regionSlug, year, budget)`: which employees to send to which programs so that a
 * budget removes as much development-need priority as it can (decision record 0021).
 *
 * Value model — the priority of decision record 0018 is 100 × signal + 10 × average gap + 0.5 ×
 * average JP shortfall, and a place in a program removes part of it:
 * - for each competency the program targets on which the employee is one of the unit's
 *   `targets` (below standard, or, where nobody is assessed below but citizens complain, not assessed):
 *   an equal share of the signal term (100 × signal ÷ targets) plus the employee's own share of the gap
 *   term (10 × their gap ÷ employees assessed), multiplied by 1 + the program's measured impact
 *   elsewhere (clamped to −0.5…+1): what worked is preferred;
 * - the JP term: 0.5 × the JP it closes of the employee's shortfall of 20 ÷ the unit's employees.
 * Greedy by value per rupiah over single places (employee, program), lazily re-evaluated: values only
 * fall as places are chosen (a competency covered once is covered; JP closed once are closed), so
 * the lazy greedy picks exactly what the plain greedy would, in O(places × log places).
 */

interface EmployeeRow {
  id: string;
  name: string;
  nip: string;
  unit_id: string;
  /** JP expected in the plan year: completed in it, plus places already PLANNED/ENROLLED in programs starting in it. */
  jp: number;
  /** [competency id, required level, latest assessed level or null] for each requirement of the position. */
  requirements: Array<[string, number, number | null]>;
  programs: string[];
  /** Competencies of programs the employee is already PLANNED/ENROLLED in: covered by the plan already made. */
  open_competencies: string[];
}

interface NeedState {
  need: DevelopmentNeedType;
  key: string;
  unitId: string;
  competencyId: string;
  /** Who to train for it: employees below standard, or (signal only) those not assessed. */
  targets: Set<string>;
  targetReason: ParticipantReason;
  perTarget: number;
  gapOf: Map<string, number>;
  assessed: number;
  programs: TrainingProgramType[];
}

interface Pick {
  employee: EmployeeRow;
  program: TrainingProgramType;
  need: NeedState;
  reasons: ParticipantReason[];
  value: number;
  jpShortBefore: number;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const EPSILON = 1e-9;

function budgetProblem(budget: number): string | null {
  if (!Number.isFinite(budget) || budget < 0) return 'negative';
  if (budget > MAX_BUDGET_RUPIAH) return 'large';
  if (!Number.isInteger(budget)) return 'fraction';
  return null;
}

async function employeeRows(em: EntityManager, unitIds: readonly string[], year: number): Promise<EmployeeRow[]> {
  if (!unitIds.length) return [];
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const q = sql`with latest as (
      select distinct on (a.employee_id, a.competency_id) a.employee_id, a.competency_id, a.level
      from assessment a join employee e on e.id = a.employee_id
      where e.unit_id in (${[...unitIds]}) and e.active
      order by a.employee_id, a.competency_id, a.assessed_on desc, a.created_at desc
    )
    select e.id, e.name, e.nip, e.unit_id,
      coalesce((select sum(case
          when n.status = 'COMPLETED' and n.completed_on between ${from}::date and ${to}::date then n.jp_earned
          when n.status in ('PLANNED', 'ENROLLED') and p.starts_on between ${from}::date and ${to}::date then p.jp
          else 0 end)
        from enrolment n join training_program p on p.id = n.program_id where n.employee_id = e.id), 0)::float8 as jp,
      coalesce((select json_agg(json_build_array(r.competency_id, r.required_level, l.level) order by r.competency_id)
        from competency_requirement r left join latest l on l.employee_id = e.id and l.competency_id = r.competency_id
        where r.position_id = e.position_id), '[]'::json) as requirements,
      array(select n.program_id from enrolment n where n.employee_id = e.id) as programs,
      array(select distinct pc.competency_id from enrolment n join training_program_competency pc on pc.program_id = n.program_id
        where n.employee_id = e.id and n.status in ('PLANNED', 'ENROLLED')) as open_competencies
    from employee e where e.unit_id in (${[...unitIds]}) and e.active
    order by e.id`;
  return em.execute<EmployeeRow[]>(q.text, q.params);
}

async function programCosts(em: EntityManager, ids: readonly string[]): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const q = sql`select id, cost_per_participant from training_program where id in (${[...ids]})`;
  const found = await em.execute<Array<{ id: string; cost_per_participant: number }>>(q.text, q.params);
  return new Map(found.map((r) => [r.id, Number(r.cost_per_participant)]));
}

/** A binary heap on a total order (the greedy's tie-breaks make it deterministic). */
class Heap<T> {
  private items: T[] = [];
  constructor(private readonly before: (a: T, b: T) => boolean) {}
  get size() {
    return this.items.length;
  }
  peek(): T | undefined {
    return this.items[0];
  }
  push(item: T) {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(a[i]!, a[parent]!)) break;
      [a[i], a[parent]] = [a[parent]!, a[i]!];
      i = parent;
    }
  }
  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length && last !== undefined) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.before(a[l]!, a[m]!)) m = l;
        if (r < a.length && this.before(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

interface Candidate {
  employee: EmployeeRow;
  program: TrainingProgramType;
  cost: number;
  /** The highest-priority need of the unit that suggested the program: where a JP-only place is filed. */
  origin: NeedState;
  ratio: number;
  value: number;
}

const ratioOf = (value: number, cost: number) => (cost > 0 ? value / cost : value > EPSILON ? Infinity : 0);

/** Higher ratio first; then the larger value; then stable ids. */
const before = (a: Candidate, b: Candidate) =>
  a.ratio !== b.ratio
    ? a.ratio > b.ratio
    : a.value !== b.value
      ? a.value > b.value
      : a.employee.id !== b.employee.id
        ? a.employee.id < b.employee.id
        : a.program.id < b.program.id;

const IMPACT_MIN = -0.5;
const IMPACT_MAX = 1;
const impactFactor = (p: TrainingProgramType) => 1 + Math.min(IMPACT_MAX, Math.max(IMPACT_MIN, p.measuredImpact ?? 0));

export interface PlanQuery {
  regionSlug: string;
  year: number;
  budget: number;
}

/** See the module comment above; HR of the region and ADMIN (developmentNeeds authorizes). */
export async function developmentPlan(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, q: PlanQuery): Promise<DevelopmentPlanType> {
  const problem = budgetProblem(q.budget);
  if (problem) {
    const max = MAX_BUDGET_RUPIAH.toLocaleString('id-ID');
    const message =
      problem === 'negative'
        ? { id: 'Anggaran harus angka rupiah 0 atau lebih.', en: 'The budget must be a number of rupiah, 0 or more.' }
        : problem === 'large'
          ? { id: `Anggaran paling banyak Rp ${max}.`, en: `The budget is at most Rp ${max}.` }
          : { id: 'Anggaran dalam rupiah bulat.', en: 'The budget is in whole rupiah.' };
    throw new BadInputError(message, [{ field: 'budget', message }]);
  }
  const needs = await developmentNeeds(em, catalog, viewer, { regionSlug: q.regionSlug, year: q.year, first: MAX_NEEDS });
  const region = catalog.regionBySlug(String(q.regionSlug).trim().toLowerCase())!;
  const year = q.year;
  const unitIds = catalog.unitsOf(region.id).map((u) => u.id);
  const programIds = [...new Set(needs.flatMap((n) => n.suggestedPrograms.map((p) => p.id)))];
  const [employees, costs] = [await employeeRows(em, unitIds, year), await programCosts(em, programIds)];

  const byUnit = new Map<string, EmployeeRow[]>();
  for (const e of employees) byUnit.set(e.unit_id, [...(byUnit.get(e.unit_id) ?? []), e]);

  // --- Who each need would train -------------------------------------------------------------
  const states = new Map<string, NeedState>();
  const stateList: NeedState[] = [];
  for (const need of needs) {
    const competencyId = need.competency.id;
    const staff = byUnit.get(need.unitId) ?? [];
    const below = new Map<string, number>();
    const unassessed: string[] = [];
    let assessed = 0;
    for (const e of staff) {
      const req = e.requirements.find((r) => r[0] === competencyId);
      if (!req) continue;
      const [, required, level] = req;
      if (level === null) unassessed.push(e.id);
      else {
        assessed++;
        if (level < required) below.set(e.id, required - level);
      }
    }
    const signalPoints = 100 * need.evidence.feedbackSignal;
    const targets = below.size ? new Set(below.keys()) : signalPoints > 0 ? new Set(unassessed) : new Set<string>();
    const state: NeedState = {
      need,
      key: `${need.unitId}|${competencyId}`,
      unitId: need.unitId,
      competencyId,
      targets,
      targetReason: below.size ? ParticipantReason.BELOW_STANDARD : ParticipantReason.NOT_ASSESSED,
      perTarget: targets.size ? signalPoints / targets.size : 0,
      gapOf: below,
      assessed,
      programs: need.suggestedPrograms.filter((p) => costs.has(p.id)),
    };
    states.set(state.key, state);
    stateList.push(state);
  }

  // --- Mutable state: what the plan has covered so far ------------------------------------------
  const covered = new Set<string>(); // employee|competency
  const placed = new Set<string>(); // employee|program: never twice in one program
  const jpShort = new Map<string, number>();
  const unitSize = new Map<string, number>();
  for (const e of employees) {
    for (const c of e.open_competencies) covered.add(`${e.id}|${c}`);
    for (const p of e.programs) placed.add(`${e.id}|${p}`);
    jpShort.set(e.id, Math.max(0, JP_PER_YEAR - e.jp));
    unitSize.set(e.unit_id, (unitSize.get(e.unit_id) ?? 0) + 1);
  }

  /** What a place would remove now: [priority points weighted by impact, raw points, reasons, main need]. */
  const evaluate = (e: EmployeeRow, p: TrainingProgramType, origin: NeedState) => {
    if (placed.has(`${e.id}|${p.id}`)) return { weighted: 0, raw: 0, reasons: [] as ParticipantReason[], need: origin };
    let competency = 0;
    let main: NeedState | null = null;
    let mainValue = -1;
    const reasons = new Set<ParticipantReason>();
    for (const c of p.competencyIds) {
      const n = states.get(`${e.unit_id}|${c}`);
      if (!n || !n.targets.has(e.id) || covered.has(`${e.id}|${c}`)) continue;
      const v = n.perTarget + (n.assessed ? (10 * (n.gapOf.get(e.id) ?? 0)) / n.assessed : 0);
      competency += v;
      reasons.add(n.targetReason);
      if (v > mainValue) [main, mainValue] = [n, v];
    }
    const short = jpShort.get(e.id) ?? 0;
    const jp = (0.5 * Math.min(p.jp, short)) / (unitSize.get(e.unit_id) ?? 1);
    if (short > 0) reasons.add(ParticipantReason.BELOW_20_JP);
    const order = [ParticipantReason.BELOW_STANDARD, ParticipantReason.NOT_ASSESSED, ParticipantReason.BELOW_20_JP];
    return {
      weighted: competency * impactFactor(p) + jp,
      raw: competency + jp,
      reasons: order.filter((r) => reasons.has(r)),
      need: main ?? origin,
    };
  };

  // --- Candidates: each place a need's suggested programs could take ------------------------------
  const heap = new Heap<Candidate>(before);
  const seen = new Set<string>();
  for (const n of stateList) {
    for (const p of n.programs) {
      for (const e of byUnit.get(n.unitId) ?? []) {
        const key = `${e.id}|${p.id}`;
        if (seen.has(key) || !(n.targets.has(e.id) || (jpShort.get(e.id) ?? 0) > 0)) continue;
        seen.add(key);
        const cost = costs.get(p.id)!;
        const value = evaluate(e, p, n).weighted;
        if (value > EPSILON) heap.push({ employee: e, program: p, cost, origin: n, value, ratio: ratioOf(value, cost) });
      }
    }
  }

  // --- Lazy greedy -------------------------------------------------------------------------------
  let remaining = q.budget;
  const picks: Pick[] = [];
  while (q.budget > 0 && heap.size) {
    const top = heap.pop()!;
    if (top.cost > remaining) continue; // the budget only shrinks: it never fits again
    const now = evaluate(top.employee, top.program, top.origin);
    if (now.weighted <= EPSILON) continue; // values only fall: worthless for good
    const fresh = { ...top, value: now.weighted, ratio: ratioOf(now.weighted, top.cost) };
    const next = heap.peek();
    if (next && before(next, fresh)) {
      heap.push(fresh);
      continue;
    }
    const e = top.employee;
    const p = top.program;
    picks.push({ employee: e, program: p, need: now.need, reasons: now.reasons, value: now.raw, jpShortBefore: jpShort.get(e.id) ?? 0 });
    remaining -= top.cost;
    placed.add(`${e.id}|${p.id}`);
    for (const c of p.competencyIds) covered.add(`${e.id}|${c}`);
    jpShort.set(e.id, Math.max(0, (jpShort.get(e.id) ?? 0) - p.jp));
  }

  // --- Items: the places grouped by (need, program), in the order first chosen -------------------
  const groups = new Map<string, Pick[]>();
  for (const pick of picks) {
    const key = `${pick.need.key}|${pick.program.id}`;
    groups.set(key, [...(groups.get(key) ?? []), pick]);
  }
  const items = [...groups.values()].map((group, i) => planItem(catalog, i + 1, group, costs.get(group[0]!.program.id)!));

  // --- What is left unfunded ---------------------------------------------------------------------
  const uncovered: UncoveredNeedType[] = [];
  for (const n of stateList) {
    const left = [...n.targets].filter((id) => !covered.has(`${id}|${n.competencyId}`));
    const open = left.filter((id) => n.programs.some((p) => !placed.has(`${id}|${p.id}`)));
    const cheapest = n.programs.length ? Math.min(...n.programs.map((p) => costs.get(p.id)!)) : null;
    let reason: UncoveredReason;
    if (n.targets.size && !left.length) continue;
    if (!n.programs.length) reason = UncoveredReason.NO_PROGRAM;
    else if (!open.length) reason = UncoveredReason.NO_ONE_TO_TRAIN;
    else if (left.length < n.targets.size) reason = UncoveredReason.PARTLY_COVERED;
    else reason = UncoveredReason.BUDGET;
    const costToCover = cheapest === null || !open.length ? null : open.length * cheapest;
    uncovered.push(
      Object.assign(new UncoveredNeedType(), {
        need: n.need,
        reason,
        employeesLeft: left.length,
        costToCover,
        ...uncoveredSentence(catalog, n, reason, left.length, costToCover, remaining),
      }),
    );
  }

  const spent = q.budget - remaining;
  return Object.assign(new DevelopmentPlanType(), { year, budget: q.budget, spent, remaining, items, uncovered });
}

const money = (lang: 'id' | 'en', n: number) => `Rp ${Math.round(n).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB')}`;
const num = (lang: 'id' | 'en', n: number, digits = 1) =>
  n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

function planItem(catalog: CatalogSnapshot, rank: number, group: Pick[], costPerParticipant: number): PlanItemType {
  const { need, program } = group[0]!;
  const participants = group.map((pick) =>
    Object.assign(new PlanParticipantType(), {
      employeeId: pick.employee.id,
      name: pick.employee.name,
      nip: pick.employee.nip,
      reasons: pick.reasons,
      reason: pick.reasons.map((r) => reasonWords('id', r, pick, need)).join('; '),
      reasonEn: pick.reasons.map((r) => reasonWords('en', r, pick, need)).join('; '),
      gap: need.gapOf.has(pick.employee.id) ? need.gapOf.get(pick.employee.id)! : null,
      jpExpected: round(Math.max(0, JP_PER_YEAR - pick.jpShortBefore)),
    }),
  );
  const cost = group.length * costPerParticipant;
  const priorityCovered = round(group.reduce((s, p) => s + p.value, 0));
  const standard = group.filter((p) => p.reasons.includes(ParticipantReason.BELOW_STANDARD) || p.reasons.includes(ParticipantReason.NOT_ASSESSED)).length;
  const jpOnly = group.length - standard;
  const perMillion = cost > 0 ? (priorityCovered / cost) * 1_000_000 : null;
  const unit = catalog.unit(need.unitId)?.name ?? '';
  const competency = need.need.competency.name;
  const impact = program.measuredImpact !== null && program.measuredImpact > 0 ? program.measuredImpact : null;
  const sentence = (lang: 'id' | 'en') => {
    const id = lang === 'id';
    const who = [
      standard ? (id ? `${standard} pegawai ${need.targetReason === ParticipantReason.BELOW_STANDARD ? 'di bawah standar' : 'yang belum dinilai'}` : `${standard} ${need.targetReason === ParticipantReason.BELOW_STANDARD ? 'employees below standard' : 'employees not yet assessed'}`) : null,
      jpOnly ? (id ? `${jpOnly} pegawai yang kurang dari 20 JP` : `${jpOnly} employees below 20 JP`) : null,
    ]
      .filter(Boolean)
      .join(id ? ' dan ' : ' and ');
    const value =
      perMillion === null
        ? id
          ? 'tanpa biaya'
          : 'at no cost'
        : id
          ? `${num(lang, perMillion, 2)} poin per Rp 1 juta`
          : `${num(lang, perMillion, 2)} points per Rp 1 million`;
    const why = standard
      ? id
        ? 'nilai terbaik per rupiah yang tersisa saat dipilih'
        : 'the best value per rupiah left when chosen'
      : id
        ? 'menutup kekurangan 20 JP adalah cara yang lebih murah'
        : 'closing the 20 JP shortfall was the cheaper win';
    const worked = impact === null ? '' : id ? `; di tempat lain program ini menaikkan nilai unsur terkait ${num(lang, impact, 2)}` : `; elsewhere it raised linked scores by ${num(lang, impact, 2)}`;
    return id
      ? `Kebutuhan ${competency} di ${unit} (prioritas ${num(lang, need.need.priority)}): ${program.title} untuk ${who} seharga ${money(lang, cost)} menutup ${num(lang, priorityCovered)} poin prioritas, ${value} — ${why}${worked}.`
      : `${unit}’s need for ${competency} (priority ${num(lang, need.need.priority)}): ${program.title} for ${who} costs ${money(lang, cost)} and covers ${num(lang, priorityCovered)} priority points, ${value} — ${why}${worked}.`;
  };
  return Object.assign(new PlanItemType(), {
    rank,
    need: need.need,
    program,
    participants,
    participantCount: participants.length,
    costPerParticipant,
    cost,
    priorityCovered,
    jpAdded: group.length * program.jp,
    explanation: sentence('id'),
    explanationEn: sentence('en'),
  });
}

function reasonWords(lang: 'id' | 'en', reason: ParticipantReason, pick: Pick, need: NeedState): string {
  const id = lang === 'id';
  const competency = need.need.competency.name;
  switch (reason) {
    case ParticipantReason.BELOW_STANDARD: {
      const gap = need.gapOf.get(pick.employee.id);
      if (gap === undefined) return id ? 'di bawah standar kompetensi yang ditargetkan program' : 'below standard on a competency the program targets';
      return id ? `${gap} level di bawah standar ${competency}` : `${gap} level${gap === 1 ? '' : 's'} below the standard on ${competency}`;
    }
    case ParticipantReason.NOT_ASSESSED:
      return id ? `belum dinilai pada ${competency}` : `not yet assessed on ${competency}`;
    case ParticipantReason.BELOW_20_JP: {
      const has = num(lang, Math.max(0, JP_PER_YEAR - pick.jpShortBefore));
      return id ? `baru ${has} dari 20 JP` : `${has} of 20 JP so far`;
    }
  }
}

function uncoveredSentence(
  catalog: CatalogSnapshot,
  n: NeedState,
  reason: UncoveredReason,
  left: number,
  costToCover: number | null,
  remaining: number,
): { explanation: string; explanationEn: string } {
  const unit = catalog.unit(n.unitId)?.name ?? '';
  const c = n.need.competency.name;
  switch (reason) {
    case UncoveredReason.NO_PROGRAM:
      return {
        explanation: `Belum ada program yang menargetkan ${c}: buat atau minta program dari daerah lain untuk ${unit}.`,
        explanationEn: `No program targets ${c}: create one, or ask another region for theirs, for ${unit}.`,
      };
    case UncoveredReason.NO_ONE_TO_TRAIN:
      return n.targets.size
        ? {
            explanation: `Pegawai ${unit} yang perlu ${c} sudah terdaftar di program yang disarankan.`,
            explanationEn: `${unit}’s employees who need ${c} are already enrolled in the suggested programs.`,
          }
        : {
            explanation: `Tidak ada pegawai ${unit} yang dinilai di bawah standar ${c}: periksa penilaiannya atau prosedur layanan.`,
            explanationEn: `Nobody in ${unit} is assessed below the standard on ${c}: check the assessments or the service process.`,
          };
    case UncoveredReason.PARTLY_COVERED:
    case UncoveredReason.BUDGET: {
      const part = reason === UncoveredReason.PARTLY_COVERED;
      const cost = costToCover === null ? '' : ` (${money('id', costToCover)})`;
      const costEn = costToCover === null ? '' : ` (${money('en', costToCover)})`;
      return {
        explanation: `${part ? 'Sebagian tercakup' : 'Tidak tercakup'}: ${left} pegawai ${unit} masih perlu ${c}${cost}, sisa anggaran ${money('id', remaining)} dipakai untuk yang lebih bernilai per rupiah.`,
        explanationEn: `${part ? 'Partly covered' : 'Not covered'}: ${left} employees of ${unit} still need ${c}${costEn}; the remaining ${money('en', remaining)} went to better value per rupiah.`,
      };
    }
  }
}
