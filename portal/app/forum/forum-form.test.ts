import { describe, expect, it } from 'vitest';
import { forumFieldOf, validateForumForm } from './forum-form';

const values = (v: Partial<{ title: string; body: string; name: string }>) => ({ title: '', body: '', name: '', honeypot: '', ...v });

describe('the forum forms', () => {
  it('takes a question with a title, text and a name, trimmed', () => {
    expect(validateForumForm(values({ title: ' Berapa lama izin usaha? ', body: ' Sudah dua minggu. ', name: ' Wayan ' }), 'thread')).toEqual({
      ok: true,
      value: { title: 'Berapa lama izin usaha?', body: 'Sudah dua minggu.', name: 'Wayan', honeypot: '' },
    });
  });

  it('says what is missing, field by field in the form’s order', () => {
    const result = validateForumForm(values({ title: 'ab' }), 'thread');
    expect(!result.ok && result.problems).toEqual([
      { field: 'title', key: 'forum.error.titleLength' },
      { field: 'body', key: 'forum.error.bodyMissing' },
      { field: 'name', key: 'forum.error.nameMissing' },
    ]);
  });

  it('needs no title for a reply, and bounds text and name', () => {
    expect(validateForumForm(values({ body: 'Terima kasih', name: 'Ani' }), 'reply').ok).toBe(true);
    const long = validateForumForm(values({ body: 'x'.repeat(4001), name: 'n'.repeat(81) }), 'reply');
    expect(!long.ok && long.problems.map((p) => p.key)).toEqual(['forum.error.bodyTooLong', 'forum.error.nameMissing']);
  });

  it('places the API’s field problems beside the fields', () => {
    expect([forumFieldOf('input.title'), forumFieldOf('input.body'), forumFieldOf('input.authorName'), forumFieldOf('input.serviceId')]).toEqual(['title', 'body', 'name', null]);
  });
});
