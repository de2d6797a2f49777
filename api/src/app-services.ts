import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import { loadSecrets, type Secrets } from './modules/identity/index.js';
import { createRateLimit, type RateLimit } from './common/abuse.js';

/** Long-lived parts shared by all requests of one API process. */
export interface AppServices {
  config: Config;
  orm: MikroORM;
  secrets: Secrets;
  limits: {
    /** New ratings per client per hour (SUARA_SUBMIT_RATE_LIMIT). */
    submit: RateLimit;
    /** Each proof-of-work solution is accepted once. */
    proofOfWorkOnce: RateLimit;
    /** Sign-in attempts per client per 15 minutes. */
    login: RateLimit;
    /** Reports of content per client per hour. */
    report: RateLimit;
  };
}

export async function createAppServices(config: Config, orm: MikroORM): Promise<AppServices> {
  const secrets = await loadSecrets(orm.em.fork(), config.SUARA_SECRET);
  return {
    config,
    orm,
    secrets,
    limits: {
      login: createRateLimit(orm, 'login', 20, 15 * 60, true),
      submit: createRateLimit(orm, 'submit', config.SUARA_SUBMIT_RATE_LIMIT, 3600),
      proofOfWorkOnce: createRateLimit(orm, 'pow', 1, 3600),
      report: createRateLimit(orm, 'report', 30, 3600),
    },
  };
}
