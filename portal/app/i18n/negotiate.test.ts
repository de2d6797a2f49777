import { describe, expect, it } from 'vitest';
import { langCookie, negotiateLang, readCookie, safeReturnPath } from './negotiate';

describe('choosing the page language', () => {
  it('serves Bahasa Indonesia to a first-time visitor', () => {
    expect(negotiateLang(null, null)).toEqual({ lang: 'id', remember: false });
  });

  it('follows the lang cookie set by the language switch', () => {
    expect(negotiateLang(null, 'theme=dark; lang=en')).toEqual({ lang: 'en', remember: false });
    expect(negotiateLang(null, 'lang=id')).toEqual({ lang: 'id', remember: false });
  });

  it('lets ?lang= override the cookie and asks to remember the new choice', () => {
    expect(negotiateLang('en', 'lang=id')).toEqual({ lang: 'en', remember: true });
    expect(negotiateLang('EN', null)).toEqual({ lang: 'en', remember: true });
    expect(negotiateLang('id', null)).toEqual({ lang: 'id', remember: true });
  });

  it('does not set the cookie again when ?lang= agrees with it', () => {
    expect(negotiateLang('en', 'lang=en')).toEqual({ lang: 'en', remember: false });
  });

  it('follows a browser that asks for English on the first visit, and Indonesian when it lists that first or only other languages', () => {
    expect(negotiateLang(null, null, 'en-GB,en;q=0.9')).toEqual({ lang: 'en', remember: false });
    expect(negotiateLang(null, null, 'fr-FR,fr;q=0.9,en;q=0.5')).toEqual({ lang: 'en', remember: false });
    expect(negotiateLang(null, null, 'id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7')).toEqual({ lang: 'id', remember: false });
    expect(negotiateLang(null, null, 'en;q=0.4,in;q=0.8')).toEqual({ lang: 'id', remember: false });
    expect(negotiateLang(null, null, 'de-DE,fr')).toEqual({ lang: 'id', remember: false });
    expect(negotiateLang(null, null, 'en;q=0,*')).toEqual({ lang: 'id', remember: false });
  });

  it('lets the cookie and ?lang= outrank what the browser asks for', () => {
    expect(negotiateLang(null, 'lang=id', 'en-US')).toEqual({ lang: 'id', remember: false });
    expect(negotiateLang('id', null, 'en-US')).toEqual({ lang: 'id', remember: true });
  });

  it('ignores languages the portal does not have', () => {
    expect(negotiateLang('fr', 'lang=de')).toEqual({ lang: 'id', remember: false });
    expect(negotiateLang('fr', 'lang=en')).toEqual({ lang: 'en', remember: false });
    expect(negotiateLang('', 'lang=')).toEqual({ lang: 'id', remember: false });
  });
});

describe('readCookie', () => {
  it('finds one cookie among several, tolerating spaces, quotes and encoding', () => {
    expect(readCookie('a=1;  lang = en ;b=2', 'lang')).toBe('en');
    expect(readCookie('lang="id"', 'lang')).toBe('id');
    expect(readCookie('x=%E2%9C%93', 'x')).toBe('✓');
    expect(readCookie('x=%E2%9C', 'x')).toBe('%E2%9C');
  });

  it('does not mistake a cookie whose name only ends in the one asked for', () => {
    expect(readCookie('slang=en', 'lang')).toBeNull();
    expect(readCookie(null, 'lang')).toBeNull();
  });
});

describe('langCookie', () => {
  it('remembers the choice for a year on the whole site, out of reach of scripts', () => {
    const cookie = langCookie('en', { secure: false });
    expect(cookie).toMatch(/^lang=en; /);
    expect(cookie).toContain('Path=/');
    expect(cookie).toContain('Max-Age=31536000');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).not.toContain('Secure');
    expect(langCookie('id', { secure: true })).toContain('; Secure');
  });
});

describe('safeReturnPath', () => {
  it('returns to the page the citizen was on, query included', () => {
    expect(safeReturnPath('/layanan?q=izin&wilayah=mataram')).toBe('/layanan?q=izin&wilayah=mataram');
    expect(safeReturnPath('/layanan/mataram-ktp-el')).toBe('/layanan/mataram-ktp-el');
  });

  it('drops ?lang= so it cannot undo the choice just made', () => {
    expect(safeReturnPath('/layanan?lang=en&q=izin')).toBe('/layanan?q=izin');
    expect(safeReturnPath('/?lang=id')).toBe('/');
  });

  it('never sends anyone to another site', () => {
    for (const evil of ['//evil.example', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '', 42, null]) {
      expect(safeReturnPath(evil)).toBe('/');
    }
  });

  it('never sends anyone to another site through dot segments, encoded dots, backslashes or control characters', () => {
    // Each of these resolves to `//evil.example…`, which a browser reads as the host evil.example.
    const hostile = [
      '/.//evil.example/x',
      '/a/..//evil.example',
      '/%2e//evil.example',
      '/%2E//evil.example',
      '/./\\evil.example',
      '/..//evil.example',
      '/a/b/../..//evil.example',
      '/%2e%2e//evil.example',
      '/.%2e//evil.example',
      '/\\/evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      '/\\\\evil.example',
      '/./%2e/..//evil.example?lang=en',
    ];
    for (const evil of hostile) {
      const path = safeReturnPath(evil);
      expect(path, evil).toBe('/');
      // As a browser on this site would follow it:
      expect(new URL(path, 'https://suara.example').origin, evil).toBe('https://suara.example');
    }
  });

  it('keeps an odd but local path on this site', () => {
    expect(safeReturnPath('/layanan/./x')).toBe('/layanan/x');
    expect(safeReturnPath('/%2f%2fevil.example')).toBe('/%2f%2fevil.example');
    expect(safeReturnPath('/a/../layanan')).toBe('/layanan');
  });
});
