/**
 * A tagged template for hand-written SQL: every `${value}` becomes a `?` placeholder and its value a
 * bound parameter, in order, so a long statement reads top to bottom without counting question marks.
 * A nested `sql` fragment is spliced with its own parameters in their places; `raw(...)` splices
 * trusted SQL text (column lists built from constants), never user input.
 *
 *   const q = sql`select id from feedback where idempotency_key = ${key}`;
 *   await em.execute(q.text, q.params);
 */
export interface SqlQuery {
  text: string;
  params: unknown[];
}

const RAW = Symbol('raw sql');

interface RawSql {
  [RAW]: string;
}

export function raw(text: string): RawSql {
  return { [RAW]: text };
}

function isRaw(value: unknown): value is RawSql {
  return typeof value === 'object' && value !== null && RAW in value;
}

function isFragment(value: unknown): value is SqlQuery {
  return typeof value === 'object' && value !== null && FRAGMENT in value;
}

const FRAGMENT = Symbol('sql fragment');

export function sql(strings: TemplateStringsArray, ...values: unknown[]): SqlQuery {
  let text = strings[0]!;
  const params: unknown[] = [];
  values.forEach((value, i) => {
    if (isRaw(value)) {
      text += value[RAW];
    } else if (isFragment(value)) {
      text += value.text;
      params.push(...value.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[i + 1]!;
  });
  return { text, params, [FRAGMENT]: true } as SqlQuery;
}
