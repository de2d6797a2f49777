import type { EntityManager } from '@mikro-orm/postgresql';
import { SKM_ELEMENTS, AGE_GROUPS, EDUCATION_LEVELS, OCCUPATIONS, type SkmElement } from '@suara/skm';
import {
  AssessmentMethod,
  DevelopmentActivityKind,
  EmploymentType,
  EnrolmentStatus,
  FeedbackChannel,
  ModerationActionKind,
  ModerationItemKind,
  ModerationStatus,
  PartnerKind,
  PositionKind,
  ReportStatus,
  Role,
  TrainingForm,
  TrainingMode,
  UnitKind,
} from '../common/enums.js';
import { Region, Unit } from '../modules/geography/index.js';
import { PublicService, serviceSearchText } from '../modules/services/index.js';
import {
  Feedback,
  FeedbackReason,
  OfficialResponse,
  SCORE_PROPERTY,
  newReceiptCode,
  rebuildRollups,
} from '../modules/feedback/index.js';
import { CompetencyTag, ModerationAction, Report, systemReason } from '../modules/moderation/index.js';
import { ForumPost, ForumThread } from '../modules/forum/index.js';
import {
  Assessment,
  Competency,
  CompetencyLevel,
  CompetencyRequirement,
  DEFAULT_ELEMENT_MAP,
  DevelopmentActivity,
  ElementCompetencyMap,
  Employee,
  Position,
  SERVICE_TECHNICAL,
} from '../modules/competency/index.js';
import { Enrolment, Partner, TrainingProgram } from '../modules/development/index.js';
import { seedNotifications } from './notifications.seed.js';
import { seedReports } from './reports.seed.js';
import { seedPrivacy } from './privacy.seed.js';
import { seedKiosks } from './kiosks.seed.js';
import { RoleGrant, StaffAccount, hashPassword } from '../modules/identity/index.js';
import { Random } from './random.js';
import { seedFollowUp } from './follow-up.seed.js';
import { demoReasons, type DemoReasonRow } from './reasons.seed.js';
import { addWorkingDays, workingDayDeadline } from '../common/working-days.js';
import { MANAGERIAL, SOCIO_CULTURAL, TECHNICAL } from './competencies.data.js';
import { REGIONS, SERVICES, UNITS, type RegionSpec, type ServiceSpec } from './world.data.js';
import { NAMES, POSITION_TITLES, STAFF_NAMES } from './people.data.js';
import * as TEXT from './comments.data.js';
import { createHash } from 'node:crypto';
import { publishDemoOpenData } from './open-data.js';

/** Why invited staff did not take part, as HR hears it (demo enrolments that did not end in completion). */
const DECLINE_REASONS = ['Beban kerja loket sedang tinggi', 'Tidak mendapat izin atasan', 'Bertepatan dengan cuti tahunan', 'Merasa materi sudah dikuasai'];
const NO_SHOW_REASONS = ['Sakit', 'Ada tugas luar mendadak dari pimpinan', 'Anak sakit, harus mendampingi'];
const DROP_REASONS = ['Tidak mendapat izin atasan untuk meninggalkan loket', 'Jadwal bentrok dengan pelayanan keliling', 'Pindah tugas ke unit lain'];

/** A UUID (version 4 layout) derived from a text: deterministic, and no draw from the demo's random stream. */
function derivedUuid(text: string): string {
  const h = createHash('sha256').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * The demo world of CONTRACT.md ("Demo data"): four regions with their units, services, competency
 * dictionary, positions and standards, employees with assessments, partners, training programs and
 * enrolments, staff accounts, and a year of feedback with moderation, answers and forum threads.
 *
 * Deterministic: a fixed seed and the reference day `today` decide every row (ids included), so two
 * machines seeding on the same day get the same world. The year of feedback ends the day before
 * `today`, so the trends always reach the present.
 *
 * Stories a mayor can find (see STORIES): Sawahlunto's licensing office improves after its staff
 * complete the OSS program; Mataram's civil registry improves after a service-excellence course;
 * Kupang's public-works office declines over the last four months; a Mamuju puskesmas draws many
 * complaints about staff behaviour.
 */

export const DEMO_PASSWORD = 'suara-demo';
const SEED = 14_2017; // PermenPANRB 14/2017, the SKM regulation
const DAY_MS = 86_400_000;

/**
 * Who assessed a demo assessment, derived from values already drawn (never a new draw from the random
 * stream, on which the stories depend): the method says who does that kind of assessment.
 */
function demoAssessor(method: AssessmentMethod, regionName: string, unitName: string): string {
  switch (method) {
    case AssessmentMethod.ASSESSMENT_CENTER:
      return 'UPT Penilaian Kompetensi BKN';
    case AssessmentMethod.UJI_KOMPETENSI:
      return `BKPSDM ${regionName}`;
    case AssessmentMethod.SUPERVISOR:
      return `Atasan langsung, ${unitName}`;
    default:
      return `BKPSDM ${regionName}`;
  }
}

export interface DemoOptions {
  /** The reference day `YYYY-MM-DD` (default: today, UTC). */
  today?: string;
  /** Multiplies the number of responses (default 1: about 24,000 in a year). */
  volume?: number;
}

interface Story {
  region: string;
  unit: string;
  kind: 'improved' | 'declined' | 'behaviour';
  /** Day index (0 = first day of the year of feedback) when the change happens. */
  day: number;
  elements: SkmElement[];
  /** Competencies whose gap the story shows (and, for `improved`, the program closes). */
  competencies: string[];
}

export const STORIES: Story[] = [
  {
    region: 'sawahlunto',
    unit: 'dpmptsp',
    kind: 'improved',
    day: 170,
    elements: ['KOMPETENSI_PELAKSANA', 'PRODUK_SPESIFIKASI', 'SISTEM_MEKANISME_PROSEDUR'],
    competencies: ['T-PERIZINAN-OSS', 'T-LAYANAN-DIGITAL'],
  },
  {
    region: 'mataram',
    unit: 'disdukcapil',
    kind: 'improved',
    day: 190,
    elements: ['PERILAKU_PELAKSANA', 'PENANGANAN_PENGADUAN', 'PERSYARATAN'],
    competencies: ['M-PELAYANAN-PUBLIK', 'M-KOMUNIKASI'],
  },
  {
    region: 'kupang',
    unit: 'pupr',
    kind: 'declined',
    day: 245,
    elements: ['WAKTU_PENYELESAIAN', 'PENANGANAN_PENGADUAN', 'KOMPETENSI_PELAKSANA', 'SARANA_PRASARANA'],
    competencies: ['M-ORIENTASI-HASIL', 'T-JALAN-DRAINASE'],
  },
  {
    region: 'mamuju',
    unit: 'puskesmas-1',
    kind: 'behaviour',
    day: 0,
    elements: ['PERILAKU_PELAKSANA', 'PENANGANAN_PENGADUAN'],
    competencies: ['M-PELAYANAN-PUBLIK', 'M-INTEGRITAS'],
  },
];

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** UTC offset in hours of the demo time zones (Indonesia has no daylight saving). */
function utcOffset(timeZone: string): number {
  return timeZone === 'Asia/Jakarta' ? 7 : timeZone === 'Asia/Jayapura' ? 9 : 8;
}

function clampScore(x: number): number {
  return Math.min(4, Math.max(1, Math.round(x)));
}

/** An NIP that `parseNip` accepts: birth date, TMT year-month, sex digit, sequence (GLOSSARY.md). */
function makeNip(rng: Random, used: Set<string>, today: string): { nip: string; birthDate: string; tmt: string; sex: 1 | 2 } {
  const todayYear = Number(today.slice(0, 4));
  for (;;) {
    const year = rng.int(1968, 1998);
    const month = rng.int(1, 12);
    const day = rng.int(1, 28);
    const sex = rng.chance(0.5) ? 1 : 2;
    const tmtYear = Math.min(todayYear - 1, year + rng.int(22, 30));
    const tmtMonth = rng.int(1, 12);
    const seq = rng.int(1, 999);
    const birthDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const tmt = `${tmtYear}-${String(tmtMonth).padStart(2, '0')}`;
    const nip = `${birthDate.replace(/-/g, '')}${tmt.replace('-', '')}${sex}${String(seq).padStart(3, '0')}`;
    if (!used.has(nip)) {
      used.add(nip);
      return { nip, birthDate, tmt, sex };
    }
  }
}

function personName(rng: Random, region: string, sex: 1 | 2): string {
  const pool = NAMES[region]!;
  const given = rng.pick(sex === 1 ? pool.male : pool.female);
  const family = rng.pick(pool.family);
  const prefix = sex === 1 ? pool.malePrefix : pool.femalePrefix;
  return prefix && rng.chance(0.3) ? `${prefix} ${given} ${family}` : `${given} ${family}`;
}

function serviceSlug(region: RegionSpec, spec: ServiceSpec): string {
  const unit = UNITS.find((u) => u.key === spec.unit)!;
  const district = unit.kind === UnitKind.PUSKESMAS ? `-${slugify(unit.name(region).replace('Puskesmas ', ''))}` : '';
  return `${region.slug}-${spec.key.replace(/-puskesmas-\d$/, '')}${district}`;
}

/** How a story bends the mean score of an element on day `d` (0 when it does not apply). */
function storyEffect(story: Story | undefined, element: SkmElement, d: number): number {
  if (!story || !story.elements.includes(element)) return 0;
  switch (story.kind) {
    case 'improved': {
      // Weak before the program; better from its completion, the change taking about a month.
      const progress = Math.min(1, Math.max(0, (d - story.day) / 30));
      return -0.6 + progress * 0.9;
    }
    case 'declined': {
      const progress = Math.min(1, Math.max(0, (d - story.day) / 60));
      return -progress * 0.95;
    }
    case 'behaviour':
      return element === 'PERILAKU_PELAKSANA' ? -1.05 : -0.45;
  }
}

/** Usual offset of each element from a service's base quality (free services score their fee high). */
function elementOffset(element: SkmElement, spec: ServiceSpec): number {
  switch (element) {
    case 'BIAYA_TARIF':
      return spec.feeRupiah === 0 ? 0.65 : 0.05;
    case 'SARANA_PRASARANA':
      return -0.1;
    case 'PENANGANAN_PENGADUAN':
      return -0.15;
    case 'WAKTU_PENYELESAIAN':
      return -0.05;
    default:
      return 0;
  }
}

export async function seedDemoWorld(em: EntityManager, options: DemoOptions = {}): Promise<string> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const volume = options.volume ?? 1;
  const rng = new Random(SEED);
  // Everything added for issue 8's moderation queue draws from its own stream: the draws of `rng`
  // (and so every rating, score and number other tests rely on) stay exactly as they were.
  const queueRng = new Random(SEED + 8);
  /**
   * A second stream for what issue 8 added (more answers, forum threads per unit): drawing from `rng`
   * would shift every later draw and change the demo's scores and counts that tests rely on.
   */
  const answers = new Random(SEED ^ 0x0a5e);
  const firstDay = addDays(today, -365);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const counts = { regions: 0, units: 0, services: 0, employees: 0, feedback: 0, reports: 0, notifications: 0 };

  await em.transactional(async (tx) => {
    // Never on top of real data: the demo's slugs, emails and NIPs would collide or mix with it.
    if ((await tx.count(Region, {})) > 0) {
      throw new Error('The database already has regions: the demo world is loaded only into an empty database.');
    }
    // --- Competency dictionary (national) ---------------------------------------------------
    const competencies = new Map<string, Competency>();
    for (const spec of [...MANAGERIAL, ...SOCIO_CULTURAL, ...TECHNICAL]) {
      const competency = tx.create(Competency, { id: rng.uuid(), code: spec.code, name: spec.name, kind: spec.kind, description: spec.description });
      spec.levels.forEach((descriptor, i) =>
        tx.create(CompetencyLevel, { id: rng.uuid(), competency, level: i + 1, descriptor }),
      );
      competencies.set(spec.code, competency);
    }
    const competency = (code: string) => {
      const c = competencies.get(code);
      if (!c) throw new Error(`demo data names an unknown competency ${code}`);
      return c;
    };

    const admin = tx.create(StaffAccount, { id: rng.uuid(), email: 'admin@suara.demo', name: 'Admin Suara', passwordHash, demoPassword: true });
    tx.create(RoleGrant, { id: rng.uuid(), account: admin, role: Role.ADMIN });

    const feedbackRows: Array<Record<string, unknown>> = [];
    const actionRows: Array<Record<string, unknown>> = [];
    const responseRows: Array<Record<string, unknown>> = [];
    const reportRows: Array<Record<string, unknown>> = [];
    const forumReportRows: Array<Record<string, unknown>> = [];
    const systemActionRows: Array<Record<string, unknown>> = [];
    const tagRows: Array<Record<string, unknown>> = [];
    let reasonRows: DemoReasonRow[] = [];
    const receipts = new Set<string>();
    const nips = new Set<string>();

    for (const regionSpec of REGIONS) {
      counts.regions++;
      const region = tx.create(Region, {
        id: rng.uuid(),
        slug: regionSpec.slug,
        name: regionSpec.name,
        province: regionSpec.province,
        kind: regionSpec.kind,
        timeZone: regionSpec.timeZone,
      });

      // --- Element → competency map (facts/KOMPETENSI.md default) ---------------------------
      for (const element of SKM_ELEMENTS) {
        for (const target of DEFAULT_ELEMENT_MAP[element]) {
          tx.create(ElementCompetencyMap, {
            id: rng.uuid(),
            region,
            element,
            competency: target === SERVICE_TECHNICAL ? null : competency(target),
            serviceTechnical: target === SERVICE_TECHNICAL,
          });
        }
      }

      // --- Units and services -----------------------------------------------------------------
      const units = new Map<string, Unit>();
      for (const spec of UNITS) {
        const unit = tx.create(Unit, {
          id: rng.uuid(),
          region,
          parent: spec.parent ? units.get(spec.parent)! : null,
          slug: spec.key,
          name: spec.name(regionSpec),
          abbreviation: spec.abbreviation(regionSpec),
          kind: spec.kind,
        });
        units.set(spec.key, unit);
        counts.units++;
      }
      const services: Array<{ entity: PublicService; spec: ServiceSpec; unitKey: string }> = [];
      for (const spec of SERVICES) {
        const unit = units.get(spec.unit)!;
        const service = tx.create(PublicService, {
          id: rng.uuid(),
          slug: serviceSlug(regionSpec, spec),
          region,
          unit,
          name: spec.name,
          description: spec.description,
          category: spec.category,
          channel: spec.channel,
          requirements: spec.requirements,
          promisedDays: spec.promisedDays,
          feeRupiah: spec.feeRupiah,
          expectedAnnualUsers: spec.expectedAnnualUsers,
          searchText: serviceSearchText(spec, unit),
        });
        for (const code of spec.technical) service.technicalCompetencies.add(competency(code));
        services.push({ entity: service, spec, unitKey: spec.unit });
        counts.services++;
      }

      // --- Staff accounts (CONTRACT.md) -------------------------------------------------------
      const staff = STAFF_NAMES[regionSpec.slug]!;
      const account = (role: Role, local: string, name: string, unit: Unit | null = null) => {
        const a = tx.create(StaffAccount, { id: rng.uuid(), email: `${local}@${regionSpec.slug}.demo`, name, passwordHash, demoPassword: true });
        tx.create(RoleGrant, { id: rng.uuid(), account: a, role, region, unit });
        return a;
      };
      const moderator = account(Role.MODERATOR, 'moderator', staff.moderator);
      const hrAccount = account(Role.HR, 'hr', staff.hr);
      account(Role.MAYOR, 'mayor', staff.mayor);
      const officer = account(Role.UNIT_OFFICER, 'officer', staff.officer, units.get('dpmptsp')!);

      // --- Partners and training programs -----------------------------------------------------
      const otherAgency: Record<string, string> = {
        mataram: 'DPMPTSP Kota Sawahlunto',
        sawahlunto: 'BPSDM Provinsi Sumatera Barat',
        mamuju: 'BPSDM Provinsi Sulawesi Barat',
        kupang: 'Disdukcapil Kota Mataram',
      };
      const partner = (name: string, kind: PartnerKind, description: string) =>
        tx.create(Partner, { id: rng.uuid(), region, name, kind, description });
      const university = partner(regionSpec.university, PartnerKind.UNIVERSITY, 'Mitra pelatihan, magang dan penelitian pelayanan publik.');
      const ngo = partner(regionSpec.ngo, PartnerKind.NGO, 'Pendampingan penanganan pengaduan dan partisipasi warga.');
      const firm = partner('PT Mitra Layanan Digital Nusantara', PartnerKind.PRIVATE, 'Magang dan pelatihan layanan digital.');
      const agency = partner(otherAgency[regionSpec.slug]!, PartnerKind.AGENCY, 'Instansi lain yang berbagi program yang berhasil.');

      const program = (
        title: string,
        description: string,
        mode: TrainingMode,
        form: TrainingForm,
        jp: number,
        by: Partner,
        codes: string[],
        startDay: number,
        lengthDays: number,
        shared = false,
      ) => {
        // Demo prices: Rp 150,000 per JP in a classroom, Rp 60,000 per JP otherwise (no rng draw, so
        // every story built on the random stream stays as it was).
        const costPerParticipant = jp * (mode === TrainingMode.KLASIKAL ? 150_000 : 60_000);
        const p = tx.create(TrainingProgram, {
          id: rng.uuid(),
          region,
          title,
          description,
          mode,
          form,
          jp,
          partner: by,
          startsOn: addDays(firstDay, startDay),
          endsOn: addDays(firstDay, startDay + lengthDays),
          shared,
          costPerParticipant,
        });
        for (const code of codes) p.competencies.add(competency(code));
        return p;
      };
      const story = (unitKey: string) => STORIES.find((s) => s.region === regionSpec.slug && s.unit === unitKey);
      const improved = STORIES.find((s) => s.region === regionSpec.slug && s.kind === 'improved');
      const programs = {
        prima: program(
          'Pelatihan Pelayanan Prima',
          `Pelatihan klasikal bersama ${regionSpec.university}: standar pelayanan, sikap melayani, komunikasi dengan warga dan penanganan keluhan di loket.`,
          TrainingMode.KLASIKAL,
          TrainingForm.PELATIHAN_TEKNIS,
          24,
          university,
          ['M-PELAYANAN-PUBLIK', 'M-KOMUNIKASI'],
          improved?.unit === 'disdukcapil' ? improved.day - 5 : 120,
          4,
        ),
        pengaduan: program(
          'Coaching Penanganan Pengaduan dan SP4N-LAPOR!',
          'Pendampingan di tempat kerja: menjawab pengaduan warga dengan cepat, jelas dan tuntas.',
          TrainingMode.NON_KLASIKAL,
          TrainingForm.COACHING,
          12,
          ngo,
          ['M-KOMUNIKASI', 'M-PELAYANAN-PUBLIK'],
          80,
          30,
        ),
        digital: program(
          'Magang Layanan Digital',
          'Magang dua minggu di perusahaan layanan digital: aplikasi daring, bantuan pengguna dan keamanan data.',
          TrainingMode.NON_KLASIKAL,
          TrainingForm.MAGANG,
          32,
          firm,
          ['T-LAYANAN-DIGITAL'],
          200,
          14,
        ),
        oss: program(
          'Bimbingan Teknis Perizinan Berusaha Berbasis Risiko (OSS RBA)',
          'Bimtek penggunaan OSS RBA, verifikasi persyaratan dan pendampingan pelaku usaha mikro.',
          TrainingMode.KLASIKAL,
          TrainingForm.BIMBINGAN_TEKNIS,
          30,
          regionSpec.slug === 'sawahlunto' ? university : agency,
          ['T-PERIZINAN-OSS', 'T-LAYANAN-DIGITAL'],
          improved?.unit === 'dpmptsp' ? improved.day - 5 : 150,
          5,
          regionSpec.slug === 'sawahlunto',
        ),
        integritas: program(
          'E-learning Integritas dan Budaya Antikorupsi',
          'Kursus daring mandiri tentang gratifikasi, pungutan liar dan kode etik ASN.',
          TrainingMode.NON_KLASIKAL,
          TrainingForm.E_LEARNING,
          10,
          agency,
          ['M-INTEGRITAS'],
          60,
          60,
        ),
        hasil: program(
          'Workshop Manajemen Waktu Layanan',
          'Lokakarya menyusun standar waktu, memantau antrean berkas dan menyelesaikan pekerjaan tepat janji.',
          TrainingMode.KLASIKAL,
          TrainingForm.WORKSHOP,
          16,
          university,
          ['M-ORIENTASI-HASIL'],
          380,
          2,
        ),
      };

      // --- Positions, employees, assessments, enrolments ----------------------------------
      const managerialLevel: Record<string, number> = { head: 4, serviceHead: 3, analyst: 3, frontOffice: 2, admin: 2 };
      for (const unitSpec of UNITS) {
        const unit = units.get(unitSpec.key)!;
        const unitStory = story(unitSpec.key);
        const positionPlan: Array<{ key: keyof typeof managerialLevel; title: string; kind: PositionKind; staff: number }> = [
          { key: 'head', title: POSITION_TITLES.head(unit.abbreviation ?? unit.name), kind: PositionKind.STRUKTURAL, staff: 1 },
          { key: 'serviceHead', title: POSITION_TITLES.serviceHead, kind: PositionKind.STRUKTURAL, staff: 1 },
          { key: 'analyst', title: POSITION_TITLES.analyst, kind: PositionKind.FUNGSIONAL, staff: rng.int(1, 2) },
          { key: 'frontOffice', title: POSITION_TITLES.frontOffice, kind: PositionKind.PELAKSANA, staff: rng.int(2, 3) },
          { key: 'admin', title: POSITION_TITLES.admin, kind: PositionKind.PELAKSANA, staff: 1 },
        ];
        for (const plan of positionPlan) {
          const position = tx.create(Position, { id: rng.uuid(), unit, title: plan.title, kind: plan.kind });
          const required = new Map<string, number>();
          for (const m of MANAGERIAL) {
            const serviceFacing = m.code === 'M-PELAYANAN-PUBLIK' || m.code === 'M-KOMUNIKASI';
            required.set(m.code, Math.max(managerialLevel[plan.key]!, plan.key === 'frontOffice' && serviceFacing ? 3 : 0));
          }
          required.set('S-PEREKAT-BANGSA', plan.key === 'head' ? 3 : 2);
          for (const code of unitSpec.technical) required.set(code, plan.key === 'admin' ? 2 : 3);
          for (const [code, level] of required) {
            tx.create(CompetencyRequirement, { id: rng.uuid(), position, competency: competency(code), requiredLevel: level });
          }

          for (let i = 0; i < plan.staff; i++) {
            const parts = makeNip(rng, nips, today);
            const employee = tx.create(Employee, {
              id: rng.uuid(),
              nip: parts.nip,
              name: personName(rng, regionSpec.slug, parts.sex),
              region,
              unit,
              position,
              employmentType: plan.kind === PositionKind.PELAKSANA && rng.chance(0.25) ? EmploymentType.PPPK : EmploymentType.PNS,
              birthDate: parts.birthDate,
              tmt: parts.tmt,
              sex: parts.sex,
            });
            counts.employees++;

            // Baseline assessment before the year of feedback; story units show their gaps.
            const drawnDay = addDays(firstDay, -rng.int(30, 120));
            // Administrators outside the story units were last assessed more than two years ago: they are
            // overdue on the default 24-month cycle (decision record 0020). No extra draw: the stories
            // depend on the random stream.
            const baselineDay = plan.key === 'admin' && !unitStory ? addDays(drawnDay, -400) : drawnDay;
            // Some employees outperform their standard on one managerial competency (the "Potensi" page),
            // chosen by their NIP's last digit rather than a draw.
            const nipDigit = Number(parts.nip.slice(-1));
            const strongCode = nipDigit % 2 === 0 ? MANAGERIAL[nipDigit % MANAGERIAL.length]!.code : null;
            for (const [code, level] of required) {
              let gap = rng.weighted([
                [0, 0.6],
                [1, 0.32],
                [2, 0.08],
              ] as const);
              const storyGap = unitStory?.competencies.includes(code) && plan.key !== 'head';
              if (storyGap) gap = rng.chance(0.6) ? 2 : 1;
              const method = plan.kind === PositionKind.STRUKTURAL ? AssessmentMethod.ASSESSMENT_CENTER : rng.pick([AssessmentMethod.UJI_KOMPETENSI, AssessmentMethod.SUPERVISOR]);
              const surplus = !storyGap && gap === 0 && code === strongCode && level < 5 ? 1 : 0;
              tx.create(Assessment, {
                id: rng.uuid(),
                employee,
                competency: competency(code),
                level: Math.max(1, level - gap) + surplus,
                assessedOn: baselineDay,
                method,
                assessor: demoAssessor(method, region.name, unit.abbreviation ?? unit.name),
              });
              // After the program that worked, staff were re-assessed at the standard.
              if (storyGap && unitStory?.kind === 'improved') {
                tx.create(Assessment, {
                  id: rng.uuid(),
                  employee,
                  competency: competency(code),
                  level,
                  assessedOn: addDays(firstDay, unitStory.day + 45),
                  method: AssessmentMethod.UJI_KOMPETENSI,
                  assessor: demoAssessor(AssessmentMethod.UJI_KOMPETENSI, region.name, unit.abbreviation ?? unit.name),
                });
              }
            }

            // Strong analysts and service heads get an advanced course or a stretch assignment on their
            // strength (ids derived from the employee's, not drawn).
            if (strongCode && (plan.key === 'analyst' || plan.key === 'serviceHead') && !unitStory) {
              const strong = MANAGERIAL.find((m) => m.code === strongCode)!;
              tx.create(DevelopmentActivity, {
                id: derivedUuid(`development-activity:${employee.id}`),
                employee,
                kind: plan.key === 'analyst' ? DevelopmentActivityKind.ADVANCED_COURSE : DevelopmentActivityKind.STRETCH_ASSIGNMENT,
                title: plan.key === 'analyst' ? `Kursus lanjutan ${strong.name}` : `Memimpin tim lintas bidang: ${strong.name}`,
                competency: competency(strongCode),
                startedOn: addDays(firstDay, 120 + nipDigit * 7),
                endedOn: plan.key === 'analyst' ? addDays(firstDay, 150 + nipDigit * 7) : null,
                note: plan.key === 'analyst' ? 'Dinilai di atas standar jabatan; disiapkan sebagai fasilitator.' : 'Penugasan khusus selama enam bulan.',
              });
            }

            // Development this year: the story program for its unit, plus ordinary courses.
            const taken = new Set<TrainingProgram>();
            const enrol = (p: TrainingProgram, status: EnrolmentStatus, completedOn: string | null) => {
              if (taken.has(p)) return;
              taken.add(p);
              tx.create(Enrolment, {
                id: rng.uuid(),
                employee,
                program: p,
                status,
                completedOn,
                jpEarned: status === EnrolmentStatus.COMPLETED ? p.jp : 0,
              });
            };
            if (unitStory?.kind === 'improved' && plan.key !== 'head') {
              const p = unitStory.unit === 'dpmptsp' ? programs.oss : programs.prima;
              enrol(p, EnrolmentStatus.COMPLETED, addDays(firstDay, unitStory.day));
            }
            if (unitStory?.kind === 'declined' && plan.key !== 'head') enrol(programs.hasil, EnrolmentStatus.PLANNED, null);
            // Units with a story of neglect get little development (their JP shortfall is part of it).
            const ordinaryChance = unitStory && unitStory.kind !== 'improved' ? 0.1 : 0.55;
            if (rng.chance(ordinaryChance)) {
              const p = rng.pick([programs.pengaduan, programs.integritas, programs.digital]);
              const end = p.endsOn ?? today;
              if (end < today) enrol(p, EnrolmentStatus.COMPLETED, end);
              else enrol(p, EnrolmentStatus.ENROLLED, null);
            }
            if (rng.chance(0.25)) enrol(programs.integritas, EnrolmentStatus.COMPLETED, programs.integritas.endsOn);

            // Invitations that did not end in a completion, with the reasons HR hears (issue 9, 12b:
            // "enggan untuk mengikuti pelatihan"). Chosen by the employee's place in the world and
            // given ids derived from it, never by the random stream, which every story depends on.
            const n = counts.employees;
            const ended = (p: TrainingProgram, status: EnrolmentStatus, reason: string) => {
              if (taken.has(p)) return;
              taken.add(p);
              tx.create(Enrolment, { id: derivedUuid(`enrolment:${employee.id}:${p.id}`), employee, program: p, status, reason, jpEarned: 0 });
            };
            if (n % 5 === 2) ended(programs.hasil, EnrolmentStatus.DECLINED, DECLINE_REASONS[Math.floor(n / 5) % DECLINE_REASONS.length]!);
            if (n % 7 === 3) {
              const noShow = Math.floor(n / 7) % 2 === 0;
              const reasons = noShow ? NO_SHOW_REASONS : DROP_REASONS;
              ended(programs.pengaduan, noShow ? EnrolmentStatus.NO_SHOW : EnrolmentStatus.DROPPED, reasons[Math.floor(n / 14) % reasons.length]!);
            }
          }
        }
      }

      // --- A year of feedback -----------------------------------------------------------------
      const offset = utcOffset(regionSpec.timeZone);
      const now = Date.parse(`${today}T00:00:00Z`) - offset * 3_600_000; // local midnight of today
      for (const { entity: service, spec, unitKey } of services) {
        const unitStory = story(unitKey);
        for (let d = 0; d < 365; d++) {
          const dayStart = Date.parse(`${addDays(firstDay, d)}T00:00:00Z`) - offset * 3_600_000;
          const weekday = new Date(dayStart + offset * 3_600_000).getUTCDay();
          const dayFactor = spec.channel === 'ONLINE' ? 0.8 : weekday === 0 ? 0.08 : weekday === 6 ? 0.3 : 1;
          // PPDB is seasonal: most responses around the June–July admissions.
          const month = Number(addDays(firstDay, d).slice(5, 7));
          const season = spec.key === 'ppdb-smp' ? (month === 6 || month === 7 ? 4 : 0.35) : 1;
          const n = rng.poisson(spec.dailyResponses * dayFactor * season * 0.62 * volume);
          for (let k = 0; k < n; k++) {
            const localMinutes = rng.int(7 * 60 + 30, 16 * 60);
            const submittedAt = new Date(dayStart + localMinutes * 60_000 + rng.int(0, 59) * 1000);
            const mood = rng.normal(0, 0.35);
            const scores = {} as Record<SkmElement, number>;
            for (const element of SKM_ELEMENTS) {
              const mean = spec.baseQuality + elementOffset(element, spec) + storyEffect(unitStory, element, d);
              scores[element] = clampScore(mean + mood + rng.normal(0, 0.5));
            }

            let receipt: string;
            do receipt = newReceiptCode((m) => rng.int(0, m - 1));
            while (receipts.has(receipt));
            receipts.add(receipt);

            const id = rng.uuid();
            const row: Record<string, unknown> = {
              id,
              createdAt: submittedAt,
              service: service.id,
              region: region.id,
              submittedAt,
              receiptCode: receipt,
              idempotencyKey: `demo-${id}`,
              channel: FeedbackChannel.WEB,
              moderationStatus: ModerationStatus.PUBLISHED,
              publishedAt: null,
              spam: false,
              reportCount: 0,
              clientHash: rng.uuid().replace(/-/g, '') + rng.uuid().replace(/-/g, ''),
            };
            for (const element of SKM_ELEMENTS) row[SCORE_PROPERTY[element]] = scores[element];
            if (rng.chance(0.8)) {
              row.respondentAgeGroup = rng.weighted([
                [AGE_GROUPS[0], 0.05],
                [AGE_GROUPS[1], 0.24],
                [AGE_GROUPS[2], 0.28],
                [AGE_GROUPS[3], 0.22],
                [AGE_GROUPS[4], 0.14],
                [AGE_GROUPS[5], 0.07],
              ] as const);
              row.respondentGender = rng.chance(0.52) ? 'P' : 'L';
              row.respondentEducation = rng.weighted(EDUCATION_LEVELS.map((e, i) => [e, [0.08, 0.14, 0.38, 0.12, 0.23, 0.04, 0.01][i]!] as const));
              row.respondentOccupation = rng.weighted(OCCUPATIONS.map((o, i) => [o, [0.12, 0.02, 0.02, 0.26, 0.28, 0.12, 0.18][i]!] as const));
            }

            // The comment, if any, and what moderation made of it.
            const lowest = SKM_ELEMENTS.reduce((a, b) => (scores[b] < scores[a] ? b : a));
            const unhappy = scores[lowest] <= 2;
            const commentChance = unitStory?.kind === 'behaviour' ? 0.42 : unhappy ? 0.3 : 0.12;
            if (rng.chance(commentChance)) {
              const ageDays = (now - submittedAt.getTime()) / DAY_MS;
              let text: string;
              let fate: 'publish' | 'hide' | 'spam' | 'redact' = 'publish';
              let redacted: string | null = null;
              const r = rng.next();
              if (r < 0.012) {
                text = rng.pick(TEXT.ABUSIVE);
                fate = 'hide';
              } else if (r < 0.022) {
                text = rng.pick(TEXT.SPAM);
                fate = 'spam';
              } else if (r < 0.03) {
                const p = rng.pick(TEXT.WITH_PERSONAL_DATA);
                text = p.original;
                redacted = p.redacted;
                fate = 'redact';
              } else if (unitStory?.kind === 'behaviour' && (scores.PERILAKU_PELAKSANA <= 2 || rng.chance(0.5))) {
                text = rng.pick(TEXT.NEGATIVE.PERILAKU_PELAKSANA);
              } else if (unitStory?.kind === 'declined' && d >= unitStory.day && unhappy) {
                text = rng.pick(TEXT.PUPR_DELAY);
              } else if (unhappy) {
                text = rng.pick(TEXT.NEGATIVE[lowest]);
              } else {
                text = rng.pick(TEXT.POSITIVE);
              }
              row.comment = text;
              if (rng.chance(0.06)) row.contact = `warga${rng.int(100, 999)}@contoh.id`;

              if (ageDays < 6) {
                row.moderationStatus = ModerationStatus.PENDING;
              } else {
                const at = new Date(submittedAt.getTime() + rng.int(2, 40) * 3_600_000);
                const action = (kind: ModerationActionKind, reason: string | null, extra: Record<string, unknown> = {}) =>
                  actionRows.push({
                    id: rng.uuid(),
                    createdAt: at,
                    itemKind: ModerationItemKind.FEEDBACK_COMMENT,
                    feedback: id,
                    region: region.id,
                    action: kind,
                    reason,
                    moderator: moderator.id,
                    at,
                    ...extra,
                  });
                if (fate === 'hide') {
                  row.moderationStatus = ModerationStatus.HIDDEN;
                  action(ModerationActionKind.HIDE, rng.pick(TEXT.HIDE_REASONS));
                } else if (fate === 'spam') {
                  row.moderationStatus = ModerationStatus.SPAM;
                  row.spam = true;
                  action(ModerationActionKind.MARK_SPAM, 'Promosi yang tidak berhubungan dengan layanan.');
                } else {
                  if (fate === 'redact') {
                    row.redactedComment = redacted;
                    action(ModerationActionKind.REDACT, 'Menyamarkan data pribadi (nama, nomor telepon, NIK).', {
                      redactedText: redacted,
                      previousText: text,
                    });
                  }
                  action(ModerationActionKind.APPROVE, null);
                  row.publishedAt = at;

                  // The unit answers many complaints, some praise.
                  if (rng.chance(unhappy ? 0.55 : 0.12)) {
                    const respondedAt = new Date(at.getTime() + rng.int(1, 96) * 3_600_000);
                    if (respondedAt.getTime() < now) {
                      responseRows.push({
                        id: rng.uuid(),
                        createdAt: respondedAt,
                        feedback: id,
                        unit: service.unit.id,
                        author: unitKey === 'dpmptsp' ? officer.id : null,
                        body: rng.pick(unhappy ? TEXT.RESPONSES_NEGATIVE : TEXT.RESPONSES_POSITIVE),
                        respondedAt,
                      });
                    }
                  }
                  if (rng.chance(0.006)) {
                    row.reportCount = 1;
                    reportRows.push({
                      id: rng.uuid(),
                      createdAt: new Date(at.getTime() + 86_400_000),
                      itemKind: ModerationItemKind.FEEDBACK_COMMENT,
                      feedback: id,
                      region: region.id,
                      reason: 'Menurut saya komentar ini tidak pantas.',
                      status: ReportStatus.OPEN,
                    });
                  }
                  // Moderators tag comments that point at a competency (DESIGN.md, loop 3).
                  const tag = /aplikasi|OSS|online/i.test(text)
                    ? 'T-LAYANAN-DIGITAL'
                    : /ketus|dibentak|kasar|acuh|tidak ramah/i.test(text)
                      ? 'M-PELAYANAN-PUBLIK'
                      : null;
                  if (tag && rng.chance(0.7)) {
                    tagRows.push({ id: rng.uuid(), createdAt: at, feedback: id, competency: competency(tag).id, taggedBy: moderator.id });
                  }
                }
              }
            }
            feedbackRows.push(row);
          }
        }
      }

      // "What went wrong?" behind the region's low scores (issue 13), from the ratings' own ids.
      const serviceStory = new Map(services.map((s) => [s.entity.id, story(s.unitKey)?.kind ?? null]));
      reasonRows = reasonRows.concat(demoReasons(feedbackRows.filter((r) => r.region === region.id), (serviceId) => serviceStory.get(serviceId) ?? null));

      // --- Answers: units answer most published comments (issue 8) ------------------------------
      // A unit answers its older comments, mostly within the 5 working days (SP4N-LAPOR!), some late;
      // a handful of the latest stay unanswered past their due day, and those not yet due mostly wait,
      // so each officer's inbox shows a realistic backlog rather than a year of unanswered comments.
      const answeredAlready = new Set(responseRows.map((r) => r.feedback as string));
      const unitOfService = new Map(services.map((s) => [s.entity.id, { unitKey: s.unitKey, unitId: s.entity.unit.id }]));
      const waiting = new Map<string, Array<Record<string, unknown>>>();
      for (const row of feedbackRows) {
        if (row.region !== region.id || row.moderationStatus !== ModerationStatus.PUBLISHED || !row.comment || !row.publishedAt) continue;
        if (answeredAlready.has(row.id as string)) continue;
        const { unitKey } = unitOfService.get(row.service as string)!;
        waiting.set(unitKey, [...(waiting.get(unitKey) ?? []), row]);
      }
      for (const [unitKey, rows] of waiting) {
        rows.sort((a, b) => (b.publishedAt as Date).getTime() - (a.publishedAt as Date).getTime());
        let leaveOverdue = answers.int(2, 6);
        for (const row of rows) {
          const publishedAt = row.publishedAt as Date;
          const notDueYet = workingDayDeadline(publishedAt, 5, regionSpec.timeZone).getTime() > now;
          if (notDueYet ? !answers.chance(0.1) : leaveOverdue-- > 0) continue;
          const late = answers.chance(0.12);
          let respondedAt = addWorkingDays(publishedAt, late ? answers.int(6, 12) : answers.int(0, 4), regionSpec.timeZone);
          respondedAt = new Date(respondedAt.getTime() + answers.int(1, 5) * 3_600_000);
          if (respondedAt.getTime() >= now) respondedAt = new Date(now - answers.int(1, 12) * 3_600_000);
          if (respondedAt.getTime() <= publishedAt.getTime()) continue;
          const unhappy = SKM_ELEMENTS.some((e) => (row[SCORE_PROPERTY[e]] as number) <= 2);
          responseRows.push({
            id: answers.uuid(),
            createdAt: respondedAt,
            feedback: row.id,
            unit: unitOfService.get(row.service as string)!.unitId,
            author: unitKey === 'dpmptsp' ? officer.id : null,
            body: answers.pick(unhappy ? TEXT.RESPONSES_NEGATIVE : TEXT.RESPONSES_POSITIVE),
            respondedAt,
          });
        }
      }

      // --- Forum: questions to a unit as a whole (issue 8) -------------------------------------
      const localTime = (day: string, hour: number) => new Date(Date.parse(`${day}T00:00:00Z`) - offset * 3_600_000 + hour * 3_600_000);
      TEXT.FORUM_UNIT_THREADS.forEach((t, i) => {
        const unit = units.get(t.unit)!;
        const unitName = unit.abbreviation ?? unit.name;
        // The unanswered ones were asked in the last days (not yet due); the others some weeks ago.
        const asked = t.answer ? localTime(addDays(today, -answers.int(15, 45)), answers.int(8, 15)) : localTime(addDays(today, -(t.askedDaysAgo ?? 1)), 9 + i);
        const authorName = answers.pick(TEXT.FORUM_ASKERS);
        const thread = tx.create(ForumThread, { id: answers.uuid(), service: null, unit, region, title: t.title, authorName, lastActivityAt: asked });
        const post = (body: string, at: Date, official: boolean, status = ModerationStatus.PUBLISHED) =>
          tx.create(ForumPost, {
            id: answers.uuid(),
            createdAt: at,
            thread,
            region,
            body,
            authorName: official ? unitName : authorName,
            staffAuthor: official && t.unit === 'dpmptsp' ? officer : null,
            officialUnit: official ? unit : null,
            moderationStatus: status,
            publishedAt: status === ModerationStatus.PUBLISHED ? new Date(at.getTime() + (official ? 0 : 2 * 3_600_000)) : null,
          });
        post(t.question, asked, false);
        thread.lastActivityAt = new Date(asked.getTime() + 2 * 3_600_000);
        if (t.answer) {
          const answered = addWorkingDays(asked, answers.int(1, 3), regionSpec.timeZone);
          post(t.answer, answered, true);
          thread.lastActivityAt = answered;
          // A follow-up written last night, still waiting for a moderator.
          if (t.followUp) post(t.followUp, localTime(addDays(today, -1), 20), false, ModerationStatus.PENDING);
        }
      });

      // --- Forum: a few questions answered by the units ---------------------------------------
      const forumTargets = [services[0]!, services[3]!, services[7]!];
      const regionThreads: ForumThread[] = [];
      TEXT.FORUM_THREADS.forEach((t, i) => {
        const target = forumTargets[i]!;
        const asked = new Date(Date.parse(`${addDays(today, -rng.int(10, 60))}T02:00:00Z`));
        const thread = tx.create(ForumThread, {
          id: rng.uuid(),
          service: target.entity,
          unit: target.entity.unit,
          region,
          title: t.title,
          authorName: personName(rng, regionSpec.slug, rng.chance(0.5) ? 1 : 2).split(' ')[0]!,
          lastActivityAt: asked,
        });
        regionThreads.push(thread);
        const post = (body: string, authorName: string, at: Date, official: boolean) =>
          tx.create(ForumPost, {
            id: rng.uuid(),
            createdAt: at,
            thread,
            region,
            body,
            authorName,
            staffAuthor: official && target.unitKey === 'dpmptsp' ? officer : null,
            officialUnit: official ? target.entity.unit : null,
            moderationStatus: ModerationStatus.PUBLISHED,
            publishedAt: at,
          });
        post(t.question, thread.authorName, asked, false);
        const answered = new Date(asked.getTime() + 20 * 3_600_000);
        post(t.answer, units.get(target.unitKey)!.abbreviation ?? units.get(target.unitKey)!.name, answered, true);
        thread.lastActivityAt = answered;
        if (t.reply) {
          const replied = new Date(answered.getTime() + 5 * 3_600_000);
          post(t.reply, thread.authorName, replied, false);
          thread.lastActivityAt = replied;
        }
      });

      // --- The moderators' queue today (issue 8) -----------------------------------------------
      // A realistic handful per region: citizens' forum posts waiting for approval, a few published
      // comments that citizens reported, and one forum post the system hid after three reports
      // (with the system's log entry), waiting for a moderator's decision. Only moderation state:
      // no rating and no score changes.
      {
        const nowMs = Date.parse(`${today}T00:00:00Z`);
        const hoursAgo = (h: number) => new Date(nowMs - h * 3_600_000);
        const clientHash = () => queueRng.uuid().replace(/-/g, '') + queueRng.uuid().replace(/-/g, '');
        const threads = regionThreads;
        const citizenPost = (thread: ForumThread, body: string, at: Date, status: ModerationStatus) =>
          tx.create(ForumPost, {
            id: queueRng.uuid(),
            createdAt: at,
            thread,
            region,
            body,
            authorName: personName(queueRng, regionSpec.slug, queueRng.chance(0.5) ? 1 : 2).split(' ')[0]!,
            moderationStatus: status,
            publishedAt: status === ModerationStatus.PENDING ? null : at,
          });
        TEXT.FORUM_PENDING.forEach((body, i) => citizenPost(threads[i % threads.length]!, body, hoursAgo(6 + 20 * i + queueRng.int(0, 5)), ModerationStatus.PENDING));

        const abusive = citizenPost(threads[0]!, TEXT.FORUM_ABUSIVE, hoursAgo(52), ModerationStatus.HIDDEN);
        abusive.reportCount = TEXT.REPORT_REASONS.length;
        const reportedAt = TEXT.REPORT_REASONS.map((_, i) => hoursAgo(48 - 9 * i));
        TEXT.REPORT_REASONS.forEach((reason, i) =>
          forumReportRows.push({
            id: queueRng.uuid(),
            createdAt: reportedAt[i],
            itemKind: ModerationItemKind.FORUM_POST,
            forumPost: abusive.id,
            region: region.id,
            reason,
            status: ReportStatus.OPEN,
            clientHash: clientHash(),
          }),
        );
        const hiddenAt = reportedAt.at(-1)!;
        systemActionRows.push({
          id: queueRng.uuid(),
          createdAt: hiddenAt,
          itemKind: ModerationItemKind.FORUM_POST,
          feedback: null,
          forumPost: abusive.id,
          region: region.id,
          action: ModerationActionKind.HIDE,
          reason: systemReason(TEXT.REPORT_REASONS),
          redactedText: null,
          previousText: null,
          moderator: null,
          at: hiddenAt,
        });

        // Published comments of the last month that citizens reported (one or two reports each).
        const recent = feedbackRows.filter(
          (r) => r.region === region.id && r.moderationStatus === ModerationStatus.PUBLISHED && r.comment && r.reportCount === 0 && nowMs - (r.publishedAt as Date).getTime() < 30 * DAY_MS,
        );
        for (let i = 0; i < 3 && recent.length > 0; i++) {
          const row = recent.splice(queueRng.int(0, recent.length - 1), 1)[0]!;
          const n = queueRng.int(1, 2);
          row.reportCount = n;
          for (let k = 0; k < n; k++) {
            reportRows.push({
              id: queueRng.uuid(),
              createdAt: new Date((row.publishedAt as Date).getTime() + (k + 1) * queueRng.int(2, 20) * 3_600_000),
              itemKind: ModerationItemKind.FEEDBACK_COMMENT,
              feedback: row.id,
              region: region.id,
              reason: queueRng.pick(TEXT.REPORT_REASONS),
              status: ReportStatus.OPEN,
            });
          }
        }
      }

      // --- Follow-up plans (rencana tindak lanjut) for the last complete period (decision record 0025)
      // Earlier demo plans drew their four ids from the shared stream here; the draws stay, so every
      // later rating of the shared stream lands where the stories expect it.
      for (let i = 0; i < 4; i++) rng.uuid();
      seedFollowUp({
        tx,
        region,
        offset,
        today,
        units: [...units.entries()].filter(([key]) => services.some((s) => s.unitKey === key)),
        serviceUnit: new Map(services.map((s) => [s.entity.id, s.unitKey])),
        feedbackRows: feedbackRows.filter((r) => r.region === region.id),
        agreedBy: { officer, hr: hrAccount },
        storyOf: (key) => story(key)?.kind ?? null,
      });
    }

    await tx.flush();

    // --- Bulk rows: inserted natively, in chunks below PostgreSQL's parameter limit -------------
    const insertAll = async (entity: Parameters<EntityManager['insertMany']>[0], rows: Array<Record<string, unknown>>, chunk: number) => {
      for (let i = 0; i < rows.length; i += chunk) await tx.insertMany(entity, rows.slice(i, i + chunk));
    };
    // Every feedback row carries every column, so multi-row inserts line up.
    for (const row of feedbackRows) {
      for (const key of ['comment', 'redactedComment', 'contact', 'respondentAgeGroup', 'respondentGender', 'respondentEducation', 'respondentOccupation']) {
        if (!(key in row)) row[key] = null;
      }
    }
    await insertAll(Feedback, feedbackRows, 1500);
    await insertAll(FeedbackReason, reasonRows, 3000);
    await insertAll(ModerationAction, actionRows.map((r) => ({ redactedText: null, previousText: null, ...r })), 3000);
    await insertAll(OfficialResponse, responseRows, 3000);
    await insertAll(Report, reportRows, 3000);
    await insertAll(Report, forumReportRows, 3000);
    await insertAll(ModerationAction, systemActionRows, 3000);
    await insertAll(CompetencyTag, tagRows, 3000);
    counts.feedback = feedbackRows.length;
    // Counter kiosks, and the share of the counter ratings that came through them (issue 12).
    await seedKiosks(tx, today);

    await rebuildRollups(tx);
    // Open data: complete periods published, and one row revised by late paper ratings.
    await publishDemoOpenData(tx, today);
    // Fresh statistics for the planner: tables filled in one go look empty to it until autovacuum
    // gets round to them, and an empty-looking rollup turns the insights' joins into nested loops.
    await tx.execute('analyze');
    // Published SKM reports, one revised by late paper questionnaires (decision record 0026).
    counts.reports = await seedReports(tx, today);
    // Two requests to erase personal data waiting for Mataram's moderators (decision record 0034).
    await seedPrivacy(tx, today);
    // The notification outbox, for /staf/notifikasi (decision record 0035).
    counts.notifications = await seedNotifications(tx, today);
  });

  return `Demo world loaded: ${counts.regions} regions, ${counts.units} units, ${counts.services} services, ${counts.employees} employees, ${counts.feedback} responses, ${counts.reports} published SKM reports; staff accounts use the password "${DEMO_PASSWORD}".`;
}
