import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Connection } from '../../graphql/connection.js';
import { StaffUser } from '../identity/index.js';
import { AdminEntityType } from './admin-audit.entity.js';

registerEnumType(AdminEntityType, { name: 'AdminEntityType', description: 'What an admin change touched.' });

@ObjectType({ description: 'A new temporary password, shown once: the owner must change it at their first sign-in.' })
export class TemporaryPassword {
  @Field(() => StaffUser)
  user!: StaffUser;

  @Field(() => String, { description: 'Hand it to the person over a safe channel; it is never shown again.' })
  temporaryPassword!: string;
}

@ObjectType({ description: 'Who made an admin change.', simpleResolvers: true })
export class AuditActor {
  @Field(() => String, { description: 'The admin’s name, or "Sistem" for the command line (`pnpm suara user:create`).' })
  name!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;
}

// Named AdminAuditEntry in the schema; the class name is taken by the entity.
@ObjectType('AdminAuditEntry', { description: 'One change an admin made, with the changed fields before and after. The log cannot be edited.', simpleResolvers: true })
export class AdminAuditEntryType {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => AuditActor)
  actor!: AuditActor;

  @Field(() => String, { description: 'e.g. CREATE_STAFF_ACCOUNT, RESET_STAFF_PASSWORD, GRANT_ROLE, UPDATE_SERVICE.' })
  action!: string;

  @Field(() => AdminEntityType)
  entityType!: AdminEntityType;

  @Field(() => ID)
  entityId!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The entity’s fields before the change; null when it was created.' })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  after!: Record<string, unknown> | null;
}

export const StaffUserConnection = Connection(StaffUser, 'StaffUser');
export const AdminAuditEntryConnection = Connection(AdminAuditEntryType, 'AdminAuditEntry');
