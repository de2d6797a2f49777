import { GraphqlExplorer } from './explorer';
import type { ExampleIds } from './examples';
import type { Translator } from '../i18n';

/** The explorer page's body, shared by /staf/graphql and the demo's /demo/graphql. */
export function ExplorerPage({ t, csrf, regionSlug, ids, demo }: { t: Translator; csrf: string | null; regionSlug: string; ids?: ExampleIds; demo: boolean }) {
  return (
    <>
      <h1>{t('explorer.title')}</h1>
      <p>{t('explorer.intro')}</p>
      {demo && csrf === null ? <p className="notice">{t('explorer.demoIntro')}</p> : null}
      <noscript>
        <p className="notice">{t('explorer.noScript')}</p>
      </noscript>
      <GraphqlExplorer t={t} csrf={csrf} regionSlug={regionSlug} ids={ids} />
    </>
  );
}
