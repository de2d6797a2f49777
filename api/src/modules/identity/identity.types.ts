import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../../common/enums.js';

@ObjectType('RoleGrant', { description: 'A role and the region or unit it covers (none for ADMIN).' })
export class RoleGrantType {
  @Field(() => ID, { description: 'The grant, for `revokeRole(grantId:)`.' })
  id!: string;

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

  @Field(() => Boolean, { description: 'False once an admin deactivates the account: it can no longer sign in.' })
  active!: boolean;

  @Field(() => Boolean, {
    description:
      'True after an admin created the account or reset its password: until the owner calls `changePassword`, ' +
      'every operation but `me`, `changePassword` and `logout` answers FORBIDDEN with `extensions.reason = "PASSWORD_CHANGE_REQUIRED"`.',
  })
  mustChangePassword!: boolean;

  @Field(() => Date, { nullable: true, description: 'The last successful sign-in (or password change).' })
  lastLoginAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`; valid until `expiresAt` (12 hours) unless the session ends first.' })
  token!: string;

  @Field(() => Date, { description: 'When the token and its session end.' })
  expiresAt!: Date;

  @Field(() => StaffUser)
  user!: StaffUser;
}
