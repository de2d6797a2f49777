import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../src/modules/identity/index.js';
import { applyToRollup, newReceiptCode } from '../../src/modules/feedback/index.js';
import type { TestApi } from './api.js';

/** Direct SQL for fixtures (never for what a test checks through the API). */
export async function sql<T = Record<string, unknown>>(api: TestApi, query: string, params: unknown[] = []): Promise<T[]> {
  return (await api.orm.em.fork().getConnection().execute(query, params)) as T[];
}

let n = 0;

/**
 * A citizen's rating of `serviceId` with a comment (or none), in a moderation state, published at
 * `publishedAt` (default now for PUBLISHED). Returns the feedback id and its receipt code.
 */
export async function commentFixture(
  api: TestApi,
  serviceId: string,
  options: { status?: 'PENDING' | 'PUBLISHED' | 'HIDDEN'; text?: string | null; publishedAt?: Date | null; submittedAt?: Date } = {},
): Promise<{ id: string; receiptCode: string }> {
  const id = randomUUID();
  n++;
  const status = options.status ?? 'PUBLISHED';
  const text = options.text === undefined ? `Antrean cukup lama, mohon diperbaiki (${n}).` : options.text;
  const publishedAt = options.publishedAt === undefined ? (status === 'PUBLISHED' ? new Date() : null) : options.publishedAt;
  const submittedAt = options.submittedAt ?? (publishedAt ? new Date(publishedAt.getTime() - 3_600_000) : new Date());
  const receiptCode = newReceiptCode();
  // With its rollup, as the rating code stores it: the satisfaction tests compare the two.
  await api.orm.em.fork().transactional(async (tx) => {
    await tx.execute(
    `insert into feedback (id, created_at, service_id, region_id, submitted_at,
       score_persyaratan, score_sistem_mekanisme_prosedur, score_waktu_penyelesaian, score_biaya_tarif,
       score_produk_spesifikasi, score_kompetensi_pelaksana, score_perilaku_pelaksana,
       score_penanganan_pengaduan, score_sarana_prasarana,
       comment, moderation_status, published_at, receipt_code, idempotency_key, channel)
     select ?, ?, s.id, s.region_id, ?, 2, 2, 2, 2, 2, 2, 2, 2, 2, ?, ?, ?, ?, ?, 'WEB' from public_service s where s.id = ?`,
    [id, submittedAt, submittedAt, text, status, publishedAt, receiptCode, `answers-${id}`, serviceId],
    );
    await applyToRollup(tx, id, 1);
  });
  return { id, receiptCode: `${receiptCode.slice(0, 5)}-${receiptCode.slice(5)}` };
}

/** A new staff account that is UNIT_OFFICER of `unitId`; returns its email (password suara-demo). */
export async function officerOf(api: TestApi, unitId: string): Promise<string> {
  const email = `petugas-${randomUUID().slice(0, 8)}@uji.suara.demo`;
  const accountId = randomUUID();
  await sql(api, `insert into staff_account (id, created_at, email, name, password_hash, active) values (?, now(), ?, 'Petugas Uji', ?, true)`, [
    accountId,
    email,
    await hashPassword('suara-demo'),
  ]);
  await sql(api, `insert into role_grant (id, created_at, account_id, role, region_id, unit_id) select ?, now(), ?, 'UNIT_OFFICER', u.region_id, u.id from unit u where u.id = ?`, [
    randomUUID(),
    accountId,
    unitId,
  ]);
  return email;
}

/** The unit of the demo officer of a region (its licensing unit, DPMPTSP) and one of its services. */
export async function licensingOf(api: TestApi, region: string): Promise<{ unitId: string; serviceId: string; serviceSlug: string; regionId: string }> {
  const [row] = await sql<{ unit_id: string; service_id: string; slug: string; region_id: string }>(
    api,
    `select g.unit_id, s.id as service_id, s.slug, s.region_id from role_grant g join staff_account a on a.id = g.account_id
       join public_service s on s.unit_id = g.unit_id
     where a.email = ? and g.role = 'UNIT_OFFICER' order by s.slug limit 1`,
    [`officer@${region}.demo`],
  );
  return { unitId: row!.unit_id, serviceId: row!.service_id, serviceSlug: row!.slug, regionId: row!.region_id };
}
