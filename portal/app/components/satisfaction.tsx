import { ELEMENT_TEXT, MAX_SCORE, MIN_RESPONSES_FOR_SCORE, type Grade, type SkmElement } from '@suara/skm';
import type { Translator } from '../i18n';
import { formatDay, formatDecimal, gradeText } from '../utils/format';
import type { Period } from '../utils/period';

/** The part of the API's `Satisfaction` these components show. */
export interface SatisfactionData {
  responseCount: number;
  ikm?: number | null;
  grade?: Grade | null;
  provisional?: boolean;
  requiredSampleSize?: number;
  elements?: ReadonlyArray<{ element: SkmElement; average: number }>;
}

/** "12 bulan terakhir: 24 November 2025 – 23 November 2026." */
export function periodText(t: Translator, period: Period): string {
  return t('satisfaction.period', { from: formatDay(t, period.from), to: formatDay(t, period.to) });
}

/**
 * IKM, grade and count as a list of facts, with the "provisional" badge when the period has fewer
 * responses than its sample size. Below MIN_RESPONSES_FOR_SCORE the API withholds the score and this
 * says why instead.
 */
export function SatisfactionFacts({ t, satisfaction }: { t: Translator; satisfaction: SatisfactionData }) {
  const { responseCount, ikm, grade } = satisfaction;
  if (ikm == null || grade == null || responseCount < MIN_RESPONSES_FOR_SCORE) {
    return <p className="empty">{t.plural('satisfaction.tooFew', responseCount)}</p>;
  }
  return (
    <>
      <dl className="facts satisfaction">
        <div>
          <dt>{t('satisfaction.ikm')}</dt>
          <dd className="satisfaction__ikm">{formatDecimal(t, ikm)}</dd>
        </div>
        <div>
          <dt>{t('satisfaction.grade')}</dt>
          <dd>{gradeText(t, grade)}</dd>
        </div>
        <div>
          <dt>{t('satisfaction.count')}</dt>
          <dd>
            {t.number(responseCount)}
            {satisfaction.provisional ? (
              <>
                {' '}
                <strong className="badge">{t('satisfaction.provisional')}</strong>
              </>
            ) : null}
          </dd>
        </div>
      </dl>
      {satisfaction.provisional && satisfaction.requiredSampleSize != null ? (
        <p className="notice">{t('satisfaction.provisional.explain', { count: responseCount, required: satisfaction.requiredSampleSize })}</p>
      ) : null}
    </>
  );
}

/**
 * The nine element averages. The numbers are the data, in text; the bars only draw them and are
 * hidden from screen readers.
 */
export function ElementScores({ t, elements }: { t: Translator; elements: SatisfactionData['elements'] }) {
  if (!elements || elements.length === 0) return null;
  return (
    <section aria-labelledby="nilai-per-unsur" className="element-scores">
      <h3 id="nilai-per-unsur">{t('satisfaction.elements.heading')}</h3>
      <p>{t('satisfaction.elements.intro')}</p>
      <ul className="element-scores__list">
        {elements.map(({ element, average }) => (
          <li key={element} className="element-score">
            <span className="element-score__name">{ELEMENT_TEXT[t.lang][element].name}</span>
            <span className="element-score__value">{t('satisfaction.elements.value', { value: formatDecimal(t, average) })}</span>
            {/* An SVG rectangle's width is an attribute, not a style: the Content-Security-Policy
                allows no inline styles (decision record 0012). */}
            <svg className="element-score__bar" aria-hidden="true" focusable="false">
              <rect width={`${Math.max(0, Math.min(100, (average / MAX_SCORE) * 100)).toFixed(1)}%`} height="100%" />
            </svg>
          </li>
        ))}
      </ul>
    </section>
  );
}
