import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

/**
 * The saved HR operations of docs/hr-queries (the GraphQL explorer's tabs and the README's commands,
 * decision record 0023) run as HR of Mamuju on the demo world, within the API's default operation
 * limits, and answer something: an analyst who presses ▶ gets data, not an error.
 */
const QUERIES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/hr-queries');
const read = (file: string) => readFileSync(path.join(QUERIES, file), 'utf8');

let api: TestApi;
let token: string;
beforeAll(async () => {
  api = await startTestApi();
  token = await api.login('hr@mamuju.demo');
});
afterAll(async () => {
  await api.close();
});

interface Needs {
  developmentNeeds: Array<{ unit: { id: string; name: string }; suggestedPrograms: Array<{ id: string; measuredImpact: number | null }> }>;
}

describe('the saved HR operations', () => {
  it('each runs as HR of the region within the limits and answers with data', async () => {
    const needs = await api.gql<Needs>(read('development-needs.graphql'), { regionSlug: 'mamuju', first: 200 }, { token });
    expect(needs.errors).toBeUndefined();
    expect(needs.data!.developmentNeeds.map((n) => n.unit.name)).toContain('Puskesmas Simboro');
    const unitId = needs.data!.developmentNeeds[0]!.unit.id;
    const programId = needs.data!.developmentNeeds.flatMap((n) => n.suggestedPrograms).find((p) => p.measuredImpact !== null)?.id;
    expect(programId).toBeTruthy();

    const variables: Record<string, Record<string, unknown>> = {
      'development-needs.graphql': {},
      'competency-gaps.graphql': { unitId },
      'unit-competency-profile.graphql': { unitId },
      'training-impact.graphql': { programId },
      'facilities-issues.graphql': {},
      'region-units.graphql': {},
    };
    const files = readdirSync(QUERIES).filter((f) => f.endsWith('.graphql'));
    // A new saved operation fails here until it is given variables and so checked like the others.
    expect(Object.keys(variables).sort()).toEqual(files.sort());
    for (const file of files) {
      const res = await api.gql<Record<string, unknown>>(read(file), variables[file], { token });
      expect(res.errors, file).toBeUndefined();
      const [answer] = Object.values(res.data ?? {});
      expect(Array.isArray(answer) ? answer.length : answer, file).toBeTruthy();
    }
  });
});
