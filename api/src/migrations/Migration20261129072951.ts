import { Migration } from '@mikro-orm/migrations';

export class Migration20261129072951 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "open_data_row" ("id" uuid not null, "created_at" timestamptz not null, "region_id" uuid not null, "unit_id" uuid not null, "service_id" uuid not null, "period_key" varchar(10) not null, "period_from" date not null, "period_to" date not null, "version" int not null, "published_at" timestamptz not null, "response_count" int not null, "late_responses" int null, "ikm" double precision null, "grade" varchar(1) null, "sum_persyaratan" int not null, "sum_sistem_mekanisme_prosedur" int not null, "sum_waktu_penyelesaian" int not null, "sum_biaya_tarif" int not null, "sum_produk_spesifikasi" int not null, "sum_kompetensi_pelaksana" int not null, "sum_perilaku_pelaksana" int not null, "sum_penanganan_pengaduan" int not null, "sum_sarana_prasarana" int not null, constraint "open_data_row_pkey" primary key ("id"));`);
    this.addSql(`create index "open_data_row_region_id_period_key_index" on "open_data_row" ("region_id", "period_key");`);
    this.addSql(`create index "open_data_row_unit_id_index" on "open_data_row" ("unit_id");`);
    this.addSql(`alter table "open_data_row" add constraint "open_data_row_service_id_period_key_version_unique" unique ("service_id", "period_key", "version");`);

    this.addSql(`alter table "open_data_row" add constraint "open_data_row_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "open_data_row" add constraint "open_data_row_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "open_data_row" add constraint "open_data_row_service_id_foreign" foreign key ("service_id") references "public_service" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "open_data_row" cascade;`);
  }

}
