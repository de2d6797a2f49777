import type { EntityManager } from '@mikro-orm/postgresql';
import { Region } from '../modules/geography/index.js';

/** True when no region exists yet: the demo world is loaded only into an empty database. */
export async function isDatabaseEmpty(em: EntityManager): Promise<boolean> {
  return (await em.count(Region, {})) === 0;
}

export async function seedDemoWorld(_em: EntityManager): Promise<string> {
  return 'demo world: not yet';
}
