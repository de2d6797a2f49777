import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadItems } from './moderation.service.js';
import type { ModerationItem } from './moderation.types.js';

/**
 * Items by id for a page of the log (`ModerationAction.item`): one query per request. Only callers
 * already allowed to read the log of the region reach it, so it checks no scope itself.
 */
export function moderationItemsLoader(em: () => EntityManager): DataLoader<string, ModerationItem | null> {
  return new DataLoader(async (ids) => {
    const items = await loadItems(em(), ids);
    return ids.map((id) => items.get(id.toLowerCase()) ?? null);
  });
}
