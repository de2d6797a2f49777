import { z } from 'zod';

const schema = z.object({
  API_URL: z.url({ protocol: /^https?$/, error: 'must be the http:// or https:// address of the GraphQL endpoint' }).default('http://localhost:4000/graphql'),
  /** How long a page waits for the API before showing "service unavailable". */
  API_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /**
   * The portal's public address (`https://suara.mataramkota.go.id`), for addresses printed on paper:
   * the QR poster must not carry whatever host name a staff member happened to open it under.
   * Unset: the address of the request.
   */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be the http:// or https:// address citizens open the portal at' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
});

export type PortalEnv = z.infer<typeof schema>;

let cached: PortalEnv | undefined;

/** The portal's configuration, checked once: a wrong value stops start-up with the variable's name. */
export function env(): PortalEnv {
  if (!cached) {
    const raw = Object.fromEntries(Object.keys(schema.shape).map((k) => [k, process.env[k] || undefined]));
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  ${String(i.path[0])}: ${i.message}`);
      throw new Error(`Invalid portal configuration:\n${lines.join('\n')}`);
    }
    cached = parsed.data;
  }
  return cached;
}
