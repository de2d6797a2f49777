import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { NotificationKind, NotificationStatus } from './notification-outbox.entity.js';

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification e-mail reports (decision record 0035) / Jenis pemberitahuan.',
  valuesConfig: {
    COMMENT_PUBLISHED: { description: 'A published comment waits for the unit’s answer / Komentar terbit menunggu jawaban unit.' },
    ANSWER_OVERDUE: { description: 'A comment is past its 5-working-day answer deadline / Komentar melewati tenggat 5 hari kerja.' },
    ANSWER_GIVEN: { description: 'The citizen who asked is told that the unit answered / Warga diberi tahu bahwa unit sudah menjawab.' },
  },
});

registerEnumType(NotificationStatus, {
  name: 'NotificationStatus',
  description: 'Where a notification stands in the outbox / Status pemberitahuan di kotak keluar.',
  valuesConfig: {
    PENDING: { description: 'Waiting to be sent (or retried after a passing failure); stays so while no SMTP_URL is set / Menunggu dikirim.' },
    SENDING: { description: 'Being sent now / Sedang dikirim.' },
    SENT: { description: 'Accepted by the mail server / Diterima server e-mail.' },
    FAILED: { description: 'Refused for good or out of attempts / Gagal permanen.' },
  },
});

@ObjectType('Notification', { simpleResolvers: true, description: 'One e-mail in the outbox / Satu e-mail di kotak keluar.' })
export class NotificationType {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => NotificationStatus)
  status!: NotificationStatus;

  @Field(() => String, {
    nullable: true,
    description:
      'Where it goes: a staff account’s address, or a citizen’s masked (`w•••@example.com`) — the contact stays with the unit answering. Null once erased / Alamat tujuan.',
  })
  recipient!: string | null;

  @Field(() => String, { description: '`id` or `en` / Bahasa e-mail.' })
  language!: string;

  @Field(() => String, { description: 'The mail’s subject, in its language / Subjek e-mail.' })
  subject!: string;

  @Field(() => ID)
  regionId!: string;

  @Field(() => Int, { description: 'Attempts made so far / Jumlah percobaan.' })
  attempts!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due (PENDING, SENDING) / Percobaan berikutnya.' })
  nextAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The last failure: an SMTP reply code or a network error code / Kegagalan terakhir.' })
  lastError!: string | null;
}

export const NotificationConnection = Connection(NotificationType, 'Notification');
