import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { Breadcrumbs } from '../components/breadcrumbs';
import { ReportDisclosure } from '../report/report-form';
import { ElementScores, SatisfactionFacts, periodText } from '../components/satisfaction';
import { callerOf, execute } from '../graphql/client.server';
import { servicePageQuery } from '../graphql/catalog.server';
import { metaTranslator, useT } from '../i18n/use-t';
import { categoryLabel, channelLabel, feeText, formatDateIn, promisedTimeText, requirementItems, unitLabel } from '../utils/format';
import { PERIOD_MONTHS, periodOf } from '../utils/period';
import { notFound, required } from '../utils/problems.server';
import { CURSOR_MAX_LENGTH } from '../utils/search-params';
import { isServiceSlug } from '../utils/slugs';
import { ContentText, slot } from '../components/content-lang';

/** Published comments per page: enough to read on a phone without a long scroll. */
const COMMENTS_PER_PAGE = 10;
/** The query parameter that carries the comment connection's cursor (`?komentar=<endCursor>`). */
const COMMENTS_CURSOR = 'komentar';

/**
 * `/layanan/<slug>`: the stable address printed as a QR code at the service counter (CONTRACT.md).
 * What the service is and its published standard, how satisfied citizens were over the last twelve
 * months, and their published comments with the unit's answers.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const slug = params.slug;
  if (!isServiceSlug(slug)) notFound('service');
  const caller = callerOf(request, context);
  // The API counts the months in the region's own calendar and says which days they were.
  const read = (after: string | null) => execute(caller, servicePageQuery, { slug, months: PERIOD_MONTHS, first: COMMENTS_PER_PAGE, after });

  const raw = new URL(request.url).searchParams.get(COMMENTS_CURSOR);
  let cursor = raw && raw.length <= CURSOR_MAX_LENGTH ? raw : null;
  // An outdated, mangled or forged "more comments" link is not worth an error page: show the newest
  // comments and say so. A forged cursor the API fails on rather than refuses counts too (its failure
  // is logged by the client): this address is anyone's to write.
  let staleCursor = Boolean(raw) && cursor === null;
  let result = await read(cursor);
  if (!result.ok && (result.error.code === 'BAD_USER_INPUT' || result.error.code === 'INTERNAL') && cursor) {
    staleCursor = true;
    cursor = null;
    result = await read(null);
  }
  const { service } = required(result);
  if (!service) notFound('service');
  return { service, period: periodOf(service.satisfaction), commentsCursor: cursor, staleCursor };
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = metaTranslator(matches);
  if (!data) return [];
  const { service } = data;
  return [
    { title: t('meta.title', { page: `${service.name} — ${service.region.name}` }) },
    { name: 'description', content: service.description },
  ];
};

export default function ServicePage() {
  const { service, period, commentsCursor, staleCursor } = useLoaderData<typeof loader>();
  const t = useT();
  const requirements = requirementItems(service.requirements);
  const comments = service.feedback;
  const timeZone = service.region.timeZone;
  const commentsHref = (after: string | null) =>
    `/layanan/${service.slug}${after ? `?${new URLSearchParams({ [COMMENTS_CURSOR]: after })}` : ''}#komentar`;

  return (
    <article className="service">
      <Breadcrumbs
        crumbs={[
          { label: t('nav.home'), to: '/' },
          { label: service.region.name, to: `/wilayah/${service.region.slug}`, lang: 'id' },
          { label: service.name, lang: 'id' },
        ]}
      />
      {/* What comes from the database is Indonesian, also on an English page (decision record 0039). */}
      <h1 lang="id">{service.name}</h1>
      <p className="lead" lang="id">
        {service.description}
      </p>

      <div className="call-to-action">
        <p>{t('service.rate.intro')}</p>
        <Link to={`/layanan/${service.slug}/nilai`} className="button button--large">
          {t('service.rate')}
        </Link>
      </div>

      <section aria-labelledby="standar-pelayanan">
        <h2 id="standar-pelayanan">{t('service.standard')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('service.unit')}</dt>
            <dd lang="id">{unitLabel(service.unit)}</dd>
          </div>
          <div>
            <dt>{t('service.region')}</dt>
            <dd>
              <Link to={`/wilayah/${service.region.slug}`} lang="id">
                {service.region.name}
              </Link>
            </dd>
          </div>
          <div>
            <dt>{t('service.promisedTime')}</dt>
            <dd>{promisedTimeText(t, service.promisedDays)}</dd>
          </div>
          <div>
            <dt>{t('service.fee')}</dt>
            <dd>{feeText(t, service.feeRupiah)}</dd>
          </div>
          <div>
            <dt>{t('service.channel')}</dt>
            <dd>{channelLabel(t, service.channel)}</dd>
          </div>
          <div>
            <dt>{t('service.category')}</dt>
            <dd>{categoryLabel(t, service.category)}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="persyaratan">
        <h2 id="persyaratan">{t('service.requirements')}</h2>
        {requirements.length > 1 ? (
          <ul className="requirements" lang="id">
            {requirements.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ) : (
          <p lang="id">{service.requirements}</p>
        )}
      </section>

      <section aria-labelledby="kepuasan">
        <h2 id="kepuasan">{t('satisfaction.heading')}</h2>
        <p>{periodText(t, period)}</p>
        <SatisfactionFacts t={t} satisfaction={service.satisfaction} />
        <ElementScores t={t} elements={service.satisfaction.elements} />
        <p className="field__hint">{t('satisfaction.explain')}</p>
      </section>

      <section aria-labelledby="komentar" className="comments">
        <h2 id="komentar">{t('service.comments.heading')}</h2>
        {staleCursor ? <p className="notice">{t('service.comments.badCursor')}</p> : null}
        {comments.totalCount === 0 ? (
          <p className="empty">{t('service.comments.empty')}</p>
        ) : (
          <>
            <p>
              {t.plural('service.comments.count', comments.totalCount)} {t('service.comments.moderated')}
            </p>
            <ol className="comment-list">
              {comments.edges.map(({ node }) => (
                <li key={node.id} className="comment">
                  <p className="comment__meta">
                    <time dateTime={node.submittedAt}>{t('service.comments.submitted', { date: formatDateIn(t, node.submittedAt, timeZone) })}</time>
                  </p>
                  <blockquote className="comment__text">
                    <p lang="id">{node.comment}</p>
                  </blockquote>
                  {node.response ? (
                    <div className="comment__answer">
                      <p className="comment__answer-by">
                        <ContentText text={t('service.comments.answer', { unit: slot('unit') })} values={{ unit: node.response.unit.name }} />
                      </p>
                      <p className="comment__answer-body" lang="id">
                        {node.response.body}
                      </p>
                      <p className="comment__meta">
                        <time dateTime={node.response.respondedAt}>
                          {t('service.comments.answeredAt', { date: formatDateIn(t, node.response.respondedAt, timeZone) })}
                        </time>
                      </p>
                    </div>
                  ) : null}
                  <ReportDisclosure t={t} kind="comment" item={node.id} back={`/layanan/${service.slug}#komentar`} />
                </li>
              ))}
            </ol>
          </>
        )}
        {(comments.pageInfo.hasNextPage && comments.pageInfo.endCursor) || commentsCursor ? (
          <nav className="pagination" aria-label={t('service.comments.pagination')}>
            <ul>
              {commentsCursor ? (
                <li>
                  <Link to={commentsHref(null)}>{t('service.comments.first')}</Link>
                </li>
              ) : null}
              {comments.pageInfo.hasNextPage && comments.pageInfo.endCursor ? (
                <li>
                  <Link rel="next" to={commentsHref(comments.pageInfo.endCursor)}>
                    {t('service.comments.next')}
                  </Link>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
      </section>

      <section aria-labelledby="forum">
        <h2 id="forum">{t('forum.service.section')}</h2>
        <p>{t('forum.service.sectionBody')}</p>
        <p>
          <Link to={`/layanan/${service.slug}/forum`}>{t('forum.service.open')}</Link>
        </p>
      </section>

      <section aria-labelledby="untuk-petugas">
        <h2 id="untuk-petugas">{t('service.poster.heading')}</h2>
        <p>
          <Link to={`/layanan/${service.slug}/poster`}>{t('service.poster')}</Link>
        </p>
      </section>
    </article>
  );
}
