import { Meta } from '@remix-run/react';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
// The router's state, which Remix reads too but does not export: the action data of every route on
// the page. Remix's `meta` functions see loader data only, and the title of a page that shows a
// refused form must say so (issue 13; WCAG 2.2 SC 3.3.1, as GOV.UK's "Error: " prefix).
import { UNSAFE_DataRouterStateContext } from 'react-router';

/**
 * "Galat: " / "Error: " before the title of every page that shows form errors (decision record 0038),
 * in one place for all pages: the root renders the route's own title through `FormErrorMeta`, which
 * tells every `meta` function (through `metaTranslator`) whether the page shows errors.
 *
 * A page shows form errors when
 * - a route's action answered with `problems` (the portal's convention: a non-empty list) or a
 *   `problem` (one problem), as every refused POST does, with or without JavaScript; or
 * - the leaf route's loader answered a GET form with a `problem` (the tracking page's code); or
 * - a form found problems in the browser before sending (`useShowsFormErrors`).
 */

/** The root loader data's flag that metaTranslator reads. */
export const FORM_ERRORS_FLAG = 'formErrors';

function showsProblems(data: unknown): boolean {
  if (!data || typeof data !== 'object') return false;
  const { problems, problem } = data as { problems?: unknown; problem?: unknown };
  if (Array.isArray(problems) && problems.length > 0) return true;
  return problem !== undefined && problem !== null && problem !== false && problem !== '';
}

interface RouterStateLike {
  actionData?: Record<string, unknown> | null;
  loaderData?: Record<string, unknown>;
  matches?: ReadonlyArray<{ route: { id: string } }>;
  errors?: unknown;
}

/** Whether the router's state holds a refused form (see above); exported for its tests. */
export function routerStateShowsProblems(state: RouterStateLike | null | undefined): boolean {
  if (!state || state.errors) return false; // an error page has its own title
  if (Object.values(state.actionData ?? {}).some(showsProblems)) return true;
  const leaf = state.matches?.[state.matches.length - 1]?.route.id;
  return leaf !== undefined && leaf !== 'root' && showsProblems(state.loaderData?.[leaf]);
}

const ReportContext = createContext<(shown: boolean) => void>(() => {});

/** A form that finds problems in the browser (nothing sent) says so, so the title follows. */
export function useShowsFormErrors(shown: boolean): void {
  const report = useContext(ReportContext);
  useEffect(() => {
    report(shown);
    return () => report(false);
  }, [shown, report]);
}

/** Provides the reporting of browser-found problems to the page's forms. */
export function FormErrorsProvider({ children, onChange }: { children: ReactNode; onChange: (shown: boolean) => void }) {
  return <ReportContext.Provider value={onChange}>{children}</ReportContext.Provider>;
}

/** The state of browser-found problems, kept by the root. */
export function useBrowserFormErrors(): [boolean, (shown: boolean) => void] {
  return useState(false);
}

/** Remix's `<Meta />`, with the root's loader data telling every `meta` function whether errors show. */
export function FormErrorMeta({ browserErrors }: { browserErrors: boolean }) {
  const state = useContext(UNSAFE_DataRouterStateContext) as (RouterStateLike & Record<string, unknown>) | null;
  const shown = browserErrors || routerStateShowsProblems(state);
  const value = useMemo(() => {
    if (!state || !shown) return state;
    const root = (state.loaderData?.root ?? {}) as Record<string, unknown>;
    return { ...state, loaderData: { ...state.loaderData, root: { ...root, [FORM_ERRORS_FLAG]: true } } };
  }, [state, shown]);
  if (!state) return <Meta />;
  return (
    <UNSAFE_DataRouterStateContext.Provider value={value as never}>
      <Meta />
    </UNSAFE_DataRouterStateContext.Provider>
  );
}
