import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, ConflictError, NotFoundError, type LocalizedText } from '../../common/errors.js';
import { type RegionKind, Role, ServiceCategory, type ServiceChannel, SurveyPeriodKind, type UnitKind } from '../../common/enums.js';
import { isUuid } from '../../common/ids.js';
import { raw as sqlRaw, sql, type SqlQuery } from '../../common/sql.js';
import type { Context } from '../../graphql/context.js';
import type { PublicServiceType, RegionType, UnitType } from '../catalog/index.js';
import { authorize, type Viewer } from '../identity/index.js';
import { serviceSearchText } from '../services/index.js';
import { AdminEntityType } from './admin-audit.entity.js';
import { recordAudit } from './audit.js';
import { Problems, SLUG, slugify } from './validation.js';
import type { CreateRegionInput, CreateServiceInput, CreateUnitInput, UpdateRegionInput, UpdateServiceInput, UpdateUnitInput } from './admin.inputs.js';

interface RegionRow {
  id: string;
  slug: string;
  name: string;
  province: string;
  kind: RegionKind;
  time_zone: string;
  proof_of_work_required: boolean;
  survey_period: SurveyPeriodKind;
}
interface UnitRow {
  id: string;
  region_id: string;
  parent_id: string | null;
  slug: string;
  name: string;
  abbreviation: string | null;
  kind: UnitKind;
}
interface ServiceRow {
  id: string;
  slug: string;
  region_id: string;
  unit_id: string;
  name: string;
  description: string;
  category: string;
  channel: ServiceChannel;
  requirements: string;
  promised_days: number;
  fee_rupiah: number;
  expected_annual_users: number;
}

const REGION_COLUMNS = 'id, slug, name, province, kind, time_zone, proof_of_work_required, survey_period';
const UNIT_COLUMNS = 'id, region_id, parent_id, slug, name, abbreviation, kind';
const SERVICE_COLUMNS = 'id, slug, region_id, unit_id, name, description, category, channel, requirements, promised_days, fee_rupiah, expected_annual_users';

const regionSnapshot = (r: RegionRow) => ({ slug: r.slug, name: r.name, province: r.province, kind: r.kind, timeZone: r.time_zone, proofOfWorkRequired: r.proof_of_work_required });
const unitSnapshot = (u: UnitRow) => ({ regionId: u.region_id, parentId: u.parent_id, slug: u.slug, name: u.name, abbreviation: u.abbreviation, kind: u.kind });
const serviceSnapshot = (s: ServiceRow) => ({
  slug: s.slug,
  regionId: s.region_id,
  unitId: s.unit_id,
  name: s.name,
  description: s.description,
  category: s.category,
  channel: s.channel,
  requirements: s.requirements,
  promisedDays: s.promised_days,
  feeRupiah: s.fee_rupiah,
  expectedAnnualUsers: s.expected_annual_users,
});

const L = {
  name: { id: 'Nama', en: 'The name' },
  province: { id: 'Provinsi', en: 'The province' },
  abbreviation: { id: 'Singkatan', en: 'The abbreviation' },
  description: { id: 'Uraian', en: 'The description' },
  requirements: { id: 'Persyaratan', en: 'The requirements' },
  promisedDays: { id: 'Waktu penyelesaian', en: 'The completion time' },
  fee: { id: 'Biaya', en: 'The fee' },
  users: { id: 'Perkiraan pengguna per tahun', en: 'The expected users a year' },
} satisfies Record<string, LocalizedText>;

async function rows<T>(em: EntityManager, q: SqlQuery): Promise<T[]> {
  return em.execute<T[]>(q.text, q.params);
}

const unchanged = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);

function checkTimeZone(problems: Problems, value: string | null | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  const zone = value.trim();
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    if (!zone.includes('/')) throw new RangeError('not a region/city zone');
  } catch {
    problems.add('timeZone', { id: 'Zona waktu tidak dikenal; tulis mis. Asia/Makassar.', en: 'Unknown time zone; write e.g. Asia/Makassar.' });
  }
  return zone;
}

function checkCategory(problems: Problems, value: string | null | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  const category = value.trim().toUpperCase();
  if (!(Object.values(ServiceCategory) as string[]).includes(category)) {
    problems.add('category', {
      id: `Kategori tidak dikenal; pilih salah satu: ${Object.values(ServiceCategory).join(', ')}.`,
      en: `Unknown category; choose one of ${Object.values(ServiceCategory).join(', ')}.`,
    });
  }
  return category;
}

/**
 * Regions, units and services, for admins. Writes read the database (never the catalogue, which may
 * lag a change made a moment ago elsewhere), are audited in their own transaction, and then drop this
 * process's catalogue and the read cache entries they affect, so the next request sees the change
 * (other replicas hear the database's NOTIFY).
 */
export class CatalogAdminService {
  constructor(private readonly ctx: Context) {}

  private async admin(): Promise<Viewer> {
    return authorize(this.ctx.viewer, await this.ctx.catalog(), [Role.ADMIN], {});
  }

  /** After a commit: this process's catalogue and the public answers built from these ids are stale. */
  private changed(ids: Array<string | null | undefined>): void {
    this.ctx.app.catalog.invalidate();
    this.ctx.app.readCache.touch(ids);
  }

  async createRegion(input: CreateRegionInput): Promise<RegionType> {
    const admin = await this.admin();
    const problems = new Problems();
    const name = problems.text('name', input.name, { min: 2, max: 200 }, L.name)!;
    const province = problems.text('province', input.province, { min: 2, max: 200 }, L.province)!;
    const timeZone = checkTimeZone(problems, input.timeZone)!;
    const slug = input.slug ? input.slug.trim().toLowerCase() : slugify(name.replace(/^(kota|kabupaten)\s+/i, ''), 64);
    if (!SLUG.test(slug) || slug.length > 64) {
      problems.add('slug', { id: 'Slug hanya huruf kecil, angka dan tanda hubung, paling banyak 64 karakter.', en: 'The slug may hold lower-case letters, digits and hyphens only, at most 64 characters.' });
    }
    problems.throwIfAny();
    const row = await this.ctx.em.transactional(async (tx) => {
      const [created] = await rows<RegionRow>(
        tx,
        sql`insert into region (id, created_at, slug, name, province, kind, time_zone, proof_of_work_required)
          values (gen_random_uuid(), now(), ${slug}, ${name}, ${province}, ${input.kind}, ${timeZone}, ${input.proofOfWorkRequired ?? false})
          on conflict (slug) do nothing returning ${sqlRaw(REGION_COLUMNS)}`,
      );
      if (!created) {
        problems.add('slug', { id: `Slug "${slug}" sudah dipakai wilayah lain.`, en: `The slug "${slug}" is already used by another region.` });
        problems.throwIfAny();
      }
      await recordAudit(tx, { actorId: admin.accountId, action: 'CREATE_REGION', entityType: AdminEntityType.REGION, entityId: created!.id, before: null, after: regionSnapshot(created!) });
      return created!;
    });
    this.changed([row.id]);
    return toRegion(row);
  }

  async updateRegion(id: string, input: UpdateRegionInput): Promise<RegionType> {
    const admin = await this.admin();
    const problems = new Problems();
    const name = problems.text('name', input.name, { min: 2, max: 200 }, L.name);
    const province = problems.text('province', input.province, { min: 2, max: 200 }, L.province);
    const timeZone = checkTimeZone(problems, input.timeZone);
    problems.throwIfAny();
    const row = await this.ctx.em.transactional(async (tx) => {
      const [before] = isUuid(id) ? await rows<RegionRow>(tx, sql`select ${sqlRaw(REGION_COLUMNS)} from region where id = ${id}::uuid for update`) : [];
      if (!before) throw new NotFoundError({ id: 'Wilayah tidak ditemukan.', en: 'Region not found.' });
      const [after] = await rows<RegionRow>(
        tx,
        sql`update region set name = ${name ?? before.name}, province = ${province ?? before.province}, kind = ${input.kind ?? before.kind},
            time_zone = ${timeZone ?? before.time_zone}, proof_of_work_required = ${input.proofOfWorkRequired ?? before.proof_of_work_required}
          where id = ${before.id}::uuid returning ${sqlRaw(REGION_COLUMNS)}`,
      );
      if (!unchanged(regionSnapshot(before), regionSnapshot(after!))) {
        await recordAudit(tx, { actorId: admin.accountId, action: 'UPDATE_REGION', entityType: AdminEntityType.REGION, entityId: before.id, before: regionSnapshot(before), after: regionSnapshot(after!) });
      }
      return after!;
    });
    this.changed([row.id]);
    return toRegion(row);
  }

  /**
   * A region's survey period (facts/LAPORAN.md "Periods": quarter, semester by default, or year).
   * Reports, follow-up plans and open data of later periods follow it; plans already made keep theirs.
   */
  async setSurveyPeriod(regionSlug: string, period: SurveyPeriodKind): Promise<RegionType> {
    const admin = await this.admin();
    if (!Object.values(SurveyPeriodKind).includes(period)) {
      const message = { id: 'Pilih triwulan, semester atau tahun.', en: 'Choose quarter, semester or year.' };
      throw new BadInputError(message, [{ field: 'period', message }]);
    }
    const slug = String(regionSlug).trim().toLowerCase().slice(0, 80);
    const row = await this.ctx.em.transactional(async (tx) => {
      const [before] = await rows<RegionRow>(tx, sql`select ${sqlRaw(REGION_COLUMNS)} from region where slug = ${slug} for update`);
      if (!before) throw new NotFoundError({ id: 'Wilayah tidak ditemukan.', en: 'Region not found.' });
      const [after] = await rows<RegionRow>(tx, sql`update region set survey_period = ${period} where id = ${before.id}::uuid returning ${sqlRaw(REGION_COLUMNS)}`);
      if (before.survey_period !== after!.survey_period) {
        await recordAudit(tx, {
          actorId: admin.accountId,
          action: 'SET_SURVEY_PERIOD',
          entityType: AdminEntityType.REGION,
          entityId: before.id,
          before: { surveyPeriod: before.survey_period },
          after: { surveyPeriod: after!.survey_period },
        });
      }
      return after!;
    });
    this.changed([row.id]);
    return toRegion(row);
  }

  async createUnit(input: CreateUnitInput): Promise<UnitType> {
    const admin = await this.admin();
    const problems = new Problems();
    const regionId = problems.id('regionId', input.regionId);
    const parentId = problems.id('parentId', input.parentId);
    const name = problems.text('name', input.name, { min: 2, max: 200 }, L.name)!;
    const abbreviation = problems.text('abbreviation', input.abbreviation, { min: 0, max: 40 }, L.abbreviation) || null;
    problems.throwIfAny();
    const row = await this.ctx.em.transactional(async (tx) => {
      const [region] = await rows<{ id: string }>(tx, sql`select id from region where id = ${regionId}::uuid`);
      if (!region) throw new NotFoundError({ id: 'Wilayah tidak ditemukan.', en: 'Region not found.' });
      await lockUnitTree(tx, region.id);
      if (parentId) await this.checkParent(tx, problems, region.id, parentId, null);
      problems.throwIfAny();
      const slug = await freeSlug(tx, slugify(name, 72) || 'unit', (candidates) => sql`select slug from unit where region_id = ${region.id}::uuid and slug in (${candidates})`);
      const [created] = await rows<UnitRow>(
        tx,
        sql`insert into unit (id, created_at, region_id, parent_id, slug, name, abbreviation, kind)
          values (gen_random_uuid(), now(), ${region.id}::uuid, ${parentId}::uuid, ${slug}, ${name}, ${abbreviation}, ${input.kind})
          returning ${sqlRaw(UNIT_COLUMNS)}`,
      );
      await recordAudit(tx, { actorId: admin.accountId, action: 'CREATE_UNIT', entityType: AdminEntityType.UNIT, entityId: created!.id, before: null, after: unitSnapshot(created!) });
      return created!;
    });
    this.changed([row.id, row.region_id]);
    return toUnit(row);
  }

  async updateUnit(id: string, input: UpdateUnitInput): Promise<UnitType> {
    const admin = await this.admin();
    const problems = new Problems();
    const name = problems.text('name', input.name, { min: 2, max: 200 }, L.name);
    const abbreviation = problems.text('abbreviation', input.abbreviation, { min: 0, max: 40 }, L.abbreviation);
    const parentGiven = input.parentId !== undefined;
    const parentId = problems.id('parentId', input.parentId);
    problems.throwIfAny();
    const row = await this.ctx.em.transactional(async (tx) => {
      const [found] = isUuid(id) ? await rows<UnitRow>(tx, sql`select ${sqlRaw(UNIT_COLUMNS)} from unit where id = ${id}::uuid`) : [];
      if (!found) throw new NotFoundError({ id: 'Unit tidak ditemukan.', en: 'Unit not found.' });
      // Moves in one region are serialised: two moves that are each fine alone cannot make a cycle together.
      await lockUnitTree(tx, found.region_id);
      const [before] = await rows<UnitRow>(tx, sql`select ${sqlRaw(UNIT_COLUMNS)} from unit where id = ${found.id}::uuid for update`);
      if (parentGiven && parentId) await this.checkParent(tx, problems, before!.region_id, parentId, before!.id);
      problems.throwIfAny();
      const [after] = await rows<UnitRow>(
        tx,
        sql`update unit set name = ${name ?? before!.name}, abbreviation = ${abbreviation === undefined ? before!.abbreviation : abbreviation || null},
            kind = ${input.kind ?? before!.kind}, parent_id = ${parentGiven ? parentId : before!.parent_id}::uuid
          where id = ${before!.id}::uuid returning ${sqlRaw(UNIT_COLUMNS)}`,
      );
      if (after!.name !== before!.name || after!.abbreviation !== before!.abbreviation) {
        // A service is found by its unit's names too (services/search-text.ts).
        const services = await rows<{ id: string; name: string; category: string }>(tx, sql`select id, name, category from public_service where unit_id = ${after!.id}::uuid`);
        for (const s of services) {
          await rows(tx, sql`update public_service set search_text = ${serviceSearchText(s, after!)} where id = ${s.id}::uuid`);
        }
      }
      if (!unchanged(unitSnapshot(before!), unitSnapshot(after!))) {
        await recordAudit(tx, { actorId: admin.accountId, action: 'UPDATE_UNIT', entityType: AdminEntityType.UNIT, entityId: before!.id, before: unitSnapshot(before!), after: unitSnapshot(after!) });
      }
      return after!;
    });
    this.changed([row.id, row.region_id]);
    return toUnit(row);
  }

  /** The parent must be a unit of the same region, and not the unit itself nor one below it (no cycles). */
  private async checkParent(tx: EntityManager, problems: Problems, regionId: string, parentId: string, unitId: string | null): Promise<void> {
    const [parent] = await rows<{ region_id: string }>(tx, sql`select region_id from unit where id = ${parentId}::uuid`);
    if (!parent) return problems.add('parentId', { id: 'Unit induk tidak ditemukan.', en: 'Parent unit not found.' });
    if (parent.region_id !== regionId) return problems.add('parentId', { id: 'Unit induk harus dari wilayah yang sama.', en: 'The parent unit must be in the same region.' });
    if (!unitId) return;
    const [cycle] = await rows(
      tx,
      sql`with recursive up as (
          select id, parent_id, 1 as depth from unit where id = ${parentId}::uuid
          union all
          select u.id, u.parent_id, up.depth + 1 from unit u join up on u.id = up.parent_id where up.depth < 100
        ) select 1 from up where id = ${unitId}::uuid limit 1`,
    );
    if (cycle) problems.add('parentId', { id: 'Unit tidak dapat berada di bawah dirinya sendiri atau unit bawahannya.', en: 'A unit cannot sit below itself or one of its own sub-units.' });
  }

  async createService(input: CreateServiceInput): Promise<PublicServiceType> {
    const admin = await this.admin();
    const problems = new Problems();
    const unitId = problems.id('unitId', input.unitId);
    const fields = this.serviceFields(problems, input);
    problems.throwIfAny();
    const [row, searchText] = await this.ctx.em.transactional(async (tx) => {
      const [unit] = await rows<{ id: string; region_id: string; name: string; abbreviation: string | null; region_slug: string }>(
        tx,
        sql`select u.id, u.region_id, u.name, u.abbreviation, r.slug as region_slug from unit u join region r on r.id = u.region_id where u.id = ${unitId}::uuid`,
      );
      if (!unit) throw new NotFoundError({ id: 'Unit tidak ditemukan.', en: 'Unit not found.' });
      // Slugs are unique across regions: one new service at a time picks a free one.
      await rows(tx, sql`select pg_advisory_xact_lock(hashtext('public_service.slug'))`);
      const base = slugify(fields.name!, SERVICE_SLUG_BASE_MAX) || 'layanan';
      const slug = await freeSlug(tx, base, (candidates) => sql`select slug from public_service where slug in (${candidates})`, slugify(unit.region_slug, REGION_SUFFIX_MAX));
      const text = serviceSearchText({ name: fields.name!, category: fields.category! }, unit);
      const [created] = await rows<ServiceRow>(
        tx,
        sql`insert into public_service (id, created_at, slug, region_id, unit_id, name, description, category, channel, requirements,
              promised_days, fee_rupiah, expected_annual_users, search_text)
          values (gen_random_uuid(), now(), ${slug}, ${unit.region_id}::uuid, ${unit.id}::uuid, ${fields.name}, ${fields.description ?? ''}, ${fields.category},
            ${input.channel}, ${fields.requirements ?? ''}, ${input.promisedDays}, ${input.feeRupiah ?? 0}, ${input.expectedAnnualUsers},
            ${text})
          returning ${sqlRaw(SERVICE_COLUMNS)}`,
      );
      await recordAudit(tx, { actorId: admin.accountId, action: 'CREATE_SERVICE', entityType: AdminEntityType.SERVICE, entityId: created!.id, before: null, after: serviceSnapshot(created!) });
      return [created!, text] as const;
    });
    this.changed([row.id, row.unit_id, row.region_id]);
    return toService(row, searchText);
  }

  /** Everything but the slug, which stays the service's address whatever its name becomes. */
  async updateService(id: string, input: UpdateServiceInput): Promise<PublicServiceType> {
    const admin = await this.admin();
    const problems = new Problems();
    const fields = this.serviceFields(problems, input);
    problems.throwIfAny();
    const [row, searchText] = await this.ctx.em.transactional(async (tx) => {
      const [before] = isUuid(id) ? await rows<ServiceRow>(tx, sql`select ${sqlRaw(SERVICE_COLUMNS)} from public_service where id = ${id}::uuid for update`) : [];
      if (!before) throw new NotFoundError({ id: 'Layanan tidak ditemukan.', en: 'Service not found.' });
      const [unit] = await rows<{ name: string; abbreviation: string | null }>(tx, sql`select name, abbreviation from unit where id = ${before.unit_id}::uuid`);
      const name = fields.name ?? before.name;
      const category = fields.category ?? before.category;
      const text = serviceSearchText({ name, category }, unit!);
      const [after] = await rows<ServiceRow>(
        tx,
        sql`update public_service set name = ${name}, description = ${fields.description ?? before.description}, category = ${category},
            channel = ${input.channel ?? before.channel}, requirements = ${fields.requirements ?? before.requirements},
            promised_days = ${input.promisedDays ?? before.promised_days}, fee_rupiah = ${input.feeRupiah ?? before.fee_rupiah},
            expected_annual_users = ${input.expectedAnnualUsers ?? before.expected_annual_users}, search_text = ${text}
          where id = ${before.id}::uuid returning ${sqlRaw(SERVICE_COLUMNS)}`,
      );
      if (!unchanged(serviceSnapshot(before), serviceSnapshot(after!))) {
        await recordAudit(tx, { actorId: admin.accountId, action: 'UPDATE_SERVICE', entityType: AdminEntityType.SERVICE, entityId: before.id, before: serviceSnapshot(before), after: serviceSnapshot(after!) });
      }
      return [after!, text] as const;
    });
    this.changed([row.id, row.unit_id, row.region_id]);
    return toService(row, searchText);
  }

  private serviceFields(problems: Problems, input: CreateServiceInput | UpdateServiceInput) {
    problems.integer('promisedDays', input.promisedDays, { min: 0, max: 365 }, L.promisedDays);
    problems.integer('feeRupiah', input.feeRupiah, { min: 0, max: 1_000_000_000 }, L.fee);
    problems.integer('expectedAnnualUsers', input.expectedAnnualUsers, { min: 0, max: 100_000_000 }, L.users);
    return {
      name: problems.text('name', input.name, { min: 2, max: 200 }, L.name),
      description: problems.text('description', input.description, { min: 0, max: 5000 }, L.description),
      requirements: problems.text('requirements', input.requirements, { min: 0, max: 5000 }, L.requirements),
      category: checkCategory(problems, input.category),
    };
  }
}

/**
 * A service's address is at most 120 characters (public_service.slug). On a clash freeSlug adds
 * "-<region slug, at most 19>" and then "-2" … "-49": the part made from the name leaves room for both.
 */
const SERVICE_SLUG_MAX = 120;
const REGION_SUFFIX_MAX = 19;
const SERVICE_SLUG_BASE_MAX = SERVICE_SLUG_MAX - (1 + REGION_SUFFIX_MAX) - '-49'.length;

async function lockUnitTree(tx: EntityManager, regionId: string): Promise<void> {
  await rows(tx, sql`select pg_advisory_xact_lock(hashtext(${`unit-tree:${regionId}`}))`);
}

/**
 * `base` if free; otherwise `base-<suffix>` (a service takes its region's slug, so "KTP" of a second
 * region reads `ktp-kupang`), then `-2`, `-3`, …: the first of them no row holds.
 */
async function freeSlug(tx: EntityManager, base: string, taken: (candidates: string[]) => SqlQuery, suffix?: string): Promise<string> {
  const stem = suffix ? `${base}-${suffix}` : base;
  const candidates = [base, ...(suffix ? [stem] : []), ...Array.from({ length: 48 }, (_, i) => `${stem}-${i + 2}`)];
  const used = new Set((await rows<{ slug: string }>(tx, taken(candidates))).map((r) => r.slug));
  const free = candidates.find((c) => !used.has(c));
  if (!free) throw new ConflictError({ id: 'Terlalu banyak nama yang sama; pilih nama lain.', en: 'Too many items share this name; choose another.' });
  return free;
}

function toRegion(r: RegionRow): RegionType {
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    province: r.province,
    kind: r.kind,
    timeZone: r.time_zone,
    proofOfWorkRequired: r.proof_of_work_required,
    surveyPeriod: r.survey_period,
  } as RegionType;
}
function toUnit(u: UnitRow): UnitType {
  return { id: u.id, slug: u.slug, name: u.name, abbreviation: u.abbreviation, kind: u.kind, regionId: u.region_id, parentId: u.parent_id } as UnitType;
}
function toService(s: ServiceRow, searchText: string): PublicServiceType {
  return {
    id: s.id,
    slug: s.slug,
    name: s.name,
    description: s.description,
    category: s.category as ServiceCategory,
    channel: s.channel,
    requirements: s.requirements,
    promisedDays: s.promised_days,
    feeRupiah: s.fee_rupiah,
    expectedAnnualUsers: s.expected_annual_users,
    regionId: s.region_id,
    unitId: s.unit_id,
    searchText,
  } as PublicServiceType;
}
