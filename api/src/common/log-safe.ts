/**
 * What of an error may be written to a log. Logs travel further than the database (terminals, log
 * shippers, support tickets), so they must never carry what citizens typed: Knex puts the whole
 * statement with its values interpolated into a driver error's message (a rating's contact and
 * comment, an email address), PostgreSQL quotes the offending value in its own messages
 * (`invalid input syntax for type uuid: "…"`), and Node quotes input in JSON and URL errors.
 *
 * MikroORM appends PostgreSQL's detail (`Failing row contains (…)`, every value of the row).
 *
 * So a log line gets the error's class, its codes, the names PostgreSQL reports (table, column,
 * constraint, routine: parts of our schema, never values), a message with every quoted part and
 * every statement removed, and the stack's frames without its message.
 */
export interface SafeError {
  name: string;
  code?: string;
  message?: string;
  table?: string;
  column?: string;
  constraint?: string;
  routine?: string;
  stack?: string;
  cause?: SafeError;
}

const MESSAGE_MAX = 300;
const FRAMES_MAX = 12;
/** SQL as Knex prefixes it to a driver error: everything up to the last " - " before the reason. */
const SQL_START = /^\s*(?:select|insert|update|delete|with|begin|commit|rollback|set|create|alter|drop|prepare|execute|copy|listen|notify|values|\(|explain)\b/i;

/** Quoted or bracketed text in a message may be a value someone sent: it is shown as `…`. */
export function redactMessage(message: string): string {
  // MikroORM appends PostgreSQL's detail ("Failing row contains (…every value…)") and hint.
  let text = message.replace(/\s*-\s*(?:detail|hint|where|internalQuery):[\s\S]*$/i, '');
  if (SQL_START.test(text)) {
    const reason = text.lastIndexOf(' - ');
    text = reason >= 0 ? `[statement withheld] - ${text.slice(reason + 3)}` : '[statement withheld]';
  }
  text = text
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/'(?:[^'\\]|\\.)*'/g, "'…'")
    .replace(/`[^`]*`/g, '`…`')
    // Control characters (a NUL a client sent, terminal escapes) have no place in a log line.
    // eslint-disable-next-line no-control-regex -- matching them is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
  return text.length > MESSAGE_MAX ? `${text.slice(0, MESSAGE_MAX)}…` : text;
}

function identifier(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z_][A-Za-z0-9_.]{0,62}$/.test(value) ? value : undefined;
}

/** The error as a log may show it (see the module comment); follows `cause` one level per call, three at most. */
export function safeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) return { name: typeof error, message: redactMessage(String(error)) };
  const e = error as Error & Record<string, unknown>;
  const out: SafeError = { name: e.constructor?.name || e.name || 'Error' };
  const code = e.code ?? e.sqlState;
  if (typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code)) out.code = code;
  out.message = redactMessage(e.message ?? '');
  for (const key of ['table', 'column', 'constraint', 'routine'] as const) {
    const value = identifier(e[key]);
    if (value) out[key] = value;
  }
  const frames = (e.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, FRAMES_MAX)
    .map((line) => line.trim());
  if (frames.length) out.stack = frames.join('\n');
  if (e.cause !== undefined && e.cause !== error && depth < 2) out.cause = safeError(e.cause, depth + 1);
  return out;
}
