import 'reflect-metadata';
import type { TestProject } from 'vitest/node';
import { createOrm, migrate } from '../../src/db/database.js';
import { seedDemoWorld } from '../../src/demo/index.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

/** The reference day of the demo world in tests: fixed, so every expectation is stable. */
export const TEST_TODAY = '2026-11-01';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    today: string;
  }
}

let database: TestDatabase | undefined;

export async function setup(project: TestProject): Promise<void> {
  database = await createTestDatabase();
  const orm = await createOrm(database.url);
  try {
    await migrate(orm);
    await seedDemoWorld(orm.em.fork(), { today: TEST_TODAY });
  } finally {
    await orm.close(true);
  }
  project.provide('databaseUrl', database.url);
  project.provide('today', TEST_TODAY);
}

export async function teardown(): Promise<void> {
  await database?.drop();
}
