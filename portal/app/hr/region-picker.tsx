import { Form } from '@remix-run/react';
import type { Translator } from '../i18n';
import { HR_REGION_PARAM } from './region-param';

/** A GET form to switch region, shown only to someone who works in more than one (ADMIN, HR of several). */
export function RegionPicker({ t, regions, current }: { t: Translator; regions: ReadonlyArray<{ slug: string; name: string }>; current: string | null }) {
  if (regions.length < 2) return null;
  return (
    <Form method="get" className="filters">
      <label htmlFor="hr-wilayah">{t('hr.region.label')}</label>
      <select id="hr-wilayah" name={HR_REGION_PARAM} defaultValue={current ?? undefined}>
        {regions.map((r) => (
          <option key={r.slug} value={r.slug}>
            {r.name}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--quiet">
        {t('hr.region.submit')}
      </button>
    </Form>
  );
}
