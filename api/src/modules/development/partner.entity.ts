import { Entity, Enum, Index, ManyToOne, Property, type Ref, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { PartnerKind } from '../../common/enums.js';
import { Region } from '../geography/index.js';

/** Who delivers a program with the region: a university, an NGO, a firm or another agency. */
@Entity({ tableName: 'partner' })
export class Partner extends BaseEntity {
  @ManyToOne({ entity: () => Region, ref: true, deleteRule: 'restrict' })
  @Index()
  region!: Ref<Region>;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Enum({ items: () => PartnerKind, type: 'string' })
  kind!: PartnerKind;

  @Property({ type: 'text', default: '' })
  description: Opt<string> = '';
}
