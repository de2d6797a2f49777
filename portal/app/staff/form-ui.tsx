import { useEffect, useRef, type ReactNode } from 'react';
import type { Translator } from '../i18n';
import type { FieldProblem } from './forms';
import { CSRF_FIELD } from './csrf';

/** A problem's words: a catalogue key with its parameters, or the API's own message. */
export function problemWords(t: Translator, problem: FieldProblem<string>): string {
  if (problem.message) return problem.message;
  if (problem.key && t.has(problem.key)) {
    return (t as unknown as (key: string, params?: Record<string, string | number>) => string)(problem.key, problem.params);
  }
  return t('form.error.unexpected');
}

/** The first problem of each field (the summary lists them all). */
export function byField<F extends string>(problems: readonly FieldProblem<F>[]): Partial<Record<F, FieldProblem<F>>> {
  const out: Partial<Record<F, FieldProblem<F>>> = {};
  for (const p of problems) if (p.field && !out[p.field]) out[p.field] = p;
  return out;
}

/**
 * The error summary above a form: a heading, every problem, each linking to its field. It takes
 * focus when it appears (autoFocus without JavaScript; an effect on each new answer with it).
 */
export function ErrorSummary<F extends string>({
  t,
  problems,
  targetOf,
  heading,
  attempt,
}: {
  t: Translator;
  problems: readonly FieldProblem<F>[];
  targetOf: (field: F) => string;
  heading?: string;
  attempt?: unknown;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length) ref.current?.focus();
  }, [attempt, problems.length]);
  if (!problems.length) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" aria-labelledby="ringkasan-masalah" tabIndex={-1} autoFocus>
      <h2 id="ringkasan-masalah">{heading ?? t('form.errors.heading')}</h2>
      <ul className="error-summary__list">
        {problems.map((p, i) => (
          <li key={i}>{p.field ? <a href={`#${targetOf(p.field)}`}>{problemWords(t, p)}</a> : problemWords(t, p)}</li>
        ))}
      </ul>
    </div>
  );
}

/** A labelled field with its hint and its problem beside it, wired up with aria-describedby. */
export function Field({
  t,
  id,
  label,
  hint,
  problem,
  children,
}: {
  t: Translator;
  id: string;
  label: string;
  hint?: string;
  problem?: FieldProblem<string> | undefined;
  children: (aria: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}) {
  const hintId = hint ? `${id}-petunjuk` : '';
  const errorId = problem ? `${id}-galat` : '';
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {problem ? (
        <p id={errorId} className="field__error">
          {problemWords(t, problem)}
        </p>
      ) : null}
      {children({ id, ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(problem ? { 'aria-invalid': true as const } : {}) })}
    </div>
  );
}

/** The hidden CSRF field every staff form carries (checked by staffForm in the action). */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name={CSRF_FIELD} value={token} />;
}
