import { Link, isRouteErrorResponse, useLocation } from '@remix-run/react';
import type { Translator } from '../i18n';
import { useT } from '../i18n/use-t';
import { isProblem, type Problem } from '../utils/problems';

/** What went wrong, from whatever a loader threw (or Remix's own 404 for an unknown address). */
export function problemOf(error: unknown): Problem {
  if (isRouteErrorResponse(error)) {
    if (isProblem(error.data)) return error.data;
    if (error.status === 404 || error.status === 405) return { problem: 'notFound', what: 'page' };
    if (error.status === 503) return { problem: 'unavailable' };
    if (error.status === 429) return { problem: 'rateLimited' };
    if (error.status === 400) return { problem: 'badRequest' };
    if (error.status === 403) return { problem: 'forbidden' };
  }
  return { problem: 'unexpected' };
}

export function problemText(t: Translator, problem: Problem): { title: string; body: string } {
  switch (problem.problem) {
    case 'notFound':
      return { title: t('error.notFound.title'), body: t(`error.notFound.${problem.what}`) };
    case 'unavailable':
      return { title: t('error.unavailable.title'), body: t('error.unavailable.body') };
    case 'rateLimited':
      return { title: t('error.rateLimited.title'), body: t('error.rateLimited.body') };
    case 'badRequest':
      return { title: t('error.badRequest.title'), body: t('error.badRequest.body') };
    case 'forbidden':
      return { title: t('error.forbidden.title'), body: t('error.forbidden.body') };
    case 'unexpected':
      return { title: t('error.unexpected.title'), body: t('error.unexpected.body') };
  }
}

/** The page shown instead of one that could not be built, in the citizen's language. */
export function ErrorPage({ error }: { error: unknown }) {
  const t = useT();
  const location = useLocation();
  const problem = problemOf(error);
  const { title, body } = problemText(t, problem);
  const canRetry = problem.problem !== 'notFound';
  return (
    <div className="error-page">
      <h1>{title}</h1>
      <p>{body}</p>
      <ul className="error-page__actions">
        {canRetry ? (
          <li>
            {/* A full reload on purpose: the client-side router may be what failed. */}
            <a href={`${location.pathname}${location.search}`}>{t('error.retry')}</a>
          </li>
        ) : null}
        <li>
          <Link to="/" reloadDocument={canRetry}>
            {t('error.goHome')}
          </Link>
        </li>
      </ul>
    </div>
  );
}
