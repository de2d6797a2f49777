import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { Breadcrumbs } from '../components/breadcrumbs';
import { CopyCode } from '../components/copy-code';
import { callerOf, execute } from '../graphql/client.server';
import { feedbackReceiptQuery } from '../graphql/feedback.server';
import { metaTranslator, useT } from '../i18n/use-t';
import { RECEIPT_CODE_INPUT_MAX, unitLabel } from '../utils/format';
import { passOnHeaders } from '../utils/headers';
import { apiProblem, notFound } from '../utils/problems.server';

/**
 * `/layanan/<slug>/terima-kasih/<receipt code>`: where the rating form sends the citizen after a
 * rating is stored. The receipt code, big enough to copy down by hand, and what happens next.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const code = params.kode ?? '';
  if (code.length > RECEIPT_CODE_INPUT_MAX) notFound('receipt');
  const result = await execute(callerOf(request, context), feedbackReceiptQuery, { code });
  if (!result.ok) {
    // A code the API cannot read is an address that does not exist, as for an unknown one.
    if (result.error.code === 'BAD_USER_INPUT') notFound('receipt');
    apiProblem(result.error);
  }
  const receipt = result.data.feedbackReceipt;
  if (!receipt) notFound('receipt');
  // One address per receipt: the service it was for and the code as printed (K7M2Q-XW9PD).
  if (receipt.service.slug !== params.slug || receipt.code !== code) {
    throw redirect(`/layanan/${receipt.service.slug}/terima-kasih/${encodeURIComponent(receipt.code)}`, 301);
  }
  return data({ receipt }, { headers: { 'Cache-Control': 'private, no-cache' } });
}

export const headers = passOnHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches }) => {
  const t = metaTranslator(matches);
  // The address holds a receipt code: it belongs to one citizen, not to search engines.
  return [{ title: t('meta.title', { page: t('thanks.title') }) }, { name: 'robots', content: 'noindex' }];
};

export default function ThankYouPage() {
  const { receipt } = useLoaderData<typeof loader>();
  const t = useT();
  const { service } = receipt;
  const unit = unitLabel(service.unit);
  return (
    <>
      <Breadcrumbs
        crumbs={[
          { label: t('nav.home'), to: '/' },
          { label: service.name, to: `/layanan/${service.slug}` },
          { label: t('thanks.title') },
        ]}
      />
      <div className="confirmation">
        <h1>{t('thanks.heading')}</h1>
        <p className="lead">{t('thanks.intro', { service: service.name, unit })}</p>
      </div>

      <section className="receipt" aria-labelledby="kode-tanda-terima">
        <h2 id="kode-tanda-terima" className="receipt__label">
          {t('thanks.code.label')}
        </h2>
        <p id="kode" className="receipt__code">
          {receipt.code}
        </p>
        <CopyCode code={receipt.code} textId="kode" />
        <p>{t('thanks.code.keep')}</p>
      </section>

      <section aria-labelledby="selanjutnya">
        <h2 id="selanjutnya">{t('thanks.next.heading')}</h2>
        <ul className="next-steps">
          <li>{t('thanks.next.counted')}</li>
          {receipt.hasComment ? <li>{t('thanks.next.moderated')}</li> : null}
          <li>{t('thanks.next.answer', { unit })}</li>
        </ul>
        <p>
          <Link to={`/lacak/${encodeURIComponent(receipt.code)}`} className="button">
            {t('thanks.track')}
          </Link>
        </p>
        <p>
          <Link to={`/layanan/${service.slug}`}>{t('thanks.backToService')}</Link>
        </p>
      </section>
    </>
  );
}
