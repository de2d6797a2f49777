import type { ReactNode } from 'react';

/**
 * Everything that comes from the database (service, unit and region names, descriptions, comments,
 * answers, forum posts) is written in Indonesian, so on an English page it carries `lang="id"` and a
 * screen reader pronounces it as Indonesian (WCAG 3.1.2; decision record 0039). On an Indonesian page
 * the attribute repeats the page's language, which costs nothing.
 */
export const CONTENT_LANG = 'id';

const MARK = '\u0001';

/** A placeholder for `ContentText`: pass it to `t()` in place of a database value. */
export function slot(name: string): string {
  return `${MARK}${name}${MARK}`;
}

/**
 * A translated sentence with database values in it ("Official answer from {unit}"): the sentence in
 * the page's language, each value marked as Indonesian. `text` is `t(key, { unit: slot('unit') })`.
 */
export function ContentText({ text, values }: { text: string; values: Record<string, string> }): ReactNode {
  const parts = text.split(new RegExp(`${MARK}(\\w+)${MARK}`));
  return parts.map((part, i) =>
    i % 2 === 1 ? (
      <span lang={CONTENT_LANG} key={i}>
        {values[part] ?? ''}
      </span>
    ) : (
      part
    ),
  );
}
