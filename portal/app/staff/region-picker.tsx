import { Form } from '@remix-run/react';
import { REGION_PARAM } from './region-param';

/**
 * A GET form to switch region, shown only to someone who works in more than one (ADMIN, HR or a
 * mayor of several). `hidden` carries the page's other choices (filters) over the switch.
 */
export function RegionPicker({
  id,
  label,
  submit,
  regions,
  current,
  hidden = [],
}: {
  id: string;
  label: string;
  submit: string;
  regions: ReadonlyArray<{ slug: string; name: string }>;
  current: string | null;
  hidden?: ReadonlyArray<readonly [string, string]>;
}) {
  if (regions.length < 2) return null;
  return (
    <Form method="get" className="filters region-picker">
      {hidden.map(([name, value], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor={id}>{label}</label>
      <select id={id} name={REGION_PARAM} defaultValue={current ?? undefined}>
        {regions.map((r) => (
          <option key={r.slug} value={r.slug}>
            {r.name}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--quiet">
        {submit}
      </button>
    </Form>
  );
}
