import { useEffect, useMemo, useState, type ComponentType } from 'react';
import type { GraphiQLProps } from 'graphiql';
import type { Translator } from '../i18n';
import { EXPLORER_CSRF_HEADER, EXPLORER_ENDPOINT } from './endpoint';
import { exampleOperations, type ExampleIds } from './examples';

/**
 * Keeps GraphiQL's tabs, history and headers in this page only: an HR answer (names, NIPs) is never
 * written to the browser's localStorage, on a computer an office may share. A new page opens the
 * saved examples again.
 */
function pageStorage(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
    key: (index) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
}

/**
 * GraphiQL 3 can send, right after a tab switch, the previous tab's operation name with the new
 * tab's query ("Unknown operation named …"). A name that is not among the query's own operations
 * is dropped, which is right whenever the query holds one operation; with several, the API asks
 * for a name as it should.
 */
export function withOwnOperationName<P extends { query: string; operationName?: string | null }>(params: P): P {
  if (!params.operationName) return params;
  const names = [...params.query.matchAll(/\b(?:query|mutation|subscription)\s+([_A-Za-z]\w*)/g)].map((match) => match[1]);
  return names.includes(params.operationName) ? params : { ...params, operationName: null };
}

interface ExplorerProps {
  t: Translator;
  /** The session's CSRF token; null for an anonymous visitor of the demo. */
  csrf: string | null;
  /** The region the examples start with. */
  regionSlug: string;
  /** Real ids for the examples that need one (HR), else placeholders saying where to find them. */
  ids?: ExampleIds | undefined;
}

/**
 * GraphiQL 3, bundled with the portal (decision record 0023): loaded in the browser only, after the
 * page, from the portal's own files. It talks to the portal, never to another origin.
 */
export function GraphqlExplorer({ t, csrf, regionSlug, ids }: ExplorerProps) {
  const [GraphiQL, setGraphiQL] = useState<ComponentType<GraphiQLProps> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    import('graphiql').then(
      (module) => live && setGraphiQL(() => module.GraphiQL),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  const storage = useMemo(pageStorage, []);
  const tabs = useMemo(
    () => exampleOperations(regionSlug, ids).map((example) => ({ query: example.query, variables: JSON.stringify(example.variables, null, 2) })),
    [regionSlug, ids],
  );
  const fetcher = useMemo<GraphiQLProps['fetcher']>(
    () => async (params, options) => {
      const headers: Record<string, string> = { ...(options?.headers as Record<string, string> | undefined), 'Content-Type': 'application/json', Accept: 'application/json' };
      if (csrf) headers[EXPLORER_CSRF_HEADER] = csrf;
      const response = await fetch(EXPLORER_ENDPOINT, { method: 'POST', headers, body: JSON.stringify(withOwnOperationName(params)), credentials: 'same-origin' });
      return response.json();
    },
    [csrf],
  );

  if (failed) return <p className="notice" role="alert">{t('explorer.loadFailed')}</p>;
  if (!GraphiQL) return <p className="notice">{t('explorer.loading')}</p>;
  return (
    <div className="graphql-explorer">
      <GraphiQL
        fetcher={fetcher}
        defaultTabs={tabs}
        storage={storage}
        shouldPersistHeaders={false}
        isHeadersEditorEnabled={csrf === null}
        defaultEditorToolsVisibility="variables"
      />
    </div>
  );
}
