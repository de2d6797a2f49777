import type { MikroORM } from '@mikro-orm/postgresql';
import { submitLimits, type Config } from './config.js';
import { loadSecrets, type Secrets } from './modules/identity/index.js';
import { Catalog } from './modules/catalog/index.js';
import { createRatingBatcher, type SubmissionBatcher, type SubmitLimits } from './modules/feedback/index.js';
import { RateLimit, sweepExpiredCounters } from './common/abuse.js';
import { ReadCache } from './common/read-cache.js';
import { logger } from './common/logger.js';
import { safeError } from './common/log-safe.js';
import { listen, type Listener } from './db/listener.js';
import { directUrl } from './db/database.js';
import { executePrepared } from './db/prepared.js';
import { publishRound } from './modules/opendata/index.js';
import { reviseOnTimer } from './modules/reports/index.js';
import { retentionSummary, sweepRetention } from './modules/privacy/index.js';
import { sweepOverdueAnswers } from './modules/answers/index.js';
import { NotificationWorker, defaultFrom, smtpTransport } from './modules/notifications/index.js';

const SWEEP_EVERY_MS = 5 * 60_000;
/** Open data: a period is published (and late ratings revise it) within this long (decision record 0027). */
const PUBLISH_EVERY_MS = 10 * 60_000;
const FULL_PUBLICATION_EVERY = (24 * 60 * 60_000) / PUBLISH_EVERY_MS;
/**
 * Personal data past SUARA_RETENTION_MONTHS is erased within this long (decision record 0034); a day
 * more or less of keeping an address hash matters little, a sweep that wakes every minute does.
 */
const RETENTION_EVERY_MS = 60 * 60_000;
/** The database says when the catalogue changes; this only bounds the damage of a lost notification. */
const CATALOG_TTL_MS = 60_000;

/** Long-lived parts shared by all requests of one API process. */
export interface AppServices {
  config: Config;
  orm: MikroORM;
  secrets: Secrets;
  limits: {
    /** New ratings per client per hour: SUARA_SUBMIT_RATE_LIMIT, and the ceiling with proofs of work. */
    submit: SubmitLimits;
    /** Reports of content per client per hour. */
    report: RateLimit;
    /** New forum threads and posts per client network per hour (SUARA_FORUM_RATE_LIMIT). */
    forum: RateLimit;
    /** Requests to erase a rating's personal data per client network per hour (tracking page). */
    dataDeletion: RateLimit;
    /** Wrong kiosk pairing codes per client network per 10 minutes (modules/kiosks). */
    kioskPairing: RateLimit;
    /** Ratings per registered kiosk per hour in which they were answered (SUARA_KIOSK_RATE_LIMIT). */
    kiosk: number;
  };
  /** Stores ratings that arrive together in one statement. */
  ratings: SubmissionBatcher;
  /** Regions, units and services, held in memory and invalidated by the database's notifications. */
  catalog: Catalog;
  /** Short-lived answers of public reads (SUARA_READ_CACHE_MS). */
  readCache: ReadCache;
  /** Delivers the notification outbox over SMTP_URL; null without it (the rows wait, listed to staff). */
  notifications: NotificationWorker | null;
  /** Resolves once the catalogue's notification connection listens. */
  listening: Promise<void>;
  /** Stops the timers and the notification connection of this process. */
  stop(): Promise<void>;
}

/**
 * `direct`: the address of the PostgreSQL server itself for the catalogue's LISTEN; by default what
 * directUrl (db/database.ts) makes of the configuration and the ORM's own address.
 */
export async function createAppServices(
  config: Config,
  orm: MikroORM,
  direct: string = directUrl(config, { url: orm.config.get('clientUrl') as string }),
): Promise<AppServices> {
  const secrets = await loadSecrets(orm.em.fork(), config.SUARA_SECRET);
  const catalog = new Catalog(CATALOG_TTL_MS);
  const readCache = new ReadCache(config.SUARA_READ_CACHE_MS);

  // Outside any request, on a connection of its own for one short statement; one sweeper per process.
  const sweeper = setInterval(() => {
    sweepExpiredCounters(orm.em.fork()).catch((error: unknown) => logger.warn('could not sweep expired rate-limit counters', { error: String(error) }));
  }, SWEEP_EVERY_MS);
  sweeper.unref();
  // One process of several does each round (an advisory lock); the others skip it. Recent periods
  // every round; every period once a day (spam removed from an old period revises it too).
  let rounds = 0;
  const publisher = setInterval(() => {
    const scope = ++rounds % FULL_PUBLICATION_EVERY === 0 ? 'all' : 'recent';
    publishRound(orm.em.fork(), { scope }).catch((error: unknown) => logger.warn('could not publish open data', { error: String(error) }));
  }, PUBLISH_EVERY_MS);
  publisher.unref();

  // Published SKM reports revised when late ratings changed their period (decision record 0026).
  const revisionMs = config.SUARA_REPORT_REVISION_MINUTES * 60_000;
  const reviser = revisionMs
    ? setInterval(() => {
        catalog
          .get(() => orm.em.fork())
          .then((snapshot) => reviseOnTimer(orm.em.fork(), snapshot))
          .then((revised) => revised && logger.info('revised published SKM reports after late ratings', { revised }))
          .catch((error: unknown) => logger.warn('could not revise published SKM reports', { error: String(error) }));
      }, revisionMs)
    : null;
  reviser?.unref();

  // Retention (decision record 0034): one process sweeps at a time, in short batches (an advisory
  // lock per batch); the log line carries counts and the cut-off day only.
  const retention = setInterval(() => {
    sweepRetention(orm.em.fork(), { months: config.SUARA_RETENTION_MONTHS })
      .then((result) => {
        if (Object.values(result.counts).some((n) => n > 0)) logger.info(retentionSummary(result), { ...result.counts, olderThan: result.olderThan });
      })
      .catch((error: unknown) => logger.warn('could not erase personal data past its retention period', { error: safeError(error) }));
  }, RETENTION_EVERY_MS);
  retention.unref();
  // Officers told of comments passing their answer deadline (decision record 0035); one process sweeps.
  const overdueMs = config.SUARA_OVERDUE_SWEEP_MINUTES * 60_000;
  const overdueSweeper = overdueMs
    ? setInterval(() => {
        catalog
          .get(() => orm.em.fork())
          .then((snapshot) => sweepOverdueAnswers(orm.em.fork(), snapshot))
          .then((added) => added && logger.info('overdue answers announced', { notifications: added }))
          .catch((error: unknown) => logger.warn('could not sweep for overdue answers', { error: safeError(error) }));
      }, overdueMs)
    : null;
  overdueSweeper?.unref();

  // The outbox's delivery: only with SMTP_URL. One round at a time in this process; other replicas
  // run their own, and `for update skip locked` keeps them off each other's rows.
  const transport = config.SMTP_URL ? smtpTransport(config.SMTP_URL) : null;
  const notifications = transport
    ? new NotificationWorker(() => orm.em.fork(), transport, { publicUrl: config.PUBLIC_URL, from: config.SMTP_FROM ?? defaultFrom(config.PUBLIC_URL) })
    : null;
  let delivering: Promise<unknown> | null = null;
  const deliverer = notifications
    ? setInterval(() => {
        if (delivering) return;
        delivering = notifications
          .drain()
          .catch((error: unknown) => logger.warn('could not deliver notifications', { error: safeError(error) }))
          .finally(() => (delivering = null));
      }, config.SUARA_NOTIFY_POLL_SECONDS * 1000)
    : null;
  deliverer?.unref();

  const listener: Listener = listen({
    // LISTEN needs a session of its own: through a transaction pooler it would be lost (0031).
    url: direct,
    channel: 'suara_catalog',
    onNotify: () => catalog.invalidate(),
    // Changes made while the connection was down went unannounced.
    onConnect: () => catalog.invalidate(),
  });

  const limits = {
    submit: submitLimits(config),
    report: new RateLimit('report', 30, 3600),
    forum: new RateLimit('forum', config.SUARA_FORUM_RATE_LIMIT, 3600),
    // A citizen asks once per rating; ten an hour lets a family share a network and still bounds
    // the receipt codes one network can try here (the tracking page reveals no more than this does).
    dataDeletion: new RateLimit('deletion', 10, 3600),
    // Issue 12: "a few attempts" at a 40-bit code that lives 10 minutes; a right code gives its point back.
    kioskPairing: new RateLimit('kiosk-pair', 5, 600),
    kiosk: config.SUARA_KIOSK_RATE_LIMIT,
  };
  // Each batch of ratings is one prepared statement on a pooled connection taken for it alone.
  const ratings = createRatingBatcher((q) => executePrepared(orm.em.fork(), q.text, q.params, config.DATABASE_PREPARED_STATEMENTS), limits.submit);

  return {
    config,
    orm,
    secrets,
    limits,
    ratings,
    catalog,
    readCache,
    notifications,
    listening: listener.ready,
    async stop() {
      clearInterval(sweeper);
      clearInterval(publisher);
      if (reviser) clearInterval(reviser);
      clearInterval(retention);
      if (overdueSweeper) clearInterval(overdueSweeper);
      if (deliverer) clearInterval(deliverer);
      // A round in progress finishes its sends (each bounded by the transport's timeouts); rows it
      // could not finish are taken again after their lease by the next process.
      notifications?.stop();
      await delivering;
      transport?.close();
      await listener.close();
    },
  };
}
