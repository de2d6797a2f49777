import type { MikroORM } from '@mikro-orm/postgresql';
import { submitLimits, type Config } from './config.js';
import { loadSecrets, type Secrets } from './modules/identity/index.js';
import { RateLimit, sweepExpiredCounters } from './common/abuse.js';
import { logger } from './common/logger.js';
import type { SubmitLimits } from './modules/feedback/index.js';

const SWEEP_EVERY_MS = 5 * 60_000;

/** Long-lived parts shared by all requests of one API process. */
export interface AppServices {
  config: Config;
  orm: MikroORM;
  secrets: Secrets;
  limits: {
    /** New ratings per client per hour: SUARA_SUBMIT_RATE_LIMIT, and the ceiling with proofs of work. */
    submit: SubmitLimits;
    /** Sign-in attempts per client per 15 minutes. */
    login: RateLimit;
    /** Reports of content per client per hour. */
    report: RateLimit;
  };
  /** Stops the timers this process runs (the expired-counter sweeper). */
  stop(): void;
}

export async function createAppServices(config: Config, orm: MikroORM): Promise<AppServices> {
  const secrets = await loadSecrets(orm.em.fork(), config.SUARA_SECRET);
  // Outside any request, on a connection of its own for one short statement; one sweeper per process.
  const sweeper = setInterval(() => {
    sweepExpiredCounters(orm.em.fork()).catch((error: unknown) => logger.warn('could not sweep expired rate-limit counters', { error: String(error) }));
  }, SWEEP_EVERY_MS);
  sweeper.unref();
  return {
    config,
    orm,
    secrets,
    limits: {
      login: new RateLimit('login', 20, 15 * 60),
      submit: submitLimits(config),
      report: new RateLimit('report', 30, 3600),
    },
    stop: () => clearInterval(sweeper),
  };
}
