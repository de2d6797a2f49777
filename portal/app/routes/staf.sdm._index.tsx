import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { metaTranslator, useT } from '../i18n/use-t';
import { requirePage, STAFF_HEADERS, staffHeaders } from '../staff/guard.server';

/** A placeholder until this role's own pages exist: it says so, and shows no data (none made up). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePage(request, context, 'hr');
  return data(null, { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('staff.placeholder.hr.title') }) }, { name: 'robots', content: 'noindex' }];
};

export default function Placeholder() {
  const t = useT();
  return (
    <>
      <h1>{t('staff.placeholder.hr.title')}</h1>
      <p className="notice">{t('staff.placeholder.body')}</p>
    </>
  );
}
