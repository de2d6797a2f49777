import { describe, expect, it } from 'vitest';
import { SKM_ELEMENTS } from '@suara/skm';
import { printable, renderReportPdf, reportFileName, type ReportContent, type ReportVersion } from './pdf.server';

/**
 * The Laporan SKM PDF (decision record 0026), read back from its bytes: uncompressed streams, and
 * the text recovered through the embedded font's ToUnicode map (pdfkit writes glyph ids, not letters).
 */
function pdfText(bytes: Buffer): string[] {
  const raw = bytes.toString('latin1');
  const maps: Array<Map<number, string>> = [];
  for (const m of raw.matchAll(/beginbfrange\s*([\s\S]*?)endbfrange/g)) {
    const map = new Map<number, string>();
    for (const range of m[1]!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*\[([^\]]*)\]/gi)) {
      const start = parseInt(range[1]!, 16);
      [...range[3]!.matchAll(/<([0-9a-f ]+)>/gi)].forEach((target, i) => {
        const units = target[1]!.split(' ').map((h) => parseInt(h, 16));
        map.set(start + i, String.fromCharCode(...units));
      });
    }
    maps.push(map);
  }
  const runs = [...raw.matchAll(/\[([^\]]*)\]\s*TJ/g)].map((m) => [...m[1]!.matchAll(/<([0-9a-f]+)>/gi)].map((h) => h[1]!));
  // Each text run is in one of the two embedded fonts (regular, bold): decode with each.
  return maps.map((map) =>
    runs
      .map((hexes) =>
        hexes
          .map((hex) => hex.match(/.{4}/g)!.map((code) => map.get(parseInt(code, 16)) ?? '\u0000').join(''))
          .join(''),
      )
      .join('\n')
      // A wrapped line is one sentence again.
      .replace(/\s+/g, ' '),
  );
}

const elements = SKM_ELEMENTS.map((element, i) => ({ element, average: 2.6 + i * 0.1 }));
const counts = (codes: string[]) => codes.map((code, i) => ({ code, count: i + 1 }));

function content(overrides: Partial<ReportContent> = {}): ReportContent {
  return {
    region: { slug: 'mataram', name: 'Kota Mataram' },
    unit: { name: 'Dinas Kependudukan dan Pencatatan Sipil', abbreviation: 'Disdukcapil' },
    period: { key: '2026-S1', from: '2026-01-01', to: '2026-06-30' },
    legalBasis: ['Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik', 'Peraturan Menteri PANRB Nomor 14 Tahun 2017'],
    method: {
      channels: [
        { code: 'WEB', count: 300 },
        { code: 'KIOSK', count: 40 },
        { code: 'PAPER', count: 12 },
        { code: 'IMPORT', count: 0 },
      ],
      respondents: 352,
      population: 9000,
      requiredSampleSize: 369,
      provisional: true,
      profile: { ageGroup: counts(['<20', '20-29', '']), gender: counts(['L', 'P']), education: counts(['SMA', 'D4-S1']), occupation: counts(['PNS', 'PELAJAR_MAHASISWA']) },
    },
    results: { responseCount: 352, ikm: 81.94, grade: 'B', elements },
    services: [
      { name: 'Kartu Tanda Penduduk Elektronik (KTP-el)', responseCount: 200, ikm: 82.5, grade: 'B', elements },
      { name: 'Akta Kelahiran', responseCount: 3, ikm: null, grade: null, elements: [] },
    ],
    trend: [
      { key: '2025-S2', responseCount: 290, ikm: 74.1, grade: 'C' },
      { key: '2026-S1', responseCount: 352, ikm: 81.94, grade: 'B' },
    ],
    analysis: {
      weakest: elements.slice(0, 3),
      strongest: elements.slice(-2),
      comments: [
        { element: 'PERSYARATAN', tone: 'LOW', service: 'Akta Kelahiran', day: '2026-03-02', text: 'Antrean lama 😡😡 — “pelayanan” naïve Ωmega ✓ 中文 ok', answered: true },
        ...Array.from({ length: 40 }, (_, i) => ({ element: 'WAKTU_PENYELESAIAN' as const, tone: 'LOW' as const, service: 'KTP-el', day: '2026-04-01', text: `Komentar nomor ${i + 1} tentang waktu penyelesaian yang cukup panjang untuk beberapa baris teks di halaman.`, answered: false })),
      ],
      complaints: { received: 41, answered: 30 },
    },
    followUp: {
      actions: [{ element: 'PERSYARATAN', action: 'Menyederhanakan persyaratan KTP-el', owner: 'Kepala Bidang Pelayanan', dueOn: '2026-09-30', status: 'IN_PROGRESS' }],
      previous: { key: '2025-S2', actions: [{ element: 'PERILAKU_PELAKSANA', action: 'Pelatihan pelayanan prima', owner: null, dueOn: '2026-03-31', status: 'DONE' }], done: 1, total: 1 },
    },
    publications: [{ channel: 'PORTAL', at: null, url: '/wilayah/mataram' }],
    revision: null,
    ...overrides,
  };
}

const version = (overrides: Partial<ReportVersion> = {}): ReportVersion => ({
  version: 1,
  publishedAt: '2026-07-12T02:00:00.000Z',
  signedBy: 'Drs. H. Lalu Ahmad, M.Si., Kepala Dinas',
  revisionReason: null,
  content: content(),
  ...overrides,
});

describe('the Laporan SKM PDF', () => {
  it('is a PDF of numbered pages that names the unit, its version and the signer', async () => {
    const bytes = await renderReportPdf(version(), 'id', { compress: false });
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = bytes.toString('latin1').match(/\/Type \/Page\b(?!s)/g)!.length;
    expect(pages).toBeGreaterThanOrEqual(4);
    const texts = pdfText(bytes).join('\n');
    expect(texts).toContain('Dinas Kependudukan dan Pencatatan Sipil');
    expect(texts).toContain(`Halaman 1 dari ${pages}`);
    expect(texts).toContain(`Halaman ${pages} dari ${pages}`);
    expect(texts).toContain('Versi 1, 12 Juli 2026');
    expect(texts).toContain('Drs. H. Lalu Ahmad, M.Si., Kepala Dinas');
    // Every section of facts/LAPORAN.md, and the annexes.
    for (const heading of ['1. Pendahuluan', '2. Metode', '3. Hasil', '4. Analisis', '5. Rencana tindak lanjut', '6. Kesimpulan', 'Lampiran A. Kuesioner', 'Lampiran B.']) {
      expect(texts).toContain(heading);
    }
    expect(texts).toContain('Undang-Undang Nomor 25 Tahun 2009');
    expect(texts).toContain('81,94');
  });

  it('prints citizens’ words in any Latin script and symbols, leaving out only what the font cannot draw', async () => {
    const texts = pdfText(await renderReportPdf(version(), 'id', { compress: false })).join('\n');
    expect(texts).toContain('“pelayanan” naïve Ωmega ✓');
    expect(texts).not.toContain('中文');
    expect(printable('a\u0007b\u200dc 中文 d')).toBe('abc d');
  });

  it('says on a revised version what changed, in English too', async () => {
    const revised = version({
      version: 2,
      publishedAt: '2026-08-09T03:00:00.000Z',
      revisionReason: '8 tanggapan terlambat masuk untuk periode 2026-S1 (kuesioner kertas atau antrean kios); jumlah tanggapan 344 → 352, IKM 81,80 → 81,94.',
      content: content({ revision: { previousVersion: 1, previousResponseCount: 344, previousIkm: 81.8, addedResponses: 8 } }),
    });
    const id = pdfText(await renderReportPdf(revised, 'id', { compress: false })).join('\n');
    expect(id).toContain('Versi revisi. 8 tanggapan terlambat masuk');
    expect(id).toContain('Versi 2, 9 Agustus 2026');
    const en = pdfText(await renderReportPdf(revised, 'en', { compress: false })).join('\n');
    expect(en).toContain('Revised version. 8 late responses arrived for the period; responses 344 → 352, IKM 81.80 → 81.94.');
    expect(en).toContain('Version 2, 9 August 2026');
  });

  it('marks a staff preview as a draft on every page', async () => {
    const bytes = await renderReportPdf(version({ version: 0 }), 'id', { compress: false });
    const texts = pdfText(bytes).join('\n');
    const pages = bytes.toString('latin1').match(/\/Type \/Page\b(?!s)/g)!.length;
    expect(texts.match(/DRAF, belum diterbitkan/g)!.length).toBeGreaterThan(pages);
    expect(texts).not.toContain('Versi 0');
    expect(reportFileName('Dinas Sosial', '2026-S1', 0)).toBe('laporan-skm-dinas-sosial-2026-s1-draf.pdf');
  });

  it('has a readable file name', () => {
    expect(reportFileName('Dinas Kependudukan dan Pencatatan Sipil', '2026-S1', 2)).toBe('laporan-skm-dinas-kependudukan-dan-pencatatan-sipil-2026-s1-v2.pdf');
  });
});
