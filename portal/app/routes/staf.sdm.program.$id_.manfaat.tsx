import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { execute } from '../graphql/client.server';
import { hrProgramQuery } from '../hr/programs.server';
import { average } from '../hr/program-ui';
import { metaTranslator, useT } from '../i18n/use-t';
import { requirePage, STAFF_HEADERS, staffHeaders, unlessSignedOut } from '../staff/guard.server';
import { apiProblem, notFound } from '../utils/problems.server';

/**
 * `/staf/sdm/program/<id>/manfaat`: one printable page on what a program did, for socialisation
 * sessions with staff who doubt training helps ("menunjukkan manfaat"). Built only from the measured
 * impact (trainingImpact): before and after averages and how many citizens' responses stand behind
 * them. When nothing is measured it says so rather than promise anything. No employee is named.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const id = params.id ?? '';
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const result = await execute(staff.caller, hrProgramQuery, { id });
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    apiProblem(result.error);
  }
  const program = result.data.trainingProgram;
  if (!program) notFound();
  // Only what the sheet prints: no enrolment (people) leaves the loader.
  const { enrolments: _people, region, ...rest } = program;
  return data({ program: { ...rest, regionName: region.name }, impact: result.data.trainingImpact }, { headers: STAFF_HEADERS });
}

export const headers = staffHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaded }) => {
  const t = metaTranslator(matches);
  return [{ title: t('meta.title', { page: t('hrPrograms.sheet.title', { program: loaded?.program.title ?? '' }) }) }, { name: 'robots', content: 'noindex' }];
};

export default function BenefitsSheet() {
  const { program, impact } = useLoaderData<typeof loader>();
  const t = useT();
  const measured = impact.filter((i) => i.change !== null);
  const up = measured.filter((i) => (i.change ?? 0) > 0);
  const units = [...new Set(impact.map((i) => i.unit.name))];
  return (
    <article className="benefit-sheet">
      <p className="benefit-sheet__back">
        <Link to={`/staf/sdm/program/${program.id}`}>← {program.title}</Link> · {t('hrPrograms.sheet.printHint')}
      </p>
      <h1>{t('hrPrograms.sheet.title', { program: program.title })}</h1>
      <p className="benefit-sheet__lead">
        {t('hrPrograms.sheet.what', { jp: program.jp, competencies: program.competencies.map((c) => c.name).join(', ') })}
        {program.partner ? ` ${t('hrPrograms.sheet.partner', { partner: program.partner.name })}` : ''}
      </p>
      <h2>{t('hrPrograms.sheet.resultTitle')}</h2>
      {measured.length ? (
        <>
          <p>{t('hrPrograms.sheet.summary', { units: units.length, up: up.length, measured: measured.length })}</p>
          <ul className="benefit-sheet__results">
            {measured.map((i) => (
              <li key={`${i.unit.id}-${i.competency.code}`}>
                {t((i.change ?? 0) > 0 ? 'hrPrograms.sheet.rose' : (i.change ?? 0) < 0 ? 'hrPrograms.sheet.fell' : 'hrPrograms.sheet.same', {
                  unit: i.unit.name,
                  competency: i.competency.name,
                  before: average(t, i.before.average),
                  after: average(t, i.after.average),
                  nBefore: i.before.responseCount,
                  nAfter: i.after.responseCount,
                })}
              </li>
            ))}
          </ul>
          <p className="field__hint">{t('hrPrograms.sheet.method')}</p>
        </>
      ) : (
        <p className="notice">{impact.length ? t('hrPrograms.sheet.tooFew', { units: units.length }) : t('hrPrograms.sheet.notMeasured')}</p>
      )}
      {impact.length > measured.length && measured.length ? <p>{t('hrPrograms.sheet.someTooFew', { count: impact.length - measured.length })}</p> : null}
      <h2>{t('hrPrograms.sheet.contactTitle')}</h2>
      <p>{t('hrPrograms.sheet.contact', { office: program.ownerOffice })}</p>
    </article>
  );
}
