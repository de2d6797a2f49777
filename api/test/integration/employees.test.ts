import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createOrm } from '../../src/db/database.js';
import { Employee, parseNip } from '../../src/modules/competency/index.js';

let orm: MikroORM;
beforeAll(async () => {
  orm = await createOrm(inject('databaseUrl'));
});
afterAll(async () => {
  await orm.close(true);
});

describe('civil servants of the demo world', () => {
  it('all carry a valid NIP whose parts match their birth date, TMT and sex', async () => {
    const rows = await orm.em.fork().execute<Array<{ nip: string; birth_date: string; tmt: string; sex: number }>>(
      `select nip, to_char(birth_date, 'YYYY-MM-DD') as birth_date, tmt, sex from employee`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(160);
    for (const row of rows) {
      const parsed = parseNip(row.nip, inject('today'));
      expect(parsed).toMatchObject({ ok: true, birthDate: row.birth_date, tmt: row.tmt, sex: row.sex });
    }
  });

  it('at least 40 per region', async () => {
    const rows = await orm.em.fork().execute<Array<{ n: number }>>('select count(*)::int as n from employee group by region_id');
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row.n).toBeGreaterThanOrEqual(40);
  });

  it('refuses to store an employee whose NIP breaks a rule, and stores nothing', async () => {
    const em = orm.em.fork();
    const existing = await em.findOneOrFail(Employee, { nip: { $ne: null } });
    const before = await em.count(Employee, {});
    const bad = em.create(Employee, {
      nip: '19900231 201503 1 002', // 31 February
      name: 'Pegawai Uji',
      region: existing.region,
      unit: existing.unit,
      employmentType: existing.employmentType,
      birthDate: '1990-01-01',
      tmt: '2015-03',
      sex: 1,
    });
    await expect(em.persistAndFlush(bad)).rejects.toThrow(/not a real date/);
    expect(await orm.em.fork().count(Employee, {})).toBe(before);
  });
});
