import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createOrm } from '../../src/db/database.js';
import { schemaDrift } from '../../src/db/schema-drift.js';
import { seedDemoWorld } from '../../src/demo/index.js';

let orm: MikroORM;
beforeAll(async () => {
  orm = await createOrm(inject('databaseUrl'));
});
afterAll(async () => {
  await orm.close(true);
});

describe('the database schema', () => {
  it('is exactly what the committed migrations build (no entity change without its migration)', async () => {
    expect(await schemaDrift(orm)).toBe('');
  });

  it('indexes every foreign key', async () => {
    const unindexed = await orm.em.fork().execute<Array<{ tbl: string; col: string }>>(`
      select c.conrelid::regclass::text as tbl, a.attname as col
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype = 'f'
        and not exists (select 1 from pg_index i where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])`);
    expect(unindexed).toEqual([]);
  });

  it('refuses to change or delete the moderation log, even by direct SQL', async () => {
    const em = orm.em.fork();
    const [row] = await em.execute<Array<{ id: string }>>('select id from moderation_action limit 1');
    expect(row).toBeDefined();
    await expect(em.execute(`update moderation_action set reason = 'rewritten' where id = ?`, [row!.id])).rejects.toThrow(/append-only/);
    await expect(em.execute('delete from moderation_action where id = ?', [row!.id])).rejects.toThrow(/append-only/);
    await expect(em.execute('truncate moderation_action cascade')).rejects.toThrow(/append-only/);
  });

  it('refuses scores outside 1–4 and comments over 2,000 characters', async () => {
    const em = orm.em.fork();
    const [f] = await em.execute<Array<{ id: string }>>('select id from feedback limit 1');
    await expect(em.execute('update feedback set score_persyaratan = 5 where id = ?', [f!.id])).rejects.toThrow(/check constraint/);
    await expect(em.execute('update feedback set comment = ? where id = ?', ['x'.repeat(2001), f!.id])).rejects.toThrow(/check constraint/);
  });

  it('refuses to load the demo world on top of existing data, and changes nothing', async () => {
    const count = async () => (await orm.em.fork().execute<Array<{ n: number }>>('select count(*)::int as n from feedback'))[0]!.n;
    const before = await count();
    await expect(seedDemoWorld(orm.em.fork())).rejects.toThrow(/only into an empty database/);
    expect(await count()).toBe(before);
  });
});
