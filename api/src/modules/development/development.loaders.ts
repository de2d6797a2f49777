import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadCompetencies, type CompetencyType } from '../competency/index.js';
import { loadEmployees, loadEnrolments, loadPartners, type EmployeeRow } from './development.service.js';
import type { EnrolmentType, TrainingPartnerType } from './development.types.js';

/**
 * Per-request loaders of the relations a list of programs asks for (STYLE.md, 4): one statement per
 * relation and request, whatever the number of programs or enrolments.
 */
export function developmentLoaders(em: () => EntityManager) {
  return {
    partner: new DataLoader<string, TrainingPartnerType | null>(async (ids) => {
      const found = await loadPartners(em(), ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    competency: new DataLoader<string, CompetencyType | null>(async (ids) => {
      const found = await loadCompetencies(em(), ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    programEnrolments: new DataLoader<string, EnrolmentType[]>(async (ids) => {
      const found = await loadEnrolments(em(), ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    employee: new DataLoader<string, EmployeeRow | null>(async (ids) => {
      const found = await loadEmployees(em(), ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}
