import { Form } from '@remix-run/react';
import type { Translator } from '../i18n';
import { CsrfField } from './form-ui';

/** The fields of the tagging form (Indonesian, like the portal's addresses); `/staf/tandai` reads them. */
export const TAG_FIELD = { item: 'kiriman', competency: 'kompetensi', intent: 'maksud', back: 'kembali' } as const;

export interface TagCompetency {
  id: string;
  code: string;
  name: string;
}

/**
 * A comment's or forum post's competency tags, each with a remove button, and a form to add one
 * (moderators in the queue, HR beside the evidence): "staff could not explain the app" becomes a
 * signal for a competency (DESIGN.md, the loop). Plain forms: it works without JavaScript.
 */
export function CompetencyTags({
  t,
  itemId,
  tags,
  competencies,
  csrf,
  back,
}: {
  t: Translator;
  itemId: string;
  tags: readonly TagCompetency[];
  competencies: readonly TagCompetency[];
  csrf: string;
  back: string;
}) {
  const untagged = competencies.filter((c) => !tags.some((tag) => tag.id === c.id));
  const selectId = `kompetensi-${itemId}`;
  return (
    <div className="competency-tags">
      <p className="competency-tags__label">{t('tags.heading')}</p>
      {tags.length ? (
        <ul className="competency-tags__list">
          {tags.map((tag) => (
            <li key={tag.id} className="tag">
              {tag.name}
              <Form method="post" action="/staf/tandai" className="competency-tags__remove">
                <CsrfField token={csrf} />
                <input type="hidden" name={TAG_FIELD.item} value={itemId} />
                <input type="hidden" name={TAG_FIELD.competency} value={tag.id} />
                <input type="hidden" name={TAG_FIELD.back} value={back} />
                <button type="submit" name={TAG_FIELD.intent} value="hapus" className="button button--quiet" aria-label={t('tags.remove', { name: tag.name })}>
                  ×
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : (
        <p className="competency-tags__none">{t('tags.none')}</p>
      )}
      {untagged.length ? (
        <Form method="post" action="/staf/tandai" className="competency-tags__add">
          <CsrfField token={csrf} />
          <input type="hidden" name={TAG_FIELD.item} value={itemId} />
          <input type="hidden" name={TAG_FIELD.back} value={back} />
          <label htmlFor={selectId}>{t('tags.add.label')}</label>
          <select id={selectId} name={TAG_FIELD.competency} required defaultValue="">
            <option value="" disabled>
              {t('tags.add.choose')}
            </option>
            {untagged.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <button type="submit" name={TAG_FIELD.intent} value="tandai" className="button button--quiet">
            {t('tags.add.submit')}
          </button>
        </Form>
      ) : null}
    </div>
  );
}
