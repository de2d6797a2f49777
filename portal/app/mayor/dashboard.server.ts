import type { AppLoadContext } from '@remix-run/node';
import { addDays, surveyPeriodOf, type Granularity } from '@suara/skm';
import { execute, type ApiResult } from '../graphql/client.server';
import { graphql } from '../graphql/generated';
import { forbidden, requirePage, unlessSignedOut, type Staff } from '../staff/guard.server';
import { requireStaffRegion } from '../staff/region.server';
import { apiProblem } from '../utils/problems.server';
import { ALERT_DAYS, parseFilters, type DashboardFilters, type FilterProblem } from './filters';

/** What the head of region's dashboard (/staf/pimpinan and its CSV downloads) asks the API. */

/**
 * The region, its units with their services (for the filters), and the days the service pages call
 * "the last 12 months" (`lastMonths: 12`, counted by the API in the region's time zone): the
 * dashboard's default range is exactly those days, so its numbers and the service pages' agree.
 */
export const mayorRegionQuery = graphql(`
  query MayorRegion($slug: String!) {
    region(slug: $slug) {
      id
      slug
      name
      headTitle
      timeZone
      surveyPeriod
      satisfaction(lastMonths: 12) {
        periodFrom
        periodTo
      }
      units {
        id
        name
        services {
          id
          slug
          name
        }
      }
    }
  }
`);

/** Everything the page shows for the chosen filters, in one request. */
export const mayorDashboardQuery = graphql(`
  query MayorDashboard(
    $regionSlug: String!
    $from: Date!
    $to: Date!
    $granularity: Granularity!
    $unitId: ID
    $serviceId: ID
    $serviceSlug: String!
    $withService: Boolean!
    $alertDays: Int!
  ) {
    regionOverview(regionSlug: $regionSlug) {
      surveyPeriod
      current {
        key
        from
        to
        state
        responseCount
        ikm
        grade
      }
      previous {
        key
        from
        to
        state
        responseCount
        ikm
        grade
      }
      beforePrevious {
        key
        from
        to
        state
        responseCount
        ikm
        grade
      }
      gradeDistribution {
        grade
        services
      }
      feedback {
        awaitingAnswer
        answeredOnTime
        answeredLate
        overdue
      }
    }
    declineAlerts(regionSlug: $regionSlug, days: $alertDays) {
      scope
      unit {
        id
        name
        abbreviation
      }
      service {
        id
        slug
        name
      }
      from
      to
      previousFrom
      previousTo
      responseCount
      previousResponseCount
      ikm
      previousIkm
      change
      grade
      previousGrade
      elements {
        element
        average
        previousAverage
        change
      }
    }
    serviceQualityTrend(regionSlug: $regionSlug, from: $from, to: $to, granularity: $granularity, unitId: $unitId, serviceId: $serviceId) {
      periodStart
      periodEnd
      complete
      responseCount
      ikm
      grade
      elements {
        element
        average
      }
    }
    unitRanking(regionSlug: $regionSlug, from: $from, to: $to) {
      unit {
        id
        name
        abbreviation
      }
      responseCount
      ikm
      grade
      change
      previousIkm
      previousResponseCount
    }
    trainingImpactSummary(regionSlug: $regionSlug) {
      program {
        id
        title
      }
      completions
      units
      cost
      measuredUnits
      averageChange
      bestChange
      impacts {
        unit {
          id
          name
        }
        competency {
          name
        }
        completedAt
        before {
          responseCount
          average
        }
        after {
          responseCount
          average
        }
        change
      }
    }
    region(slug: $regionSlug) {
      satisfaction(from: $from, to: $to) {
        responseCount
        ikm
        grade
      }
    }
    service(slug: $serviceSlug) @include(if: $withService) {
      satisfaction(from: $from, to: $to) {
        responseCount
        ikm
        grade
      }
    }
  }
`);

export interface DashboardUnit {
  id: string;
  name: string;
  services: Array<{ id: string; slug: string; name: string }>;
}

export interface DashboardRegion {
  slug: string;
  name: string;
  headTitle: string;
  today: string;
  surveyPeriod: 'QUARTER' | 'SEMESTER' | 'YEAR';
  units: DashboardUnit[];
}

/** The calendar day it is now in a region's time zone (Indonesia keeps no daylight saving). */
function todayIn(timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date());
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

async function orProblem<T>(request: Request, staff: Staff, result: ApiResult<T>): Promise<T> {
  if (!result.ok) {
    await unlessSignedOut(request, staff, result.error);
    apiProblem(result.error);
  }
  return result.data;
}

/**
 * Everything the dashboard and its CSV downloads need: who asks (MAYOR or HR of the region, ADMIN;
 * another region's address is refused with 403, never shown as one's own), the region, the filters
 * read from the address (with what could not be used), and the API's answers for them.
 */
export async function loadDashboard(request: Request, context: AppLoadContext | undefined) {
  const staff = await requirePage(request, context, 'mayor');
  const { regions, region: picked } = await requireStaffRegion(request, staff, ['MAYOR', 'HR'], { otherRegion: 'refuse' });
  const found = await orProblem(request, staff, await execute(staff.caller, mayorRegionQuery, { slug: picked.slug }));
  const r = found.region;
  if (!r) forbidden();
  // The API states the days of `lastMonths: 12`; it always does, but a page must not fall over if not.
  const today = r.satisfaction.periodTo ?? todayIn(r.timeZone);
  const last12 = { from: r.satisfaction.periodFrom ?? addDays(today, -364), to: today };
  const units: DashboardUnit[] = r.units
    .filter((u) => u.services.length > 0)
    .map((u) => ({ id: u.id, name: u.name, services: u.services.map((s) => ({ id: s.id, slug: s.slug, name: s.name })) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
  const current = surveyPeriodOf(today, r.surveyPeriod);
  const { filters, problems } = parseFilters(new URL(request.url).searchParams, { today, last12Months: last12, currentPeriod: current, units });
  const service = filters.serviceId ? (units.flatMap((u) => u.services).find((s) => s.id === filters.serviceId) ?? null) : null;
  const dashboard = await orProblem(
    request,
    staff,
    await execute(staff.caller, mayorDashboardQuery, {
    regionSlug: r.slug,
    from: filters.from,
    to: filters.to,
    granularity: filters.granularity satisfies Granularity,
    unitId: filters.serviceId ? null : filters.unitId,
    serviceId: filters.serviceId,
    serviceSlug: service?.slug ?? '',
    withService: service !== null,
    alertDays: ALERT_DAYS,
    }),
  );
  const region: DashboardRegion = { slug: r.slug, name: r.name, headTitle: r.headTitle, today, surveyPeriod: r.surveyPeriod, units };
  return {
    staff,
    /** Several regions to pick from (ADMIN, or a grant in more than one): links then carry `?wilayah=`. */
    regions,
    region,
    filters: filters satisfies DashboardFilters,
    problems: problems satisfies FilterProblem[],
    service,
    dashboard,
    /** HR of this region (or ADMIN): the alerts link to the development needs. */
    isHr: staff.user.roles.some((g) => g.role === 'ADMIN' || (g.role === 'HR' && g.region?.slug === r.slug)),
  };
}
