import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { InfoPage, InfoSection } from '../citizen-info/info-page';
import { callerOf, execute } from '../graphql/client.server';
import { privacyNoticeQuery } from '../graphql/pages.server';
import { metaTranslator, useT } from '../i18n/use-t';
import { required } from '../utils/problems.server';

/**
 * `/privasi`: the privacy notice (UU 27/2022 on personal data protection; issue 13, decision record
 * 0040). What it says is what the code does (decision records 0034, 0035, 0010); the retention period
 * comes from the API, which is the process that erases, so the page cannot promise another one.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { privacyNotice } = required(await execute(callerOf(request, context), privacyNoticeQuery));
  return { retentionMonths: privacyNotice.retentionMonths };
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('privacy.notice.title') }) }, { name: 'description', content: t('privacy.notice.intro') }];
};

export default function PrivacyNotice() {
  const { retentionMonths } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <InfoPage title={t('privacy.notice.title')} intro={t('privacy.notice.intro')} dated>
      <InfoSection id="pengelola" heading={t('privacy.notice.controller.heading')}>
        <p>
          {t('privacy.notice.controller.body')} <Link to="/kontak">{t('footer.links.contact')}</Link>
        </p>
      </InfoSection>
      <InfoSection id="data-disimpan" heading={t('privacy.notice.stored.heading')}>
        <ul>
          <li>{t('privacy.notice.stored.scores')}</li>
          <li>{t('privacy.notice.stored.comment')}</li>
          <li>{t('privacy.notice.stored.profile')}</li>
          <li>{t('privacy.notice.stored.contact')}</li>
          <li>{t('privacy.notice.stored.hashes')}</li>
          <li>{t('privacy.notice.stored.receipt')}</li>
          <li>{t('privacy.notice.stored.cookies')}</li>
        </ul>
      </InfoSection>
      <InfoSection id="tujuan" heading={t('privacy.notice.why.heading')}>
        <ul>
          <li>{t('privacy.notice.why.skm')}</li>
          <li>{t('privacy.notice.why.comment')}</li>
          <li>{t('privacy.notice.why.contact')}</li>
          <li>{t('privacy.notice.why.hashes')}</li>
        </ul>
      </InfoSection>
      <InfoSection id="lama-simpan" heading={t('privacy.notice.retention.heading')}>
        <p>{t.plural('privacy.notice.retention.personal', retentionMonths)}</p>
        <p>{t('privacy.notice.retention.records')}</p>
      </InfoSection>
      <InfoSection id="siapa-melihat" heading={t('privacy.notice.who.heading')}>
        <ul>
          <li>{t('privacy.notice.who.public')}</li>
          <li>{t('privacy.notice.who.moderators')}</li>
          <li>{t('privacy.notice.who.staff')}</li>
          <li>{t('privacy.notice.who.contact')}</li>
          <li>{t('privacy.notice.who.profile')}</li>
        </ul>
      </InfoSection>
      <InfoSection id="hapus-data" heading={t('privacy.notice.deletion.heading')}>
        <p>{t('privacy.notice.deletion.body')}</p>
        <p>
          <Link to="/lacak">{t('privacy.notice.deletion.link')}</Link>
        </p>
        <p>{t('privacy.notice.deletion.noCode')}</p>
        <p>{t('privacy.notice.deletion.stays')}</p>
      </InfoSection>
      <InfoSection id="dasar-hukum" heading={t('privacy.notice.law.heading')}>
        <ul>
          <li>{t('privacy.notice.law.pdp')}</li>
          <li>{t('privacy.notice.law.skm')}</li>
        </ul>
        <p>
          {t('privacy.notice.questions')} <Link to="/kontak">{t('privacy.notice.questionsLink')}</Link>
        </p>
      </InfoSection>
    </InfoPage>
  );
}
