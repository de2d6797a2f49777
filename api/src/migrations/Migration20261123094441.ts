import { Migration } from '@mikro-orm/migrations';

export class Migration20261123094441 extends Migration {

  override async up(): Promise<void> {
    // Trigram matching backs `services(search:)` ("izin" finds "Perizinan"); pg_trgm is a trusted
    // extension, so a database owner may create it without superuser rights.
    this.addSql(`create extension if not exists pg_trgm;`);

    this.addSql(`create table "instance_secret" ("name" varchar(64) not null, "value" text not null, "created_at" timestamptz not null, constraint "instance_secret_pkey" primary key ("name"));`);

    this.addSql(`create table "region" ("id" uuid not null, "created_at" timestamptz not null, "slug" varchar(64) not null, "name" varchar(200) not null, "province" varchar(200) not null, "kind" text check ("kind" in ('KOTA', 'KABUPATEN')) not null, "time_zone" varchar(64) not null, "proof_of_work_required" boolean not null default false, constraint "region_pkey" primary key ("id"));`);
    this.addSql(`alter table "region" add constraint "region_slug_unique" unique ("slug");`);
    this.addSql(`create index "region_proof_of_work_required_index" on "region" ("proof_of_work_required");`);

    this.addSql(`create table "partner" ("id" uuid not null, "created_at" timestamptz not null, "region_id" uuid not null, "name" varchar(200) not null, "kind" text check ("kind" in ('UNIVERSITY', 'NGO', 'PRIVATE', 'AGENCY')) not null, "description" text not null default '', constraint "partner_pkey" primary key ("id"));`);
    this.addSql(`create index "partner_region_id_index" on "partner" ("region_id");`);

    this.addSql(`create table "competency" ("id" uuid not null, "created_at" timestamptz not null, "code" varchar(64) not null, "name" varchar(200) not null, "kind" text check ("kind" in ('TEKNIS', 'MANAJERIAL', 'SOSIAL_KULTURAL')) not null, "description" text not null default '', "region_id" uuid null, constraint "competency_pkey" primary key ("id"));`);
    this.addSql(`create index "competency_kind_index" on "competency" ("kind");`);
    this.addSql(`create index "competency_region_id_index" on "competency" ("region_id");`);
    this.addSql(`alter table "competency" add constraint "competency_code_unique" unique ("code");`);

    this.addSql(`create table "element_competency_map" ("id" uuid not null, "created_at" timestamptz not null, "region_id" uuid not null, "element" text check ("element" in ('PERSYARATAN', 'SISTEM_MEKANISME_PROSEDUR', 'WAKTU_PENYELESAIAN', 'BIAYA_TARIF', 'PRODUK_SPESIFIKASI', 'KOMPETENSI_PELAKSANA', 'PERILAKU_PELAKSANA', 'PENANGANAN_PENGADUAN', 'SARANA_PRASARANA')) not null, "competency_id" uuid null, "service_technical" boolean not null default false, constraint "element_competency_map_pkey" primary key ("id"), constraint element_competency_map_target check ((competency_id is not null) <> service_technical));`);
    this.addSql(`create index "element_competency_map_competency_id_index" on "element_competency_map" ("competency_id");`);
    this.addSql(`create index "element_competency_map_region_id_element_index" on "element_competency_map" ("region_id", "element");`);
    this.addSql(`alter table "element_competency_map" add constraint "element_competency_map_region_id_element_competency_id_unique" unique ("region_id", "element", "competency_id");`);

    this.addSql(`create table "competency_level" ("id" uuid not null, "created_at" timestamptz not null, "competency_id" uuid not null, "level" smallint not null, "descriptor" text not null, constraint "competency_level_pkey" primary key ("id"), constraint competency_level_level_check check ((level >= 1) AND (level <= 5)));`);
    this.addSql(`alter table "competency_level" add constraint "competency_level_competency_id_level_unique" unique ("competency_id", "level");`);

    this.addSql(`create table "staff_account" ("id" uuid not null, "created_at" timestamptz not null, "email" varchar(254) not null, "name" varchar(200) not null, "password_hash" varchar(255) not null, "active" boolean not null default true, "last_login_at" timestamptz null, constraint "staff_account_pkey" primary key ("id"));`);
    this.addSql(`alter table "staff_account" add constraint "staff_account_email_unique" unique ("email");`);

    this.addSql(`create table "training_program" ("id" uuid not null, "created_at" timestamptz not null, "region_id" uuid not null, "title" varchar(240) not null, "description" text not null default '', "mode" text check ("mode" in ('KLASIKAL', 'NON_KLASIKAL')) not null, "form" text check ("form" in ('PELATIHAN_TEKNIS', 'PELATIHAN_MANAJERIAL', 'BIMBINGAN_TEKNIS', 'WORKSHOP', 'SEMINAR', 'KURSUS', 'COACHING', 'MENTORING', 'E_LEARNING', 'MAGANG', 'PATOK_BANDING', 'DETASERING', 'KOMUNITAS_BELAJAR')) not null, "jp" smallint not null, "partner_id" uuid null, "starts_on" date null, "ends_on" date null, "shared" boolean not null default false, constraint "training_program_pkey" primary key ("id"), constraint training_program_jp_check check (jp > 0));`);
    this.addSql(`create index "training_program_region_id_index" on "training_program" ("region_id");`);
    this.addSql(`create index "training_program_partner_id_index" on "training_program" ("partner_id");`);
    this.addSql(`create index "training_program_shared_index" on "training_program" ("shared");`);

    this.addSql(`create table "training_program_competency" ("program_id" uuid not null, "competency_id" uuid not null, constraint "training_program_competency_pkey" primary key ("program_id", "competency_id"));`);
    this.addSql(`create index "training_program_competency_competency_id_index" on "training_program_competency" ("competency_id");`);

    this.addSql(`create table "unit" ("id" uuid not null, "created_at" timestamptz not null, "region_id" uuid not null, "parent_id" uuid null, "slug" varchar(80) not null, "name" varchar(200) not null, "abbreviation" varchar(40) null, "kind" text check ("kind" in ('SEKRETARIAT', 'DINAS', 'BADAN', 'KECAMATAN', 'KELURAHAN', 'PUSKESMAS', 'RSUD', 'UPT')) not null, constraint "unit_pkey" primary key ("id"));`);
    this.addSql(`create index "unit_region_id_index" on "unit" ("region_id");`);
    this.addSql(`create index "unit_parent_id_index" on "unit" ("parent_id");`);
    this.addSql(`alter table "unit" add constraint "unit_region_id_slug_unique" unique ("region_id", "slug");`);

    this.addSql(`create table "role_grant" ("id" uuid not null, "created_at" timestamptz not null, "account_id" uuid not null, "role" text check ("role" in ('ADMIN', 'MODERATOR', 'UNIT_OFFICER', 'HR', 'MAYOR')) not null, "region_id" uuid null, "unit_id" uuid null, constraint "role_grant_pkey" primary key ("id"));`);
    this.addSql(`create index "role_grant_region_id_index" on "role_grant" ("region_id");`);
    this.addSql(`create index "role_grant_unit_id_index" on "role_grant" ("unit_id");`);
    this.addSql(`create index "role_grant_account_id_role_index" on "role_grant" ("account_id", "role");`);

    this.addSql(`create table "public_service" ("id" uuid not null, "created_at" timestamptz not null, "slug" varchar(120) not null, "region_id" uuid not null, "unit_id" uuid not null, "name" varchar(200) not null, "description" text not null, "category" text check ("category" in ('PERIZINAN', 'KEPENDUDUKAN', 'KESEHATAN', 'PENDIDIKAN', 'INFRASTRUKTUR', 'SOSIAL', 'LINGKUNGAN', 'PERHUBUNGAN', 'ADMINISTRASI')) not null, "channel" text check ("channel" in ('OFFLINE', 'ONLINE', 'HYBRID')) not null, "requirements" text not null default '', "promised_days" int not null, "fee_rupiah" int not null default 0, "expected_annual_users" int not null, "search_text" text not null, constraint "public_service_pkey" primary key ("id"));`);
    this.addSql(`alter table "public_service" add constraint "public_service_slug_unique" unique ("slug");`);
    this.addSql(`create index "public_service_region_id_index" on "public_service" ("region_id");`);
    this.addSql(`create index "public_service_unit_id_index" on "public_service" ("unit_id");`);
    this.addSql(`create index "public_service_category_index" on "public_service" ("category");`);
    this.addSql(`create index "public_service_search_text_trgm" on "public_service" using gin ("search_text" gin_trgm_ops);`);
    this.addSql(`create index "public_service_region_id_category_index" on "public_service" ("region_id", "category");`);

    this.addSql(`create table "public_service_technical_competency" ("service_id" uuid not null, "competency_id" uuid not null, constraint "public_service_technical_competency_pkey" primary key ("service_id", "competency_id"));`);
    this.addSql(`create index "public_service_technical_competency_competency_id_index" on "public_service_technical_competency" ("competency_id");`);

    this.addSql(`create table "satisfaction_daily" ("service_id" uuid not null, "day" date not null, "region_id" uuid not null, "unit_id" uuid not null, "response_count" int not null default 0, "sum_persyaratan" int not null default 0, "sum_sistem_mekanisme_prosedur" int not null default 0, "sum_waktu_penyelesaian" int not null default 0, "sum_biaya_tarif" int not null default 0, "sum_produk_spesifikasi" int not null default 0, "sum_kompetensi_pelaksana" int not null default 0, "sum_perilaku_pelaksana" int not null default 0, "sum_penanganan_pengaduan" int not null default 0, "sum_sarana_prasarana" int not null default 0, "low_persyaratan" int not null default 0, "low_sistem_mekanisme_prosedur" int not null default 0, "low_waktu_penyelesaian" int not null default 0, "low_biaya_tarif" int not null default 0, "low_produk_spesifikasi" int not null default 0, "low_kompetensi_pelaksana" int not null default 0, "low_perilaku_pelaksana" int not null default 0, "low_penanganan_pengaduan" int not null default 0, "low_sarana_prasarana" int not null default 0, constraint "satisfaction_daily_pkey" primary key ("service_id", "day"));`);
    this.addSql(`create index "satisfaction_daily_unit_id_day_index" on "satisfaction_daily" ("unit_id", "day");`);
    this.addSql(`create index "satisfaction_daily_region_id_day_index" on "satisfaction_daily" ("region_id", "day");`);

    this.addSql(`create table "forum_thread" ("id" uuid not null, "created_at" timestamptz not null, "service_id" uuid not null, "region_id" uuid not null, "title" varchar(200) not null, "author_name" varchar(80) not null, "last_activity_at" timestamptz not null, "locked" boolean not null default false, constraint "forum_thread_pkey" primary key ("id"));`);
    this.addSql(`create index "forum_thread_region_id_index" on "forum_thread" ("region_id");`);
    this.addSql(`create index "forum_thread_service_id_last_activity_at_index" on "forum_thread" ("service_id", "last_activity_at");`);

    this.addSql(`create table "position" ("id" uuid not null, "created_at" timestamptz not null, "unit_id" uuid not null, "title" varchar(200) not null, "kind" text check ("kind" in ('STRUKTURAL', 'FUNGSIONAL', 'PELAKSANA')) not null, constraint "position_pkey" primary key ("id"));`);
    this.addSql(`create index "position_unit_id_index" on "position" ("unit_id");`);

    this.addSql(`create table "competency_requirement" ("id" uuid not null, "created_at" timestamptz not null, "position_id" uuid not null, "competency_id" uuid not null, "required_level" smallint not null, constraint "competency_requirement_pkey" primary key ("id"), constraint competency_requirement_required_level_check check ((required_level >= 1) AND (required_level <= 5)));`);
    this.addSql(`create index "competency_requirement_competency_id_index" on "competency_requirement" ("competency_id");`);
    this.addSql(`alter table "competency_requirement" add constraint "competency_requirement_position_id_competency_id_unique" unique ("position_id", "competency_id");`);

    this.addSql(`create table "kiosk_device" ("id" uuid not null, "created_at" timestamptz not null, "unit_id" uuid not null, "label" varchar(200) not null, "token_hash" varchar(64) not null, "revoked_at" timestamptz null, "last_seen_at" timestamptz null, constraint "kiosk_device_pkey" primary key ("id"));`);
    this.addSql(`create index "kiosk_device_unit_id_index" on "kiosk_device" ("unit_id");`);
    this.addSql(`alter table "kiosk_device" add constraint "kiosk_device_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "feedback" ("id" uuid not null, "created_at" timestamptz not null, "service_id" uuid not null, "region_id" uuid not null, "submitted_at" timestamptz not null, "score_persyaratan" smallint not null, "score_sistem_mekanisme_prosedur" smallint not null, "score_waktu_penyelesaian" smallint not null, "score_biaya_tarif" smallint not null, "score_produk_spesifikasi" smallint not null, "score_kompetensi_pelaksana" smallint not null, "score_perilaku_pelaksana" smallint not null, "score_penanganan_pengaduan" smallint not null, "score_sarana_prasarana" smallint not null, "comment" text null, "redacted_comment" text null, "moderation_status" text check ("moderation_status" in ('PENDING', 'PUBLISHED', 'HIDDEN', 'SPAM')) not null default 'PENDING', "spam" boolean not null default false, "report_count" int not null default 0, "respondent_age_group" varchar(20) null, "respondent_gender" varchar(1) null, "respondent_education" varchar(20) null, "respondent_occupation" varchar(40) null, "contact" varchar(200) null, "receipt_code" varchar(16) not null, "idempotency_key" varchar(64) not null, "channel" text check ("channel" in ('WEB', 'KIOSK', 'IMPORT')) not null default 'WEB', "kiosk_device_id" uuid null, "client_hash" varchar(64) null, "device_hash" varchar(64) null, constraint "feedback_pkey" primary key ("id"), constraint feedback_score_persyaratan_check check ((score_persyaratan >= 1) AND (score_persyaratan <= 4)), constraint feedback_score_sistem_mekanisme_prosedur_check check ((score_sistem_mekanisme_prosedur >= 1) AND (score_sistem_mekanisme_prosedur <= 4)), constraint feedback_score_waktu_penyelesaian_check check ((score_waktu_penyelesaian >= 1) AND (score_waktu_penyelesaian <= 4)), constraint feedback_score_biaya_tarif_check check ((score_biaya_tarif >= 1) AND (score_biaya_tarif <= 4)), constraint feedback_score_produk_spesifikasi_check check ((score_produk_spesifikasi >= 1) AND (score_produk_spesifikasi <= 4)), constraint feedback_score_kompetensi_pelaksana_check check ((score_kompetensi_pelaksana >= 1) AND (score_kompetensi_pelaksana <= 4)), constraint feedback_score_perilaku_pelaksana_check check ((score_perilaku_pelaksana >= 1) AND (score_perilaku_pelaksana <= 4)), constraint feedback_score_penanganan_pengaduan_check check ((score_penanganan_pengaduan >= 1) AND (score_penanganan_pengaduan <= 4)), constraint feedback_score_sarana_prasarana_check check ((score_sarana_prasarana >= 1) AND (score_sarana_prasarana <= 4)), constraint feedback_comment_check check (char_length(comment) <= 2000));`);
    this.addSql(`alter table "feedback" add constraint "feedback_receipt_code_unique" unique ("receipt_code");`);
    this.addSql(`alter table "feedback" add constraint "feedback_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`create index "feedback_kiosk_device_id_index" on "feedback" ("kiosk_device_id");`);
    this.addSql(`create index "feedback_client_hash_index" on "feedback" ("client_hash");`);
    this.addSql(`create index "feedback_region_id_moderation_status_submitted_at_index" on "feedback" ("region_id", "moderation_status", "submitted_at");`);
    this.addSql(`create index "feedback_service_id_submitted_at_index" on "feedback" ("service_id", "submitted_at");`);

    this.addSql(`create table "official_response" ("id" uuid not null, "created_at" timestamptz not null, "feedback_id" uuid not null, "unit_id" uuid not null, "author_id" uuid null, "body" text not null, "responded_at" timestamptz not null, constraint "official_response_pkey" primary key ("id"), constraint official_response_body_check check ((char_length(body) >= 1) AND (char_length(body) <= 4000)));`);
    this.addSql(`create index "official_response_feedback_id_index" on "official_response" ("feedback_id");`);
    this.addSql(`create index "official_response_unit_id_index" on "official_response" ("unit_id");`);
    this.addSql(`create index "official_response_author_id_index" on "official_response" ("author_id");`);

    this.addSql(`create table "competency_tag" ("id" uuid not null, "created_at" timestamptz not null, "feedback_id" uuid not null, "competency_id" uuid not null, "tagged_by_id" uuid not null, constraint "competency_tag_pkey" primary key ("id"));`);
    this.addSql(`create index "competency_tag_competency_id_index" on "competency_tag" ("competency_id");`);
    this.addSql(`create index "competency_tag_tagged_by_id_index" on "competency_tag" ("tagged_by_id");`);
    this.addSql(`alter table "competency_tag" add constraint "competency_tag_feedback_id_competency_id_unique" unique ("feedback_id", "competency_id");`);

    this.addSql(`create table "forum_post" ("id" uuid not null, "created_at" timestamptz not null, "thread_id" uuid not null, "region_id" uuid not null, "body" text not null, "redacted_body" text null, "author_name" varchar(80) not null, "staff_author_id" uuid null, "official_unit_id" uuid null, "moderation_status" text check ("moderation_status" in ('PENDING', 'PUBLISHED', 'HIDDEN', 'SPAM')) not null default 'PENDING', "report_count" int not null default 0, "client_hash" varchar(64) null, constraint "forum_post_pkey" primary key ("id"), constraint forum_post_body_check check ((char_length(body) >= 1) AND (char_length(body) <= 4000)));`);
    this.addSql(`create index "forum_post_staff_author_id_index" on "forum_post" ("staff_author_id");`);
    this.addSql(`create index "forum_post_official_unit_id_index" on "forum_post" ("official_unit_id");`);
    this.addSql(`create index "forum_post_region_id_moderation_status_created_at_index" on "forum_post" ("region_id", "moderation_status", "created_at");`);
    this.addSql(`create index "forum_post_thread_id_created_at_index" on "forum_post" ("thread_id", "created_at");`);

    this.addSql(`create table "report" ("id" uuid not null, "created_at" timestamptz not null, "item_kind" text check ("item_kind" in ('FEEDBACK_COMMENT', 'FORUM_POST')) not null, "feedback_id" uuid null, "forum_post_id" uuid null, "region_id" uuid not null, "reason" text not null, "status" text check ("status" in ('OPEN', 'RESOLVED')) not null default 'OPEN', "client_hash" varchar(64) null, constraint "report_pkey" primary key ("id"), constraint report_reason_check check ((char_length(reason) >= 1) AND (char_length(reason) <= 1000)));`);
    this.addSql(`create index "report_feedback_id_index" on "report" ("feedback_id");`);
    this.addSql(`create index "report_forum_post_id_index" on "report" ("forum_post_id");`);
    this.addSql(`create index "report_region_id_status_index" on "report" ("region_id", "status");`);

    this.addSql(`create table "moderation_action" ("id" uuid not null, "created_at" timestamptz not null, "item_kind" text check ("item_kind" in ('FEEDBACK_COMMENT', 'FORUM_POST')) not null, "feedback_id" uuid null, "forum_post_id" uuid null, "region_id" uuid not null, "action" text check ("action" in ('APPROVE', 'HIDE', 'RESTORE', 'REDACT', 'MARK_SPAM')) not null, "reason" text null, "redacted_text" text null, "previous_text" text null, "moderator_id" uuid not null, "at" timestamptz not null, constraint "moderation_action_pkey" primary key ("id"));`);
    this.addSql(`create index "moderation_action_feedback_id_index" on "moderation_action" ("feedback_id");`);
    this.addSql(`create index "moderation_action_forum_post_id_index" on "moderation_action" ("forum_post_id");`);
    this.addSql(`create index "moderation_action_moderator_id_index" on "moderation_action" ("moderator_id");`);
    this.addSql(`create index "moderation_action_region_id_at_index" on "moderation_action" ("region_id", "at");`);

    this.addSql(`create table "follow_up_plan" ("id" uuid not null, "created_at" timestamptz not null, "unit_id" uuid not null, "element" text check ("element" in ('PERSYARATAN', 'SISTEM_MEKANISME_PROSEDUR', 'WAKTU_PENYELESAIAN', 'BIAYA_TARIF', 'PRODUK_SPESIFIKASI', 'KOMPETENSI_PELAKSANA', 'PERILAKU_PELAKSANA', 'PENANGANAN_PENGADUAN', 'SARANA_PRASARANA')) not null, "period_start" date not null, "period_end" date not null, "action" text not null, "due_on" date null, "status" text check ("status" in ('PLANNED', 'IN_PROGRESS', 'DONE')) not null default 'PLANNED', "closed_at" timestamptz null, constraint "follow_up_plan_pkey" primary key ("id"));`);
    this.addSql(`create index "follow_up_plan_unit_id_period_start_index" on "follow_up_plan" ("unit_id", "period_start");`);

    this.addSql(`create table "employee" ("id" uuid not null, "created_at" timestamptz not null, "nip" varchar(18) not null, "name" varchar(200) not null, "region_id" uuid not null, "unit_id" uuid not null, "position_id" uuid null, "employment_type" text check ("employment_type" in ('PNS', 'PPPK')) not null, "birth_date" date not null, "tmt" varchar(7) not null, "sex" smallint not null, "active" boolean not null default true, constraint "employee_pkey" primary key ("id"), constraint employee_sex_check check (sex = ANY (ARRAY[1, 2])));`);
    this.addSql(`alter table "employee" add constraint "employee_nip_unique" unique ("nip");`);
    this.addSql(`create index "employee_region_id_index" on "employee" ("region_id");`);
    this.addSql(`create index "employee_unit_id_index" on "employee" ("unit_id");`);
    this.addSql(`create index "employee_position_id_index" on "employee" ("position_id");`);

    this.addSql(`create table "enrolment" ("id" uuid not null, "created_at" timestamptz not null, "employee_id" uuid not null, "program_id" uuid not null, "status" text check ("status" in ('PLANNED', 'ENROLLED', 'COMPLETED', 'CANCELLED')) not null, "completed_on" date null, "jp_earned" smallint not null default 0, constraint "enrolment_pkey" primary key ("id"), constraint enrolment_jp_earned_check check (jp_earned >= 0));`);
    this.addSql(`create index "enrolment_employee_id_index" on "enrolment" ("employee_id");`);
    this.addSql(`create index "enrolment_program_id_status_index" on "enrolment" ("program_id", "status");`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_employee_id_program_id_unique" unique ("employee_id", "program_id");`);

    this.addSql(`create table "assessment" ("id" uuid not null, "created_at" timestamptz not null, "employee_id" uuid not null, "competency_id" uuid not null, "level" smallint not null, "assessed_on" date not null, "method" text check ("method" in ('ASSESSMENT_CENTER', 'UJI_KOMPETENSI', 'SUPERVISOR', 'SELF', 'MULTI_RATER')) not null, constraint "assessment_pkey" primary key ("id"), constraint assessment_level_check check ((level >= 1) AND (level <= 5)));`);
    this.addSql(`create index "assessment_employee_id_index" on "assessment" ("employee_id");`);
    this.addSql(`create index "assessment_competency_id_index" on "assessment" ("competency_id");`);
    this.addSql(`create index "assessment_employee_id_competency_id_assessed_on_index" on "assessment" ("employee_id", "competency_id", "assessed_on");`);

    this.addSql(`alter table "partner" add constraint "partner_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "competency" add constraint "competency_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "element_competency_map" add constraint "element_competency_map_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "element_competency_map" add constraint "element_competency_map_competency_id_foreign" foreign key ("competency_id") references "competency" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "competency_level" add constraint "competency_level_competency_id_foreign" foreign key ("competency_id") references "competency" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "training_program" add constraint "training_program_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "training_program" add constraint "training_program_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "training_program_competency" add constraint "training_program_competency_program_id_foreign" foreign key ("program_id") references "training_program" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "training_program_competency" add constraint "training_program_competency_competency_id_foreign" foreign key ("competency_id") references "competency" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "unit" add constraint "unit_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "unit" add constraint "unit_parent_id_foreign" foreign key ("parent_id") references "unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "role_grant" add constraint "role_grant_account_id_foreign" foreign key ("account_id") references "staff_account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "public_service" add constraint "public_service_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "public_service" add constraint "public_service_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "public_service_technical_competency" add constraint "public_service_technical_competency_service_id_foreign" foreign key ("service_id") references "public_service" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "public_service_technical_competency" add constraint "public_service_technical_competency_competency_id_foreign" foreign key ("competency_id") references "competency" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "satisfaction_daily" add constraint "satisfaction_daily_service_id_foreign" foreign key ("service_id") references "public_service" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "satisfaction_daily" add constraint "satisfaction_daily_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "satisfaction_daily" add constraint "satisfaction_daily_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "forum_thread" add constraint "forum_thread_service_id_foreign" foreign key ("service_id") references "public_service" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "forum_thread" add constraint "forum_thread_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "position" add constraint "position_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "competency_requirement" add constraint "competency_requirement_position_id_foreign" foreign key ("position_id") references "position" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "competency_requirement" add constraint "competency_requirement_competency_id_foreign" foreign key ("competency_id") references "competency" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "kiosk_device" add constraint "kiosk_device_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "feedback" add constraint "feedback_service_id_foreign" foreign key ("service_id") references "public_service" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "feedback" add constraint "feedback_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "feedback" add constraint "feedback_kiosk_device_id_foreign" foreign key ("kiosk_device_id") references "kiosk_device" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "official_response" add constraint "official_response_feedback_id_foreign" foreign key ("feedback_id") references "feedback" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "official_response" add constraint "official_response_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "official_response" add constraint "official_response_author_id_foreign" foreign key ("author_id") references "staff_account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "competency_tag" add constraint "competency_tag_feedback_id_foreign" foreign key ("feedback_id") references "feedback" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "competency_tag" add constraint "competency_tag_competency_id_foreign" foreign key ("competency_id") references "competency" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "competency_tag" add constraint "competency_tag_tagged_by_id_foreign" foreign key ("tagged_by_id") references "staff_account" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "forum_post" add constraint "forum_post_thread_id_foreign" foreign key ("thread_id") references "forum_thread" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "forum_post" add constraint "forum_post_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "forum_post" add constraint "forum_post_staff_author_id_foreign" foreign key ("staff_author_id") references "staff_account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "forum_post" add constraint "forum_post_official_unit_id_foreign" foreign key ("official_unit_id") references "unit" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "report" add constraint "report_feedback_id_foreign" foreign key ("feedback_id") references "feedback" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "report" add constraint "report_forum_post_id_foreign" foreign key ("forum_post_id") references "forum_post" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "report" add constraint "report_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "moderation_action" add constraint "moderation_action_feedback_id_foreign" foreign key ("feedback_id") references "feedback" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "moderation_action" add constraint "moderation_action_forum_post_id_foreign" foreign key ("forum_post_id") references "forum_post" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "moderation_action" add constraint "moderation_action_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "moderation_action" add constraint "moderation_action_moderator_id_foreign" foreign key ("moderator_id") references "staff_account" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "follow_up_plan" add constraint "follow_up_plan_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "employee" add constraint "employee_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "employee" add constraint "employee_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "employee" add constraint "employee_position_id_foreign" foreign key ("position_id") references "position" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "enrolment" add constraint "enrolment_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_program_id_foreign" foreign key ("program_id") references "training_program" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "assessment" add constraint "assessment_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "assessment" add constraint "assessment_competency_id_foreign" foreign key ("competency_id") references "competency" ("id") on update cascade on delete restrict;`);

    // The moderation log is append-only (DESIGN.md): the database itself refuses to change history.
    this.addSql(`create function moderation_action_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'moderation_action is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;`);
    this.addSql(`create trigger moderation_action_no_update_or_delete before update or delete on "moderation_action" for each row execute function moderation_action_append_only();`);
    this.addSql(`create trigger moderation_action_no_truncate before truncate on "moderation_action" for each statement execute function moderation_action_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists moderation_action_no_truncate on "moderation_action";`);
    this.addSql(`drop trigger if exists moderation_action_no_update_or_delete on "moderation_action";`);
    this.addSql(`drop function if exists moderation_action_append_only();`);
    this.addSql(`alter table "partner" drop constraint "partner_region_id_foreign";`);

    this.addSql(`alter table "competency" drop constraint "competency_region_id_foreign";`);

    this.addSql(`alter table "element_competency_map" drop constraint "element_competency_map_region_id_foreign";`);

    this.addSql(`alter table "training_program" drop constraint "training_program_region_id_foreign";`);

    this.addSql(`alter table "unit" drop constraint "unit_region_id_foreign";`);

    this.addSql(`alter table "role_grant" drop constraint "role_grant_region_id_foreign";`);

    this.addSql(`alter table "public_service" drop constraint "public_service_region_id_foreign";`);

    this.addSql(`alter table "satisfaction_daily" drop constraint "satisfaction_daily_region_id_foreign";`);

    this.addSql(`alter table "forum_thread" drop constraint "forum_thread_region_id_foreign";`);

    this.addSql(`alter table "feedback" drop constraint "feedback_region_id_foreign";`);

    this.addSql(`alter table "forum_post" drop constraint "forum_post_region_id_foreign";`);

    this.addSql(`alter table "report" drop constraint "report_region_id_foreign";`);

    this.addSql(`alter table "moderation_action" drop constraint "moderation_action_region_id_foreign";`);

    this.addSql(`alter table "employee" drop constraint "employee_region_id_foreign";`);

    this.addSql(`alter table "training_program" drop constraint "training_program_partner_id_foreign";`);

    this.addSql(`alter table "element_competency_map" drop constraint "element_competency_map_competency_id_foreign";`);

    this.addSql(`alter table "competency_level" drop constraint "competency_level_competency_id_foreign";`);

    this.addSql(`alter table "training_program_competency" drop constraint "training_program_competency_competency_id_foreign";`);

    this.addSql(`alter table "public_service_technical_competency" drop constraint "public_service_technical_competency_competency_id_foreign";`);

    this.addSql(`alter table "competency_requirement" drop constraint "competency_requirement_competency_id_foreign";`);

    this.addSql(`alter table "competency_tag" drop constraint "competency_tag_competency_id_foreign";`);

    this.addSql(`alter table "assessment" drop constraint "assessment_competency_id_foreign";`);

    this.addSql(`alter table "role_grant" drop constraint "role_grant_account_id_foreign";`);

    this.addSql(`alter table "official_response" drop constraint "official_response_author_id_foreign";`);

    this.addSql(`alter table "competency_tag" drop constraint "competency_tag_tagged_by_id_foreign";`);

    this.addSql(`alter table "forum_post" drop constraint "forum_post_staff_author_id_foreign";`);

    this.addSql(`alter table "moderation_action" drop constraint "moderation_action_moderator_id_foreign";`);

    this.addSql(`alter table "training_program_competency" drop constraint "training_program_competency_program_id_foreign";`);

    this.addSql(`alter table "enrolment" drop constraint "enrolment_program_id_foreign";`);

    this.addSql(`alter table "unit" drop constraint "unit_parent_id_foreign";`);

    this.addSql(`alter table "role_grant" drop constraint "role_grant_unit_id_foreign";`);

    this.addSql(`alter table "public_service" drop constraint "public_service_unit_id_foreign";`);

    this.addSql(`alter table "satisfaction_daily" drop constraint "satisfaction_daily_unit_id_foreign";`);

    this.addSql(`alter table "position" drop constraint "position_unit_id_foreign";`);

    this.addSql(`alter table "kiosk_device" drop constraint "kiosk_device_unit_id_foreign";`);

    this.addSql(`alter table "official_response" drop constraint "official_response_unit_id_foreign";`);

    this.addSql(`alter table "forum_post" drop constraint "forum_post_official_unit_id_foreign";`);

    this.addSql(`alter table "follow_up_plan" drop constraint "follow_up_plan_unit_id_foreign";`);

    this.addSql(`alter table "employee" drop constraint "employee_unit_id_foreign";`);

    this.addSql(`alter table "public_service_technical_competency" drop constraint "public_service_technical_competency_service_id_foreign";`);

    this.addSql(`alter table "satisfaction_daily" drop constraint "satisfaction_daily_service_id_foreign";`);

    this.addSql(`alter table "forum_thread" drop constraint "forum_thread_service_id_foreign";`);

    this.addSql(`alter table "feedback" drop constraint "feedback_service_id_foreign";`);

    this.addSql(`alter table "forum_post" drop constraint "forum_post_thread_id_foreign";`);

    this.addSql(`alter table "competency_requirement" drop constraint "competency_requirement_position_id_foreign";`);

    this.addSql(`alter table "employee" drop constraint "employee_position_id_foreign";`);

    this.addSql(`alter table "feedback" drop constraint "feedback_kiosk_device_id_foreign";`);

    this.addSql(`alter table "official_response" drop constraint "official_response_feedback_id_foreign";`);

    this.addSql(`alter table "competency_tag" drop constraint "competency_tag_feedback_id_foreign";`);

    this.addSql(`alter table "report" drop constraint "report_feedback_id_foreign";`);

    this.addSql(`alter table "moderation_action" drop constraint "moderation_action_feedback_id_foreign";`);

    this.addSql(`alter table "report" drop constraint "report_forum_post_id_foreign";`);

    this.addSql(`alter table "moderation_action" drop constraint "moderation_action_forum_post_id_foreign";`);

    this.addSql(`alter table "enrolment" drop constraint "enrolment_employee_id_foreign";`);

    this.addSql(`alter table "assessment" drop constraint "assessment_employee_id_foreign";`);

    this.addSql(`drop table if exists "instance_secret" cascade;`);

    this.addSql(`drop table if exists "region" cascade;`);

    this.addSql(`drop table if exists "partner" cascade;`);

    this.addSql(`drop table if exists "competency" cascade;`);

    this.addSql(`drop table if exists "element_competency_map" cascade;`);

    this.addSql(`drop table if exists "competency_level" cascade;`);

    this.addSql(`drop table if exists "staff_account" cascade;`);

    this.addSql(`drop table if exists "training_program" cascade;`);

    this.addSql(`drop table if exists "training_program_competency" cascade;`);

    this.addSql(`drop table if exists "unit" cascade;`);

    this.addSql(`drop table if exists "role_grant" cascade;`);

    this.addSql(`drop table if exists "public_service" cascade;`);

    this.addSql(`drop table if exists "public_service_technical_competency" cascade;`);

    this.addSql(`drop table if exists "satisfaction_daily" cascade;`);

    this.addSql(`drop table if exists "forum_thread" cascade;`);

    this.addSql(`drop table if exists "position" cascade;`);

    this.addSql(`drop table if exists "competency_requirement" cascade;`);

    this.addSql(`drop table if exists "kiosk_device" cascade;`);

    this.addSql(`drop table if exists "feedback" cascade;`);

    this.addSql(`drop table if exists "official_response" cascade;`);

    this.addSql(`drop table if exists "competency_tag" cascade;`);

    this.addSql(`drop table if exists "forum_post" cascade;`);

    this.addSql(`drop table if exists "report" cascade;`);

    this.addSql(`drop table if exists "moderation_action" cascade;`);

    this.addSql(`drop table if exists "follow_up_plan" cascade;`);

    this.addSql(`drop table if exists "employee" cascade;`);

    this.addSql(`drop table if exists "enrolment" cascade;`);

    this.addSql(`drop table if exists "assessment" cascade;`);
  }

}
