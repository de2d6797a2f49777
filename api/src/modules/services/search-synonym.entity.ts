import { Entity, Index, Property, Unique, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';

/**
 * One way citizens write what a service calls otherwise: `term` (what they type, folded, one to three
 * words) stands for `expansion` (words found in service names). A term may have several expansions
 * (IMB → persetujuan bangunan gedung, and izin mendirikan bangunan). Admins extend the list; the
 * default rows (`builtIn`) come from migration 20261129160000.
 */
@Entity({ tableName: 'search_synonym' })
@Unique({ properties: ['term', 'expansion'] })
export class SearchSynonym extends BaseEntity {
  @Property({ type: 'string', length: 40 })
  term!: string;

  @Property({ type: 'string', length: 120 })
  expansion!: string;

  @Property({ type: 'boolean', default: false })
  builtIn: Opt<boolean> = false;
}

/**
 * Every word of every service's search text, rebuilt by the database whenever services or synonyms
 * change (migration 20261129160000): what "did you mean" compares a misspelt word with (pg_trgm).
 * Written only by that trigger; read by the search.
 */
@Entity({ tableName: 'search_word' })
@Index({ name: 'search_word_trgm', expression: 'create index "search_word_trgm" on "search_word" using gin ("word" gin_trgm_ops) with (fastupdate = off)' })
export class SearchWord {
  @Property({ type: 'string', length: 60, primary: true })
  word!: string;

  @Property({ type: 'integer', default: 0 })
  documents: Opt<number> = 0;
}
