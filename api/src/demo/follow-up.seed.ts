import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SKM_ELEMENTS, addDays, lastCompletePeriod, summarize, type SkmElement } from '@suara/skm';
import { FollowUpStatus, ModerationStatus, PublicationChannel } from '../common/enums.js';
import type { Region, Unit } from '../modules/geography/index.js';
import type { StaffAccount } from '../modules/identity/index.js';
import { SCORE_PROPERTY } from '../modules/feedback/index.js';
import { DEFAULT_DUE_DAYS, FollowUpAction, FollowUpPlan, SOURCE_COMMENTS, SUGGESTED_ACTION, SkmPublication, weakestElements } from '../modules/insights/index.js';

/**
 * The demo's follow-up plans (decision record 0025): for the last complete period of each region, a
 * plan per unit with services, drafted from the unit's weakest elements exactly as the API drafts
 * (same rollup sums, same rule), agreed a week or two after the period, its actions in varied
 * states — done on time, done late, in progress, one dropped with a reason — and the channels the
 * results were published on. Deterministic and drawn from no random stream: ids and choices come
 * from the units' ids and positions.
 */

const OWNER: Record<SkmElement, string> = {
  PERSYARATAN: 'Kepala Seksi Pelayanan',
  SISTEM_MEKANISME_PROSEDUR: 'Kepala Seksi Pelayanan',
  WAKTU_PENYELESAIAN: 'Koordinator Loket',
  BIAYA_TARIF: 'Sekretaris',
  PRODUK_SPESIFIKASI: 'Kepala Seksi Pelayanan',
  KOMPETENSI_PELAKSANA: 'Kepala Subbagian Umum dan Kepegawaian',
  PERILAKU_PELAKSANA: 'Kepala Subbagian Umum dan Kepegawaian',
  PENANGANAN_PENGADUAN: 'Pengelola Pengaduan',
  SARANA_PRASARANA: 'Kepala Subbagian Umum dan Kepegawaian',
};

const EVIDENCE: Record<SkmElement, string> = {
  PERSYARATAN: 'Daftar persyaratan baru terpasang di loket dan situs web; foto dan tautan di arsip sekretariat.',
  SISTEM_MEKANISME_PROSEDUR: 'Bagan alur baru terpasang di ruang tunggu; notulen rapat evaluasi alur layanan.',
  WAKTU_PENYELESAIAN: 'SK petugas pemantau berkas dan rekap pemantauan harian tiga bulan.',
  BIAYA_TARIF: 'Papan tarif resmi terpasang; foto dan pengumuman di situs web.',
  PRODUK_SPESIFIKASI: 'Daftar periksa mutu produk layanan dan rekap pemeriksaan bulanan.',
  KOMPETENSI_PELAKSANA: 'Daftar hadir dan sertifikat pelatihan teknis petugas.',
  PERILAKU_PELAKSANA: 'Daftar hadir dan sertifikat pelatihan pelayanan prima; hasil survei singkat sesudahnya.',
  PENANGANAN_PENGADUAN: 'SK pengelola pengaduan dan rekap pengaduan terjawab tepat waktu.',
  SARANA_PRASARANA: 'Berita acara serah terima perbaikan ruang tunggu dan foto sebelum–sesudah.',
};

const DROP_REASON = 'Dialihkan ke program pemerintah provinsi yang mencakup kegiatan yang sama tahun ini.';

function derivedUuid(text: string): string {
  const h = createHash('sha256').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface FollowUpSeedInput {
  tx: EntityManager;
  region: Region;
  /** The region's UTC offset in hours (its days are local days). */
  offset: number;
  today: string;
  /** The units that deliver services, by their demo key. */
  units: Array<[string, Unit]>;
  /** Service id → unit key. */
  serviceUnit: Map<string, string>;
  /** The region's feedback rows as the seed inserts them. */
  feedbackRows: Array<Record<string, unknown>>;
  agreedBy: { officer: StaffAccount; hr: StaffAccount };
  storyOf: (unitKey: string) => 'improved' | 'declined' | 'behaviour' | null;
}

export function seedFollowUp(input: FollowUpSeedInput): void {
  const { tx, region, offset, today, units } = input;
  const period = lastCompletePeriod(region.surveyPeriod, today);
  const yesterday = addDays(today, -1);
  const due = addDays(period.to, DEFAULT_DUE_DAYS);
  const localDay = (at: Date) => new Date(at.getTime() + offset * 3_600_000).toISOString().slice(0, 10);
  const at = (day: string, hour = 10) => new Date(Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00Z`) - offset * 3_600_000);

  const rowsOf = new Map<string, Array<Record<string, unknown>>>();
  for (const r of input.feedbackRows) {
    if (r.spam) continue;
    const day = localDay(r.submittedAt as Date);
    if (day < period.from || day > period.to) continue;
    const key = input.serviceUnit.get(r.service as string);
    if (!key) continue;
    if (!rowsOf.has(key)) rowsOf.set(key, []);
    rowsOf.get(key)!.push(r);
  }

  const planned = units.filter(([key]) => (rowsOf.get(key)?.length ?? 0) >= 5);
  // The last unit's plan stays a draft (waiting for owners); the last agreed unit without a story drops one action.
  const draftIndex = planned.length > 2 ? planned.length - 1 : -1;
  let dropIndex = -1;
  planned.forEach(([key], i) => {
    if (i !== draftIndex && !input.storyOf(key)) dropIndex = i;
  });

  planned.forEach(([key, unit], index) => {
    const rows = rowsOf.get(key)!;
    const score = (r: Record<string, unknown>, e: SkmElement) => r[SCORE_PROPERTY[e]] as number;
    const summary = summarize(
      rows.length,
      SKM_ELEMENTS.map((element) => ({ element, sum: rows.reduce((s, r) => s + score(r, element), 0), count: rows.length })),
    );
    const weak = weakestElements(summary.elements);
    const draftedDay = addDays(period.to, 3 + (index % 4));
    const agreedDay = addDays(period.to, 7 + (index % 8));
    const agreed = index !== draftIndex && agreedDay <= yesterday;
    const story = input.storyOf(key);
    const who = key === 'dpmptsp' ? input.agreedBy.officer : input.agreedBy.hr;
    const head = tx.create(FollowUpPlan, {
      id: derivedUuid(`follow-up-plan:${unit.id}:${period.key}`),
      createdAt: at(draftedDay),
      unit,
      periodKey: period.key,
      periodStart: period.from,
      periodEnd: period.to,
      draftedBy: who,
      agreedAt: agreed ? at(agreedDay, 14) : null,
      agreedBy: agreed ? who : null,
    });
    void head;

    weak.forEach((w, j) => {
      const low = rows.filter((r) => score(r, w.element) <= 2);
      const comments = low
        .filter((r) => r.comment && r.moderationStatus === ModerationStatus.PUBLISHED)
        .sort((a, b) => (b.submittedAt as Date).getTime() - (a.submittedAt as Date).getTime() || String(b.id).localeCompare(String(a.id)))
        .slice(0, SOURCE_COMMENTS)
        .map((r) => String(r.id));

      let status = FollowUpStatus.PLANNED as FollowUpStatus;
      let closedDay = null as string | null;
      if (agreed) {
        const onTime = addDays(agreedDay, 20 + 9 * j + (index % 7));
        const late = addDays(due, 5 + 3 * j + index);
        const doneOnTime = () => {
          if (onTime <= yesterday && onTime <= due) {
            status = FollowUpStatus.DONE;
            closedDay = onTime;
          } else status = FollowUpStatus.IN_PROGRESS;
        };
        const doneLate = () => {
          if (late <= yesterday) {
            status = FollowUpStatus.DONE;
            closedDay = late;
          } else status = FollowUpStatus.IN_PROGRESS;
        };
        if (index === dropIndex && j === weak.length - 1) status = FollowUpStatus.DROPPED;
        else if (story === 'improved') doneOnTime();
        else if (story === 'declined') status = j === 0 ? FollowUpStatus.IN_PROGRESS : FollowUpStatus.PLANNED;
        else if (story === 'behaviour') {
          if (j === 0) doneLate();
          else status = FollowUpStatus.IN_PROGRESS;
        } else {
          const pattern = (index + j) % 4;
          if (pattern === 0 || pattern === 3) doneOnTime();
          else if (pattern === 1) doneLate();
          else status = FollowUpStatus.IN_PROGRESS;
        }
      }
      const dropped = status === FollowUpStatus.DROPPED;
      const dropDay = addDays(agreedDay, 30) <= yesterday ? addDays(agreedDay, 30) : yesterday;
      tx.create(FollowUpAction, {
        id: derivedUuid(`follow-up-action:${unit.id}:${period.key}:${w.element}`),
        createdAt: new Date(at(draftedDay).getTime() + j),
        unit,
        element: w.element,
        periodStart: period.from,
        periodEnd: period.to,
        action: SUGGESTED_ACTION[w.element],
        owner: agreed ? OWNER[w.element] : null,
        dueOn: due,
        status,
        evidence: status === FollowUpStatus.DONE ? EVIDENCE[w.element] : null,
        dropReason: dropped ? DROP_REASON : null,
        closedAt: closedDay ? at(closedDay, 15) : dropped ? at(dropDay, 15) : null,
        sourceAverage: w.average,
        sourceLowScoreCount: low.length,
        sourceCommentIds: comments,
        drafted: true,
      });
    });

    // Publication: a notice at the counter for every agreed plan; a website page or a post for some.
    if (!agreed) return;
    const channels: Array<[PublicationChannel, number, string | null, string | null]> = [[PublicationChannel.NOTICE_BOARD, 10, null, 'Papan pengumuman di ruang tunggu loket']];
    if (index % 2 === 0) channels.push([PublicationChannel.WEBSITE, 14, `https://skm.${region.slug}.go.id/${key}/${period.key}`, null]);
    if (index % 3 === 0) channels.push([PublicationChannel.SOCIAL_MEDIA, 16, `https://www.instagram.com/${region.slug}.${key.replace(/-/g, '')}/`, 'Infografis hasil SKM']);
    for (const [channel, days, link, note] of channels) {
      const day = addDays(period.to, days);
      if (day > yesterday) continue;
      tx.create(SkmPublication, {
        id: derivedUuid(`publication:${unit.id}:${period.key}:${channel}`),
        createdAt: at(day, 16),
        unit,
        periodKey: period.key,
        periodStart: period.from,
        periodEnd: period.to,
        channel,
        publishedOn: day,
        link,
        note,
        recordedBy: who,
      });
    }
  });
}
