import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, PageArgs } from '../../graphql/connection.js';
import { DataDeletionChannel, DataDeletionStatus } from './data-deletion-request.entity.js';

registerEnumType(DataDeletionStatus, {
  name: 'DataDeletionStatus',
  description: 'Where a request to erase a rating’s personal data stands / Status permintaan hapus data pribadi.',
});
registerEnumType(DataDeletionChannel, {
  name: 'DataDeletionChannel',
  description: 'How the request came: the tracking page, or a letter or e-mail entered by staff / Jalur permintaan.',
});

@ObjectType({
  description: 'What the holder of a receipt code may see about their request to erase personal data / Status permintaan hapus data bagi pemegang kode.',
  simpleResolvers: true,
})
export class DataDeletionState {
  @Field(() => DataDeletionStatus)
  status!: DataDeletionStatus;

  @Field(() => Date)
  requestedAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'REJECTED: why, in the words of the staff member who decided.' })
  rejectReason!: string | null;
}

@ObjectType({
  description: 'What the public privacy notice (/privasi in the portal) states from this installation’s settings / Isi pemberitahuan privasi dari pengaturan instalasi.',
  simpleResolvers: true,
})
export class PrivacyNotice {
  @Field(() => Int, {
    description: 'Months after which a rating’s contact and address hashes are erased (SUARA_RETENTION_MONTHS, decision record 0034) / Bulan sebelum kontak dan jejak alamat dihapus.',
  })
  retentionMonths!: number;
}

@ObjectType({ description: 'A staff member, as a deletion request names them.', simpleResolvers: true })
export class DataDeletionStaff {
  @Field(() => String)
  name!: string;
}

@ObjectType({
  description: 'A request to erase a rating’s personal data, for the moderators of its region (MODERATOR, ADMIN) / Permintaan hapus data pribadi.',
  simpleResolvers: true,
})
export class DataDeletionRequestType {
  @Field(() => ID)
  id!: string;

  @Field(() => DataDeletionStatus)
  status!: DataDeletionStatus;

  @Field(() => DataDeletionChannel)
  channel!: DataDeletionChannel;

  @Field(() => Date)
  requestedAt!: Date;

  @Field(() => String, { description: 'The rating’s receipt code, to match a letter or e-mail against.' })
  receiptCode!: string;

  @Field(() => ID, { description: 'The rating (its scores stay, as anonymous counts).' })
  feedbackId!: string;

  @Field(() => Date)
  submittedAt!: Date;

  serviceId!: string;

  @Field(() => String, { nullable: true, description: 'Why, in the requester’s words; erased when the request is confirmed and after the retention period.' })
  reason!: string | null;

  @Field(() => [String], {
    description: 'PENDING: which kinds of personal data the rating still holds (names only, never the data): contact, comment, respondentProfile, addressHashes.',
  })
  heldFields!: string[];

  @Field(() => DataDeletionStaff, { nullable: true, description: 'STAFF channel: who entered it.' })
  requestedBy!: DataDeletionStaff | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => DataDeletionStaff, { nullable: true })
  decidedBy!: DataDeletionStaff | null;

  @Field(() => String, { nullable: true })
  rejectReason!: string | null;

  @Field(() => [String], { nullable: true, description: 'CONFIRMED: the fields that held data and were erased (names only).' })
  erasedFields!: string[] | null;
}

@ObjectType()
export class DataDeletionRequestConnection extends Connection(DataDeletionRequestType, 'DataDeletionRequest') {}

@ArgsType()
export class DataDeletionRequestsArgs extends PageArgs {
  @Field(() => String)
  regionSlug!: string;

  @Field(() => DataDeletionStatus, { nullable: true, description: 'Only requests in this state; every state when omitted.' })
  status?: DataDeletionStatus | null;
}
