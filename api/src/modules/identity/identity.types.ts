import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../../common/enums.js';

@ObjectType('RoleGrant', { description: 'A role and the region or unit it covers (none for ADMIN).' })
export class RoleGrantType {
  @Field(() => Role)
  role!: Role;

  regionId!: string | null;
  unitId!: string | null;
}

@ObjectType({ description: 'A staff member who signs in (never a citizen).' })
export class StaffUser {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [RoleGrantType])
  roles!: RoleGrantType[];
}

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`; valid for 12 hours.' })
  token!: string;

  @Field(() => StaffUser)
  user!: StaffUser;
}
