import type { hrExplorerId } from './hr-explorer.id';

/** English for the GraphQL explorer; spread into en.ts. */
export const hrExplorerEn: { readonly [K in keyof typeof hrExplorerId]: string } = {
  'explorer.nav': 'GraphQL explorer',
  'explorer.title': 'GraphQL explorer',
  'explorer.intro': 'For HR analysts who write their own queries. Example HR operations are open in the tabs; run one with the ▶ button. Queries go to the API as you and show only the data you may see.',
  'explorer.demoIntro': 'Demo mode: anyone may try it. HR data is for staff: sign in first, or run the login mutation here and send its token as an Authorization: Bearer … header.',
  'explorer.noScript': 'This explorer needs JavaScript. The same example queries are in the README, section "GraphQL for HR analysts", to run with curl.',
  'explorer.loading': 'Loading the explorer…',
  'explorer.loadFailed': 'The explorer could not be loaded. Reload the page.',
};
