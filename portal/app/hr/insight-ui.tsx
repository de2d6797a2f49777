import { Form } from '@remix-run/react';
import type { Translator } from '../i18n';

/** Pieces shared by the HR insight pages (heatmap, profile, assessment cycle, potential). */

/** 0: no gap; 1: under a quarter level; 2: under half; 3: under a level; 4: a level or more. */
export function heatLevel(gap: number | null): 'none' | 0 | 1 | 2 | 3 | 4 {
  if (gap === null) return 'none';
  if (gap <= 0) return 0;
  if (gap < 0.25) return 1;
  if (gap < 0.5) return 2;
  if (gap < 1) return 3;
  return 4;
}

export const gapText = (t: Translator, n: number) => new Intl.NumberFormat(t.lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(n);

export function RegionPicker({ t, regions, region }: { t: Translator; regions: Array<{ slug: string; name: string }>; region: { slug: string } }) {
  if (regions.length < 2) return null;
  return (
    <Form method="get" className="filters no-print">
      <label htmlFor="pilih-wilayah" className="field__label">
        {t('hrInsight.region')}
      </label>
      <select id="pilih-wilayah" name="wilayah" defaultValue={region.slug} className="field__select">
        {regions.map((r) => (
          <option key={r.slug} value={r.slug}>
            {r.name}
          </option>
        ))}
      </select>{' '}
      <button type="submit" className="button button--quiet">
        {t('hrInsight.show')}
      </button>
    </Form>
  );
}

