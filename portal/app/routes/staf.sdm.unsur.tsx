import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { ELEMENT_TEXT, isSkmElement, SKM_ELEMENTS } from '@suara/skm';
import { execute } from '../graphql/client.server';
import { elementMapQuery, setElementMapMutation } from '../hr/element-map.server';
import { hrRegions } from '../hr/region.server';
import { HR_REGION_PARAM } from '../hr/region-param';
import { RegionPicker } from '../hr/region-picker';
import { metaTranslator, useT } from '../i18n/use-t';
import { CsrfField } from '../staff/form-ui';
import { requirePage, STAFF_HEADERS, staffForm, staffHeaders, unlessSignedOut } from '../staff/guard.server';
import { useStaff } from '../staff/use-staff';
import { apiProblem } from '../utils/problems.server';

/**
 * `/staf/sdm/unsur`: which competencies each SKM element points at in the region (issue 9, point 4).
 * It starts as facts/KOMPETENSI.md's default; HR changes one element at a time, and the development
 * needs follow at once. SARANA_PRASARANA points at nothing: facilities are not blamed on people.
 */

const F = { element: 'unsur', competency: 'kompetensi', technical: 'teknis', region: HR_REGION_PARAM } as const;
const FACILITIES = 'SARANA_PRASARANA';

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const { regions, region } = await hrRegions(request, staff);
  if (!region) return data({ regions, region: null, map: [], competencies: [] }, { headers: STAFF_HEADERS });
  const found = await execute(staff.caller, elementMapQuery, { regionSlug: region.slug });
  if (!found.ok) {
    await unlessSignedOut(request, staff, found.error);
    apiProblem(found.error);
  }
  // The map links people competencies; a service's own technical ones come in through "teknis".
  const competencies = found.data.competencies.filter((c) => c.kind !== 'TEKNIS').sort((a, b) => a.name.localeCompare(b.name));
  return data({ regions, region, map: found.data.elementCompetencyMap, competencies }, { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;

export async function action({ request, context }: ActionFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const form = await staffForm(request, staff);
  const { region } = await hrRegions(new Request(new URL(`?${HR_REGION_PARAM}=${encodeURIComponent(String(form.get(F.region) ?? ''))}`, request.url)), staff);
  const element = String(form.get(F.element) ?? '');
  if (!region || !isSkmElement(element)) return data({ element, message: null as string | null }, { status: 400, headers: STAFF_HEADERS });
  const competencyIds = form
    .getAll(F.competency)
    .filter((v): v is string => typeof v === 'string' && v.length > 0 && v.length <= 100)
    .slice(0, 20);
  const result = await execute(staff.caller, setElementMapMutation, {
    regionSlug: region.slug,
    element,
    competencyIds,
    serviceTechnical: form.get(F.technical) === '1',
  });
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    const status = result.error.code === 'BAD_USER_INPUT' ? 400 : result.error.code === 'FORBIDDEN' ? 403 : 503;
    return data({ element, message: status === 503 ? null : result.error.message }, { status, headers: STAFF_HEADERS });
  }
  return redirect(`/staf/sdm/unsur?${HR_REGION_PARAM}=${encodeURIComponent(region.slug)}&disimpan=${element}#unsur-${element}`, { status: 303, headers: STAFF_HEADERS });
}

export const meta: MetaFunction = ({ matches }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('hr.elementMap.title') }) }, { name: 'robots', content: 'noindex' }];
};

export default function ElementMap() {
  const t = useT();
  const { csrf } = useStaff();
  const { regions, region, map, competencies } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const [params] = useSearchParams();
  const saved = params.get('disimpan');
  return (
    <>
      <h1>{t('hr.elementMap.title')}</h1>
      <p>{t('hr.elementMap.intro')}</p>
      <RegionPicker t={t} regions={regions} current={region?.slug ?? null} />
      {saved && isSkmElement(saved) ? (
        <p className="notice" role="status">
          {t('hr.elementMap.saved', { element: ELEMENT_TEXT[t.lang][saved].name })}
        </p>
      ) : null}
      {!region ? <p className="notice">{t('hr.elementMap.noRegion')}</p> : null}
      {region
        ? SKM_ELEMENTS.map((element) => {
            const link = map.find((l) => l.element === element);
            const name = ELEMENT_TEXT[t.lang][element].name;
            const error = refused && refused.element === element ? (refused.message ?? t('form.error.unavailable')) : null;
            if (element === FACILITIES) {
              return (
                <section key={element} id={`unsur-${element}`} className="card" aria-labelledby={`unsur-${element}-judul`}>
                  <h2 id={`unsur-${element}-judul`}>{name}</h2>
                  <p>{t('hr.elementMap.facilities')}</p>
                </section>
              );
            }
            return (
              <section key={element} id={`unsur-${element}`} className="card" aria-labelledby={`unsur-${element}-judul`}>
                <h2 id={`unsur-${element}-judul`}>{name}</h2>
                <Form method="post">
                  <CsrfField token={csrf} />
                  <input type="hidden" name={F.region} value={region.slug} />
                  <input type="hidden" name={F.element} value={element} />
                  {error ? (
                    <p className="notice notice--error" role="alert">
                      {error}
                    </p>
                  ) : null}
                  <fieldset>
                    <legend>{t('hr.elementMap.pointsAt', { element: name })}</legend>
                    {competencies.map((c) => {
                      const id = `unsur-${element}-${c.id}`;
                      return (
                        <div key={c.id} className="checkbox">
                          <input id={id} type="checkbox" name={F.competency} value={c.id} defaultChecked={link?.competencies.some((x) => x.id === c.id)} />
                          <label htmlFor={id}>{c.name}</label>
                        </div>
                      );
                    })}
                    <div className="checkbox">
                      <input id={`unsur-${element}-teknis`} type="checkbox" name={F.technical} value="1" defaultChecked={link?.serviceTechnical} />
                      <label htmlFor={`unsur-${element}-teknis`}>{t('hr.elementMap.technical')}</label>
                    </div>
                  </fieldset>
                  <button type="submit" className="button">
                    {t('hr.elementMap.save', { element: name })}
                  </button>
                </Form>
              </section>
            );
          })
        : null}
    </>
  );
}
