import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { recordingPageTexts } from '../i18n/catalogues.server';
import { sendWithPage, translator } from '../i18n';
import { PageTexts } from './page-texts';

function Page({ lang }: { lang: 'id' | 'en' }) {
  const t = translator(lang);
  sendWithPage(lang, 'rating.progress');
  return (
    <>
      <h1>{t('nav.home')}</h1>
      <p>{t.has('category.NOT_A_CATEGORY') ? 'yes' : 'no'}</p>
      <PageTexts />
    </>
  );
}

const block = (html: string) => JSON.parse(/<script type="application\/json" id="suara-texts"[^>]*>([^<]*)<\/script>/.exec(html)![1]!) as Record<string, Record<string, string | null>>;

describe('the texts a page carries to the browser (decision record 0043)', () => {
  it('are the ones its render used, in its language, with the ones sent by prefix, and a looked-up non-message as null', () => {
    const texts = block(recordingPageTexts(() => renderToStaticMarkup(<Page lang="en" />)));
    expect(Object.keys(texts)).toEqual(['en']);
    expect(texts.en!['nav.home']).toBe('Home');
    expect(texts.en!['category.NOT_A_CATEGORY']).toBeNull();
    expect(Object.keys(texts.en!).filter((k) => k.startsWith('rating.progress')).length).toBeGreaterThanOrEqual(2);
    // Nothing else: not the whole catalogue.
    expect(Object.keys(texts.en!).length).toBeLessThan(10);
  });

  it('keep each render’s texts to itself when two pages render at once', async () => {
    const [id, en] = await Promise.all([
      recordingPageTexts(async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return renderToStaticMarkup(<Page lang="id" />);
      }),
      recordingPageTexts(async () => renderToStaticMarkup(<Page lang="en" />)),
    ]);
    expect(Object.keys(block(id))).toEqual(['id']);
    expect(Object.keys(block(en))).toEqual(['en']);
  });

  it('cannot end their script element early', () => {
    const html = recordingPageTexts(() => {
      translator('id')('nav.home');
      return renderToStaticMarkup(<PageTexts />);
    });
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<(?!\/?script)/);
  });
});
