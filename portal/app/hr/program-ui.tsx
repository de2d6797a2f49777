import type { ReactNode } from 'react';
import type { Translator } from '../i18n';
import { Field } from '../staff/form-ui';
import type { FieldProblem } from '../staff/forms';

/** Rupiah for people: "Rp 450.000" (whole rupiah, the page's language's grouping). */
export function rupiah(t: Translator, value: number): string {
  return `Rp ${t.number(Math.round(value))}`;
}

/** A change on the 1–4 scale, signed and rounded to two decimals: "+0,42". */
export function signedChange(t: Translator, value: number): string {
  const rounded = Math.round(value * 100) / 100;
  const text = t.number(Math.abs(rounded));
  return rounded > 0 ? `+${text}` : rounded < 0 ? `−${text}` : text;
}

export const average = (t: Translator, value: number | null | undefined) => (value === null || value === undefined ? '—' : t.number(Math.round(value * 100) / 100));

/** A form's field id: `<form>-<field>`, so the error summary can link to it. */
export const fieldIdOf = (form: string, field: string) => `${form}-${field}`;

export function TextInput({
  t,
  form,
  name,
  label,
  hint,
  problem,
  value,
  type = 'text',
  long,
  inputMode,
}: {
  t: Translator;
  form: string;
  name: string;
  label: string;
  hint?: string;
  problem?: FieldProblem<string>;
  value?: string;
  type?: 'text' | 'date';
  long?: boolean;
  inputMode?: 'numeric';
}) {
  return (
    <Field t={t} id={fieldIdOf(form, name)} label={label} hint={hint} problem={problem}>
      {(aria) =>
        long ? (
          <textarea {...aria} name={name} defaultValue={value} rows={3} className="field__textarea" />
        ) : (
          <input {...aria} name={name} type={type} inputMode={inputMode} autoComplete="off" defaultValue={value} className="field__input" />
        )
      }
    </Field>
  );
}

export function SelectInput({
  t,
  form,
  name,
  label,
  problem,
  value,
  options,
  hint,
}: {
  t: Translator;
  form: string;
  name: string;
  label: string;
  problem?: FieldProblem<string>;
  value?: string;
  options: Array<{ value: string; label: string }>;
  hint?: string;
}) {
  return (
    <Field t={t} id={fieldIdOf(form, name)} label={label} hint={hint} problem={problem}>
      {(aria) => (
        <select {...aria} name={name} defaultValue={value} className="field__input">
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

/** A group of checkboxes with a legend, its problem beside it. */
export function CheckboxGroup({ id, legend, problem, t, children }: { id: string; legend: string; problem?: FieldProblem<string>; t: Translator; children: ReactNode }) {
  return (
    <fieldset className="field" id={id} aria-describedby={problem ? `${id}-galat` : undefined} tabIndex={-1}>
      <legend className="field__label">{legend}</legend>
      {problem ? (
        <p id={`${id}-galat`} className="field__error">
          {problem.message ?? (problem.key ? (t as unknown as (k: string) => string)(problem.key) : '')}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}
