import type { LoaderFunctionArgs } from '@remix-run/node';
import { PLAN_FIELD, validatePlanForm } from '@suara/hr';
import { execute } from '../graphql/client.server';
import { csvFileName, toCsv } from '../hr/plan-csv';
import { hrPlanQuery } from '../hr/plan.server';
import { hrRegions } from '../hr/region.server';
import { translator } from '../i18n';
import { langOf } from '../i18n/lang.server';
import { requirePage, STAFF_HEADERS, unlessSignedOut } from '../staff/guard.server';
import { apiProblem, badRequest } from '../utils/problems.server';

/**
 * `/staf/sdm/rencana.csv?tahun=&anggaran=`: the plan of `/staf/sdm/rencana` as a file, one row per
 * participant (the `[.]` in the file name is Remix's escape for a dot in the address). Personal
 * data: never cached, for HR of the region and ADMIN only (the API checks again).
 */
const nipGrouped = (nip: string) => (/^\d{18}$/.test(nip) ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}` : nip);

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const params = new URL(request.url).searchParams;
  const { region } = await hrRegions(request, staff);
  const checked = validatePlanForm({ year: params.get(PLAN_FIELD.year) ?? '', budget: params.get(PLAN_FIELD.budget) ?? '' });
  if (!region || !checked.ok) badRequest();
  const result = await execute(staff.caller, hrPlanQuery, { regionSlug: region.slug, year: checked.value.year, budget: checked.value.budget });
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    apiProblem(result.error);
  }
  const t = translator(langOf(request).lang);
  const en = t.lang === 'en';
  const plan = result.data.developmentPlan;
  const header = [
    t('hrPlan.csv.rank'),
    t('hrPlan.csv.unit'),
    t('hrPlan.csv.competency'),
    t('hrPlan.csv.priority'),
    t('hrPlan.csv.program'),
    t('hrPlan.csv.costPerParticipant'),
    t('hrPlan.csv.itemCost'),
    t('hrPlan.csv.nip'),
    t('hrPlan.csv.name'),
    t('hrPlan.csv.reason'),
    t('hrPlan.csv.explanation'),
  ];
  // Whole rupiah as plain digits and the priority with the page language's decimal mark: what Excel
  // in that language reads as numbers.
  const decimal = (n: number) => (en ? String(n) : String(n).replace('.', ','));
  const rows = plan.items.flatMap((item) =>
    item.participants.map((p) => [
      item.rank,
      item.need.unit.name,
      item.need.competency.name,
      decimal(Math.round(item.need.priority * 10) / 10),
      item.program.title,
      item.costPerParticipant,
      item.cost,
      // 18 digits would become 1.98E+17 in Excel; grouped as NIPs are printed (8 6 1 3) they stay text.
      nipGrouped(p.nip),
      p.name,
      en ? p.reasonEn : p.reason,
      en ? item.explanationEn : item.explanation,
    ]),
  );
  return new Response(toCsv(header, rows), {
    headers: {
      ...STAFF_HEADERS,
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${csvFileName(region.slug, plan.year)}"`,
    },
  });
}
