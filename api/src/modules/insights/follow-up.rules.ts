import { daysInclusive, gradeOf, roundHalfUp2, type ElementAverage, type SkmElement } from '@suara/skm';
import { FollowUpStatus } from '../../common/enums.js';

/**
 * Pure rules of follow-up plans (rencana tindak lanjut; facts/LAPORAN.md "Follow-up plans"):
 * which elements a draft addresses, what it suggests for each, and the completion and speed figures.
 * Decision record 0025.
 */

/** Days after the period's end that a drafted action is due by default (a quarter: room to act and to show it). */
export const DEFAULT_DUE_DAYS = 90;
/** An agreed plan holds at most this many actions (a plan, not a backlog); also the API's list bound. */
export const MAX_ACTIONS = 20;
/** Comments an action keeps as what it was drafted from. */
export const SOURCE_COMMENTS = 3;

/**
 * A suggested first action per element, in Indonesian (the plan is an Indonesian document), specific
 * to what the element asks citizens (PermenPANRB 14/2017's nine unsur). SARANA_PRASARANA is about
 * facilities, never people: it never suggests training.
 */
export const SUGGESTED_ACTION: Record<SkmElement, string> = {
  PERSYARATAN:
    'Meninjau dan menyederhanakan persyaratan layanan, lalu mengumumkannya di loket, situs web dan media sosial beserta daftar periksa berkas bagi pemohon.',
  SISTEM_MEKANISME_PROSEDUR:
    'Memetakan ulang alur layanan, memangkas langkah yang tidak perlu, dan memasang bagan alur yang mudah dipahami di ruang tunggu.',
  WAKTU_PENYELESAIAN:
    'Memantau setiap berkas harian terhadap waktu penyelesaian dalam standar pelayanan dan memberi tahu pemohon status permohonannya.',
  BIAYA_TARIF:
    'Menempelkan rincian biaya/tarif resmi (atau pernyataan layanan gratis) di loket dan situs web, serta membuka kanal pengaduan pungutan tidak resmi.',
  PRODUK_SPESIFIKASI:
    'Memeriksa kesesuaian produk layanan dengan standar pelayanan sebelum diserahkan kepada warga dan memperbaiki kesalahan tanpa biaya.',
  KOMPETENSI_PELAKSANA:
    'Mengikutsertakan petugas layanan dalam pelatihan teknis sesuai jenis layanan dan menyusun panduan kerja bagi petugas baru.',
  PERILAKU_PELAKSANA:
    'Melaksanakan pelatihan budaya pelayanan prima (sikap, kesopanan, keramahan) bagi petugas loket dan memantau perilaku melalui survei singkat.',
  PENANGANAN_PENGADUAN:
    'Menunjuk pengelola pengaduan, menjawab setiap pengaduan dalam batas waktu, dan mengumumkan tindak lanjutnya kepada warga.',
  SARANA_PRASARANA:
    'Memperbaiki sarana dan prasarana layanan (ruang tunggu, tempat duduk, toilet, akses bagi penyandang disabilitas) sesuai keluhan warga.',
};

/**
 * The elements a draft addresses: the two lowest averages, and the third lowest when it is below
 * grade B (an element IKM under 76.61, "kurang baik"), facts/LAPORAN.md "two or three lowest". Ties
 * are broken by the regulation's order, so the same scores always give the same draft.
 */
export function weakestElements(elements: readonly ElementAverage[]): ElementAverage[] {
  const order = new Map(elements.map((e, i) => [e.element, i]));
  const sorted = [...elements].sort((a, b) => a.average - b.average || order.get(a.element)! - order.get(b.element)!);
  const picked = sorted.slice(0, 2);
  const third = sorted[2];
  if (third && 'CD'.includes(gradeOf(roundHalfUp2(third.average * 25)))) picked.push(third);
  return picked;
}

export interface FigureAction {
  status: FollowUpStatus;
  dueOn: string | null;
  /** Day (region's time zone) it became DONE; null otherwise. */
  closedDay: string | null;
  /** Day (region's time zone) its plan was agreed. */
  agreedDay: string | null;
}

export interface Figures {
  actions: number;
  due: number;
  done: number;
  doneByDeadline: number;
  dropped: number;
  overdue: number;
  completion: number | null;
  medianDaysToDone: number | null;
}

export function isOpen(status: FollowUpStatus): boolean {
  return status === FollowUpStatus.PLANNED || status === FollowUpStatus.IN_PROGRESS;
}

export function isOverdue(a: Pick<FigureAction, 'status' | 'dueOn'>, today: string): boolean {
  return isOpen(a.status) && a.dueOn !== null && a.dueOn < today;
}

export function isDoneOnTime(a: Pick<FigureAction, 'status' | 'dueOn' | 'closedDay'>): boolean {
  return a.status === FollowUpStatus.DONE && a.closedDay !== null && a.dueOn !== null && a.closedDay <= a.dueOn;
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Completion and speed (facts/LAPORAN.md, a product decision; decision record 0025) of the actions of
 * agreed plans: an action is due once its deadline has passed or it is done; a dropped action is not
 * due (it is counted apart, with its reason on the plan). Completion = done by the deadline ÷ due.
 * Speed = the median of whole days from the plan's agreement to the day the action was done.
 */
export function figuresOf(actions: readonly FigureAction[], today: string): Figures {
  let due = 0;
  let done = 0;
  let doneByDeadline = 0;
  let dropped = 0;
  let overdue = 0;
  const days: number[] = [];
  for (const a of actions) {
    if (a.status === FollowUpStatus.DROPPED) {
      dropped += 1;
      continue;
    }
    if (a.status === FollowUpStatus.DONE) {
      done += 1;
      due += 1;
      if (isDoneOnTime(a)) doneByDeadline += 1;
      if (a.agreedDay && a.closedDay) days.push(Math.max(0, daysInclusive(a.agreedDay, a.closedDay) - 1));
      continue;
    }
    if (isOverdue(a, today)) {
      due += 1;
      overdue += 1;
    }
  }
  return {
    actions: actions.length,
    due,
    done,
    doneByDeadline,
    dropped,
    overdue,
    completion: due ? Math.round((doneByDeadline / due) * 10_000) / 10_000 : null,
    medianDaysToDone: median(days),
  };
}
