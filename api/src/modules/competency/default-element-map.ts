import type { SkmElement } from '@suara/skm';

/** Marks "the technical competencies the rated service declares" in the map. */
export const SERVICE_TECHNICAL = 'SERVICE_TECHNICAL';

/**
 * The default element → competency map of facts/KOMPETENSI.md. `SERVICE_TECHNICAL` stands for the
 * technical competencies the rated service declares; SARANA_PRASARANA maps to nothing (a facilities
 * matter, not blamed on people).
 */
export const DEFAULT_ELEMENT_MAP: Readonly<Record<SkmElement, readonly string[]>> = {
  KOMPETENSI_PELAKSANA: [SERVICE_TECHNICAL],
  PRODUK_SPESIFIKASI: [SERVICE_TECHNICAL],
  PERILAKU_PELAKSANA: ['M-PELAYANAN-PUBLIK', 'M-INTEGRITAS'],
  PENANGANAN_PENGADUAN: ['M-KOMUNIKASI', 'M-PELAYANAN-PUBLIK'],
  WAKTU_PENYELESAIAN: ['M-ORIENTASI-HASIL'],
  SISTEM_MEKANISME_PROSEDUR: ['M-MENGELOLA-PERUBAHAN', SERVICE_TECHNICAL],
  PERSYARATAN: ['M-KOMUNIKASI'],
  BIAYA_TARIF: ['M-INTEGRITAS'],
  SARANA_PRASARANA: [],
};
