import { describe, expect, it } from 'vitest';
import { langFromHeader } from '../../src/graphql/request-scope.js';

describe('the language of API messages', () => {
  it('is Indonesian unless the caller prefers English', () => {
    expect(langFromHeader(undefined)).toBe('id');
    expect(langFromHeader('fr-FR')).toBe('id');
    expect(langFromHeader('en-GB,en;q=0.9')).toBe('en');
    expect(langFromHeader('id-ID,id;q=0.9,en;q=0.8')).toBe('id');
    expect(langFromHeader('id;q=0.5, en;q=0.8')).toBe('en');
  });
});
