import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { Breadcrumbs } from '../components/breadcrumbs';
import { callerOf, execute } from '../graphql/client.server';
import { reportContentMutation } from '../graphql/report.server';
import { translator } from '../i18n';
import { safeReturnPath } from '../i18n/negotiate';
import { metaTranslator, useT } from '../i18n/use-t';
import { ReportForm, type ReportProblem } from '../report/report-form';
import { REPORT_FIELDS, REPORT_TEXT_MAX, reasonText, reportFormSchema } from '../report/report.schema';
import { apiProblem, formOf } from '../utils/problems.server';

/**
 * `/laporkan`: where the "report this comment / post" forms under published comments (service page)
 * and forum posts post to (decision record 0039). A plain form POST, so it works without JavaScript;
 * the edge (security.mjs) refuses a POST from another site, and the API counts one report per
 * network address and item and limits reports per network. Success sends the citizen to the
 * confirmation (`?terkirim=1`, POST/redirect/GET: a reload sends nothing again); a form with a
 * problem is shown here again, filled in, with an error summary.
 */

type Refusal =
  | { state: 'invalid'; item: string; back: string; kind: 'comment' | 'post'; values: { reason: string | null; text: string }; problems: ReportProblem[] }
  | { state: 'refused'; back: string; message: string };

const noStore = { 'Cache-Control': 'no-store' };

export function loader({ request }: LoaderFunctionArgs) {
  const query = new URL(request.url).searchParams;
  const back = safeReturnPath(query.get(REPORT_FIELDS.back));
  if (query.get('terkirim') === '1') return data({ state: 'sent' as const, back }, { headers: noStore });
  // The forms under comments and posts post here; a page of ours may also link here with an item.
  // Without one (an address typed or bookmarked, or the render after a refused post, whose form
  // comes from the action) there is no form of the loader's to show.
  const item = query.get(REPORT_FIELDS.item);
  if (!item || !reportFormSchema.shape.item.safeParse(item).success) return data({ state: 'none' as const, back }, { headers: noStore });
  return data({ state: 'form' as const, back, item, kind: query.get(REPORT_FIELDS.kind) === 'post' ? ('post' as const) : ('comment' as const) }, { headers: noStore });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const caller = callerOf(request, context);
  const t = translator(caller.lang);
  const form = await formOf(request);
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  const back = safeReturnPath(text(REPORT_FIELDS.back));
  const kind = text(REPORT_FIELDS.kind) === 'post' ? ('post' as const) : ('comment' as const);
  const parsed = reportFormSchema.safeParse({ item: text(REPORT_FIELDS.item), reason: form.get(REPORT_FIELDS.reason) ?? undefined, text: text(REPORT_FIELDS.text), back });
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((i) => i.path[0]));
    // A form of ours always names an item: without one there is nothing to show the form for again.
    if (fields.has('item')) return data<Refusal>({ state: 'refused', back, message: t('flag.error.gone') }, { status: 400, headers: noStore });
    const problems = (['reason', 'text'] as const).filter((f) => fields.has(f));
    const reason = form.get(REPORT_FIELDS.reason);
    return data<Refusal>(
      { state: 'invalid', item: text(REPORT_FIELDS.item), back, kind, values: { reason: typeof reason === 'string' ? reason : null, text: text(REPORT_FIELDS.text) }, problems },
      { status: 400, headers: noStore },
    );
  }
  const result = await execute(caller, reportContentMutation, { itemId: parsed.data.item, reason: reasonText(parsed.data) });
  if (!result.ok) {
    const { code } = result.error;
    if (code === 'NOT_FOUND') return data<Refusal>({ state: 'refused', back, message: t('flag.error.gone') }, { status: 404, headers: noStore });
    if (code === 'RATE_LIMITED') return data<Refusal>({ state: 'refused', back, message: t('flag.error.tooMany') }, { status: 429, headers: noStore });
    if (code === 'BAD_USER_INPUT') {
      return data<Refusal>(
        { state: 'invalid', item: parsed.data.item, back, kind, values: { reason: parsed.data.reason, text: parsed.data.text }, problems: ['text'] },
        { status: 400, headers: noStore },
      );
    }
    apiProblem(result.error);
  }
  return redirect(`/laporkan?terkirim=1&${REPORT_FIELDS.back}=${encodeURIComponent(back)}`, { status: 303, headers: noStore });
}

export const meta: MetaFunction<typeof loader> = ({ matches, data: page }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: page?.state === 'sent' ? t('flag.sent.heading') : t('flag.title') }) }, { name: 'robots', content: 'noindex' }];
};

export default function ReportPage() {
  const page = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>() as Refusal | undefined;
  const t = useT();
  const back = refusal?.back ?? page.back;
  const crumbs = [{ label: t('nav.home'), to: '/' }, { label: t('flag.title') }];

  if (!refusal && page.state === 'sent') {
    return (
      <>
        <Breadcrumbs crumbs={crumbs} />
        <h1>{t('flag.sent.heading')}</h1>
        <p className="notice" role="status">
          {t('flag.sent.body')}
        </p>
        <p>
          <Link to={back}>{t('flag.back')}</Link>
        </p>
      </>
    );
  }

  if (refusal?.state === 'refused') {
    return (
      <>
        <Breadcrumbs crumbs={crumbs} />
        <h1>{t('flag.title')}</h1>
        <div className="error-summary" role="alert" aria-labelledby="masalah-laporan" tabIndex={-1} autoFocus>
          <h2 id="masalah-laporan">{t('flag.errors.heading')}</h2>
          <p>{refusal.message}</p>
        </div>
        <p>
          <Link to={back}>{t('flag.back')}</Link>
        </p>
      </>
    );
  }

  if (refusal?.state !== 'invalid' && page.state !== 'form') {
    return (
      <>
        <Breadcrumbs crumbs={crumbs} />
        <h1>{t('flag.title')}</h1>
        <p>{t('flag.none')}</p>
        <p>
          <Link to={back}>{t('flag.back')}</Link>
        </p>
      </>
    );
  }

  const item = refusal?.state === 'invalid' ? refusal.item : page.state === 'form' ? page.item : '';
  const kind = refusal?.state === 'invalid' ? refusal.kind : page.state === 'form' ? page.kind : 'comment';
  const problems = refusal?.state === 'invalid' ? refusal.problems : [];
  const fieldId = (field: string) => `lapor-${item}-${field}`;
  return (
    <>
      <Breadcrumbs crumbs={crumbs} />
      <h1>{t(kind === 'comment' ? 'flag.open.comment' : 'flag.open.post')}</h1>
      {problems.length > 0 ? (
        <div className="error-summary" role="alert" aria-labelledby="masalah-laporan" tabIndex={-1} autoFocus>
          <h2 id="masalah-laporan">{t('flag.errors.heading')}</h2>
          <ul className="error-summary__list">
            {problems.includes('reason') ? (
              <li>
                <a href={`#${fieldId('alasan-DATA_PRIBADI')}`}>{t('flag.error.reason')}</a>
              </li>
            ) : null}
            {problems.includes('text') ? (
              <li>
                <a href={`#${fieldId('keterangan')}`}>{t('flag.error.text', { max: REPORT_TEXT_MAX })}</a>
              </li>
            ) : null}
          </ul>
        </div>
      ) : null}
      <p>{t('flag.intro')}</p>
      <ReportForm t={t} kind={kind} item={item} back={back} values={refusal?.state === 'invalid' ? refusal.values : null} problems={problems} />
      <p>
        <Link to={back}>{t('flag.back')}</Link>
      </p>
    </>
  );
}
