import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { freshClientIp } from '../support/feedback.js';
import { COMMENTS, ITEM, LOG, MODERATE, QUEUE, REPORT, SCORES, codeOf, forumPost, ok, rate, servicesOf, sql, type Item, type LogEntry, type ServiceRow } from '../support/moderation.js';

let api: TestApi;
let moderator: string;
let services: ServiceRow[];

beforeAll(async () => {
  // A long-lived read cache: what the public sees right after an action proves the action's `touch`.
  api = await startTestApi({ SUARA_READ_CACHE_MS: '60000' });
  moderator = await api.login('moderator@mamuju.demo');
  services = await servicesOf(api, 'mamuju');
});
afterAll(async () => {
  await api.close();
});

const report = (id: string, reason: string, clientIp = freshClientIp()) => api.gql<{ reportContent: boolean }>(REPORT, { id, reason }, { clientIp });
const item = async (id: string) => (await ok<{ moderationItem: Item }>(api, ITEM, { id }, moderator)).moderationItem;
const publicIds = async (slug: string) =>
  (await ok<{ service: { feedback: { edges: Array<{ node: { id: string } }> } } }>(api, COMMENTS, { slug })).service.feedback.edges.map((e) => e.node.id);

async function publishedComment(service: ServiceRow, text: string): Promise<string> {
  const { id } = await rate(api, service, text);
  await ok(api, MODERATE, { input: { itemId: id, action: 'APPROVE' } }, moderator);
  return id;
}

describe('reports', () => {
  it('counts many simultaneous reports from one client once', async () => {
    const id = await publishedComment(services[0]!, 'Komentar yang dilaporkan bersamaan.');
    const ip = freshClientIp();
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => report(id, `Tidak pantas ${i}.`, ip)));
    expect(answers.map(codeOf)).toEqual(Array(20).fill('OK'));
    const [row] = await sql<{ report_count: number; n: number }>(
      api,
      `select f.report_count, (select count(*)::int from report r where r.feedback_id = f.id) as n from feedback f where f.id = ?`,
      [id],
    );
    expect(row).toEqual({ report_count: 1, n: 1 });
    expect((await item(id)).status).toBe('PUBLISHED');
  });

  it('hides an item at once when the third client reports it, logged as "Sistem", until a moderator decides', async () => {
    const service = services[1]!;
    const id = await publishedComment(service, 'Komentar yang akan disembunyikan sistem.');
    expect(await publicIds(service.slug)).toContain(id); // now in the public read cache
    // Different clients at the same moment: exactly one of them reaches the threshold.
    const ips = [freshClientIp(), freshClientIp(), freshClientIp(), freshClientIp()];
    const answers = await Promise.all(ips.map((ip, i) => report(id, `Alasan warga ${i + 1}: menghina petugas.`, ip)));
    // The fourth may come after the item is hidden (then it is no longer public: NOT_FOUND) or before.
    expect(answers.filter((a) => codeOf(a) === 'OK').length).toBeGreaterThanOrEqual(3);
    expect(answers.every((a) => ['OK', 'NOT_FOUND'].includes(codeOf(a)))).toBe(true);

    const hidden = await item(id);
    expect(hidden).toMatchObject({ status: 'HIDDEN', hiddenBySystem: true });
    expect(hidden.reports.length).toBeGreaterThanOrEqual(3);
    expect(hidden.reports.every((r) => r.open)).toBe(true);
    expect(await publicIds(service.slug)).not.toContain(id);

    const log = (await ok<{ moderationLog: { edges: Array<{ node: LogEntry }> } }>(api, LOG, { itemId: id }, moderator)).moderationLog.edges.map((e) => e.node);
    const systemEntries = log.filter((e) => e.moderator.system);
    expect(systemEntries).toHaveLength(1);
    expect(systemEntries[0]).toMatchObject({ action: 'HIDE', moderator: { name: 'Sistem', system: true } });
    expect(systemEntries[0]!.reason).toMatch(/setelah [34] laporan/);
    expect(systemEntries[0]!.reason).toContain('Alasan warga');

    // Listed first among the reported items, then a moderator puts it back and closes the reports.
    const queue = await ok<{ moderationQueue: { edges: Array<{ node: Item }> } }>(api, QUEUE, { region: 'mamuju', status: null, reported: true, first: 5 }, moderator);
    expect(queue.moderationQueue.edges[0]!.node.hiddenBySystem).toBe(true);
    expect(queue.moderationQueue.edges.map((e) => e.node.id)).toContain(id);

    const restored = await ok<{ moderate: Item }>(api, MODERATE, { input: { itemId: id, action: 'RESTORE', reason: 'Kritik wajar, bukan hinaan.' } }, moderator);
    expect(restored.moderate).toMatchObject({ status: 'PUBLISHED', hiddenBySystem: false });
    expect(restored.moderate.reports.every((r) => !r.open)).toBe(true);
    expect(await publicIds(service.slug)).toContain(id);
    const after = await ok<{ moderationQueue: { edges: Array<{ node: Item }> } }>(api, QUEUE, { region: 'mamuju', status: null, reported: true, first: 100 }, moderator);
    expect(after.moderationQueue.edges.map((e) => e.node.id)).not.toContain(id);
  });

  it('hides a forum post after three reports too', async () => {
    const post = await forumPost(api, services[2]!, { status: 'PUBLISHED' });
    for (const i of [1, 2, 3]) expect(codeOf(await report(post, `Spam forum ${i}.`))).toBe('OK');
    expect(await item(post)).toMatchObject({ kind: 'FORUM_POST', status: 'HIDDEN', hiddenBySystem: true, reportCount: 3 });

    // A moderator who agrees confirms the hide with a reason: the reports are decided, it stays hidden.
    const confirmed = await ok<{ moderate: Item }>(api, MODERATE, { input: { itemId: post, action: 'HIDE', reason: 'Memang spam.' } }, moderator);
    expect(confirmed.moderate).toMatchObject({ status: 'HIDDEN', hiddenBySystem: false, openReportCount: 0 });
    const again = await api.gql(MODERATE, { input: { itemId: post, action: 'HIDE', reason: 'Lagi.' } }, { token: moderator });
    expect(codeOf(again)).toBe('CONFLICT');
  });

  it('orders reported items: hidden by the system first, then the most open reports', async () => {
    const one = await publishedComment(services[3]!, 'Satu laporan.');
    const two = await publishedComment(services[3]!, 'Dua laporan.');
    expect(codeOf(await report(one, 'Kurang pantas.'))).toBe('OK');
    for (const i of [1, 2]) expect(codeOf(await report(two, `Kurang pantas ${i}.`))).toBe('OK');
    const queue = await ok<{ moderationQueue: { edges: Array<{ node: Item }> } }>(api, QUEUE, { region: 'mamuju', status: null, reported: true, serviceId: services[3]!.id, first: 100 }, moderator);
    const nodes = queue.moderationQueue.edges.map((e) => e.node);
    expect(nodes.every((n) => n.openReportCount > 0)).toBe(true);
    expect(nodes.findIndex((n) => n.id === two)).toBeLessThan(nodes.findIndex((n) => n.id === one));
    const keys = nodes.map((n) => [n.hiddenBySystem ? 1 : 0, n.openReportCount] as const);
    const sorted = [...keys].sort((a, b) => b[0] - a[0] || b[1] - a[1]);
    expect(keys).toEqual(sorted);

    // Approving a reported, published comment keeps it public and closes its reports.
    const kept = await ok<{ moderate: Item }>(api, MODERATE, { input: { itemId: two, action: 'APPROVE' } }, moderator);
    expect(kept.moderate).toMatchObject({ status: 'PUBLISHED', openReportCount: 0 });
  });

  it('refuses reports of items that are not public', async () => {
    const { id } = await rate(api, services[0]!, 'Belum dimoderasi.');
    expect(codeOf(await report(id, 'Tidak pantas.'))).toBe('NOT_FOUND');
    expect(codeOf(await report(id, '   '))).toBe('BAD_USER_INPUT');
  });
});

describe('the honeypot', () => {
  const RECEIPT = 'query ($code: String!) { feedbackReceipt(code: $code) { status hasComment } }';

  it('gives a rating caught by the honeypot an ordinary receipt: pending with a comment, counted without', async () => {
    const service = services[4]!;
    const before = (await ok<{ service: { satisfaction: { responseCount: number } } }>(api, SCORES, { slug: service.slug })).service.satisfaction.responseCount;
    const withComment = await rate(api, service, 'Beli followers murah di sini!', { honeypot: 'https://spam.example' });
    const withoutComment = await rate(api, service, null, { honeypot: 'x' });
    const ordinary = await rate(api, service, null);

    const receipt = async (code: string) => (await ok<{ feedbackReceipt: { status: string; hasComment: boolean } }>(api, RECEIPT, { code })).feedbackReceipt;
    expect(await receipt(withComment.receiptCode)).toEqual({ status: 'PENDING', hasComment: true });
    expect(await receipt(withoutComment.receiptCode)).toEqual(await receipt(ordinary.receiptCode));
    expect(await receipt(withoutComment.receiptCode)).toEqual({ status: 'PUBLISHED', hasComment: false });

    // It stays out of the scores all the same: only the ordinary rating counts.
    const after = (await ok<{ service: { satisfaction: { responseCount: number } } }>(api, SCORES, { slug: service.slug })).service.satisfaction.responseCount;
    expect(after).toBe(before + 1);
    const [row] = await sql<{ spam: boolean; moderation_status: string }>(api, 'select spam, moderation_status from feedback where id = ?', [withComment.id]);
    expect(row).toEqual({ spam: true, moderation_status: 'SPAM' });
  });

  it('tells a citizen whose comment a moderator marked as spam that it was', async () => {
    const { id, receiptCode } = await rate(api, services[4]!, 'Promo pinjaman online tanpa jaminan.');
    await ok(api, MODERATE, { input: { itemId: id, action: 'MARK_SPAM', reason: 'Iklan.' } }, moderator);
    const res = await ok<{ feedbackReceipt: { status: string } }>(api, RECEIPT, { code: receiptCode });
    expect(res.feedbackReceipt.status).toBe('SPAM');
  });
});
