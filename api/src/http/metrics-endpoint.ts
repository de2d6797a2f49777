import { timingSafeEqual, createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { registry } from '../common/metrics.js';
import { langFromHeader } from '../graphql/request-scope.js';

export interface MetricsAccess {
  /** SUARA_METRICS_ALLOW, compiled (proxy-addr): the addresses a scraper may connect from. */
  allowed: (address: string, hop: number) => boolean;
  /** SUARA_METRICS_TOKEN: when set, a scraper must also send `Authorization: Bearer <token>`. */
  token: string | undefined;
}

/** Headers a reverse proxy adds: a request that carries one came through a proxy, not from a scraper beside us. */
const FORWARDED = ['x-forwarded-for', 'forwarded', 'x-real-ip'];

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Whether this request may read /metrics (decision record 0032): it must come straight from an
 * address in SUARA_METRICS_ALLOW (loopback by default) — the connection's own address, and without
 * any forwarding header, so that a reverse proxy on the same machine that passes every path on does
 * not open the metrics to the world through its loopback connection — and, when SUARA_METRICS_TOKEN
 * is set, carry that token.
 */
export function mayReadMetrics(req: IncomingMessage, access: MetricsAccess): boolean {
  const peer = req.socket.remoteAddress;
  if (!peer || !access.allowed(peer, 0)) return false;
  if (FORWARDED.some((name) => req.headers[name] !== undefined)) return false;
  if (access.token === undefined) return true;
  const auth = req.headers.authorization;
  const sent = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : '';
  // Compared as digests of equal length, in constant time.
  return timingSafeEqual(digest(sent), digest(access.token));
}

/** GET /metrics: the Prometheus text format, or 403 for a caller that may not read it. */
export async function serveMetrics(req: IncomingMessage, res: ServerResponse, access: MetricsAccess): Promise<void> {
  if (!mayReadMetrics(req, access)) {
    const lang = langFromHeader(req.headers['accept-language']);
    const message =
      lang === 'en'
        ? 'Metrics are served only to the addresses in SUARA_METRICS_ALLOW, directly, not through a proxy (and with SUARA_METRICS_TOKEN when set).'
        : 'Metrik hanya dilayani untuk alamat dalam SUARA_METRICS_ALLOW, secara langsung, bukan lewat proxy (dan dengan SUARA_METRICS_TOKEN bila diatur).';
    res.writeHead(403, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ error: message }));
    return;
  }
  const body = await registry.metrics();
  res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : body);
}
