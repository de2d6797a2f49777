/**
 * Loads the demo world in a process of its own; main.ts forks it on an empty database. The load
 * builds a year of feedback in memory (some 300 MB at its peak), and the API must not keep that
 * memory for the rest of its life: V8 rarely hands a grown heap back to the system.
 * Reads the database address from SUARA_SEED_DATABASE_URL; tells its parent the summary line.
 */
import 'reflect-metadata';
import { createOrm } from '../db/database.js';
import { seedDemoWorld } from './seed.js';

const url = process.env.SUARA_SEED_DATABASE_URL;
if (!url) {
  console.error('SUARA_SEED_DATABASE_URL is not set');
  process.exit(2);
}
const orm = await createOrm(url, { pool: { min: 0, max: 2 } });
try {
  const summary = await seedDemoWorld(orm.em.fork());
  process.send?.({ summary });
} finally {
  await orm.close(true);
}
