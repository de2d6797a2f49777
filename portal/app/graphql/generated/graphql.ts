/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The score given to one SKM element. */
export type ElementScoreInput = {
  element: SkmElement;
  /** 1 (worst) to 4 (best); the answer labels are those of facts/SKM.md. */
  score: number;
};

/** Service quality grade (mutu pelayanan): A Sangat Baik, B Baik, C Kurang Baik, D Tidak Baik. */
export type Grade =
  | 'A'
  | 'B'
  | 'C'
  | 'D';

export type ModerationStatus =
  | 'HIDDEN'
  | 'PENDING'
  | 'PUBLISHED'
  | 'SPAM';

export type PostToForumInput = {
  /** The name to show, 1–80 characters. */
  authorName: string;
  /** 1–4000 characters. */
  body: string;
  threadId: string | number;
  /** Leave empty (see StartForumThreadInput.website). */
  website?: string | null | undefined;
};

/** KOTA (city, led by a Wali Kota) or KABUPATEN (regency, led by a Bupati). */
export type RegionKind =
  | 'KABUPATEN'
  | 'KOTA';

/** The optional SKM respondent profile. Codes: see the SKM questionnaire. */
export type RespondentInput = {
  /** One of <20, 20-29, 30-39, 40-49, 50-59, 60+. */
  ageGroup?: string | null | undefined;
  /** One of SD, SMP, SMA, D1-D3, D4-S1, S2, S3. */
  education?: string | null | undefined;
  /** L (laki-laki) or P (perempuan). */
  gender?: string | null | undefined;
  /** One of PNS, TNI, POLRI, SWASTA, WIRAUSAHA, PELAJAR_MAHASISWA, LAINNYA. */
  occupation?: string | null | undefined;
};

/** Where the service is delivered: at the counter, online, or both. */
export type ServiceChannel =
  | 'HYBRID'
  | 'OFFLINE'
  | 'ONLINE';

/** The nine elements (unsur) of the SKM, PermenPANRB 14/2017, in the regulation’s order. */
export type SkmElement =
  | 'BIAYA_TARIF'
  | 'KOMPETENSI_PELAKSANA'
  | 'PENANGANAN_PENGADUAN'
  | 'PERILAKU_PELAKSANA'
  | 'PERSYARATAN'
  | 'PRODUK_SPESIFIKASI'
  | 'SARANA_PRASARANA'
  | 'SISTEM_MEKANISME_PROSEDUR'
  | 'WAKTU_PENYELESAIAN';

/** A citizen’s question to a unit: about one service (serviceId) or the unit as a whole (unitId), exactly one. */
export type StartForumThreadInput = {
  /** The name to show, 1–80 characters (no account behind it). */
  authorName: string;
  /** The question, 1–4000 characters. */
  body: string;
  serviceId?: string | number | null | undefined;
  /** 3–200 characters. */
  title: string;
  unitId?: string | number | null | undefined;
  /** Leave empty: a field people never see, for telling robots apart. */
  website?: string | null | undefined;
};

export type SubmitFeedbackInput = {
  /** Up to 2,000 characters; published only after a moderator approves it. */
  comment?: string | null | undefined;
  /** Private (up to 200 characters): only the unit answering sees it; never returned by a public field. */
  contact?: string | null | undefined;
  /** The hidden form field people never fill in. When it has a value the response is kept as spam and never counts. */
  honeypot?: string | null | undefined;
  /** 8–64 visible characters chosen by the client; the same key twice returns the first receipt and stores once. */
  idempotencyKey: string;
  /** ALTCHA proof-of-work solution (base64), required where the region switches it on. */
  proofOfWork?: string | null | undefined;
  respondent?: RespondentInput | null | undefined;
  /** Exactly one score for each of the nine elements. */
  scores: Array<ElementScoreInput>;
  serviceId: string | number;
};

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { regions: Array<{ slug: string, name: string, province: string }> };

export type SearchServicesQueryVariables = Exact<{
  search?: string | null | undefined;
  regionSlug?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchServicesQuery = { services: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { slug: string, name: string, unit: { name: string, abbreviation: string | null }, region: { slug: string, name: string } } }> }, regions: Array<{ slug: string, name: string }> };

export type RegionPageQueryVariables = Exact<{
  slug: string;
  months: number;
}>;


export type RegionPageQuery = { region: { slug: string, name: string, province: string, kind: RegionKind, headTitle: string, satisfaction: { periodFrom: string | null, periodTo: string | null, responseCount: number, ikm: number | null, grade: Grade | null, provisional: boolean, requiredSampleSize: number }, units: Array<{ id: string, name: string, abbreviation: string | null, satisfaction: { responseCount: number, ikm: number | null, grade: Grade | null }, services: Array<{ slug: string, name: string }> }> } | null };

export type ServicePageQueryVariables = Exact<{
  slug: string;
  months: number;
  first: number;
  after?: string | null | undefined;
}>;


export type ServicePageQuery = { service: { description: string, category: string, channel: ServiceChannel, promisedDays: number, feeRupiah: number, requirements: string, slug: string, name: string, region: { timeZone: string, slug: string, name: string }, satisfaction: { periodFrom: string | null, periodTo: string | null, responseCount: number, ikm: number | null, grade: Grade | null, provisional: boolean, requiredSampleSize: number, elements: Array<{ element: SkmElement, average: number }> }, feedback: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, submittedAt: string, comment: string | null, response: { body: string, respondedAt: string, unit: { name: string } } | null } }> }, unit: { name: string, abbreviation: string | null } } | null };

export type RatingPageQueryVariables = Exact<{
  slug: string;
}>;


export type RatingPageQuery = { service: { id: string, proofOfWorkRequired: boolean, slug: string, name: string, unit: { name: string, abbreviation: string | null }, region: { slug: string, name: string } } | null };

export type SubmitFeedbackMutationVariables = Exact<{
  input: SubmitFeedbackInput;
}>;


export type SubmitFeedbackMutation = { submitFeedback: { receiptCode: string } };

export type ProofOfWorkChallengeQueryVariables = Exact<{
  serviceId: string | number;
}>;


export type ProofOfWorkChallengeQuery = { proofOfWorkChallenge: string | null };

export type FeedbackReceiptQueryVariables = Exact<{
  code: string;
}>;


export type FeedbackReceiptQuery = { feedbackReceipt: { code: string, status: ModerationStatus, submittedAt: string, hasComment: boolean, service: { slug: string, name: string, region: { timeZone: string, slug: string, name: string }, unit: { name: string, abbreviation: string | null } }, response: { body: string, respondedAt: string, unit: { name: string } } | null } | null };

export type PosterQueryVariables = Exact<{
  slug: string;
}>;


export type PosterQuery = { service: { slug: string, name: string, unit: { name: string, abbreviation: string | null }, region: { slug: string, name: string } } | null };

export type ForumThreadSummaryFragment = { id: string, title: string, authorName: string, createdAt: string, lastActivityAt: string, answered: boolean, postCount: number, service: { slug: string, name: string } | null, unit: { id: string, name: string, abbreviation: string | null, region: { slug: string, name: string, timeZone: string } } };

export type ForumThreadsQueryVariables = Exact<{
  regionSlug?: string | null | undefined;
  unitId?: string | number | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ForumThreadsQuery = { regions: Array<{ slug: string, name: string }>, forumThreads: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, authorName: string, createdAt: string, lastActivityAt: string, answered: boolean, postCount: number, service: { slug: string, name: string } | null, unit: { id: string, name: string, abbreviation: string | null, region: { slug: string, name: string, timeZone: string } } } }> } };

export type ForumUnitQueryVariables = Exact<{
  id: string | number;
}>;


export type ForumUnitQuery = { unit: { id: string, name: string, abbreviation: string | null, region: { slug: string, name: string } } | null };

export type ServiceForumQueryVariables = Exact<{
  slug: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ServiceForumQuery = { service: { id: string, slug: string, name: string, unit: { id: string, name: string, abbreviation: string | null }, region: { timeZone: string, slug: string, name: string } } | null, forumThreads: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, authorName: string, createdAt: string, lastActivityAt: string, answered: boolean, postCount: number, service: { slug: string, name: string } | null, unit: { id: string, name: string, abbreviation: string | null, region: { slug: string, name: string, timeZone: string } } } }> } };

export type ForumThreadQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type ForumThreadQuery = { forumThread: { id: string, title: string, authorName: string, createdAt: string, lastActivityAt: string, answered: boolean, postCount: number, posts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, body: string, authorName: string, createdAt: string, official: boolean, edited: boolean, officialUnit: { name: string, abbreviation: string | null } | null } }> }, service: { slug: string, name: string } | null, unit: { id: string, name: string, abbreviation: string | null, region: { slug: string, name: string, timeZone: string } } } | null };

export type StartForumThreadMutationVariables = Exact<{
  input: StartForumThreadInput;
}>;


export type StartForumThreadMutation = { startForumThread: { id: string, status: ModerationStatus } };

export type PostToForumMutationVariables = Exact<{
  input: PostToForumInput;
}>;


export type PostToForumMutation = { postToForum: { id: string, status: ModerationStatus } };

export type ServiceSummaryFragment = { slug: string, name: string, unit: { name: string, abbreviation: string | null }, region: { slug: string, name: string } };

export type SatisfactionFactsFragment = { periodFrom: string | null, periodTo: string | null, responseCount: number, ikm: number | null, grade: Grade | null, provisional: boolean, requiredSampleSize: number };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ForumThreadSummaryFragmentDoc = new TypedDocumentString(`
    fragment ForumThreadSummary on ForumThread {
  id
  title
  authorName
  createdAt
  lastActivityAt
  answered
  postCount
  service {
    slug
    name
  }
  unit {
    id
    name
    abbreviation
    region {
      slug
      name
      timeZone
    }
  }
}
    `, {"fragmentName":"ForumThreadSummary"}) as unknown as TypedDocumentString<ForumThreadSummaryFragment, unknown>;
export const ServiceSummaryFragmentDoc = new TypedDocumentString(`
    fragment ServiceSummary on PublicService {
  slug
  name
  unit {
    name
    abbreviation
  }
  region {
    slug
    name
  }
}
    `, {"fragmentName":"ServiceSummary"}) as unknown as TypedDocumentString<ServiceSummaryFragment, unknown>;
export const SatisfactionFactsFragmentDoc = new TypedDocumentString(`
    fragment SatisfactionFacts on Satisfaction {
  periodFrom
  periodTo
  responseCount
  ikm
  grade
  provisional
  requiredSampleSize
}
    `, {"fragmentName":"SatisfactionFacts"}) as unknown as TypedDocumentString<SatisfactionFactsFragment, unknown>;
export const HomeDocument = new TypedDocumentString(`
    query Home {
  regions {
    slug
    name
    province
  }
}
    `) as unknown as TypedDocumentString<HomeQuery, HomeQueryVariables>;
export const SearchServicesDocument = new TypedDocumentString(`
    query SearchServices($search: String, $regionSlug: String, $first: Int, $after: String) {
  services(search: $search, regionSlug: $regionSlug, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ServiceSummary
      }
    }
  }
  regions {
    slug
    name
  }
}
    fragment ServiceSummary on PublicService {
  slug
  name
  unit {
    name
    abbreviation
  }
  region {
    slug
    name
  }
}`) as unknown as TypedDocumentString<SearchServicesQuery, SearchServicesQueryVariables>;
export const RegionPageDocument = new TypedDocumentString(`
    query RegionPage($slug: String!, $months: Int!) {
  region(slug: $slug) {
    slug
    name
    province
    kind
    headTitle
    satisfaction(lastMonths: $months) {
      ...SatisfactionFacts
    }
    units {
      id
      name
      abbreviation
      satisfaction(lastMonths: $months) {
        responseCount
        ikm
        grade
      }
      services {
        slug
        name
      }
    }
  }
}
    fragment SatisfactionFacts on Satisfaction {
  periodFrom
  periodTo
  responseCount
  ikm
  grade
  provisional
  requiredSampleSize
}`) as unknown as TypedDocumentString<RegionPageQuery, RegionPageQueryVariables>;
export const ServicePageDocument = new TypedDocumentString(`
    query ServicePage($slug: String!, $months: Int!, $first: Int!, $after: String) {
  service(slug: $slug) {
    ...ServiceSummary
    description
    category
    channel
    promisedDays
    feeRupiah
    requirements
    region {
      timeZone
    }
    satisfaction(lastMonths: $months) {
      ...SatisfactionFacts
      elements {
        element
        average
      }
    }
    feedback(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          submittedAt
          comment
          response {
            body
            respondedAt
            unit {
              name
            }
          }
        }
      }
    }
  }
}
    fragment ServiceSummary on PublicService {
  slug
  name
  unit {
    name
    abbreviation
  }
  region {
    slug
    name
  }
}
fragment SatisfactionFacts on Satisfaction {
  periodFrom
  periodTo
  responseCount
  ikm
  grade
  provisional
  requiredSampleSize
}`) as unknown as TypedDocumentString<ServicePageQuery, ServicePageQueryVariables>;
export const RatingPageDocument = new TypedDocumentString(`
    query RatingPage($slug: String!) {
  service(slug: $slug) {
    id
    proofOfWorkRequired
    ...ServiceSummary
  }
}
    fragment ServiceSummary on PublicService {
  slug
  name
  unit {
    name
    abbreviation
  }
  region {
    slug
    name
  }
}`) as unknown as TypedDocumentString<RatingPageQuery, RatingPageQueryVariables>;
export const SubmitFeedbackDocument = new TypedDocumentString(`
    mutation SubmitFeedback($input: SubmitFeedbackInput!) {
  submitFeedback(input: $input) {
    receiptCode
  }
}
    `) as unknown as TypedDocumentString<SubmitFeedbackMutation, SubmitFeedbackMutationVariables>;
export const ProofOfWorkChallengeDocument = new TypedDocumentString(`
    query ProofOfWorkChallenge($serviceId: ID!) {
  proofOfWorkChallenge(serviceId: $serviceId)
}
    `) as unknown as TypedDocumentString<ProofOfWorkChallengeQuery, ProofOfWorkChallengeQueryVariables>;
export const FeedbackReceiptDocument = new TypedDocumentString(`
    query FeedbackReceipt($code: String!) {
  feedbackReceipt(code: $code) {
    code
    status
    submittedAt
    hasComment
    service {
      ...ServiceSummary
      region {
        timeZone
      }
    }
    response {
      body
      respondedAt
      unit {
        name
      }
    }
  }
}
    fragment ServiceSummary on PublicService {
  slug
  name
  unit {
    name
    abbreviation
  }
  region {
    slug
    name
  }
}`) as unknown as TypedDocumentString<FeedbackReceiptQuery, FeedbackReceiptQueryVariables>;
export const PosterDocument = new TypedDocumentString(`
    query Poster($slug: String!) {
  service(slug: $slug) {
    ...ServiceSummary
  }
}
    fragment ServiceSummary on PublicService {
  slug
  name
  unit {
    name
    abbreviation
  }
  region {
    slug
    name
  }
}`) as unknown as TypedDocumentString<PosterQuery, PosterQueryVariables>;
export const ForumThreadsDocument = new TypedDocumentString(`
    query ForumThreads($regionSlug: String, $unitId: ID, $first: Int!, $after: String) {
  regions {
    slug
    name
  }
  forumThreads(
    regionSlug: $regionSlug
    unitId: $unitId
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ForumThreadSummary
      }
    }
  }
}
    fragment ForumThreadSummary on ForumThread {
  id
  title
  authorName
  createdAt
  lastActivityAt
  answered
  postCount
  service {
    slug
    name
  }
  unit {
    id
    name
    abbreviation
    region {
      slug
      name
      timeZone
    }
  }
}`) as unknown as TypedDocumentString<ForumThreadsQuery, ForumThreadsQueryVariables>;
export const ForumUnitDocument = new TypedDocumentString(`
    query ForumUnit($id: ID!) {
  unit(id: $id) {
    id
    name
    abbreviation
    region {
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ForumUnitQuery, ForumUnitQueryVariables>;
export const ServiceForumDocument = new TypedDocumentString(`
    query ServiceForum($slug: String!, $first: Int!, $after: String) {
  service(slug: $slug) {
    id
    ...ServiceSummary
    unit {
      id
    }
    region {
      timeZone
    }
  }
  forumThreads(serviceSlug: $slug, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ForumThreadSummary
      }
    }
  }
}
    fragment ForumThreadSummary on ForumThread {
  id
  title
  authorName
  createdAt
  lastActivityAt
  answered
  postCount
  service {
    slug
    name
  }
  unit {
    id
    name
    abbreviation
    region {
      slug
      name
      timeZone
    }
  }
}
fragment ServiceSummary on PublicService {
  slug
  name
  unit {
    name
    abbreviation
  }
  region {
    slug
    name
  }
}`) as unknown as TypedDocumentString<ServiceForumQuery, ServiceForumQueryVariables>;
export const ForumThreadDocument = new TypedDocumentString(`
    query ForumThread($id: ID!, $first: Int!, $after: String) {
  forumThread(id: $id) {
    ...ForumThreadSummary
    posts(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          body
          authorName
          createdAt
          official
          edited
          officialUnit {
            name
            abbreviation
          }
        }
      }
    }
  }
}
    fragment ForumThreadSummary on ForumThread {
  id
  title
  authorName
  createdAt
  lastActivityAt
  answered
  postCount
  service {
    slug
    name
  }
  unit {
    id
    name
    abbreviation
    region {
      slug
      name
      timeZone
    }
  }
}`) as unknown as TypedDocumentString<ForumThreadQuery, ForumThreadQueryVariables>;
export const StartForumThreadDocument = new TypedDocumentString(`
    mutation StartForumThread($input: StartForumThreadInput!) {
  startForumThread(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<StartForumThreadMutation, StartForumThreadMutationVariables>;
export const PostToForumDocument = new TypedDocumentString(`
    mutation PostToForum($input: PostToForumInput!) {
  postToForum(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PostToForumMutation, PostToForumMutationVariables>;