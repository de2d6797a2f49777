import { useState, type FormEvent } from 'react';
import type { Translator } from '../i18n';
import { byField, Field } from '../staff/form-ui';
import type { FieldProblem } from '../staff/forms';
import {
  CATEGORIES,
  CHANNELS,
  FIELD_NAME,
  REGION_KINDS,
  TIME_ZONES,
  UNIT_KINDS,
  type CatalogField,
  type RegionValues,
  type ServiceValues,
  type UnitValues,
} from './catalog-forms';

/** The id of a field of one form on the page (`unit-nama`): two forms may both have a name. */
export const fieldId = (form: string, field: CatalogField) => `${form}-${FIELD_NAME[field]}`;

/**
 * A catalogue form's problems: the browser's own check (the same schema as the action) before
 * sending, else what the action answered for this form. `attempt` moves the summary's focus.
 */
export function useFormProblems<F extends string>(validate: (form: FormData) => { ok: true } | { ok: false; problems: FieldProblem<F>[] }, answered: FieldProblem<F>[] | undefined) {
  const [browser, setBrowser] = useState<FieldProblem<F>[] | null>(null);
  const [attempt, setAttempt] = useState(0);
  const problems = browser ?? answered ?? [];
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const checked = validate(new FormData(event.currentTarget));
    if (!checked.ok) {
      event.preventDefault();
      setBrowser(checked.problems);
      setAttempt((n) => n + 1);
    } else setBrowser(null);
  }
  return { problems, fields: byField(problems), onSubmit, attempt: attempt + (answered ? 1 : 0) };
}

type Problems<F extends string> = Partial<Record<F, FieldProblem<F>>>;

function TextField({ t, form, field, label, hint, problem, value, long, numeric }: { t: Translator; form: string; field: CatalogField; label: string; hint?: string; problem: FieldProblem<string> | undefined; value: string; long?: boolean; numeric?: boolean }) {
  return (
    <Field t={t} id={fieldId(form, field)} label={label} hint={hint} problem={problem}>
      {(aria) =>
        long ? (
          <textarea {...aria} name={FIELD_NAME[field]} defaultValue={value} rows={4} className="field__textarea" />
        ) : (
          <input {...aria} name={FIELD_NAME[field]} type="text" inputMode={numeric ? 'numeric' : undefined} autoComplete="off" defaultValue={value} className="field__input" />
        )
      }
    </Field>
  );
}

function SelectField({ t, form, field, label, hint, problem, value, options }: { t: Translator; form: string; field: CatalogField; label: string; hint?: string; problem: FieldProblem<string> | undefined; value: string; options: readonly { value: string; label: string }[] }) {
  return (
    <Field t={t} id={fieldId(form, field)} label={label} hint={hint} problem={problem}>
      {(aria) => (
        <select {...aria} name={FIELD_NAME[field]} defaultValue={value} className="field__select">
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function RegionFields({ t, form, values, fields }: { t: Translator; form: string; values: RegionValues; fields: Problems<'name' | 'province' | 'timeZone' | 'kind' | 'proofOfWorkRequired'> }) {
  return (
    <>
      <TextField t={t} form={form} field="name" label={t('admin.catalog.regionName')} hint={t('admin.catalog.regionNameHint')} problem={fields.name} value={values.name} />
      <TextField t={t} form={form} field="province" label={t('admin.catalog.province')} problem={fields.province} value={values.province} />
      <SelectField
        t={t}
        form={form}
        field="kind"
        label={t('admin.catalog.regionKind')}
        hint={t('admin.catalog.regionKindHint')}
        problem={fields.kind}
        value={values.kind}
        options={REGION_KINDS.map((k) => ({ value: k, label: t(`admin.catalog.regionKind.${k}`) }))}
      />
      <SelectField t={t} form={form} field="timeZone" label={t('admin.catalog.timeZone')} problem={fields.timeZone} value={values.timeZone} options={TIME_ZONES.map((z) => ({ value: z, label: t(`admin.catalog.tz.${z}`) }))} />
      <div className="field">
        <input id={fieldId(form, 'proofOfWorkRequired')} type="checkbox" name={FIELD_NAME.proofOfWorkRequired} value="1" defaultChecked={values.proofOfWorkRequired} />{' '}
        <label htmlFor={fieldId(form, 'proofOfWorkRequired')}>{t('admin.regions.pow')}</label>
      </div>
    </>
  );
}

export function UnitFields({ t, form, values, fields, parents }: { t: Translator; form: string; values: UnitValues; fields: Problems<'name' | 'abbreviation' | 'kind' | 'parentId'>; parents: readonly { id: string; label: string }[] }) {
  return (
    <>
      <TextField t={t} form={form} field="name" label={t('admin.catalog.unitName')} problem={fields.name} value={values.name} />
      <TextField t={t} form={form} field="abbreviation" label={t('admin.catalog.abbreviation')} hint={t('admin.catalog.abbreviationHint')} problem={fields.abbreviation} value={values.abbreviation} />
      <SelectField t={t} form={form} field="kind" label={t('admin.catalog.unitKind')} problem={fields.kind} value={values.kind} options={UNIT_KINDS.map((k) => ({ value: k, label: t(`admin.catalog.unitKind.${k}`) }))} />
      <SelectField
        t={t}
        form={form}
        field="parentId"
        label={t('admin.catalog.parent')}
        hint={t('admin.catalog.parentHint')}
        problem={fields.parentId}
        value={values.parentId}
        options={[{ value: '', label: t('admin.catalog.noParent') }, ...parents.map((p) => ({ value: p.id, label: p.label }))]}
      />
    </>
  );
}

export function ServiceFields({ t, form, values, fields }: { t: Translator; form: string; values: ServiceValues; fields: Problems<keyof ServiceValues> }) {
  return (
    <>
      <TextField t={t} form={form} field="name" label={t('admin.catalog.serviceName')} problem={fields.name} value={values.name} />
      <SelectField t={t} form={form} field="category" label={t('admin.catalog.category')} problem={fields.category} value={values.category} options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))} />
      <TextField t={t} form={form} field="description" label={t('admin.catalog.description')} problem={fields.description} value={values.description} long />
      <TextField t={t} form={form} field="requirements" label={t('admin.catalog.requirements')} hint={t('admin.catalog.requirementsHint')} problem={fields.requirements} value={values.requirements} long />
      <TextField t={t} form={form} field="feeRupiah" label={t('admin.catalog.fee')} hint={t('admin.catalog.feeHint')} problem={fields.feeRupiah} value={values.feeRupiah} numeric />
      <TextField t={t} form={form} field="promisedDays" label={t('admin.catalog.days')} hint={t('admin.catalog.daysHint')} problem={fields.promisedDays} value={values.promisedDays} numeric />
      <SelectField t={t} form={form} field="channel" label={t('admin.catalog.channel')} problem={fields.channel} value={values.channel} options={CHANNELS.map((c) => ({ value: c, label: t(`service.channel.${c}`) }))} />
      <TextField t={t} form={form} field="expectedAnnualUsers" label={t('admin.catalog.users')} hint={t('admin.catalog.usersHint')} problem={fields.expectedAnnualUsers} value={values.expectedAnnualUsers} numeric />
    </>
  );
}

/** A unit tree as rows with their depth, parents first, by name within a parent. */
export function unitTree<U extends { id: string; name: string; parent?: { id: string } | null }>(units: readonly U[]): { unit: U; depth: number }[] {
  const children = new Map<string | null, U[]>();
  const ids = new Set(units.map((u) => u.id));
  for (const u of units) {
    const parent = u.parent && ids.has(u.parent.id) ? u.parent.id : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const out: { unit: U; depth: number }[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const u of [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name))) {
      if (seen.has(u.id)) continue;
      seen.add(u.id);
      out.push({ unit: u, depth });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
