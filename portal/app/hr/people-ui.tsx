import type { Translator } from '../i18n';
import { Field } from '../staff/form-ui';
import type { FieldProblem } from '../staff/forms';
import { EMPLOYMENT_TYPES, fieldId, FIELD_NAME, type EMPLOYEE_FIELDS, type EmployeeValues, type PeopleField } from './people-forms';

/** The fields of HR's people forms: labelled, hint and problem beside each (staff/form-ui.tsx). */

export function TextInput({
  t,
  form,
  field,
  label,
  hint,
  problem,
  value,
  type = 'text',
  long,
  name,
  idSuffix,
}: {
  t: Translator;
  form: string;
  field: PeopleField;
  label: string;
  hint?: string;
  problem: FieldProblem<string> | undefined;
  value: string;
  type?: 'text' | 'date';
  long?: boolean;
  name?: string;
  idSuffix?: string;
}) {
  return (
    <Field t={t} id={`${fieldId(form, field)}${idSuffix ?? ''}`} label={label} hint={hint} problem={problem}>
      {(aria) =>
        long ? (
          <textarea {...aria} name={name ?? FIELD_NAME[field]} defaultValue={value} rows={3} className="field__textarea" />
        ) : (
          <input {...aria} name={name ?? FIELD_NAME[field]} type={type} autoComplete="off" defaultValue={value} className="field__input" />
        )
      }
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectInput({
  t,
  form,
  field,
  label,
  hint,
  problem,
  value,
  options,
  groups,
}: {
  t: Translator;
  form: string;
  field: PeopleField;
  label: string;
  hint?: string;
  problem: FieldProblem<string> | undefined;
  value: string;
  options: readonly Option[];
  groups?: ReadonlyArray<{ label: string; options: readonly Option[] }>;
}) {
  return (
    <Field t={t} id={fieldId(form, field)} label={label} hint={hint} problem={problem}>
      {(aria) => (
        <select {...aria} name={FIELD_NAME[field]} defaultValue={value} className="field__select">
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
          {groups?.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Positions grouped by unit for a select: without JavaScript one list serves every unit. */
export function positionGroups(positions: ReadonlyArray<{ id: string; title: string; unit: { id: string; name: string } }>) {
  const byUnit = new Map<string, { label: string; options: Option[] }>();
  for (const p of positions) {
    const group = byUnit.get(p.unit.id) ?? { label: p.unit.name, options: [] };
    group.options.push({ value: p.id, label: p.title });
    byUnit.set(p.unit.id, group);
  }
  return [...byUnit.values()];
}

/** The employee form's fields (adding on the list page, editing on its own page). */
export function EmployeeFields({
  t,
  form,
  values,
  fields,
  units,
  positions,
}: {
  t: Translator;
  form: string;
  values: EmployeeValues;
  fields: Partial<Record<(typeof EMPLOYEE_FIELDS)[number], FieldProblem<string>>>;
  units: ReadonlyArray<{ id: string; name: string }>;
  positions: ReadonlyArray<{ id: string; title: string; unit: { id: string; name: string } }>;
}) {
  return (
    <>
      <TextInput t={t} form={form} field="nip" label={t('hrPeople.nip')} hint={t('hrPeople.nipHint')} problem={fields.nip} value={values.nip} />
      <TextInput t={t} form={form} field="name" label={t('hrPeople.name')} problem={fields.name} value={values.name} />
      <SelectInput
        t={t}
        form={form}
        field="unitId"
        label={t('hrPeople.unit')}
        problem={fields.unitId}
        value={values.unitId}
        options={[{ value: '', label: t('hrPeople.pickUnit') }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
      />
      <SelectInput
        t={t}
        form={form}
        field="positionId"
        label={t('hrPeople.position')}
        hint={t('hrPeople.positionHint')}
        problem={fields.positionId}
        value={values.positionId}
        options={[{ value: '', label: t('hrPeople.noPosition') }]}
        groups={positionGroups(positions)}
      />
      <SelectInput
        t={t}
        form={form}
        field="employmentType"
        label={t('hrPeople.employmentType')}
        problem={fields.employmentType}
        value={values.employmentType}
        options={EMPLOYMENT_TYPES.map((k) => ({ value: k, label: t(`hrPeople.employmentType.${k}`) }))}
      />
    </>
  );
}
