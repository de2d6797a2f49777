import { describe, expect, it } from 'vitest';
import { qrSvg } from './qr.server';

describe('the poster’s QR code', () => {
  it('is an inline SVG drawn with paths, hidden from screen readers (its wrapper names it)', async () => {
    const svg = await qrSvg('https://suara.example/layanan/mataram-ktp-el/nilai');
    expect(svg).toMatch(/^<svg aria-hidden="true" focusable="false" xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1"/);
    expect(svg).toMatch(/<path[^>]+stroke="#000000"[^>]+d="M/);
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('encodes the address it is given: another address draws another code, the same one the same code', async () => {
    const a = await qrSvg('https://suara.example/layanan/a/nilai');
    expect(await qrSvg('https://suara.example/layanan/a/nilai')).toBe(a);
    expect(await qrSvg('https://suara.example/layanan/b/nilai')).not.toBe(a);
  });
});
