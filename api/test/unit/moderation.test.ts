import { describe, expect, it } from 'vitest';
import { systemReason } from '../../src/modules/moderation/report.service.js';

describe('the reason of an automatic hide', () => {
  it('lists the reports with their count', () => {
    const reason = systemReason(['Kasar.', 'Menghina petugas.', 'Tidak pantas.']);
    expect(reason).toContain('setelah 3 laporan warga');
    expect(reason).toContain('1) Kasar.; 2) Menghina petugas.; 3) Tidak pantas.');
  });

  it('stays bounded however many and however long the reports are', () => {
    const reason = systemReason(Array.from({ length: 500 }, () => 'x'.repeat(1000)));
    expect([...reason].length).toBeLessThan(2400);
    expect(reason).toContain('setelah 500 laporan');
    expect(reason).toContain('dan 490 laporan lain');
  });
});
