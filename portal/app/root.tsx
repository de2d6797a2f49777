import { data, type HeadersFunction, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Links, Outlet, Scripts, ScrollRestoration, useMatches, useNavigation, useRouteError } from '@remix-run/react';
import { useEffect, type ReactNode } from 'react';
import { ErrorPage, problemOf, problemText } from './components/error-page';
import { SiteFooter } from './components/site-footer';
import { PageTexts } from './components/page-texts';
import { SiteHeader } from './components/site-header';
import { sendWithPage } from './i18n';
import { prepareTextsFor } from './i18n/page-texts';
import { langOf, rememberLang } from './i18n/lang.server';
import { metaTranslator, useLang } from './i18n/use-t';
import baseCss from './styles/base.css?url';
import layoutCss from './styles/layout.css?url';
import pagesCss from './styles/pages.css?url';
import { useNonce } from './utils/nonce';
import { FormErrorMeta, FormErrorsProvider, useBrowserFormErrors } from './utils/form-errors';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: baseCss },
  { rel: 'stylesheet', href: layoutCss },
  { rel: 'stylesheet', href: pagesCss },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

/** The page language for every route; `?lang=` also makes the cookie remember it. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { lang, remember } = langOf(request);
  if (remember) return data({ lang }, { headers: { 'Set-Cookie': rememberLang(lang, request) } });
  return { lang };
}

/**
 * The root's ErrorBoundary renders every error page, so the headers a loader threw with its problem
 * (Retry-After, Cache-Control: no-store) are passed on here; Remix drops them otherwise.
 */
export const headers: HeadersFunction = ({ errorHeaders }) => errorHeaders ?? {};

export const meta: MetaFunction<typeof loader> = ({ matches, error }) => {
  const t = metaTranslator(matches);
  if (error) return [{ title: t('meta.title', { page: problemText(t, problemOf(error)).title }) }];
  return [{ title: t('app.name') }, { name: 'description', content: t('meta.description') }];
};

/** The document around every page, error pages included. */
export function Layout({ children }: { children: ReactNode }) {
  const lang = useLang();
  const nonce = useNonce();
  const [browserErrors, setBrowserErrors] = useBrowserFormErrors();
  // A route whose handle says `layout: 'bare'` (the counter kiosk) fills the screen itself: no site
  // header, no footer, nothing a citizen at the counter could wander off through.
  const bare = useMatches().some((match) => (match.handle as { layout?: string } | undefined)?.layout === 'bare');
  // Another page is on its way: its texts are not among this page's (decision record 0043).
  const navigating = useNavigation().state !== 'idle';
  // "Galat:" in the title when the browser finds a form's errors before sending it.
  sendWithPage(lang, 'meta.');
  useEffect(() => {
    if (navigating) prepareTextsFor(lang);
  }, [navigating, lang]);
  const head = (
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="color-scheme" content="light" />
      <FormErrorMeta browserErrors={browserErrors} />
      <Links />
    </head>
  );
  if (bare) {
    return (
      <html lang={lang}>
        {head}
        <body className="bare">
          {children}
          <PageTexts />
          <Scripts nonce={nonce} />
        </body>
      </html>
    );
  }
  return (
    <html lang={lang}>
      {head}
      <body>
        <SiteHeader />
        {/* tabIndex lets the skip link move keyboard focus here, not only the scroll position. */}
        <main id="konten" tabIndex={-1} className="site-main">
          <FormErrorsProvider onChange={setBrowserErrors}>{children}</FormErrorsProvider>
        </main>
        <SiteFooter />
        <PageTexts />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
