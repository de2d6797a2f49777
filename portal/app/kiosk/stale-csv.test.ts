import { describe, expect, it } from 'vitest';
import type { QueuedRating } from './rating';
import { dayIn, staleCsv } from './stale-csv';

const rating = (over: Partial<QueuedRating> = {}): QueuedRating => ({
  idempotencyKey: '0b9f5a8e-2f0c-4c55-9d7e-6a4f0e1c2b3a',
  serviceId: 's1',
  serviceSlug: 'mataram-ktp-el',
  serviceName: 'KTP-el',
  timeZone: 'Asia/Makassar',
  scores: [4, 3, 3, 4, 3, 3, 4, 3, 2],
  respondent: { ageGroup: '30-39', gender: 'P', education: 'SMA', occupation: 'WIRAUSAHA' },
  comment: null,
  answeredAt: '2026-11-01T17:30:00.000Z',
  attempts: 3,
  lastError: 'answeredAt',
  state: 'stale',
  ...over,
});

describe('the CSV of ratings a kiosk could not send', () => {
  it('dates a rating on the day it was answered in the region, not in UTC', () => {
    // 17:30 UTC is 01:30 the next morning in Mataram (WITA, UTC+8).
    expect(dayIn('2026-11-01T17:30:00.000Z', 'Asia/Makassar')).toBe('2026-11-02');
  });

  it('has the columns the SKM import reads, one questionnaire per rating', () => {
    const [header, row, end] = staleCsv([rating()]).split('\r\n');
    expect(header).toBe('layanan,tanggal,u1,u2,u3,u4,u5,u6,u7,u8,u9,komentar,umur,jenis_kelamin,pendidikan,pekerjaan,no_kuesioner');
    expect(row).toBe('mataram-ktp-el,2026-11-02,4,3,3,4,3,3,4,3,2,,30-39,P,SMA,WIRAUSAHA,kios-0b9f5a8e-2f0c-4c55-9d7e-6a4f0e1c2b3a');
    expect(end).toBe('');
  });

  it("keeps a citizen's comment as written, quoted when it has commas, quotes or line breaks", () => {
    const csv = staleCsv([rating({ comment: '=Antre "lama", tapi\nramah', respondent: null })]);
    expect(csv).toContain('"=Antre ""lama"", tapi\nramah",,,,,kios-');
  });
});
