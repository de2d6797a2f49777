import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { BadInputError, NotFoundError } from '../../common/errors.js';
import { Role, SKM_ELEMENTS, type SkmElement } from '../../common/enums.js';
import { sql, type SqlQuery } from '../../common/sql.js';
import type { CatalogSnapshot } from '../catalog/index.js';
import { authorize, type Viewer } from '../identity/index.js';
import { DEFAULT_ELEMENT_MAP, loadCompetencies, SERVICE_TECHNICAL, type CompetencyType } from '../competency/index.js';
import { ElementLinkType } from './insights.types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function rows<T>(em: EntityManager, q: SqlQuery): Promise<T[]> {
  return em.execute<T[]>(q.text, q.params);
}

const noItem = () => new NotFoundError({ id: 'Komentar atau kiriman forum tidak ditemukan.', en: 'No such comment or forum post.' });
const noCompetency = () => {
  const message = { id: 'Kompetensi tidak ditemukan di kamus daerah ini.', en: 'No such competency in this region’s dictionary.' };
  return new BadInputError(message, [{ field: 'competencyId', message }]);
};

interface Item {
  kind: 'feedback' | 'forum';
  id: string;
  regionId: string;
}

/** A comment (feedback row with a comment) or a forum post, with its region; NOT_FOUND otherwise. */
async function findItem(em: EntityManager, itemId: string): Promise<Item> {
  if (!UUID.test(itemId)) throw noItem();
  const [found] = await rows<{ kind: 'feedback' | 'forum'; region_id: string }>(
    em,
    sql`select 'feedback' as kind, region_id from feedback where id = ${itemId} and comment is not null and not spam
        union all select 'forum', region_id from forum_post where id = ${itemId}`,
  );
  if (!found) throw noItem();
  return { kind: found.kind, id: itemId, regionId: found.region_id };
}

/** A competency of the national dictionary or of the item's region. */
async function checkCompetency(em: EntityManager, competencyId: string, regionId: string): Promise<void> {
  if (!UUID.test(competencyId)) throw noCompetency();
  const [ok] = await rows(em, sql`select 1 from competency where id = ${competencyId} and (region_id is null or region_id = ${regionId})`);
  if (!ok) throw noCompetency();
}

async function tagsOf(em: EntityManager, item: Item): Promise<CompetencyType[]> {
  const found = await rows<{ competency_id: string }>(
    em,
    item.kind === 'feedback'
      ? sql`select competency_id from competency_tag where feedback_id = ${item.id}`
      : sql`select competency_id from competency_tag where forum_post_id = ${item.id}`,
  );
  const competencies = await loadCompetencies(em, found.map((r) => r.competency_id));
  return [...competencies.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * The competency tags of many comments and forum posts in one query per request (the moderation
 * queue shows each item's tags beside its actions).
 */
export function competencyTagsLoader(em: () => EntityManager): DataLoader<string, CompetencyType[]> {
  return new DataLoader(async (itemIds) => {
    const ids = itemIds.filter((id) => UUID.test(id));
    const found = ids.length
      ? await rows<{ item_id: string; competency_id: string }>(
          em(),
          sql`select coalesce(feedback_id, forum_post_id) as item_id, competency_id from competency_tag
              where feedback_id in (${ids}) or forum_post_id in (${ids})`,
        )
      : [];
    const competencies = await loadCompetencies(em(), found.map((r) => r.competency_id));
    return itemIds.map((id) =>
      found
        .filter((r) => r.item_id.toLowerCase() === id.toLowerCase())
        .map((r) => competencies.get(r.competency_id)!)
        .sort((a, b) => a.code.localeCompare(b.code)),
    );
  });
}

/**
 * Tags a comment or forum post with a competency (MODERATOR and HR of its region, ADMIN); tagging
 * twice changes nothing. Returns the item's tags.
 */
export async function tagCompetency(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, itemId: string, competencyId: string): Promise<CompetencyType[]> {
  const item = await findItem(em, String(itemId).trim());
  const who = authorize(viewer, catalog, [Role.MODERATOR, Role.HR], { regionId: item.regionId });
  await checkCompetency(em, competencyId, item.regionId);
  await em.execute(
    ...toArgs(sql`insert into competency_tag (id, created_at, feedback_id, forum_post_id, competency_id, tagged_by_id)
        values (gen_random_uuid(), now(), ${item.kind === 'feedback' ? item.id : null}, ${item.kind === 'forum' ? item.id : null}, ${competencyId}, ${who.accountId})
        on conflict do nothing`),
  );
  return tagsOf(em, item);
}

/** Removes a competency tag (MODERATOR and HR of the item's region, ADMIN). Returns the item's tags. */
export async function untagCompetency(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, itemId: string, competencyId: string): Promise<CompetencyType[]> {
  const item = await findItem(em, String(itemId).trim());
  authorize(viewer, catalog, [Role.MODERATOR, Role.HR], { regionId: item.regionId });
  if (!UUID.test(competencyId)) throw noCompetency();
  await em.execute(
    ...toArgs(
      item.kind === 'feedback'
        ? sql`delete from competency_tag where feedback_id = ${item.id} and competency_id = ${competencyId}`
        : sql`delete from competency_tag where forum_post_id = ${item.id} and competency_id = ${competencyId}`,
    ),
  );
  return tagsOf(em, item);
}

const toArgs = (q: SqlQuery): [string, unknown[]] => [q.text, q.params];

function regionOf(catalog: CatalogSnapshot, slug: string) {
  const region = catalog.regionBySlug(String(slug).trim().toLowerCase().slice(0, 80));
  if (!region) throw new NotFoundError({ id: 'Daerah tidak ditemukan.', en: 'No such region.' });
  return region;
}

interface MapRow {
  element: SkmElement;
  competency_id: string | null;
  service_technical: boolean;
}

async function mapRows(em: EntityManager, regionId: string): Promise<MapRow[]> {
  return rows<MapRow>(em, sql`select element, competency_id, service_technical from element_competency_map where region_id = ${regionId}`);
}

/** The default map of facts/KOMPETENSI.md as rows (codes resolved to ids). */
async function defaultRows(em: EntityManager): Promise<MapRow[]> {
  const codes = Object.values(DEFAULT_ELEMENT_MAP).flat().filter((c) => c !== SERVICE_TECHNICAL);
  const found = await rows<{ id: string; code: string }>(em, sql`select id, code from competency where code in (${codes})`);
  const idOf = new Map(found.map((r) => [r.code, r.id]));
  return SKM_ELEMENTS.flatMap((element) =>
    DEFAULT_ELEMENT_MAP[element].flatMap((target): MapRow[] =>
      target === SERVICE_TECHNICAL
        ? [{ element, competency_id: null, service_technical: true }]
        : idOf.has(target)
          ? [{ element, competency_id: idOf.get(target)!, service_technical: false }]
          : [],
    ),
  );
}

async function toLinks(em: EntityManager, found: MapRow[]): Promise<ElementLinkType[]> {
  const competencies = await loadCompetencies(em, found.flatMap((r) => (r.competency_id ? [r.competency_id] : [])));
  return SKM_ELEMENTS.map((element) =>
    Object.assign(new ElementLinkType(), {
      element,
      competencies: found
        .filter((r) => r.element === element && r.competency_id)
        .map((r) => competencies.get(r.competency_id!)!)
        .sort((a, b) => a.code.localeCompare(b.code)),
      serviceTechnical: found.some((r) => r.element === element && r.service_technical),
    }),
  );
}

/** The region's element → competency map (HR and MODERATOR of the region, ADMIN); the default when it has none of its own. */
export async function elementCompetencyMap(em: EntityManager, catalog: CatalogSnapshot, viewer: Viewer | null, regionSlug: string): Promise<ElementLinkType[]> {
  const region = regionOf(catalog, regionSlug);
  authorize(viewer, catalog, [Role.HR, Role.MODERATOR], { regionId: region.id });
  const own = await mapRows(em, region.id);
  return toLinks(em, own.length ? own : await defaultRows(em));
}

/**
 * HR changes what one element points at in its region (HR of the region, ADMIN). SARANA_PRASARANA
 * points at nothing: facilities are not blamed on people (facts/KOMPETENSI.md). A region still on
 * the default gets the default written out first, so changing one element keeps the others.
 */
export async function setElementCompetencies(
  em: EntityManager,
  catalog: CatalogSnapshot,
  viewer: Viewer | null,
  input: { regionSlug: string; element: SkmElement; competencyIds: string[]; serviceTechnical: boolean },
): Promise<ElementLinkType[]> {
  const region = regionOf(catalog, input.regionSlug);
  authorize(viewer, catalog, [Role.HR], { regionId: region.id });
  const ids = [...new Set(input.competencyIds.map((id) => String(id).trim()))];
  if (!SKM_ELEMENTS.includes(input.element)) {
    const message = { id: 'Unsur SKM tidak dikenal.', en: 'Unknown SKM element.' };
    throw new BadInputError(message, [{ field: 'element', message }]);
  }
  if (input.element === 'SARANA_PRASARANA' && (ids.length || input.serviceTechnical)) {
    const message = {
      id: 'Sarana prasarana adalah urusan fasilitas, bukan kompetensi pegawai: unsur ini tidak dapat dikaitkan dengan kompetensi.',
      en: 'Facilities are not a matter of staff competency: this element cannot point at a competency.',
    };
    throw new BadInputError(message, [{ field: 'competencyIds', message }]);
  }
  if (ids.length > 20 || ids.some((id) => !UUID.test(id))) throw noCompetency();
  if (ids.length) {
    const found = await rows(em, sql`select id from competency where id in (${ids}) and (region_id is null or region_id = ${region.id})`);
    if (found.length !== ids.length) throw noCompetency();
  }
  await em.transactional(async (tx) => {
    // Serialise HR's edits of one region's map: two at once must not both write the default out.
    await tx.execute(...toArgs(sql`select id from region where id = ${region.id} for update`));
    const own = await mapRows(tx, region.id);
    const base = own.length ? own : await defaultRows(tx);
    const next: MapRow[] = [
      ...base.filter((r) => r.element !== input.element),
      ...ids.map((id) => ({ element: input.element, competency_id: id, service_technical: false })),
      ...(input.serviceTechnical ? [{ element: input.element, competency_id: null, service_technical: true }] : []),
    ];
    await tx.execute(...toArgs(sql`delete from element_competency_map where region_id = ${region.id}`));
    for (const r of next) {
      await tx.execute(
        ...toArgs(sql`insert into element_competency_map (id, created_at, region_id, element, competency_id, service_technical)
            values (gen_random_uuid(), now(), ${region.id}, ${r.element}, ${r.competency_id}, ${r.service_technical})`),
      );
    }
  });
  return toLinks(em, await mapRows(em, region.id));
}
