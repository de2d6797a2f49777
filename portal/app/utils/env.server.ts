import { z } from 'zod';

const schema = z.object({
  API_URL: z.url({ protocol: /^https?$/, error: 'must be the http:// or https:// address of the GraphQL endpoint' }).default('http://localhost:4000/graphql'),
  /** How long a page waits for the API before showing "service unavailable". */
  API_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /**
   * The portal's public address (`https://suara.mataramkota.go.id`), for addresses printed on paper:
   * the QR poster must not carry whatever host name a staff member happened to open it under, nor a
   * Host header anyone can write. Unset: `http://localhost:<PORTAL_PORT>`, and the poster page says so.
   */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be the http:// or https:// address citizens open the portal at' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  /**
   * Who runs this portal and where citizens write to them, on /kontak (privacy questions and
   * accessibility barriers go there too, decision record 0040). Unset: the page sends citizens to
   * their region's units and to SP4N-LAPOR! instead of naming an address nobody reads.
   */
  SUARA_OPERATOR_NAME: z.string().trim().min(1).max(200).optional(),
  SUARA_OPERATOR_EMAIL: z.email({ error: 'must be an e-mail address citizens can write to' }).optional(),
  /** Checked with its own message by server.mjs; here only for the address used without PUBLIC_URL. */
  PORTAL_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
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

/**
 * The portal's address for whatever leaves the screen (a printed poster, an absolute link):
 * `PUBLIC_URL`, or else the portal's own default address on this machine, flagged so that the page
 * can tell staff. Never built from the request: its Host header is whatever the client wrote.
 */
export function publicAddress(): { origin: string; configured: boolean } {
  const { PUBLIC_URL, PORTAL_PORT } = env();
  return PUBLIC_URL ? { origin: PUBLIC_URL, configured: true } : { origin: `http://localhost:${PORTAL_PORT}`, configured: false };
}
