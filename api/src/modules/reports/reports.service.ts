import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { MIN_RESPONSES_FOR_SCORE, parsePeriodKey, periodState, type Grade, type SurveyPeriod } from '@suara/skm';
import { boundedText } from '../../common/bounded-text.js';
import { todayIn } from '../../common/calendar.js';
import { Role } from '../../common/enums.js';
import { BadInputError, NotFoundError, type LocalizedText } from '../../common/errors.js';
import { storableText } from '../../common/text.js';
import type { CatalogSnapshot, RegionType, UnitType } from '../catalog/index.js';
import { authorize, type Viewer } from '../identity/index.js';
import { buildReportContent, numbersDiffer, unitTotals, type SkmReportContent } from './report-content.js';
import { SkmReport } from './skm-report.entity.js';
import type { SkmReportPreviewType, SkmReportType, SkmReportVersionType } from './reports.types.js';

/**
 * The Laporan SKM of a unit for a survey period (facts/LAPORAN.md): preview, publication as a
 * snapshot, public lists, and revisions when late ratings change a published period's numbers
 * (decision record 0026).
 */

/** Who may publish: the unit's officer, HR of the region (ADMIN always). The mayor reads. */
const PUBLISHERS = [Role.UNIT_OFFICER, Role.HR] as const;
const READERS = [Role.UNIT_OFFICER, Role.HR, Role.MAYOR] as const;

export const SIGNED_BY_MIN = 3;
export const SIGNED_BY_MAX = 200;
/** A region's list shows one report per unit and period; this bounds what one request reads. */
export const REPORT_LIST_MAX = 500;

function unitOf(catalog: CatalogSnapshot, unitId: string): { unit: UnitType; region: RegionType } {
  const unit = catalog.unit(String(unitId));
  const region = unit ? catalog.region(unit.regionId) : null;
  if (!unit || !region) throw new NotFoundError({ id: 'Unit tidak ditemukan.', en: 'No such unit.' });
  return { unit, region };
}

function regionOf(catalog: CatalogSnapshot, slug: string): RegionType {
  const region = catalog.regionBySlug(String(slug).trim().toLowerCase().slice(0, 80));
  if (!region) throw new NotFoundError({ id: 'Daerah tidak ditemukan.', en: 'No such region.' });
  return region;
}

/**
 * The period a key names, when it is one of the region's survey periods (facts/LAPORAN.md,
 * "Periods": calendar periods of the length the region chose).
 */
export function periodFor(region: RegionType, key: string): SurveyPeriod {
  const period = parsePeriodKey(String(key).trim().toUpperCase());
  const examples: Record<string, string> = { QUARTER: '2026-Q1', SEMESTER: '2026-S1', YEAR: '2026' };
  if (!period || period.kind !== region.surveyPeriod) {
    const message = {
      id: `Periode harus periode survei daerah ini, misalnya ${examples[region.surveyPeriod]}.`,
      en: `The period must be one of this region's survey periods, e.g. ${examples[region.surveyPeriod]}.`,
    };
    throw new BadInputError(message, [{ field: 'period', message }]);
  }
  return period;
}

const longDay = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
};

/** Why a period cannot be published yet (running or future; facts/LAPORAN.md, Periods), or null. */
function periodRefusal(region: RegionType, period: SurveyPeriod): LocalizedText | null {
  const state = periodState(period, todayIn(region.timeZone));
  if (state === 'COMPLETE') return null;
  return {
    id: `Periode ${period.key} masih berjalan sampai ${longDay(period.to)}: laporan SKM hanya untuk periode yang sudah selesai.`,
    en: `The period ${period.key} runs until ${period.to}: an SKM report is only for a period that has ended.`,
  };
}

function tooFew(count: number): LocalizedText {
  return {
    id: `Baru ${count} tanggapan pada periode ini; laporan SKM memerlukan sekurang-kurangnya ${MIN_RESPONSES_FOR_SCORE} tanggapan (nilai dari lebih sedikit tanggapan dapat mengenali responden).`,
    en: `Only ${count} responses in this period; an SKM report needs at least ${MIN_RESPONSES_FOR_SCORE} (a score from fewer could identify a respondent).`,
  };
}

function toType(row: SkmReport, versions: SkmReport[]): SkmReportType {
  return {
    id: row.id,
    unitId: row.unit.id,
    regionSlug: row.content.region.slug,
    periodKey: row.periodKey,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    version: row.version,
    publishedAt: row.publishedAt,
    signedBy: row.signedBy,
    revisionReason: row.revisionReason,
    responseCount: row.responseCount,
    ikm: row.ikm,
    grade: row.grade as Grade | null,
    content: row.content as unknown as Record<string, unknown>,
    versions: versions
      .sort((a, b) => b.version - a.version)
      .map(
        (v): SkmReportVersionType => ({
          id: v.id,
          version: v.version,
          publishedAt: v.publishedAt,
          revisionReason: v.revisionReason,
          responseCount: v.responseCount,
          ikm: v.ikm,
          grade: v.grade as Grade | null,
        }),
      ),
  };
}

const unitName = (r: SkmReportType) => String((r.content.unit as { name?: string } | undefined)?.name ?? '');

/** Latest version of each (unit, period) among `rows`, each with all its versions (one query read them all). */
function latestOfEach(rows: SkmReport[]): SkmReportType[] {
  const series = new Map<string, SkmReport[]>();
  for (const r of rows) {
    const key = `${r.unit.id}|${r.periodKey}`;
    series.set(key, [...(series.get(key) ?? []), r]);
  }
  return [...series.values()]
    .map((versions) => {
      const latest = versions.reduce((a, b) => (b.version > a.version ? b : a));
      return toType(latest, versions);
    })
    .sort((a, b) => b.periodKey.localeCompare(a.periodKey) || unitName(a).localeCompare(unitName(b), 'id'));
}

async function reportsWhere(em: EntityManager, where: Record<string, unknown>): Promise<SkmReportType[]> {
  const rows = await em.find(SkmReport, where, { orderBy: { periodKey: 'desc', version: 'desc' }, limit: REPORT_LIST_MAX });
  return latestOfEach(rows);
}

/** `skmReports`: the published reports of a region (or of one unit), latest version each. Staff of the region or unit. */
export async function skmReports(
  em: EntityManager,
  catalog: CatalogSnapshot,
  viewer: Viewer | null,
  args: { regionSlug: string; period?: string | null; unitId?: string | null },
): Promise<SkmReportType[]> {
  const region = regionOf(catalog, args.regionSlug);
  if (args.unitId) {
    const { unit } = unitOf(catalog, args.unitId);
    authorize(viewer, catalog, READERS, { regionId: region.id, unitId: unit.id });
  } else authorize(viewer, catalog, [Role.HR, Role.MAYOR], { regionId: region.id });
  const where: Record<string, unknown> = { region: region.id };
  if (args.unitId) where.unit = args.unitId;
  if (args.period) where.periodKey = periodFor(region, args.period).key;
  return reportsWhere(em, where);
}

/** `publishedSkmReports`: public documents (PermenPANRB 14/2017: results are published). */
export async function publishedSkmReports(em: EntityManager, catalog: CatalogSnapshot, regionSlug: string, period?: string | null): Promise<SkmReportType[]> {
  const region = regionOf(catalog, regionSlug);
  const where: Record<string, unknown> = { region: region.id };
  if (period) where.periodKey = periodFor(region, period).key;
  return reportsWhere(em, where);
}

/** One published version (the latest without `version`) of the report that `id` is a version of; null when there is none. */
export async function publishedSkmReport(em: EntityManager, id: string, version?: number | null): Promise<SkmReportType | null> {
  if (!/^[0-9a-f-]{36}$/i.test(String(id))) return null;
  const row = await em.findOne(SkmReport, { id });
  if (!row) return null;
  const versions = await em.find(SkmReport, { unit: row.unit.id, periodKey: row.periodKey }, { orderBy: { version: 'desc' } });
  const chosen = version == null ? versions[0]! : versions.find((v) => v.version === version);
  return chosen ? toType(chosen, versions) : null;
}

async function latestVersion(em: EntityManager, unitId: string, periodKey: string): Promise<{ latest: SkmReport | null; versions: SkmReport[] }> {
  const versions = await em.find(SkmReport, { unit: unitId, periodKey }, { orderBy: { version: 'desc' } });
  return { latest: versions[0] ?? null, versions };
}

/** `skmReportPreview`: the report as it would be published now. Staff of the unit or region. */
export async function skmReportPreview(
  em: EntityManager,
  catalog: CatalogSnapshot,
  viewer: Viewer | null,
  args: { unitId: string; period: string },
  lang: 'id' | 'en',
): Promise<SkmReportPreviewType> {
  const { unit, region } = unitOf(catalog, args.unitId);
  authorize(viewer, catalog, READERS, { unitId: unit.id });
  const period = periodFor(region, args.period);
  const state = periodState(period, todayIn(region.timeZone));
  if (state === 'FUTURE') {
    const message = { id: `Periode ${period.key} belum dimulai.`, en: `The period ${period.key} has not begun.` };
    throw new BadInputError(message, [{ field: 'period', message }]);
  }
  const content = await buildReportContent(em, catalog, region, unit, period);
  const { latest, versions } = await latestVersion(em, unit.id, period.key);
  const refusal = periodRefusal(region, period) ?? (content.results.responseCount < MIN_RESPONSES_FOR_SCORE ? tooFew(content.results.responseCount) : null);
  const totals = (await unitTotals(em, [unit.id], period)).get(unit.id);
  return {
    unitId: unit.id,
    periodKey: period.key,
    periodFrom: period.from,
    periodTo: period.to,
    complete: state === 'COMPLETE',
    responseCount: content.results.responseCount,
    ikm: content.results.ikm,
    grade: content.results.grade,
    publishable: refusal === null,
    refusal: refusal ? refusal[lang] : null,
    content: content as unknown as Record<string, unknown>,
    published: latest ? toType(latest, versions) : null,
    changedSincePublished: Boolean(latest && totals && numbersDiffer(latest.content, totals)),
  };
}

function cleanSigner(value: string): string {
  const what = { id: 'Nama dan jabatan penanda tangan', en: 'The signer’s name and title' };
  const text = boundedText(value, 'signedBy', SIGNED_BY_MIN, SIGNED_BY_MAX, what);
  if (!storableText(text) || [...text].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) {
    const message = { id: `${what.id} berisi karakter yang tidak dapat dicetak.`, en: `${what.en} holds a character that cannot be printed.` };
    throw new BadInputError(message, [{ field: 'signedBy', message }]);
  }
  return text;
}

/** The stored reason of a revision, in Indonesian as the report prints it (the PDF renders English from `content.revision`). */
export function revisionReasonText(period: string, before: { responseCount: number; ikm: number | null }, after: { responseCount: number; ikm: number | null }): string {
  const delta = after.responseCount - before.responseCount;
  const ikm = (v: number | null) => (v === null ? '–' : v.toFixed(2).replace('.', ','));
  const change = `jumlah tanggapan ${before.responseCount} → ${after.responseCount}, IKM ${ikm(before.ikm)} → ${ikm(after.ikm)}`;
  if (delta > 0) return `${delta} tanggapan terlambat masuk untuk periode ${period} (kuesioner kertas atau antrean kios); ${change}.`;
  if (delta < 0) return `${-delta} tanggapan dikeluarkan dari periode ${period} (ditandai spam); ${change}.`;
  return `Nilai tanggapan periode ${period} berubah; ${change}.`;
}

async function storeVersion(
  em: EntityManager,
  catalog: CatalogSnapshot,
  region: RegionType,
  unit: UnitType,
  period: SurveyPeriod,
  previous: SkmReport | null,
  signedBy: string,
  publishedBy: string | null,
): Promise<SkmReport | null> {
  const revision = previous
    ? { previousVersion: previous.version, previousResponseCount: previous.responseCount, previousIkm: previous.ikm, addedResponses: 0 }
    : null;
  const content = await buildReportContent(em, catalog, region, unit, period, revision);
  if (content.revision) content.revision.addedResponses = content.results.responseCount - content.revision.previousResponseCount;
  const row = em.create(SkmReport, {
    unit: unit.id,
    region: region.id,
    periodKey: period.key,
    periodFrom: period.from,
    periodTo: period.to,
    version: (previous?.version ?? 0) + 1,
    publishedAt: new Date(),
    publishedBy,
    signedBy,
    revisionReason: previous ? revisionReasonText(period.key, previous, content.results) : null,
    responseCount: content.results.responseCount,
    ikm: content.results.ikm,
    grade: content.results.grade,
    content,
  });
  try {
    await em.flush();
    return row;
  } catch (error) {
    // Someone else published or revised this period at the same moment: theirs stands (and the
    // row that lost is no longer this EntityManager's to write).
    if (error instanceof UniqueConstraintViolationException) {
      em.clear();
      return null;
    }
    throw error;
  }
}

/**
 * `publishSkmReport`: publishes the report of a COMPLETE period with at least 5 responses, signed off
 * by the head of the unit. Publishing again with unchanged numbers returns the published report;
 * with changed numbers it stores the next version (the earlier one is kept).
 */
export async function publishSkmReport(
  em: EntityManager,
  catalog: CatalogSnapshot,
  viewer: Viewer | null,
  args: { unitId: string; period: string; signedBy: string },
): Promise<SkmReportType> {
  const { unit, region } = unitOf(catalog, args.unitId);
  const who = authorize(viewer, catalog, PUBLISHERS, { unitId: unit.id });
  const period = periodFor(region, args.period);
  const signedBy = cleanSigner(args.signedBy);
  const refusal = periodRefusal(region, period);
  if (refusal) throw new BadInputError(refusal, [{ field: 'period', message: refusal }]);
  const totals = (await unitTotals(em, [unit.id], period)).get(unit.id)!;
  if (totals.responseCount < MIN_RESPONSES_FOR_SCORE) {
    const message = tooFew(totals.responseCount);
    throw new BadInputError(message, [{ field: 'period', message }]);
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    const { latest, versions } = await latestVersion(em, unit.id, period.key);
    if (latest && !numbersDiffer(latest.content, totals)) return toType(latest, versions);
    const stored = await storeVersion(em, catalog, region, unit, period, latest, signedBy, who.accountId);
    if (stored) {
      const again = await latestVersion(em, unit.id, period.key);
      return toType(again.latest!, again.versions);
    }
  }
  const { latest, versions } = await latestVersion(em, unit.id, period.key);
  return toType(latest!, versions);
}

/**
 * Compares each published report's numbers with the rollups now and, where late ratings (paper
 * questionnaires imported with their dates, a kiosk's offline queue) or spam marking changed them,
 * stores the next version with the same sign-off and a reason; the earlier version is kept
 * (facts/LAPORAN.md, "Periods", product decision). Limited to some units when given. Returns the
 * versions stored.
 */
export async function reviseStaleReports(em: EntityManager, catalog: CatalogSnapshot, options: { unitIds?: readonly string[] } = {}): Promise<SkmReport[]> {
  const where = options.unitIds ? { unit: { $in: [...options.unitIds] } } : {};
  const rows = await em.find(SkmReport, where, { orderBy: { version: 'desc' } });
  const latest = new Map<string, SkmReport>();
  for (const r of rows) {
    const key = `${r.unit.id}|${r.periodKey}`;
    if (!latest.has(key)) latest.set(key, r);
  }
  // One rollup query per period, for all the units published for it.
  const byPeriod = new Map<string, SkmReport[]>();
  for (const r of latest.values()) byPeriod.set(r.periodKey, [...(byPeriod.get(r.periodKey) ?? []), r]);
  const stored: SkmReport[] = [];
  for (const [, reports] of byPeriod) {
    const { periodFrom, periodTo } = reports[0]!;
    const totals = await unitTotals(em, reports.map((r) => r.unit.id), { from: periodFrom, to: periodTo });
    for (const report of reports) {
      const now = totals.get(report.unit.id);
      if (!now || !numbersDiffer(report.content, now)) continue;
      const unit = catalog.unit(report.unit.id);
      const region = unit ? catalog.region(unit.regionId) : null;
      const period = parsePeriodKey(report.periodKey);
      if (!unit || !region || !period) continue;
      const row = await storeVersion(em, catalog, region, unit, period, report, report.signedBy, report.publishedBy?.id ?? null);
      if (row) stored.push(row);
    }
  }
  return stored;
}

/** Any 64-bit number no other lock of this database uses: the revision sweep runs in one process at a time. */
const REVISION_LOCK = 4_202_611_026;

/**
 * The API's periodic sweep: `reviseStaleReports` under a transaction-scoped advisory lock, so that of
 * several API processes only one revises at a time (the others skip this round).
 */
export async function reviseOnTimer(em: EntityManager, catalog: CatalogSnapshot): Promise<number> {
  return em.transactional(async (tx) => {
    const [row] = await tx.execute<Array<{ locked: boolean }>>('select pg_try_advisory_xact_lock(?) as locked', [REVISION_LOCK]);
    if (!row?.locked) return 0;
    return (await reviseStaleReports(tx, catalog)).length;
  });
}

export type { SkmReportContent };
