import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../modules/identity/index.js';
import type { Lang } from './request-scope.js';
import type { Loaders } from './loaders.js';
import type { AppServices } from '../app-services.js';

/** What every resolver receives: built once per request (server.ts). */
export interface Context {
  /** A fork of the ORM's EntityManager for this request only (STYLE.md, 4). */
  em: EntityManager;
  viewer: Viewer | null;
  loaders: Loaders;
  requestId: string;
  lang: Lang;
  client: {
    /** The caller's network address as the API sees it (proxy-aware, server.ts). */
    ip: string;
    userAgent: string;
  };
  app: AppServices;
}
