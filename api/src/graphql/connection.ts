import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadInputError } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { storableText } from '../common/text.js';

/**
 * Relay connections for every list that grows (CONTRACT.md, Conventions). Cursors are opaque
 * base64url JSON of the keyset values the list is ordered by, so paging stays stable and cheap
 * (no OFFSET) while rows are added.
 */

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Where a page of a connection stands.', simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many items (1–${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'All items matching, across every page.' })
    totalCount!: number;
  }
  return ConnectionType as ClassType<ConnectionShape<T>>;
}

export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The error for a cursor that is not one of ours (or no longer decodes to valid values). */
export const badCursor = () =>
  new BadInputError(
    { id: 'Penanda halaman (after) tidak dikenali. Mulai lagi dari halaman pertama.', en: 'The page cursor (after) is not valid. Start again from the first page.' },
    [{ field: 'after', message: { id: 'Penanda halaman tidak dikenali.', en: 'Unknown page cursor.' } }],
  );

/** What one position of a cursor must hold; anything else is a cursor we never made. */
export type CursorPart = 'uuid' | 'timestamp' | 'text';

/** Longer than any cursor we hand out (a name of a few hundred characters and a UUID). */
const CURSOR_MAX = 1024;
const CURSOR_TEXT_MAX = 500;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z$/;

function partOk(kind: CursorPart, value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (kind === 'uuid') return isUuid(value);
  // Round-tripped, so that a day JavaScript would roll over (February 31) is refused, as PostgreSQL would.
  if (kind === 'timestamp') return ISO_INSTANT.test(value) && value >= '1970' && new Date(value).toISOString().slice(0, 19) === value.slice(0, 19);
  return value.length <= CURSOR_TEXT_MAX && storableText(value);
}

/**
 * The keyset values of a cursor, each checked against what that list puts there (a UUID, an ISO
 * instant, a name): a forged cursor is BAD_USER_INPUT here and never reaches SQL, where a wrong
 * type would be a database error.
 */
export function decodeCursor<const P extends readonly CursorPart[]>(cursor: string, parts: P): { [K in keyof P]: string } {
  if (cursor.length <= CURSOR_MAX) {
    try {
      const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      if (Array.isArray(values) && values.length === parts.length && parts.every((kind, i) => partOk(kind, values[i]))) {
        return values as { [K in keyof P]: string };
      }
    } catch {
      // fall through
    }
  }
  throw badCursor();
}

/** The page size asked for, checked: a clear error instead of silently clamping. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadInputError(
      { id: `Jumlah per halaman (first) harus antara 1 dan ${MAX_PAGE_SIZE}.`, en: `The page size (first) must be between 1 and ${MAX_PAGE_SIZE}.` },
      [{ field: 'first', message: { id: `Antara 1 dan ${MAX_PAGE_SIZE}.`, en: `Between 1 and ${MAX_PAGE_SIZE}.` } }],
    );
  }
  return first;
}

/** Builds a connection from `size + 1` fetched rows (the extra one tells whether a next page exists). */
export function toConnection<T>(rows: T[], size: number, totalCount: number, cursorOf: (row: T) => (string | number)[]): ConnectionShape<T> {
  const hasNextPage = rows.length > size;
  const page = hasNextPage ? rows.slice(0, size) : rows;
  const edges = page.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return { edges, totalCount, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}
