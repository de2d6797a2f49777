import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, NotFoundError } from '../../common/errors.js';
import { Role } from '../../common/enums.js';
import { sql, type SqlQuery } from '../../common/sql.js';
import type { Context } from '../../graphql/context.js';
import { authorize, type Viewer } from '../identity/index.js';
import { foldForSearch } from '../services/index.js';
import { AdminEntityType } from './admin-audit.entity.js';
import { recordAudit } from './audit.js';
import type { SearchSynonymType } from './search-synonym.types.js';
import { Problems } from './validation.js';

interface SynonymRow {
  id: string;
  term: string;
  expansion: string;
  built_in: boolean;
}

const rows = <T>(em: EntityManager, q: SqlQuery) => em.execute<T[]>(q.text, q.params);
const toType = (r: SynonymRow): SearchSynonymType => ({ id: r.id, term: r.term, expansion: r.expansion, builtIn: r.built_in });
const snapshot = (r: SynonymRow) => ({ term: r.term, expansion: r.expansion });

/**
 * The synonym list of the service search (decision record 0037), for admins. Terms and expansions are
 * stored folded as the search folds what citizens type, so "KK" and "kk" are one term. Changes are
 * audited, and the database's NOTIFY refreshes every replica's catalogue, which holds the list.
 */
export class SearchSynonymAdminService {
  constructor(private readonly ctx: Context) {}

  private async admin(): Promise<Viewer> {
    return authorize(this.ctx.viewer, await this.ctx.catalog(), [Role.ADMIN], {});
  }

  async list(): Promise<SearchSynonymType[]> {
    await this.admin();
    const found = await rows<SynonymRow>(this.ctx.em, sql`select id, term, expansion, built_in from search_synonym order by term, expansion`);
    return found.map(toType);
  }

  async add(termInput: string, expansionInput: string): Promise<SearchSynonymType> {
    const admin = await this.admin();
    const problems = new Problems();
    const term = foldForSearch(problems.text('term', termInput, { min: 1, max: 40 }, { id: 'Istilah', en: 'The term' }) ?? '');
    const expansion = foldForSearch(problems.text('expansion', expansionInput, { min: 1, max: 120 }, { id: 'Padanan', en: 'The meaning' }) ?? '');
    problems.throwIfAny();
    if (term.length < 2) problems.add('term', { id: 'Istilah minimal 2 huruf atau angka.', en: 'The term needs at least 2 letters or digits.' });
    else if (term.split(' ').length > 3) problems.add('term', { id: 'Istilah paling banyak tiga kata.', en: 'The term has at most three words.' });
    if (expansion.length < 2) problems.add('expansion', { id: 'Padanan minimal 2 huruf atau angka.', en: 'The meaning needs at least 2 letters or digits.' });
    else if (expansion === term) problems.add('expansion', { id: 'Padanan sama dengan istilahnya.', en: 'The meaning is the term itself.' });
    problems.throwIfAny();
    const created = await this.ctx.em.transactional(async (tx) => {
      const [row] = await rows<SynonymRow>(
        tx,
        sql`insert into search_synonym (id, created_at, term, expansion, built_in) values (gen_random_uuid(), now(), ${term}, ${expansion}, false)
            on conflict (term, expansion) do nothing returning id, term, expansion, built_in`,
      );
      if (!row) throw new ConflictError({ id: `"${term}" sudah berpadanan "${expansion}".`, en: `"${term}" already stands for "${expansion}".` });
      await recordAudit(tx, { actorId: admin.accountId, action: 'ADD_SEARCH_SYNONYM', entityType: AdminEntityType.SEARCH_SYNONYM, entityId: row.id, before: null, after: snapshot(row) });
      return row;
    });
    this.ctx.app.catalog.invalidate();
    return toType(created);
  }

  async remove(id: string): Promise<boolean> {
    const admin = await this.admin();
    const problems = new Problems();
    const synonymId = problems.id('id', id);
    problems.throwIfAny();
    await this.ctx.em.transactional(async (tx) => {
      const [row] = await rows<SynonymRow>(tx, sql`delete from search_synonym where id = ${synonymId}::uuid returning id, term, expansion, built_in`);
      if (!row) throw new NotFoundError({ id: 'Padanan kata tidak ditemukan.', en: 'Synonym not found.' });
      await recordAudit(tx, { actorId: admin.accountId, action: 'REMOVE_SEARCH_SYNONYM', entityType: AdminEntityType.SEARCH_SYNONYM, entityId: row.id, before: snapshot(row), after: null });
    });
    this.ctx.app.catalog.invalidate();
    return true;
  }
}
