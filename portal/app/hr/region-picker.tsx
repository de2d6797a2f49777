import type { Translator } from '../i18n';
import { RegionPicker as StaffRegionPicker } from '../staff/region-picker';

/** The region switch of the HR pages (staff/region-picker.tsx), shown only to someone who works in more than one. */
export function RegionPicker({ t, regions, current }: { t: Translator; regions: ReadonlyArray<{ slug: string; name: string }>; current: string | null }) {
  return <StaffRegionPicker id="hr-wilayah" label={t('hr.region.label')} submit={t('hr.region.submit')} regions={regions} current={current} />;
}
