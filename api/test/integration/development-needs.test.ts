import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

/**
 * The loop of DESIGN.md on the demo world's stories: complaints about staff behaviour become the top
 * need for Pelayanan Publik, the two programs that worked show as positive changes on enough
 * responses, and a decline shows as a need.
 */
let api: TestApi;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  api = await startTestApi();
  for (const email of ['hr@mamuju.demo', 'hr@kupang.demo', 'hr@mataram.demo', 'hr@sawahlunto.demo']) tokens[email] = await api.login(email);
});
afterAll(async () => {
  await api.close();
});

interface Need {
  unit: { slug: string; name: string };
  competency: { code: string };
  priority: number;
  evidence: { feedbackSignal: number; lowScoreCount: number; competencyGap: number | null; jpShortfall: number | null };
  suggestedPrograms: Array<{ id: string; title: string; shared: boolean; contact: string; measuredImpact: number | null; partner: { name: string } | null }>;
}

const NEEDS = `query($region: String!, $competencyId: ID, $first: Int) {
  developmentNeeds(regionSlug: $region, competencyId: $competencyId, first: $first) {
    unit { slug name } competency { code } priority
    evidence { feedbackSignal lowScoreCount competencyGap jpShortfall }
    suggestedPrograms { id title shared contact measuredImpact partner { name } }
  }
}`;

async function competencyId(token: string, code: string): Promise<string> {
  const res = await api.gql<{ competencies: Array<{ id: string; code: string }> }>('{ competencies { id code } }', {}, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.competencies.find((c) => c.code === code)!.id;
}

async function needs(email: string, region: string, code?: string): Promise<Need[]> {
  const token = tokens[email]!;
  const variables: Record<string, unknown> = { region, first: 200 };
  if (code) variables.competencyId = await competencyId(token, code);
  const res = await api.gql<{ developmentNeeds: Need[] }>(NEEDS, variables, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.developmentNeeds;
}

async function programId(token: string, region: string, title: string): Promise<string> {
  const [row] = await api.orm.em
    .fork()
    .execute<Array<{ id: string }>>('select p.id from training_program p join region r on r.id = p.region_id where r.slug = ? and p.title = ?', [region, title]);
  return row!.id;
}

describe('development needs', () => {
  it('puts the puskesmas whose citizens complain about staff behaviour at the top for Pelayanan Publik, with evidence and programs', async () => {
    const list = await needs('hr@mamuju.demo', 'mamuju', 'M-PELAYANAN-PUBLIK');
    const top = list[0]!;
    expect(top.unit.name).toMatch(/Simboro/);
    expect(top.evidence.lowScoreCount).toBeGreaterThan(50);
    expect(top.evidence.competencyGap).toBeGreaterThan(0);
    expect(top.suggestedPrograms.length).toBeGreaterThan(0);
    // Highest priority first.
    for (let i = 1; i < list.length; i++) expect(list[i]!.priority).toBeLessThanOrEqual(list[i - 1]!.priority);
    // Mataram's Pelayanan Prima is not shared: Mamuju sees only its own programs for this competency.
    expect(top.suggestedPrograms.every((p) => p.contact === 'BKPSDM Kabupaten Mamuju')).toBe(true);
  });

  it('suggests a program another region shares, with its partner, measured impact and the owning BKPSDM office, first', async () => {
    const list = await needs('hr@kupang.demo', 'kupang', 'T-PERIZINAN-OSS');
    expect(list.length).toBeGreaterThan(0);
    const first = list[0]!.suggestedPrograms[0]!;
    expect(first).toMatchObject({ shared: true, contact: 'BKPSDM Kota Sawahlunto' });
    expect(first.partner?.name).toBeTruthy();
    expect(first.measuredImpact).toBeGreaterThan(0.3);
  });

  it('never makes facilities a people need', async () => {
    const list = await needs('hr@kupang.demo', 'kupang');
    expect(list.every((n) => n.competency.code !== 'SARANA_PRASARANA')).toBe(true);
    const res = await api.gql<{ facilitiesIssues: Array<{ unit: { slug: string }; lowShare: number }> }>(
      '{ facilitiesIssues(regionSlug: "kupang") { unit { slug } lowShare responseCount average lowScoreCount } }',
      {},
      { token: tokens['hr@kupang.demo'] },
    );
    expect(res.errors).toBeUndefined();
    // Kupang public works' decline includes its facilities: reported here, as the unit with the most low scores.
    expect(res.data!.facilitiesIssues[0]!.unit.slug).toBe('pupr');
  });

  it('shows the decline of Kupang public works as a need', async () => {
    const list = await needs('hr@kupang.demo', 'kupang', 'M-ORIENTASI-HASIL');
    expect(list[0]!.unit.slug).toBe('pupr');
    expect(list[0]!.evidence.lowScoreCount).toBeGreaterThan(50);
  });
});

describe('training impact', () => {
  it('shows the two programs that worked as positive changes on enough responses', async () => {
    for (const [email, region, title] of [
      ['hr@sawahlunto.demo', 'sawahlunto', 'Bimbingan Teknis Perizinan Berusaha Berbasis Risiko (OSS RBA)'],
      ['hr@mataram.demo', 'mataram', 'Pelatihan Pelayanan Prima'],
    ] as const) {
      const id = await programId(tokens[email]!, region, title);
      const res = await api.gql<{ trainingImpact: Array<{ unit: { slug: string }; before: { responseCount: number }; after: { responseCount: number }; change: number | null }> }>(
        `query($id: ID!) { trainingImpact(programId: $id) { unit { slug } competency { code } completedAt before { responseCount average } after { responseCount average } change } }`,
        { id },
        { token: tokens[email] },
      );
      expect(res.errors).toBeUndefined();
      const impacts = res.data!.trainingImpact;
      expect(impacts.length).toBeGreaterThan(0);
      for (const impact of impacts) {
        expect(impact.unit.slug).toBe(region === 'sawahlunto' ? 'dpmptsp' : 'disdukcapil');
        expect(impact.before.responseCount).toBeGreaterThanOrEqual(30);
        expect(impact.after.responseCount).toBeGreaterThanOrEqual(30);
        expect(impact.change).toBeGreaterThan(0.3);
      }
    }
  });

  it('gives no average and no change when a window holds fewer than 5 responses', async () => {
    const token = tokens['hr@mataram.demo']!;
    const id = await programId(token, 'mataram', 'Pelatihan Pelayanan Prima');
    const res = await api.gql<{ trainingImpact: Array<{ before: { responseCount: number; average: number | null }; change: number | null }> }>(
      `query($id: ID!) { trainingImpact(programId: $id, windowDays: 7) { before { responseCount average } after { responseCount average } change } }`,
      { id },
      { token },
    );
    expect(res.errors).toBeUndefined();
    for (const impact of res.data!.trainingImpact) {
      if (impact.before.responseCount < 5) expect([impact.before.average, impact.change]).toEqual([null, null]);
      else expect(impact.before.average).not.toBeNull();
    }
  });

  it('shows a shared program’s impact to HR of another region, but a program not shared only to its own', async () => {
    const token = tokens['hr@kupang.demo']!;
    const shared = await programId(token, 'sawahlunto', 'Bimbingan Teknis Perizinan Berusaha Berbasis Risiko (OSS RBA)');
    const own = await programId(token, 'mataram', 'Pelatihan Pelayanan Prima');
    const q = `query($id: ID!) { trainingImpact(programId: $id) { change } }`;
    const a = await api.gql<{ trainingImpact: unknown[] }>(q, { id: shared }, { token });
    expect(a.errors).toBeUndefined();
    expect(a.data!.trainingImpact.length).toBeGreaterThan(0);
    const b = await api.gql(q, { id: own }, { token });
    expect(b.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const c = await api.gql(`{ developmentNeeds(regionSlug: "mataram") { priority } }`, {}, { token });
    expect(c.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
