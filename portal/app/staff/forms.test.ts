import { describe, expect, it } from 'vitest';
import { BULK_MAX, validateAnswer, validateChangePassword, validateModeration, validateSignIn } from './forms';
import { moderatedRegions, officerUnits, regionsWithRole, staffPages, type Grant } from './roles';

describe('the sign-in form', () => {
  it('accepts an email (trimmed) and the password exactly as typed', () => {
    expect(validateSignIn({ email: '  moderator@mataram.demo ', password: ' suara-demo ' })).toEqual({
      ok: true,
      value: { email: 'moderator@mataram.demo', password: ' suara-demo ' },
    });
  });

  it('says what is missing, field by field, in the form’s order', () => {
    const result = validateSignIn({ email: '', password: '' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      { field: 'email', key: 'signin.error.emailMissing' },
      { field: 'password', key: 'signin.error.passwordMissing' },
    ]);
  });

  it('refuses something that is not an email address', () => {
    const result = validateSignIn({ email: 'moderator', password: 'x' });
    expect(!result.ok && result.problems).toEqual([{ field: 'email', key: 'signin.error.emailInvalid' }]);
  });
});

describe('the change-password form', () => {
  it('needs the current password and the new one twice, the same', () => {
    expect(validateChangePassword({ current: 'a', next: 'long new password', repeat: 'long new password' }).ok).toBe(true);
    const result = validateChangePassword({ current: '', next: 'long new password', repeat: 'long new passwort' });
    expect(!result.ok && result.problems.map((p) => [p.field, p.key])).toEqual([
      ['current', 'password.error.currentMissing'],
      ['repeat', 'password.error.repeatMismatch'],
    ]);
  });
});

describe('the moderation forms', () => {
  it('approves without a reason', () => {
    expect(validateModeration({ action: 'APPROVE', items: ['1'], reason: '', redactedText: '' })).toEqual({
      ok: true,
      value: { action: 'APPROVE', items: ['1'], reason: null, redactedText: null },
    });
  });

  it('asks for a reason to hide, redact or mark spam', () => {
    for (const action of ['HIDE', 'MARK_SPAM']) {
      const result = validateModeration({ action, items: ['1'], reason: '   ', redactedText: '' });
      expect(!result.ok && result.problems).toEqual([{ field: 'reason', key: 'moderation.error.reasonMissing' }]);
    }
    const redact = validateModeration({ action: 'REDACT', items: ['1'], reason: '', redactedText: '' });
    expect(!redact.ok && redact.problems.map((p) => p.field)).toEqual(['reason', 'redactedText']);
  });

  it('redacts one item at a time, and acts on 1 to 50 items', () => {
    const bulkRedact = validateModeration({ action: 'REDACT', items: ['1', '2'], reason: 'NIK', redactedText: '[…]' });
    expect(!bulkRedact.ok && bulkRedact.problems).toEqual([{ field: 'items', key: 'moderation.error.bulkRedact' }]);
    const none = validateModeration({ action: 'APPROVE', items: [], reason: '', redactedText: '' });
    expect(!none.ok && none.problems).toEqual([{ field: 'items', key: 'moderation.error.noneSelected' }]);
    const many = validateModeration({ action: 'APPROVE', items: Array.from({ length: BULK_MAX + 1 }, (_, i) => String(i)), reason: '', redactedText: '' });
    expect(!many.ok && many.problems).toEqual([{ field: 'items', key: 'moderation.error.tooMany' }]);
  });

  it('refuses an action the API does not know', () => {
    expect(validateModeration({ action: 'DELETE', items: ['1'], reason: '', redactedText: '' }).ok).toBe(false);
  });
});

describe('the answer form', () => {
  it('needs an answer, and says how long one that is too long is', () => {
    expect(validateAnswer({ body: '  Terima kasih, sudah kami perbaiki.  ' })).toEqual({ ok: true, value: { body: 'Terima kasih, sudah kami perbaiki.' } });
    const empty = validateAnswer({ body: ' ' });
    expect(!empty.ok && empty.problems).toEqual([{ field: 'body', key: 'inbox.error.bodyMissing' }]);
    const long = validateAnswer({ body: 'a'.repeat(4001) });
    expect(!long.ok && long.problems).toEqual([{ field: 'body', key: 'inbox.error.bodyTooLong', params: { max: 4000, count: 4001 } }]);
  });
});

describe('what each role sees', () => {
  const mataram = { id: 'r1', slug: 'mataram', name: 'Kota Mataram' };
  const kupang = { id: 'r2', slug: 'kupang', name: 'Kota Kupang' };
  const grant = (role: Grant['role'], region: typeof mataram | null = null, unit: Grant['unit'] = null): Grant => ({ role, region, unit });

  it('gives each role its own pages and an admin all of them', () => {
    expect(staffPages([grant('MODERATOR', mataram)])).toEqual(['moderation', 'privacy', 'notifications', 'kiosks']);
    expect(staffPages([grant('UNIT_OFFICER', null, { id: 'u1', name: 'DPMPTSP' })])).toEqual(['inbox', 'unit', 'followUp', 'reports', 'notifications']);
    expect(staffPages([grant('HR', mataram)])).toEqual(['followUp', 'reports', 'hr', 'mayor', 'notifications']);
    expect(staffPages([grant('MAYOR', mataram)])).toEqual(['followUp', 'reports', 'mayor', 'notifications']);
    expect(staffPages([grant('ADMIN')])).toEqual(['moderation', 'privacy', 'inbox', 'followUp', 'reports', 'hr', 'mayor', 'admin', 'notifications', 'kiosks']);
    expect(staffPages([])).toEqual([]);
  });

  it('shows the service-quality dashboard of the regions where someone is mayor or HR', () => {
    const grants = [grant('MAYOR', kupang), grant('HR', mataram), grant('MODERATOR', { id: 'r3', slug: 'mamuju', name: 'Kabupaten Mamuju' })];
    expect(regionsWithRole(grants, ['MAYOR', 'HR'], []).map((r) => r.slug)).toEqual(['kupang', 'mataram']);
  });

  it('lets a moderator work the queues of their regions, and an admin every region', () => {
    expect(moderatedRegions([grant('MODERATOR', mataram), grant('HR', kupang)], [mataram, kupang])).toEqual([{ slug: 'mataram', name: 'Kota Mataram' }]);
    expect(moderatedRegions([grant('ADMIN')], [mataram, kupang]).map((r) => r.slug)).toEqual(['kupang', 'mataram']);
  });

  it('finds an officer’s units once each', () => {
    const unit = { id: 'u1', name: 'DPMPTSP' };
    expect(officerUnits([grant('UNIT_OFFICER', null, unit), grant('UNIT_OFFICER', null, unit), grant('MODERATOR', mataram)])).toEqual([unit]);
  });
});
