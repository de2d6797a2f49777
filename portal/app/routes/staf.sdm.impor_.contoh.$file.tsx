import type { LoaderFunctionArgs } from '@remix-run/node';
import { exampleCsv } from '../hr/import-examples';
import { EXAMPLE_FILE, IMPORT_KINDS } from '../hr/import-form';
import { requirePage, STAFF_HEADERS } from '../staff/guard.server';

/**
 * `/staf/sdm/impor/contoh/<pegawai|penilaian|skm>.csv?wilayah=<slug>`: an example file of each kind
 * that imports cleanly into the demo world's region (HR pages only).
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const staff = await requirePage(request, context, 'hr');
  const kind = IMPORT_KINDS.find((k) => `${EXAMPLE_FILE[k]}.csv` === params.file);
  if (!kind) throw new Response('Not found', { status: 404, headers: STAFF_HEADERS });
  const asked = new URL(request.url).searchParams.get('wilayah') ?? '';
  const own = staff.user.roles.find((g) => g.role === 'HR' && g.region)?.region?.slug ?? 'mamuju';
  const region = /^[a-z0-9-]{1,80}$/.test(asked) ? asked : own;
  const today = new Date().toISOString().slice(0, 10);
  return new Response(exampleCsv(kind, region, today), {
    headers: {
      ...STAFF_HEADERS,
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="contoh-${EXAMPLE_FILE[kind]}-${region}.csv"`,
    },
  });
}
