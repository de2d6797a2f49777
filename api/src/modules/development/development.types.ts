import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('TrainingPartner', { description: 'Who delivers a program with the region: a university, an NGO, a firm or another agency / Mitra pelatihan.' })
export class TrainingPartnerType {
  @Field(() => String, { description: 'Name of the partner organisation / Nama lembaga mitra.' })
  name!: string;

  @Field(() => String, { description: 'UNIVERSITY, NGO, PRIVATE or AGENCY / Perguruan tinggi, LSM, swasta atau instansi.' })
  kind!: string;
}

/**
 * A development program as HR sees it. Programs carry no personal data, so a program its region
 * marks as shared is shown to HR of every region with its partner, its measured impact and the
 * owning BKPSDM office as contact (an office, never a person).
 */
@ObjectType('TrainingProgram', { description: 'A development program (Peraturan LAN 10/2018) / Program pengembangan kompetensi.' })
export class TrainingProgramType {
  @Field(() => ID, { description: 'Stable identifier / Pengenal tetap.' })
  id!: string;

  @Field(() => String, { description: 'Title of the program / Judul program.' })
  title!: string;

  @Field(() => String, { description: 'What participants learn / Uraian program.' })
  description!: string;

  @Field(() => String, { description: 'KLASIKAL or NON_KLASIKAL / Klasikal atau nonklasikal.' })
  mode!: string;

  @Field(() => String, {
    description: 'Form per Peraturan LAN 10/2018, e.g. BIMBINGAN_TEKNIS, COACHING, MAGANG / Bentuk pengembangan menurut Peraturan LAN 10/2018.',
  })
  form!: string;

  @Field(() => Int, { description: 'Learning hours (JP, 45 minutes each) a participant earns / JP (45 menit) yang diperoleh peserta.' })
  jp!: number;

  @Field(() => Boolean, { description: 'Offered to other regions by its own (inter-agency sharing) / Dibagikan ke daerah lain.' })
  shared!: boolean;

  @Field(() => TrainingPartnerType, { nullable: true, description: 'Who delivers it with the region; null for the region alone / Mitra penyelenggara; null bila daerah sendiri.' })
  partner!: TrainingPartnerType | null;

  @Field(() => String, {
    description: 'Whom to ask about it: the owning region’s BKPSDM office (an office, never a person) / BKPSDM pemilik program, untuk dihubungi.',
  })
  ownerOffice!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'The largest measured change (after − before, on the 1–4 scale) of linked element scores in any unit that completed it, ' +
      'counting only windows with at least 5 responses on each side (see trainingImpact); null when not measured / Dampak terukur terbesar.',
  })
  measuredImpact!: number | null;

  regionId!: string;
  competencyIds!: string[];
}
