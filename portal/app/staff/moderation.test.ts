import { describe, expect, it } from 'vitest';
import { moderationProblems, pagesShowing, queueFilters, queueReturnPath } from './moderation';
import { commandOf } from './queue-shortcuts';

const apiError = (code: 'BAD_USER_INPUT' | 'FORBIDDEN' | 'SERVICE_UNAVAILABLE', fields: Array<{ field: string; message: string }> = [], message = 'Pesan API') => ({
  code,
  message,
  fields,
  retryAfterSeconds: null,
  challenge: null,
});

describe('the moderation queue’s address', () => {
  it('shows pending items of every service by default, and reads the filters as given', () => {
    expect(queueFilters(new URLSearchParams())).toEqual({ status: 'PENDING', serviceId: null, reported: false, after: null });
    expect(queueFilters(new URLSearchParams('status=HIDDEN&layanan=42&dilaporkan=1&setelah=abc'))).toEqual({ status: 'HIDDEN', serviceId: '42', reported: true, after: 'abc' });
    expect(queueFilters(new URLSearchParams('status=ALL')).status).toBeNull();
    expect(queueFilters(new URLSearchParams('status=DELETED')).status).toBe('PENDING');
  });

  it('goes back to the same queue view after an action, and nowhere else', () => {
    expect(queueReturnPath('/staf/moderasi?wilayah=mataram&status=PENDING&selesai=APPROVE&jumlah=2')).toBe('/staf/moderasi?wilayah=mataram&status=PENDING');
    expect(queueReturnPath('https://evil.example/staf/moderasi?x')).toBe('/staf/moderasi');
    expect(queueReturnPath('/staf/moderasi/../../masuk?')).toBe('/staf/moderasi');
    expect(queueReturnPath(null)).toBe('/staf/moderasi');
  });
});

describe('after a moderation', () => {
  it('purges the service and region pages that show the items, once each', () => {
    const service = { slug: 'mataram-ktp', region: { slug: 'mataram' } };
    expect(pagesShowing([{ service }, { service }, { service: null }])).toEqual(['/layanan/mataram-ktp', '/wilayah/mataram']);
  });

  it('shows the API’s field problems beside the fields, and its refusals above the form', () => {
    expect(moderationProblems(apiError('BAD_USER_INPUT', [{ field: 'input.reason', message: 'Alasan wajib.' }]))).toEqual({ status: 400, problems: [{ field: 'reason', message: 'Alasan wajib.' }] });
    expect(moderationProblems(apiError('FORBIDDEN'))).toEqual({ status: 403, problems: [{ field: null, message: 'Pesan API' }] });
    expect(moderationProblems(apiError('SERVICE_UNAVAILABLE'))).toEqual({ status: 503, problems: [{ field: null, key: 'form.error.unavailable' }] });
  });
});

describe('the queue’s keyboard shortcuts', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}) => commandOf({ key: k, ctrlKey: false, altKey: false, metaKey: false, ...mods });
  it('maps j/k and the arrows, a, h, x and ?', () => {
    expect([key('j'), key('ArrowDown'), key('k'), key('ArrowUp'), key('a'), key('h'), key('x'), key('?')]).toEqual(['next', 'next', 'previous', 'previous', 'approve', 'hide', 'select', 'help']);
  });
  it('leaves the browser’s and screen readers’ own combinations alone', () => {
    expect([key('a', { ctrlKey: true }), key('j', { altKey: true }), key('h', { metaKey: true }), key('z')]).toEqual([null, null, null, null]);
  });
});

describe('the inbox’s address', () => {
  it('opens on the unanswered tab and goes back to the same view after answering', async () => {
    const { inboxFilters, inboxReturnPath } = await import('./inbox');
    expect(inboxFilters(new URLSearchParams())).toEqual({ status: 'UNANSWERED', unitId: null, after: null });
    expect(inboxFilters(new URLSearchParams('status=ANSWERED&unit=7')).status).toBe('ANSWERED');
    expect(inboxReturnPath('/staf/kotak-masuk?status=ANSWERED&terjawab=9')).toBe('/staf/kotak-masuk?status=ANSWERED');
    expect(inboxReturnPath('//evil.example/staf/kotak-masuk')).toBe('/staf/kotak-masuk');
  });
});
