import type { LoaderFunctionArgs } from '@remix-run/node';
import { translator } from '../i18n';
import { langOf } from '../i18n/lang.server';
import { ikmBarPercent } from '../mayor/chart';
import { loadDashboard } from '../mayor/dashboard.server';
import { ALERT_DAYS } from '../mayor/filters';
import { formatDay, granularityWord } from '../mayor/format';
import { alertsTable, impactTable, rankingTable, tableCsvRows, TABLES, trendTable, type DataTable, type TableName } from '../mayor/tables';
import { requirePage, STAFF_HEADERS } from '../staff/guard.server';
import { csvHeaders, toCsv } from '../utils/csv';
import { badRequest } from '../utils/problems.server';

/**
 * `/staf/pimpinan.csv?tabel=trend|peringkat|peringatan|dampak` with the dashboard's filters: the
 * same rows as the table on the page (mayor/tables.ts), as a file for a spreadsheet (utils/csv.ts).
 * Who may download and which region: exactly as the page (another region's address is refused).
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  // Signed in and allowed first: a stranger is sent to sign in, whatever the address asks for.
  await requirePage(request, context, 'mayor');
  const wanted = new URL(request.url).searchParams.get('tabel');
  if (!(TABLES as readonly (string | null)[]).includes(wanted)) badRequest();
  const name = wanted as TableName;
  const { region, filters, service, dashboard } = await loadDashboard(request, context);
  const t = translator(langOf(request).lang);
  const unit = region.units.find((u) => u.id === filters.unitId) ?? null;
  const scope = service && unit ? t('mayor.scope.service', { service: service.name, unit: unit.name }) : unit ? unit.name : t('mayor.scope.region', { region: region.name });
  const granularity = granularityWord(t, filters.granularity);
  const tables: Record<TableName, () => DataTable> = {
    trend: () => trendTable(t, dashboard.serviceQualityTrend, filters.granularity, filters.elements, t('mayor.trend.table.caption', { granularity, scope })),
    peringkat: () => rankingTable(t, dashboard.unitRanking, t('mayor.ranking.caption', { from: formatDay(t, filters.from), to: formatDay(t, filters.to) }), ikmBarPercent),
    peringatan: () => alertsTable(t, dashboard.declineAlerts, t('mayor.alerts.table.caption', { days: ALERT_DAYS })),
    dampak: () => impactTable(t, dashboard.trainingImpactSummary, t('mayor.impact.table.caption')),
  };
  const table = tables[name]();
  const file = `${t('mayor.csv.file')}-${region.slug}-${name}-${filters.from}-${filters.to}.csv`;
  return new Response(toCsv(table.header, tableCsvRows(table), { decimalComma: t.lang === 'id' }), { headers: csvHeaders(file, STAFF_HEADERS) });
}
