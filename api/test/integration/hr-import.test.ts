import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

/**
 * `pnpm suara import employees|assessments FILE.csv`: HR's data from SIASN and assessment reports,
 * run as an operator would against the test database. Bad rows are reported with line and column,
 * good rows imported, a dry run writes nothing and a re-run changes nothing.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
let api: TestApi;
const dir = mkdtempSync(path.join(tmpdir(), 'suara-import-'));
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

function suara(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('pnpm', ['--silent', 'suara', ...args], { cwd: root, env: { ...process.env, DATABASE_URL: inject('databaseUrl') }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const count = async (q: string, params: unknown[] = []) => (await api.orm.em.fork().execute<Array<{ n: number }>>(q, params))[0]!.n;

describe('pnpm suara import', () => {
  it('reports bad rows by line and column, imports the good ones, and a re-run changes nothing', async () => {
    const seq = String(100 + Math.floor(Math.random() * 800));
    const nipA = `19850312 201001 1 ${seq}`;
    const nipB = `19870704 201203 2 ${seq}`;
    const employees = path.join(dir, 'employees.csv');
    writeFileSync(
      employees,
      [
        'nip,nama,unit,jabatan,jenis_pegawai',
        `${nipA},"Rahmat, S.Kom",dinsos,,PNS`,
        `${nipB},Sri Wahyuni,dinsos,,PPPK`,
        '19901331 201503 1 002,Salah Tanggal,dinsos,,PNS',
        `19910101 201503 1 ${seq},Unit Salah,tidak-ada,,PNS`,
        `19920101 201503 1 ${seq},Jabatan Salah,dinsos,Kepala Segala Urusan,PNS`,
      ].join('\n'),
    );
    const before = await count(`select count(*)::int as n from employee`);

    const dry = await suara(['import', 'employees', employees, '--region', 'sawahlunto', '--dry-run']);
    expect(dry.stdout).toContain('dry run');
    expect(dry.stdout).toContain('2 inserted');
    expect(await count(`select count(*)::int as n from employee`)).toBe(before);

    const run = await suara(['import', 'employees', employees, '--region', 'sawahlunto']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/line 4, column nip: .*not a real date/);
    expect(run.stdout).toMatch(/line 5, column unit: /);
    expect(run.stdout).toMatch(/line 6, column jabatan: /);
    expect(run.stdout).toContain('5 rows: 2 inserted, 0 updated, 0 unchanged');
    expect(await count(`select count(*)::int as n from employee`)).toBe(before + 2);
    expect(await count(`select count(*)::int as n from employee where name = 'Rahmat, S.Kom' and employment_type = 'PNS'`)).toBe(1);

    const again = await suara(['import', 'employees', employees, '--region', 'sawahlunto']);
    expect(again.stdout).toContain('5 rows: 0 inserted, 0 updated, 2 unchanged');
    expect(await count(`select count(*)::int as n from employee`)).toBe(before + 2);

    const assessments = path.join(dir, 'assessments.csv');
    writeFileSync(
      assessments,
      [
        'nip,kompetensi,level,tanggal,metode',
        `${nipA},M-PELAYANAN-PUBLIK,3,2025-06-01,UJI_KOMPETENSI`,
        `${nipB},M-KOMUNIKASI,2,2025-06-01,SUPERVISOR`,
        `${nipA},M-TIDAK-ADA,3,2025-06-01,SELF`,
        `${nipA},M-INTEGRITAS,7,2025-06-01,SELF`,
        `${nipA},M-INTEGRITAS,2,2999-01-01,SELF`,
        `19000101 201001 1 001,M-INTEGRITAS,2,2025-06-01,SELF`,
      ].join('\n'),
    );
    const first = await suara(['import', 'assessments', assessments, '--region', 'sawahlunto']);
    expect(first.stdout).toMatch(/line 4, column kompetensi: /);
    expect(first.stdout).toMatch(/line 5, column level: /);
    expect(first.stdout).toMatch(/line 6, column tanggal: /);
    expect(first.stdout).toMatch(/line 7, column nip: /);
    expect(first.stdout).toContain('6 rows: 2 inserted');
    const second = await suara(['import', 'assessments', assessments, '--region', 'sawahlunto']);
    expect(second.stdout).toContain('6 rows: 0 inserted, 0 updated, 2 unchanged');
    // An employee of another region is not found through this region's import.
    const foreign = await suara(['import', 'assessments', assessments, '--region', 'kupang', '--dry-run']);
    expect(foreign.stdout).toContain('0 inserted');
  }, 300_000);

  it('imports paper questionnaires with progress lines on a pipe, never a citizen’s words, and a re-run changes nothing', async () => {
    const year = new Date().getUTCFullYear() - 1;
    const ref = `cli-${Math.random().toString(36).slice(2, 8)}`;
    const secret = 'keluhan pribadi warga';
    const skm = path.join(dir, 'skm.csv');
    writeFileSync(
      skm,
      [
        'layanan,tanggal,u1,u2,u3,u4,u5,u6,u7,u8,u9,komentar,no_kuesioner',
        `sawahlunto-ktp-el,${year}-02-01,4,4,3,4,4,3,4,4,3,"${secret}",${ref}-1`,
        `sawahlunto-ktp-el,${year}-02-01,3,3,3,3,3,3,3,3,3,,${ref}-2`,
        `sawahlunto-ktp-el,${year}-02-01,3,3,3,3,3,3,3,3,0,"${secret}",${ref}-3`,
      ].join('\n'),
    );
    const run = await suara(['import', 'skm', skm, '--region', 'sawahlunto']);
    expect(run.code).toBe(1);
    // Not a terminal: plain lines with counts, no bar redrawn with carriage returns.
    expect(run.stderr).toContain('skm: 0/2 rows\n');
    expect(run.stderr).toContain('skm: 2/2 rows (done)\n');
    expect(run.stderr).not.toContain('\r');
    expect(run.stdout).toMatch(/line 4, column u9: /);
    expect(run.stdout).toContain('3 rows: 2 inserted, 0 updated, 0 unchanged, 1 rejected');
    expect(run.stdout + run.stderr).not.toContain(secret);
    expect(await count(`select count(*)::int as n from feedback where channel = 'PAPER' and comment = ?`, [secret])).toBe(1);

    const again = await suara(['import', 'skm', skm, '--region', 'sawahlunto']);
    expect(again.stdout).toContain('3 rows: 0 inserted, 0 updated, 2 unchanged');
    const dry = await suara(['import', 'skm', skm, '--region', 'sawahlunto', '--dry-run']);
    expect(dry.stderr).toContain('skm (dry run): 2/2 rows (done)');
    expect(await count(`select count(*)::int as n from feedback where channel = 'PAPER' and comment = ?`, [secret])).toBe(1);
  }, 300_000);
});
