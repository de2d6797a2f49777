import type { EntityManager } from '@mikro-orm/postgresql';
import { SKM_ELEMENTS, lastCompletePeriod, addDays, type SkmElement, type SurveyPeriodKind } from '@suara/skm';
import { Catalog } from '../modules/catalog/index.js';
import { storePaperRatings } from '../modules/feedback/index.js';
import { SkmReport, buildReportContent, reviseStaleReports } from '../modules/reports/index.js';
import { Random } from './random.js';

/**
 * Published Laporan SKM of the demo world (decision record 0026): version 1 for the last complete
 * survey period of the units whose stories the demo tells, signed off by their heads and published by
 * HR; then, in Mamuju, a bundle of paper questionnaires of that period typed in late for the
 * environment office, which revises its report to version 2 (the earlier version kept).
 * Its own random stream: the shared one (`rng`) and so every other number of the demo is untouched.
 */
const REPORTED_UNITS = ['dpmptsp', 'disdukcapil', 'pupr', 'puskesmas-1', 'dlh'];
const LATE_UNIT = { region: 'mamuju', unit: 'dlh' };
const LATE_PAPERS = 8;
const DAY_MS = 86_400_000;

const HEADS: Record<string, string> = {
  dpmptsp: 'Kepala Dinas Penanaman Modal dan PTSP',
  disdukcapil: 'Kepala Dinas Kependudukan dan Pencatatan Sipil',
  pupr: 'Kepala Dinas Pekerjaan Umum dan Penataan Ruang',
  'puskesmas-1': 'Kepala Puskesmas',
  dlh: 'Kepala Dinas Lingkungan Hidup',
};

const NAMES = ['Drs. Ahmad Fauzi, M.Si.', 'Ir. Maria Goreti Lado, M.T.', 'dr. Nurhayati Said', 'Hendra Saputra, S.STP., M.Si.', 'Ni Made Ayu Lestari, S.E., M.M.'];

function at(day: string, hourUtc: number, today: string): Date {
  const latest = Date.parse(`${today}T00:00:00Z`) - DAY_MS / 2;
  return new Date(Math.min(Date.parse(`${day}T00:00:00Z`) + hourUtc * 3_600_000, latest));
}

export async function seedReports(tx: EntityManager, today: string): Promise<number> {
  const rng = new Random(0x5e0026);
  const catalog = await new Catalog(0).get(() => tx);
  const regions = await tx.execute<Array<{ id: string; slug: string; survey_period: SurveyPeriodKind; hr: string | null }>>(
    `select r.id, r.slug, r.survey_period,
        (select a.id from staff_account a where a.email = 'hr@' || r.slug || '.demo') as hr
     from region r order by r.slug`,
  );
  let stored = 0;
  for (const r of regions) {
    const region = catalog.region(r.id)!;
    const period = lastCompletePeriod(r.survey_period, today);
    const units = await tx.execute<Array<{ id: string; slug: string }>>('select id, slug from unit where region_id = ? order by slug', [r.id]);
    for (const key of REPORTED_UNITS) {
      const row = units.find((u) => u.slug === key);
      const unit = row ? catalog.unit(row.id) : null;
      if (!unit) continue;
      const content = await buildReportContent(tx, catalog, region, unit, period);
      if (content.results.responseCount < 5) continue;
      tx.create(SkmReport, {
        id: rng.uuid(),
        unit: unit.id,
        region: region.id,
        periodKey: period.key,
        periodFrom: period.from,
        periodTo: period.to,
        version: 1,
        publishedAt: at(addDays(period.to, 12), 2, today),
        publishedBy: r.hr,
        signedBy: `${rng.pick(NAMES)}, ${HEADS[key]}`,
        responseCount: content.results.responseCount,
        ikm: content.results.ikm,
        grade: content.results.grade,
        content,
      });
      stored++;
    }
    await tx.flush();

    if (r.slug === LATE_UNIT.region) {
      const row = units.find((u) => u.slug === LATE_UNIT.unit);
      const service = row ? catalog.servicesOfUnit(row.id)[0] : undefined;
      if (!row || !service) continue;
      const papers = Array.from({ length: LATE_PAPERS }, (_, i) => ({
        serviceId: service.id,
        answeredOn: addDays(period.from, rng.int(0, Math.max(0, Date.parse(period.to) / DAY_MS - Date.parse(period.from) / DAY_MS))),
        paperRef: `DEMO-${period.key}-${String(i + 1).padStart(3, '0')}`,
        scores: Object.fromEntries(SKM_ELEMENTS.map((e) => [e, rng.int(2, 4)])) as Record<SkmElement, number>,
        comment: null,
        respondent: { ageGroup: null, gender: null, education: null, occupation: null },
      }));
      await storePaperRatings(tx, papers);
      const revised = await reviseStaleReports(tx, catalog, { unitIds: [row.id] });
      for (const v of revised) {
        await tx.execute('update skm_report set published_at = ? where id = ?', [at(addDays(period.to, 40), 3, today), v.id]);
        stored++;
      }
    }
  }
  return stored;
}
