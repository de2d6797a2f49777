import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { ElementScores, SatisfactionFacts, periodText } from './satisfaction';

const id = translator('id');
const en = translator('en');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('the satisfaction result', () => {
  it('says scores are shown from 5 ratings, and shows none, below that', () => {
    const html = renderToStaticMarkup(<SatisfactionFacts t={id} satisfaction={{ responseCount: 3, ikm: null, grade: null, provisional: true, requiredSampleSize: 80 }} />);
    expect(text(html)).toBe('Skor ditampilkan mulai 5 penilaian, agar tidak ada penilai yang dapat dikenali. Dalam periode ini baru ada 3 penilaian.');
    expect(text(renderToStaticMarkup(<SatisfactionFacts t={en} satisfaction={{ responseCount: 1, ikm: null, grade: null }} />))).toContain('This period has 1 rating so far.');
  });

  it('shows the IKM with two decimals, the grade with its name and the count, and the provisional badge with its reason', () => {
    const html = renderToStaticMarkup(<SatisfactionFacts t={id} satisfaction={{ responseCount: 1234, ikm: 76.9, grade: 'B', provisional: true, requiredSampleSize: 370 }} />);
    expect(text(html)).toBe(
      'Indeks Kepuasan Masyarakat (IKM) 76,90 Mutu pelayanan B — Baik Jumlah penilaian 1.234 Sementara ' +
        'Hasil ini masih sementara: baru 1.234 penilaian, sedangkan periode ini membutuhkan 370 penilaian (ukuran sampel Krejcie–Morgan untuk jumlah pengguna layanan).',
    );
    const final = renderToStaticMarkup(<SatisfactionFacts t={en} satisfaction={{ responseCount: 400, ikm: 88.31, grade: 'A', provisional: false, requiredSampleSize: 370 }} />);
    expect(text(final)).toBe('Community Satisfaction Index (IKM) 88.31 Service quality grade A — Very good Ratings 400');
  });

  it('gives each element’s average in text; the bars are drawn for the eye only', () => {
    const html = renderToStaticMarkup(
      <ElementScores
        t={id}
        elements={[
          { element: 'PERSYARATAN', average: 3.0241 },
          { element: 'BIAYA_TARIF', average: 4 },
        ]}
      />,
    );
    expect(text(html)).toContain('Persyaratan 3,02 dari 4 Biaya/Tarif 4,00 dari 4');
    expect(html.match(/<svg class="element-score__bar" aria-hidden="true" focusable="false"><rect width="(\d+\.\d)%" height="100%"><\/rect><\/svg>/g)).toHaveLength(2);
    expect(html).toContain('width="75.6%"');
    expect(html).toContain('width="100.0%"');
    // No style attribute anywhere: the Content-Security-Policy would block it.
    expect(html).not.toContain('style=');
    expect(renderToStaticMarkup(<ElementScores t={id} elements={[]} />)).toBe('');
  });

  it('names the period in words', () => {
    expect(periodText(id, { from: '2025-11-24', to: '2026-11-23' })).toBe('12 bulan terakhir: 24 November 2025 – 23 November 2026.');
    expect(periodText(en, { from: '2025-11-24', to: '2026-11-23' })).toBe('Last 12 months: 24 November 2025 – 23 November 2026.');
  });
});
