import { describe, expect, it } from 'vitest';
import { ELEMENT_TEXT, SKM_ELEMENTS, isSkmElement } from '../src/index.js';

describe('the nine SKM elements', () => {
  it("are listed in the regulation's order (facts/SKM.md)", () => {
    expect(SKM_ELEMENTS).toEqual([
      'PERSYARATAN',
      'SISTEM_MEKANISME_PROSEDUR',
      'WAKTU_PENYELESAIAN',
      'BIAYA_TARIF',
      'PRODUK_SPESIFIKASI',
      'KOMPETENSI_PELAKSANA',
      'PERILAKU_PELAKSANA',
      'PENANGANAN_PENGADUAN',
      'SARANA_PRASARANA',
    ]);
  });

  it('carry the official unsur names and answer labels from 1 to 4', () => {
    expect(SKM_ELEMENTS.map((e) => ELEMENT_TEXT.id[e].name)).toEqual([
      'Persyaratan',
      'Sistem, Mekanisme, dan Prosedur',
      'Waktu Penyelesaian',
      'Biaya/Tarif',
      'Produk Spesifikasi Jenis Pelayanan',
      'Kompetensi Pelaksana',
      'Perilaku Pelaksana',
      'Penanganan Pengaduan, Saran dan Masukan',
      'Sarana dan Prasarana',
    ]);
    expect(ELEMENT_TEXT.id.BIAYA_TARIF.answers).toEqual(['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis']);
    expect(ELEMENT_TEXT.id.PENANGANAN_PENGADUAN.answers).toEqual([
      'Tidak ada',
      'Ada tetapi tidak berfungsi',
      'Berfungsi kurang maksimal',
      'Dikelola dengan baik',
    ]);
  });

  it('have a name, a question and four answers in both languages', () => {
    for (const locale of ['id', 'en'] as const) {
      for (const e of SKM_ELEMENTS) {
        const t = ELEMENT_TEXT[locale][e];
        expect(t.name.length, `${locale} ${e}`).toBeGreaterThan(0);
        expect(t.question.length, `${locale} ${e}`).toBeGreaterThan(0);
        expect(t.answers, `${locale} ${e}`).toHaveLength(4);
      }
    }
  });

  it('asks in English what the regulation asks in Indonesian', () => {
    // Question 1 is about requirements suiting the type of service (kesesuaian persyaratan dengan
    // jenis pelayanan), not about whether they were as published; question 5 about the product
    // matching the service standard (facts/SKM.md, Lampiran PermenPANRB 14/2017).
    expect(ELEMENT_TEXT.id.PERSYARATAN.question).toMatch(/kesesuaian persyaratan pelayanan dengan jenis pelayanannya/);
    expect(ELEMENT_TEXT.en.PERSYARATAN.question).toBe('How well do the service requirements suit the type of service?');
    expect(ELEMENT_TEXT.en.PERSYARATAN.answers).toEqual(['Not suitable', 'Less suitable', 'Suitable', 'Very suitable']);
    expect(ELEMENT_TEXT.en.PRODUK_SPESIFIKASI.question).toMatch(/service standard/);
    expect(ELEMENT_TEXT.en.PERILAKU_PELAKSANA.question).toMatch(/courtesy and friendliness/);
    expect(ELEMENT_TEXT.en.SARANA_PRASARANA.question).toMatch(/facilities and infrastructure/);
  });

  it('recognises only the nine enum names', () => {
    expect(isSkmElement('BIAYA_TARIF')).toBe(true);
    expect(isSkmElement('biaya_tarif')).toBe(false);
    expect(isSkmElement('KECEPATAN')).toBe(false);
  });
});
