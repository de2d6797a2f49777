import { BeforeCreate, BeforeUpdate, Entity, Enum, Index, ManyToOne, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { BadInputError } from '../../common/errors.js';
import { parseNip } from './nip.js';
import { BaseEntity } from '../../common/base.entity.js';
import { EmploymentType } from '../../common/enums.js';
import { Region, Unit } from '../geography/index.js';
import { Position } from './position.entity.js';

/**
 * A civil servant (ASN). Personal data: only HR of the region (and ADMIN) may read it.
 * The NIP is checked by `parseNip` (nip.ts) before it is stored; birth date, TMT and sex are the
 * NIP's own parts, kept as columns so HR can filter on them.
 */
@Entity({ tableName: 'employee' })
export class Employee extends BaseEntity {
  @Property({ type: 'string', length: 18 })
  @Unique()
  nip!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @ManyToOne({ entity: () => Region, ref: true, deleteRule: 'restrict' })
  @Index()
  region!: Ref<Region>;

  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'restrict' })
  @Index()
  unit!: Ref<Unit>;

  @ManyToOne({ entity: () => Position, ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  position: Ref<Position> | null = null;

  @Enum({ items: () => EmploymentType, type: 'string' })
  employmentType!: EmploymentType;

  @Property({ type: 'date' })
  birthDate!: string;

  /** TMT (appointment) year and month, `YYYY-MM`. */
  @Property({ type: 'string', length: 7 })
  tmt!: string;

  /** 1 = male, 2 = female: the NIP's sex digit. */
  @Property({ type: 'smallint', check: 'sex = ANY (ARRAY[1, 2])' })
  sex!: number;

  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  /**
   * Every write path goes through here: an NIP that breaks a rule of GLOSSARY.md is refused, and the
   * birth date, TMT and sex columns are always the NIP's own parts.
   */
  @BeforeCreate()
  @BeforeUpdate()
  checkNip(): void {
    const parsed = parseNip(this.nip);
    if (!parsed.ok) {
      const first = parsed.problems[0]!;
      throw new BadInputError(first, parsed.problems.map((message) => ({ field: 'nip', message })));
    }
    this.nip = parsed.nip;
    this.birthDate = parsed.birthDate;
    this.tmt = parsed.tmt;
    this.sex = parsed.sex;
  }
}
