import { Form } from '@remix-run/react';
import { useId } from 'react';
import { useT } from '../i18n/use-t';
import { SEARCH_MAX_LENGTH, SERVICE_CATEGORIES, type ServiceCategoryCode } from '../utils/search-params';

interface Props {
  /** Prefix of the fields' ids, for links to them (an error summary); generated when left out. */
  idPrefix?: string;
  /** Regions for the region select; leave out to search one region only (`fixedRegion`). */
  regions?: ReadonlyArray<{ slug: string; name: string }>;
  /** Search only this region, with no select (the region page). */
  fixedRegion?: { slug: string; name: string };
  defaultQuery?: string;
  defaultRegion?: string | null;
  /** Shown beside the search box, e.g. "too long". */
  error?: string | null;
  /**
   * The results page's filters: category always, unit when a region is chosen (its units). Selects in
   * the same GET form, so they work without JavaScript; the unit list follows the region once sent.
   */
  filters?: { units: ReadonlyArray<{ id: string; name: string }> | null; unit: string | null; category: ServiceCategoryCode | null };
}

/**
 * The service search: a plain GET form to `/layanan`, so the results have a shareable address and
 * the form works without JavaScript (with it, Remix navigates without a full reload).
 */
export function ServiceSearchForm({ idPrefix, regions, fixedRegion, defaultQuery = '', defaultRegion = null, error = null, filters }: Props) {
  const t = useT();
  const generatedId = useId();
  const id = idPrefix ?? generatedId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <Form method="get" action="/layanan" role="search" className="search-form">
      <div className="field">
        <label htmlFor={`${id}-q`} className="field__label">
          {fixedRegion ? t('region.search.label', { region: fixedRegion.name }) : t('search.label')}
        </label>
        <p id={hintId} className="field__hint">
          {t('search.hint')}
        </p>
        {error ? (
          <p id={errorId} className="field__error">
            {error}
          </p>
        ) : null}
        <input
          // Remounts when the address changes (back button, a new search) so the box shows that search.
          key={defaultQuery}
          id={`${id}-q`}
          type="search"
          name="q"
          defaultValue={defaultQuery}
          maxLength={SEARCH_MAX_LENGTH}
          autoComplete="off"
          enterKeyHint="search"
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={error ? true : undefined}
          className="field__input"
        />
      </div>
      {fixedRegion ? <input type="hidden" name="wilayah" value={fixedRegion.slug} /> : null}
      {regions && regions.length > 0 ? (
        <div className="field">
          <label htmlFor={`${id}-wilayah`} className="field__label">
            {t('search.regionLabel')}
          </label>
          <select key={defaultRegion ?? ''} id={`${id}-wilayah`} name="wilayah" defaultValue={defaultRegion ?? ''} className="field__select">
            <option value="">{t('search.allRegions')}</option>
            {regions.map((region) => (
              <option key={region.slug} value={region.slug} lang="id">
                {region.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {filters ? (
        <>
          <div className="field">
            <label htmlFor={`${id}-kategori`} className="field__label">
              {t('search.categoryLabel')}
            </label>
            <select key={filters.category ?? ''} id={`${id}-kategori`} name="kategori" defaultValue={filters.category?.toLowerCase() ?? ''} className="field__select">
              <option value="">{t('search.allCategories')}</option>
              {SERVICE_CATEGORIES.map((code) => (
                <option key={code} value={code.toLowerCase()}>
                  {t(`category.${code}`)}
                </option>
              ))}
            </select>
          </div>
          {filters.units && filters.units.length > 0 ? (
            <div className="field">
              <label htmlFor={`${id}-unit`} className="field__label">
                {t('search.unitLabel')}
              </label>
              <select key={filters.unit ?? ''} id={`${id}-unit`} name="unit" defaultValue={filters.unit ?? ''} className="field__select">
                <option value="">{t('search.allUnits')}</option>
                {filters.units.map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {unit.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </>
      ) : null}
      <button type="submit" className="button">
        {t('search.submit')}
      </button>
    </Form>
  );
}
