import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import type { Secrets } from './modules/identity/secrets.js';

/** Long-lived parts shared by all requests of one API process. */
export interface AppServices {
  config: Config;
  orm: MikroORM;
  secrets: Secrets;
}
