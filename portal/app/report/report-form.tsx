import { Form } from '@remix-run/react';
import type { Translator } from '../i18n';
import { REPORT_FIELDS, REPORT_REASONS, REPORT_TEXT_MAX, type ReportReason } from './report.schema';

export type ReportKind = 'comment' | 'post';
export type ReportProblem = 'reason' | 'text';

interface ReportFormProps {
  t: Translator;
  kind: ReportKind;
  item: string;
  /** The page to return to afterwards (a path on this site). */
  back: string;
  values?: { reason: string | null; text: string } | null;
  problems?: readonly ReportProblem[];
}

/**
 * The small form that reports a published comment or forum post: a plain POST to /laporkan, so it
 * works without JavaScript; the edge (security.mjs) refuses it from another site. Field ids carry
 * the item's id, as a page holds one form per comment.
 */
export function ReportForm({ t, kind, item, back, values = null, problems = [] }: ReportFormProps) {
  const id = (field: string) => `lapor-${item}-${field}`;
  const reasonProblem = problems.includes('reason');
  const textProblem = problems.includes('text');
  return (
    <Form method="post" action="/laporkan" className="report-form">
      <input type="hidden" name={REPORT_FIELDS.item} value={item} />
      <input type="hidden" name={REPORT_FIELDS.back} value={back} />
      <input type="hidden" name={REPORT_FIELDS.kind} value={kind} />
      <fieldset className="fieldset report-form__reasons" aria-describedby={reasonProblem ? id('alasan-galat') : undefined}>
        <legend className="fieldset__legend">{t(kind === 'comment' ? 'flag.reason.legendComment' : 'flag.reason.legendPost')}</legend>
        {reasonProblem ? (
          <p id={id('alasan-galat')} className="field__error">
            {t('flag.error.reason')}
          </p>
        ) : null}
        {REPORT_REASONS.map((reason: ReportReason) => (
          <div className="report-form__choice" key={reason}>
            <input
              id={id(`alasan-${reason}`)}
              type="radio"
              name={REPORT_FIELDS.reason}
              value={reason}
              defaultChecked={values?.reason === reason}
              aria-invalid={reasonProblem ? true : undefined}
            />
            <label htmlFor={id(`alasan-${reason}`)}>{t(`flag.reason.${reason}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={id('keterangan')} className="field__label">
          {t('flag.text.label')}
        </label>
        <p id={id('keterangan-petunjuk')} className="field__hint">
          {t('flag.text.hint', { max: REPORT_TEXT_MAX })}
        </p>
        {textProblem ? (
          <p id={id('keterangan-galat')} className="field__error">
            {t('flag.error.text', { max: REPORT_TEXT_MAX })}
          </p>
        ) : null}
        <textarea
          id={id('keterangan')}
          name={REPORT_FIELDS.text}
          rows={3}
          maxLength={REPORT_TEXT_MAX}
          defaultValue={values?.text ?? ''}
          aria-describedby={textProblem ? `${id('keterangan-petunjuk')} ${id('keterangan-galat')}` : id('keterangan-petunjuk')}
          aria-invalid={textProblem ? true : undefined}
          className="field__input"
        />
      </div>
      <button type="submit" className="button button--secondary">
        {t('flag.submit')}
      </button>
    </Form>
  );
}

/** "Laporkan komentar ini" under a comment or post: a disclosure that opens the form, native, so without JavaScript too. */
export function ReportDisclosure(props: Omit<ReportFormProps, 'values' | 'problems'>) {
  const { t, kind } = props;
  return (
    <details className="report">
      <summary className="report__summary">{t(kind === 'comment' ? 'flag.open.comment' : 'flag.open.post')}</summary>
      <ReportForm {...props} />
    </details>
  );
}
