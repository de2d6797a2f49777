import { randomUUID } from 'node:crypto';
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData, type ShouldRevalidateFunction } from '@remix-run/react';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { callerOf, execute, type ApiError } from '../../graphql/client.server';
import { ratingPageQuery, submitFeedbackMutation } from '../../graphql/feedback.server';
import { metaTranslator, useT } from '../../i18n/use-t';
import { unitLabel } from '../../utils/format';
import { passOnHeaders } from '../../utils/headers';
import { formOf, notFound, required } from '../../utils/problems.server';
import { isServiceSlug } from '../../utils/slugs';
import type { NetworkLimit } from './nilai.limit';
import type { RatingProblem, RatingRefusal } from './nilai.problems';
import { isIdempotencyKey, readRatingForm } from './nilai.fields';
import { validateRatingForm } from './nilai.schema';
import { problemsFromApi, refusesProofOfWork, toSubmitInput } from './nilai.server';
import { RatingForm } from './rating-form';

/**
 * `/layanan/<slug>/nilai`: the SKM rating form, the stable address printed as a QR code at the
 * service counter (CONTRACT.md). A plain POST that redirects to the thank-you page, so it works
 * without JavaScript; with it, the same schema checks the answers before anything is sent.
 */

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const slug = params.slug;
  if (!isServiceSlug(slug)) notFound('service');
  const { service } = required(await execute(callerOf(request, context), ratingPageQuery, { slug }));
  if (!service) notFound('service');
  // One key per rendered form: sending this same form twice (a double click, the browser resending
  // it, going back and sending again) stores one rating, because the API keeps the first per key.
  const idempotencyKey = randomUUID();
  return data(
    { service, idempotencyKey },
    {
      // private: a shared cache must never hand one key to two citizens. no-cache: a new visit gets a
      // new form (and key), while the back button still shows the copy it has, with the key it was
      // sent with (the form posts to another address so that the copy survives; see RatingForm).
      headers: { 'Cache-Control': 'private, no-cache' },
    },
  );
}

export const headers = passOnHeaders;

export async function action({ request, context, params }: ActionFunctionArgs) {
  const slug = params.slug;
  if (!isServiceSlug(slug)) notFound('service');
  const values = readRatingForm(await formOf(request));
  const sentWithProof = values.proofOfWork !== '';
  // What goes back into the form: never the solved proof of work, which the API accepts once only.
  const refused = ({ status, problems, limit = null, headers }: { status: number; problems: RatingProblem[]; limit?: NetworkLimit | null; headers?: Record<string, string> }) =>
    data<RatingRefusal>({ values: { ...values, proofOfWork: '' }, problems, limit, sentWithProof }, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
  const refusedByApi = (error: ApiError) => refused(problemsFromApi(error));

  const checked = validateRatingForm(values);
  if (!checked.ok) return refused({ status: 400, problems: checked.problems });

  // Nothing is stored until the mutation succeeds, so a failure of either call keeps the answers on
  // the form: an API that went away since the form was opened fails here first.
  const caller = callerOf(request, context);
  const found = await execute(caller, ratingPageQuery, { slug });
  if (!found.ok) return refusedByApi(found.error);
  const { service } = found.data;
  if (!service) notFound('service');
  let result = await execute(caller, submitFeedbackMutation, { input: toSubmitInput(service.id, checked.rating) });
  // A proof solved only because the network was over its limit, which the API did not take (it
  // expired while the phone slept, or was used already): send the answers once more as they would
  // have gone without it, so the citizen hears what really holds the rating up (usually how long to
  // wait) rather than "reload the page", which would draw a new form and a new key. The form never
  // solves again by itself after a POST that carried a proof, so this cannot go round in circles.
  if (!result.ok && sentWithProof && !service.proofOfWorkRequired && refusesProofOfWork(result.error)) {
    result = await execute(caller, submitFeedbackMutation, { input: toSubmitInput(service.id, { ...checked.rating, proofOfWork: '' }) });
  }
  if (!result.ok) return refusedByApi(result.error);
  // The pages that show this service's scores show the new rating on their next view.
  context.purgePages?.([`/layanan/${service.slug}`, `/wilayah/${service.region.slug}`, '/layanan']);
  // 303: the thank-you page is fetched with GET, so reloading it never sends the rating again.
  return redirect(`/layanan/${service.slug}/terima-kasih/${encodeURIComponent(result.data.submitFeedback.receiptCode)}`, 303);
}

/**
 * After a refused POST the loader would only draw a new key and ask the API again for what the page
 * already shows; keeping the key also means a retry after a lost answer cannot store twice.
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({ formMethod, formAction, currentUrl, defaultShouldRevalidate }) => {
  if (formMethod?.toUpperCase() === 'POST' && formAction?.split('?')[0] === currentUrl.pathname) return false;
  return defaultShouldRevalidate;
};

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = metaTranslator(matches);
  if (!data) return [];
  return [
    { title: t('meta.title', { page: t('rating.title', { service: data.service.name }) }) },
    { name: 'description', content: t('rating.intro', { unit: unitLabel(data.service.unit) }) },
  ];
};

export default function RatingPage() {
  const { service, idempotencyKey } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <Breadcrumbs
        crumbs={[
          { label: t('nav.home'), to: '/' },
          { label: service.region.name, to: `/wilayah/${service.region.slug}` },
          { label: service.name, to: `/layanan/${service.slug}` },
          { label: t('service.rate') },
        ]}
      />
      <p className="caption">{t('rating.caption')}</p>
      <h1>{t('rating.heading', { service: service.name })}</h1>
      <p className="lead">{t('rating.intro', { unit: unitLabel(service.unit) })}</p>
      <p>{t('rating.optional')}</p>
      <RatingForm
        serviceSlug={service.slug}
        proofOfWorkRequired={service.proofOfWorkRequired}
        // The key the refused form was sent with, so fixing and sending again still stores one rating.
        idempotencyKey={isIdempotencyKey(refused?.values.key) ? refused.values.key : idempotencyKey}
        refused={refused ?? null}
      />
    </>
  );
}
