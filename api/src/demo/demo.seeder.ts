import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { Seeder } from '@mikro-orm/seeder';
import { seedDemoWorld } from './seed.js';

/** MikroORM's seeder entry for the demo world (`pnpm db:seed`); refuses a database that has data. */
export class DemoSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    console.log(await seedDemoWorld(em as SqlEntityManager));
  }
}
