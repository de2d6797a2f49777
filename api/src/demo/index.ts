import type { EntityManager } from '@mikro-orm/postgresql';
import { Region } from '../modules/geography/index.js';

export { seedDemoWorld, DEMO_PASSWORD, STORIES, type DemoOptions } from './seed.js';
export { DemoSeeder } from './demo.seeder.js';
export { loadDemoWorldInChild } from './load.js';

/** True when no region exists yet: the demo world is loaded only into an empty database. */
export async function isDatabaseEmpty(em: EntityManager): Promise<boolean> {
  return (await em.count(Region, {})) === 0;
}
