import { describe, expect, it } from 'vitest';
import { validateAssessment, validateCompetency, validateEmployee, validatePosition } from './people-forms';

describe('HR people forms, as the browser and the action check them', () => {
  it('accepts an NIP typed with spaces and refuses one that is not 18 digits, beside the NIP', () => {
    const good = { nip: '19870704 201201 2 001', name: 'Baiq Uji', unitId: 'u', positionId: '', employmentType: 'PNS' };
    expect(validateEmployee(good).ok).toBe(true);
    const bad = validateEmployee({ ...good, nip: '1987070420120120' });
    expect(bad.ok ? [] : bad.problems).toEqual([{ field: 'nip', key: 'hrPeople.error.nipShape' }]);
  });

  it('refuses an assessment without a level and with a two-line assessor', () => {
    const checked = validateAssessment({ competencyId: 'c', level: '', assessedOn: '2026-01-02', method: 'SELF', assessor: 'BKN\nJakarta' });
    expect(checked.ok ? [] : checked.problems.map((p) => p.field)).toEqual(['level', 'assessor']);
  });

  it('turns the level selects into a standard, and refuses a technical code without T-', () => {
    const position = validatePosition({ title: 'Arsiparis', kind: 'FUNGSIONAL', unitId: 'u', levels: { a: '3', b: '1' } });
    expect(position.ok && position.value.requirements).toEqual([
      { competencyId: 'a', requiredLevel: 3 },
      { competencyId: 'b', requiredLevel: 1 },
    ]);
    const competency = validateCompetency({ code: 'arsip', name: 'Arsip', description: '', levels: ['1', '2', '3', '4', '5'] });
    expect(competency.ok ? [] : competency.problems.map((p) => p.field)).toEqual(['code']);
    expect(validateCompetency({ code: 't-arsip', name: 'Arsip', description: '', levels: ['1', '2', '3', '4', '5'] })).toMatchObject({ ok: true, value: { code: 'T-ARSIP' } });
  });
});
