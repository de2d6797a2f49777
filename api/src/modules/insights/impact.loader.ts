import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { bestImpacts } from './needs.service.js';

/** TrainingProgram.measuredImpact of every program a request lists, in one statement. */
export function measuredImpactLoader(em: () => EntityManager): DataLoader<string, number | null> {
  return new DataLoader<string, number | null>(async (ids) => {
    const best = await bestImpacts(em(), ids);
    return ids.map((id) => best.get(id) ?? null);
  });
}
