import { latestResponseLoader, publishedCommentsLoader, satisfactionLoader } from '../modules/feedback/index.js';
import { postsLoader, threadsLoader } from '../modules/forum/index.js';
import { moderationItemsLoader } from '../modules/moderation/index.js';
import { developmentLoaders } from '../modules/development/index.js';
import { competencyTagsLoader, measuredImpactLoader, participationLoader } from '../modules/insights/index.js';
import { peopleLoaders } from '../modules/competency/index.js';
import { ratingsToday } from '../modules/kiosks/index.js';
import DataLoader from 'dataloader';
import type { Context } from './context.js';

/**
 * Per-request DataLoaders: every relation a list can ask for is fetched in one query per relation
 * and request, never one per row (STYLE.md, 4). Regions, units and services need none: they come
 * from the in-process catalogue. Built fresh for each request, so nothing is shared between callers
 * except through the process's read cache, which knows when its answers go stale.
 */
export function createLoaders(ctx: Context) {
  return {
    // `() => ctx.em`: the request's EntityManager is made only if a loader really goes to the database.
    satisfaction: satisfactionLoader(() => ctx.em, ctx.app.readCache, () => ctx.catalog()),
    latestResponse: latestResponseLoader(() => ctx.em),
    publishedComments: publishedCommentsLoader(() => ctx.em, ctx.app.readCache),
    forumPosts: postsLoader(() => ctx.em),
    serviceThreads: threadsLoader(() => ctx.em, 'service_id'),
    unitThreads: threadsLoader(() => ctx.em, 'unit_id'),
    moderationItems: moderationItemsLoader(() => ctx.em),
    development: developmentLoaders(() => ctx.em),
    measuredImpact: measuredImpactLoader(() => ctx.em),
    people: peopleLoaders(() => ctx.em),
    competencyTags: competencyTagsLoader(() => ctx.em),
    participation: participationLoader(() => ctx.em, () => ctx.catalog()),
    kioskRatingsToday: new DataLoader<string, number>((ids) => ratingsToday(ctx.em, ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
