import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { FeedbackChannel, ModerationStatus } from '../../common/enums.js';
import { Region } from '../geography/index.js';
import { PublicService } from '../services/index.js';
import { KioskDevice } from '../kiosks/index.js';

/**
 * One SKM response: nine element scores (1–4, facts/SKM.md), an optional comment held for moderation,
 * an optional respondent profile, an optional private contact. The scores are columns, not JSON, so
 * that rollups and recomputations are plain SQL sums.
 */
@Entity({ tableName: 'feedback' })
@Index({ properties: ['service', 'submittedAt'] })
@Index({ properties: ['region', 'moderationStatus', 'submittedAt'] })
@Index({ properties: ['kioskDevice', 'createdAt'] })
// An officer's inbox: a unit's published comments in order of publication (answers module).
@Index({
  name: 'feedback_inbox_index',
  expression: `create index "feedback_inbox_index" on "feedback" ("service_id", "published_at") where "moderation_status" = 'PUBLISHED' and "comment" is not null`,
})
// The retention sweep (privacy module, decision record 0034): only rows still holding personal data,
// oldest first, so a sweep reads what it erases and the index shrinks as it works.
@Index({
  name: 'feedback_retention_index',
  expression: `create index "feedback_retention_index" on "feedback" ("submitted_at") where "contact" is not null or "client_hash" is not null or "device_hash" is not null`,
})
export class Feedback extends BaseEntity {
  @ManyToOne({ entity: () => PublicService, ref: true, deleteRule: 'restrict' })
  service!: Ref<PublicService>;

  /** The service's region, kept here so a moderator's queue is one index range. */
  @ManyToOne({ entity: () => Region, ref: true, deleteRule: 'restrict' })
  region!: Ref<Region>;

  @Property({ type: 'datetime' })
  submittedAt: Opt<Date> = new Date();

  @Property({ type: 'smallint', check: '(score_persyaratan >= 1) AND (score_persyaratan <= 4)' })
  scorePersyaratan!: number;

  @Property({ type: 'smallint', check: '(score_sistem_mekanisme_prosedur >= 1) AND (score_sistem_mekanisme_prosedur <= 4)' })
  scoreSistemMekanismeProsedur!: number;

  @Property({ type: 'smallint', check: '(score_waktu_penyelesaian >= 1) AND (score_waktu_penyelesaian <= 4)' })
  scoreWaktuPenyelesaian!: number;

  @Property({ type: 'smallint', check: '(score_biaya_tarif >= 1) AND (score_biaya_tarif <= 4)' })
  scoreBiayaTarif!: number;

  @Property({ type: 'smallint', check: '(score_produk_spesifikasi >= 1) AND (score_produk_spesifikasi <= 4)' })
  scoreProdukSpesifikasi!: number;

  @Property({ type: 'smallint', check: '(score_kompetensi_pelaksana >= 1) AND (score_kompetensi_pelaksana <= 4)' })
  scoreKompetensiPelaksana!: number;

  @Property({ type: 'smallint', check: '(score_perilaku_pelaksana >= 1) AND (score_perilaku_pelaksana <= 4)' })
  scorePerilakuPelaksana!: number;

  @Property({ type: 'smallint', check: '(score_penanganan_pengaduan >= 1) AND (score_penanganan_pengaduan <= 4)' })
  scorePenangananPengaduan!: number;

  @Property({ type: 'smallint', check: '(score_sarana_prasarana >= 1) AND (score_sarana_prasarana <= 4)' })
  scoreSaranaPrasarana!: number;

  /** As the citizen wrote it. Public only once PUBLISHED, and then as `redactedComment` if set. */
  @Property({ type: 'text', nullable: true, check: 'char_length(comment) <= 2000' })
  comment: string | null = null;

  /** The text a moderator's REDACT put in place of the original for the public. */
  @Property({ type: 'text', nullable: true })
  redactedComment: string | null = null;

  @Enum({ items: () => ModerationStatus, type: 'string' })
  moderationStatus: Opt<ModerationStatus> = ModerationStatus.PENDING;

  /**
   * When the comment was first published (a moderator's APPROVE). The unit's 5-working-day answer
   * target counts from here (SP4N-LAPOR!); null while it was never public.
   */
  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  /** Spam never counts toward any score (DESIGN.md, Feedback). */
  @Property({ type: 'boolean', default: false })
  spam: Opt<boolean> = false;

  @Property({ type: 'integer', default: 0 })
  reportCount: Opt<number> = 0;

  // Respondent profile asked by the SKM questionnaire (facts/SKM.md); all optional.
  @Property({ type: 'string', length: 20, nullable: true })
  respondentAgeGroup: string | null = null;

  @Property({ type: 'string', length: 1, nullable: true })
  respondentGender: string | null = null;

  @Property({ type: 'string', length: 20, nullable: true })
  respondentEducation: string | null = null;

  @Property({ type: 'string', length: 40, nullable: true })
  respondentOccupation: string | null = null;

  /** Private: seen only by the unit answering, never by any public field. */
  @Property({ type: 'string', length: 200, nullable: true, lazy: true })
  contact: string | null = null;

  /**
   * The language to write to `contact` in when the unit answers (`id` or `en`, the rating form's);
   * null unless the citizen ticked "tell me by e-mail" and the contact looks like an e-mail address.
   */
  @Property({ type: 'string', length: 2, nullable: true, lazy: true })
  notifyLanguage: string | null = null;

  /** Short code the citizen keeps to track the answer (`/lacak/<code>`). */
  @Property({ type: 'string', length: 16 })
  @Unique()
  receiptCode!: string;

  /** Client-chosen key: the same key twice returns the first receipt and stores one row. */
  @Property({ type: 'string', length: 64 })
  @Unique()
  idempotencyKey!: string;

  @Enum({ items: () => FeedbackChannel, type: 'string' })
  channel: Opt<FeedbackChannel> = FeedbackChannel.WEB;

  // Indexed with createdAt (class level): staff see how many ratings each kiosk delivered today.
  @ManyToOne({ entity: () => KioskDevice, ref: true, nullable: true, deleteRule: 'set null' })
  kioskDevice: Ref<KioskDevice> | null = null;

  /** Salted hash of the client's network address: abuse defence only, never shown. */
  @Property({ type: 'string', length: 64, nullable: true, lazy: true })
  @Index()
  clientHash: string | null = null;

  /** Salted hash of the device (user agent or kiosk token). */
  @Property({ type: 'string', length: 64, nullable: true, lazy: true })
  deviceHash: string | null = null;
}
