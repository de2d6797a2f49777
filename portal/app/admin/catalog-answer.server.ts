import { data } from '@remix-run/node';
import type { ApiError } from '../graphql/client.server';
import { STAFF_HEADERS, unlessSignedOut, type Staff } from '../staff/guard.server';
import type { FieldProblem } from '../staff/forms';
import { apiFieldProblems } from './catalog-forms';

/** What a catalogue action answers when a form is refused: which form, its problems, what was typed. */
export interface CatalogAnswer<V = unknown> {
  form: string;
  problems: FieldProblem<string>[];
  values: V;
}

export function refusedByForm<V>(form: string, problems: FieldProblem<string>[], values: V) {
  return data<CatalogAnswer<V>>({ form, problems, values }, { status: 400, headers: STAFF_HEADERS });
}

/**
 * The API refused a catalogue change: its field problems beside the fields (a cycle beside the
 * parent, a taken slug beside the name), anything else in the summary. Nothing was saved.
 */
export async function refusedByApi<V>(request: Request, staff: Staff, error: ApiError, form: string, known: readonly string[], values: V) {
  await unlessSignedOut(request, staff, error);
  const problems: FieldProblem<string>[] =
    error.code === 'BAD_USER_INPUT' && error.fields.length
      ? apiFieldProblems(error.fields, known)
      : [{ field: null, ...(error.message ? { message: error.message } : {}), key: error.code === 'SERVICE_UNAVAILABLE' ? 'form.error.unavailable' : 'form.error.unexpected' }];
  const status = error.code === 'BAD_USER_INPUT' ? 400 : error.code === 'CONFLICT' ? 409 : error.code === 'FORBIDDEN' ? 403 : error.code === 'NOT_FOUND' ? 404 : error.code === 'SERVICE_UNAVAILABLE' ? 503 : 500;
  return data<CatalogAnswer<V>>({ form, problems, values }, { status, headers: STAFF_HEADERS });
}

/** The field of a form as posted, or '' (hidden ids and intents). */
export function posted(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' && value.length <= 200 ? value : '';
}
