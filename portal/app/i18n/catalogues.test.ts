import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './catalogues.server';
import { LANGS, translator } from './index';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  const reference = Object.keys(CATALOGUES.id).sort();

  it.each(LANGS)('%s has exactly the keys of Bahasa Indonesia', (lang) => {
    expect(Object.keys(CATALOGUES[lang]).sort()).toEqual(reference);
  });

  it.each(LANGS)('%s has no empty or blank message', (lang) => {
    const blank = Object.entries(CATALOGUES[lang]).filter(([, text]) => text.trim() === '');
    expect(blank).toEqual([]);
  });

  it.each(LANGS)('%s uses the same {placeholders} as Bahasa Indonesia in every message', (lang) => {
    const different = reference.filter(
      (key) => placeholders(CATALOGUES[lang][key as keyof typeof CATALOGUES.id]).join() !== placeholders(CATALOGUES.id[key as keyof typeof CATALOGUES.id]).join(),
    );
    expect(different).toEqual([]);
  });

  it('has both plural forms wherever one is given', () => {
    const bases = reference.filter((k) => k.endsWith('.one') || k.endsWith('.other')).map((k) => k.replace(/\.(one|other)$/, ''));
    const incomplete = [...new Set(bases)].filter((b) => !reference.includes(`${b}.one`) || !reference.includes(`${b}.other`));
    expect(incomplete).toEqual([]);
  });

  it('offers the other language by its own name in the switch', () => {
    expect(CATALOGUES.id['lang.switchTo']).toBe('English');
    expect(CATALOGUES.en['lang.switchTo']).toBe('Bahasa Indonesia');
  });

  it('names the skip link as the design asks', () => {
    expect(CATALOGUES.id['app.skipLink']).toBe('Langsung ke konten utama');
  });
});

describe('translator', () => {
  it('fills placeholders and formats numbers the way each language writes them', () => {
    expect(translator('id')('search.title.query', { query: 'izin' })).toBe('Hasil pencarian “izin”');
    expect(translator('id').plural('search.count', 1234)).toBe('1.234 layanan ditemukan.');
    expect(translator('en').plural('search.count', 1234)).toBe('1,234 services found.');
  });

  it('picks the English singular for one and the plural otherwise; Indonesian has one form', () => {
    const en = translator('en');
    expect(en.plural('service.days', 1)).toBe('1 working day');
    expect(en.plural('service.days', 2)).toBe('2 working days');
    expect(en.plural('search.count', 0)).toBe('0 services found.');
    expect(translator('id').plural('service.days', 1)).toBe('1 hari kerja');
  });

  it('leaves text without placeholders untouched, braces in values included', () => {
    expect(translator('en')('search.title.query', { query: '{q}' })).toBe('Search results for “{q}”');
    expect(translator('id')('nav.home')).toBe('Beranda');
  });
});

describe('message catalogue parts', () => {
  // The catalogue is spread together from parts (id.ts, hr.id.ts, report.id.ts, …): a key defined in
  // two parts silently takes the later text — once the SKM reports page was titled "Report content".
  it.each([
    ['id', /^(id|.+\.id)\.ts$/],
    ['en', /^(en|.+\.en)\.ts$/],
  ] as const)('%s defines each key in one part only', async (_lang, pattern) => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('.', import.meta.url);
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const file of readdirSync(dir).filter((f) => pattern.test(f))) {
      for (const match of readFileSync(new URL(file, dir), 'utf8').matchAll(/^\s+'([\w.-]+)':/gm)) {
        const key = match[1]!;
        if (seen.has(key) && seen.get(key) !== file) twice.push(`${key} (${seen.get(key)}, ${file})`);
        seen.set(key, file);
      }
    }
    expect(twice).toEqual([]);
  });
});
