import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type SqlQuery } from '../../common/sql.js';
import { loadCompetencies } from './competency.service.js';
import type { CompetencyType } from './competency.types.js';
import { AssessmentType, CompetencyRequirementType, PositionType } from './people.types.js';

/**
 * Per-request loaders of HR's people data: one statement per relation and request, never one per
 * row (STYLE.md, 4). They check no scope: only callers already allowed to read the employee or
 * position (people.service.ts) reach the fields that use them.
 */

async function rows<T>(em: EntityManager, q: SqlQuery): Promise<T[]> {
  return em.execute<T[]>(q.text, q.params);
}

export const toPosition = (r: { id: string; title: string; kind: PositionType['kind']; unit_id: string }): PositionType =>
  Object.assign(new PositionType(), { id: r.id, title: r.title, kind: r.kind, unitId: r.unit_id });

export const toAssessment = (r: { id: string; competency_id: string; level: number; assessed_on: string; method: AssessmentType['method']; assessor: string | null; created_at: string }): AssessmentType =>
  Object.assign(new AssessmentType(), { id: r.id, competencyId: r.competency_id, level: r.level, assessedOn: r.assessed_on, method: r.method, assessor: r.assessor, createdAt: r.created_at });

export function peopleLoaders(em: () => EntityManager) {
  return {
    position: new DataLoader<string, PositionType | null>(async (ids) => {
      const found = await rows<{ id: string; title: string; kind: PositionType['kind']; unit_id: string }>(
        em(),
        sql`select id, title, kind, unit_id from position where id in (${[...ids]})`,
      );
      const byId = new Map(found.map((r) => [r.id, toPosition(r)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    requirements: new DataLoader<string, CompetencyRequirementType[]>(async (positionIds) => {
      const found = await rows<{ position_id: string; competency_id: string; required_level: number }>(
        em(),
        sql`select r.position_id, r.competency_id, r.required_level from competency_requirement r join competency c on c.id = r.competency_id
            where r.position_id in (${[...positionIds]}) order by c.kind, c.code`,
      );
      const byPosition = new Map<string, CompetencyRequirementType[]>();
      for (const r of found) {
        const list = byPosition.get(r.position_id) ?? [];
        list.push(Object.assign(new CompetencyRequirementType(), { competencyId: r.competency_id, requiredLevel: r.required_level }));
        byPosition.set(r.position_id, list);
      }
      return positionIds.map((id) => byPosition.get(id) ?? []);
    }),
    competency: new DataLoader<string, CompetencyType | null>(async (ids) => {
      const found = await loadCompetencies(em(), ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** Every assessment of each employee, newest first. */
    assessments: new DataLoader<string, AssessmentType[]>(async (employeeIds) => {
      const found = await rows<{ id: string; employee_id: string; competency_id: string; level: number; assessed_on: string; method: AssessmentType['method']; assessor: string | null; created_at: string }>(
        em(),
        sql`select id, employee_id, competency_id, level, to_char(assessed_on, 'YYYY-MM-DD') as assessed_on, method, assessor, created_at::text as created_at
            from assessment where employee_id in (${[...employeeIds]})
            order by assessed_on desc, created_at desc, id`,
      );
      const byEmployee = new Map<string, AssessmentType[]>();
      for (const r of found) {
        const list = byEmployee.get(r.employee_id) ?? [];
        list.push(toAssessment(r));
        byEmployee.set(r.employee_id, list);
      }
      return employeeIds.map((id) => byEmployee.get(id) ?? []);
    }),
  };
}

export type PeopleLoaders = ReturnType<typeof peopleLoaders>;
