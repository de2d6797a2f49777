import { describe, expect, it } from 'vitest';
import { BODY_MAX, readForumForm, validateForumForm } from './forum-form';

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.set(k, v);
  return readForumForm(data);
};

describe('the forum forms', () => {
  it('accepts a question with a title, words and a name, trimmed', () => {
    const check = validateForumForm('thread', form({ judul: '  Syarat izin usaha?  ', isi: ' Apa saja syaratnya? ', nama: ' Ani ' }));
    expect(check).toEqual({ ok: true, values: { title: 'Syarat izin usaha?', body: 'Apa saja syaratnya?', authorName: 'Ani', honeypot: '' } });
  });

  it('asks for every missing field, in the order of the form', () => {
    const check = validateForumForm('thread', form({ judul: ' ', isi: '', nama: '' }));
    expect(check.ok).toBe(false);
    expect(!check.ok && check.problems.map((p) => [p.field, p.kind])).toEqual([
      ['title', 'required'],
      ['body', 'required'],
      ['authorName', 'required'],
    ]);
  });

  it('says how long a too-long reply is, counting an emoji as one character', () => {
    const check = validateForumForm('reply', form({ isi: '😀'.repeat(BODY_MAX + 1), nama: 'Budi' }));
    expect(!check.ok && check.problems).toEqual([{ field: 'body', kind: 'tooLong', count: BODY_MAX + 1, max: BODY_MAX }]);
  });

  it('refuses a two-letter title but not a reply without one', () => {
    expect(validateForumForm('thread', form({ judul: 'ok', isi: 'x', nama: 'y' })).ok).toBe(false);
    expect(validateForumForm('reply', form({ isi: 'Terima kasih', nama: 'Ani' })).ok).toBe(true);
  });

  it('reads CRLF line breaks as the citizen typed them', () => {
    expect(form({ isi: 'a\r\nb' }).body).toBe('a\nb');
  });
});
