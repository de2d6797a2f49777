import type { EntityManager } from '@mikro-orm/postgresql';
import { ServiceUnavailableError } from '../common/errors.js';
import type { Viewer } from '../modules/identity/index.js';
import type { CatalogSnapshot } from '../modules/catalog/index.js';
import type { Lang } from './request-scope.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { AppServices } from '../app-services.js';

/**
 * What every resolver receives, built once per request (server.ts). The EntityManager fork and the
 * DataLoaders are made on first use: most public reads are answered from the catalogue and the read
 * cache and never need either (decision record 0008).
 */
export class Context {
  private forked: EntityManager | null = null;
  private builtLoaders: Loaders | null = null;
  private expired = false;

  constructor(
    readonly app: AppServices,
    readonly viewer: Viewer | null,
    readonly requestId: string,
    readonly lang: Lang,
    readonly client: {
      /** The caller's network address as the API sees it (proxy-aware, server.ts). */
      ip: string;
      userAgent: string;
      /** The X-Kiosk-Token header: a registered counter kiosk (modules/kiosks); null without it. */
      kioskToken: string | null;
    },
    em?: EntityManager,
  ) {
    this.forked = em ?? null;
  }

  /** A fork of the ORM's EntityManager for this request only (STYLE.md, 4). */
  get em(): EntityManager {
    if (this.expired) throw new ServiceUnavailableError();
    return (this.forked ??= this.app.orm.em.fork());
  }

  /**
   * The client already has its answer (the request ran out of time, server.ts): what is still
   * running gets no more database work. A statement in flight finishes.
   */
  expire(): void {
    this.expired = true;
  }

  get loaders(): Loaders {
    return (this.builtLoaders ??= createLoaders(this));
  }

  /** Regions, units and services as this process holds them (modules/catalog). */
  catalog(): Promise<CatalogSnapshot> {
    return this.app.catalog.get(() => this.em);
  }
}
