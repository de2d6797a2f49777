import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, periodState, type SurveyPeriod } from '@suara/skm';
import { BadInputError, NotFoundError, type LocalizedText } from '../../common/errors.js';
import { PublicationChannel } from '../../common/enums.js';
import { isUuid } from '../../common/ids.js';
import { sql } from '../../common/sql.js';
import { todayIn } from '../../common/calendar.js';
import type { CatalogSnapshot } from '../catalog/index.js';
import { authorize, type Viewer } from '../identity/index.js';
import { EDITORS, READERS, checkText, periodOf, rows, unitOf } from './follow-up.service.js';
import { SkmPublicationType, type PublicationInput } from './follow-up.types.js';

/**
 * The publication checklist (facts/LAPORAN.md "Publication": PermenPANRB 14/2017 requires SKM results
 * to be published). The portal's open-data page counts by itself once the period is complete (it
 * publishes every complete period's scores); the other channels are recorded by the unit.
 */

/** Records per unit and period: a handful of channels, each perhaps more than once. */
export const MAX_PUBLICATIONS = 20;
const LINK_MAX = 500;
const NOTE_MAX = 500;

interface PublicationRow {
  id: string;
  channel: PublicationChannel;
  published_on: string;
  link: string | null;
  note: string | null;
}

function bad(field: string, message: LocalizedText): BadInputError {
  return new BadInputError(message, [{ field, message }]);
}

/** The automatic portal entry: published the day after the period ends. */
function portalEntry(period: SurveyPeriod, today: string): SkmPublicationType[] {
  if (periodState(period, today) !== 'COMPLETE') return [];
  return [Object.assign(new SkmPublicationType(), { id: null, channel: PublicationChannel.PORTAL, publishedOn: addDays(period.to, 1), link: null, note: null, automatic: true })];
}

/** A unit's publications for a period, the portal first, then by day. */
export async function loadPublications(em: EntityManager, unitId: string, period: SurveyPeriod, timeZone: string): Promise<SkmPublicationType[]> {
  const stored = await rows<PublicationRow>(
    em,
    sql`select id, channel, to_char(published_on, 'YYYY-MM-DD') as published_on, link, note from skm_publication
        where unit_id = ${unitId} and period_start = ${period.from}::date order by published_on, created_at, id`,
  );
  return [
    ...portalEntry(period, todayIn(timeZone)),
    ...stored.map((r) => Object.assign(new SkmPublicationType(), { id: r.id, channel: r.channel, publishedOn: r.published_on, link: r.link, note: r.note, automatic: false })),
  ];
}

/** `publications(unitId, period)`: who reads plans reads these. */
export async function publications(
  em: EntityManager,
  catalog: CatalogSnapshot,
  viewer: Viewer | null,
  args: { unitId: string; period?: string | null },
): Promise<SkmPublicationType[]> {
  const unit = unitOf(catalog, args.unitId);
  authorize(viewer, catalog, READERS, { unitId: unit.id });
  const region = catalog.region(unit.regionId)!;
  return loadPublications(em, unit.id, periodOf(region, args.period), region.timeZone);
}

/** `recordPublication(input)`: a channel other than the portal, on a day from the period's start up to today. */
export async function recordPublication(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, input: PublicationInput): Promise<SkmPublicationType> {
  const unit = unitOf(catalog, input.unitId);
  const who = authorize(viewer, catalog, EDITORS, { unitId: unit.id });
  const region = catalog.region(unit.regionId)!;
  const period = periodOf(region, input.period, true);
  if (input.channel === PublicationChannel.PORTAL) {
    throw bad('channel', { id: 'Halaman data terbuka portal tercatat otomatis.', en: 'The portal’s open-data page is recorded automatically.' });
  }
  const today = todayIn(region.timeZone);
  if (input.publishedOn < period.from || input.publishedOn > today) {
    throw bad('publishedOn', {
      id: `Tanggal publikasi harus antara ${period.from} dan hari ini (${today}).`,
      en: `The publication date must fall between ${period.from} and today (${today}).`,
    });
  }
  const link = checkText('link', input.link, 0, LINK_MAX, { id: 'Tautan', en: 'The link' });
  if (link !== null) {
    let ok = false;
    try {
      const url = new URL(link);
      ok = (url.protocol === 'https:' || url.protocol === 'http:') && !!url.hostname;
    } catch {
      ok = false;
    }
    if (!ok) throw bad('link', { id: 'Tautan harus alamat web lengkap, mis. https://dpmptsp.mataramkota.go.id/skm.', en: 'The link must be a full web address, e.g. https://dpmptsp.mataramkota.go.id/skm.' });
  }
  const note = checkText('note', input.note, 0, NOTE_MAX, { id: 'Catatan', en: 'The note' });
  const id = await em.transactional(async (tx) => {
    // One at a time per unit and period, so the cap holds under concurrent records.
    await rows(tx, sql`select pg_advisory_xact_lock(hashtext(${`publication:${unit.id}:${period.from}`}))`);
    const [count] = await rows<{ n: number }>(tx, sql`select count(*)::int as n from skm_publication where unit_id = ${unit.id} and period_start = ${period.from}::date`);
    if ((count?.n ?? 0) >= MAX_PUBLICATIONS) {
      throw bad('channel', { id: `Paling banyak ${MAX_PUBLICATIONS} catatan publikasi per periode.`, en: `At most ${MAX_PUBLICATIONS} publication records per period.` });
    }
    const [row] = await rows<{ id: string }>(
      tx,
      sql`insert into skm_publication (id, created_at, unit_id, period_key, period_start, period_end, channel, published_on, link, note, recorded_by_id)
          values (gen_random_uuid(), now(), ${unit.id}, ${period.key}, ${period.from}::date, ${period.to}::date, ${input.channel}, ${input.publishedOn}::date,
                  ${link}, ${note}, ${who.accountId}::uuid) returning id`,
    );
    return row!.id;
  });
  return Object.assign(new SkmPublicationType(), { id, channel: input.channel, publishedOn: input.publishedOn, link, note, automatic: false });
}

/** `removePublication(id)`: a record entered by mistake. */
export async function removePublication(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, id: string): Promise<boolean> {
  const [row] = isUuid(String(id)) ? await rows<{ unit_id: string }>(em, sql`select unit_id from skm_publication where id = ${id}`) : [];
  if (!row) throw new NotFoundError({ id: 'Catatan publikasi tidak ditemukan.', en: 'No such publication record.' });
  authorize(viewer, catalog, EDITORS, { unitId: row.unit_id });
  await rows(em, sql`delete from skm_publication where id = ${id}`);
  return true;
}
