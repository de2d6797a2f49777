/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Home {\n    regions {\n      slug\n      name\n      province\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query SearchServices($search: String, $regionSlug: String, $first: Int, $after: String) {\n    services(search: $search, regionSlug: $regionSlug, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ServiceSummary\n        }\n      }\n    }\n    regions {\n      slug\n      name\n    }\n  }\n": typeof types.SearchServicesDocument,
    "\n  query RegionPage($slug: String!, $months: Int!) {\n    region(slug: $slug) {\n      slug\n      name\n      province\n      kind\n      headTitle\n      satisfaction(lastMonths: $months) {\n        ...SatisfactionFacts\n      }\n      units {\n        id\n        name\n        abbreviation\n        satisfaction(lastMonths: $months) {\n          responseCount\n          ikm\n          grade\n        }\n        services {\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.RegionPageDocument,
    "\n  query ServicePage($slug: String!, $months: Int!, $first: Int!, $after: String) {\n    service(slug: $slug) {\n      ...ServiceSummary\n      description\n      category\n      channel\n      promisedDays\n      feeRupiah\n      requirements\n      region {\n        timeZone\n      }\n      satisfaction(lastMonths: $months) {\n        ...SatisfactionFacts\n        elements {\n          element\n          average\n        }\n      }\n      feedback(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            submittedAt\n            comment\n            response {\n              body\n              respondedAt\n              unit {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ServicePageDocument,
    "\n  query RatingPage($slug: String!) {\n    service(slug: $slug) {\n      id\n      proofOfWorkRequired\n      ...ServiceSummary\n    }\n  }\n": typeof types.RatingPageDocument,
    "\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      receiptCode\n    }\n  }\n": typeof types.SubmitFeedbackDocument,
    "\n  query ProofOfWorkChallenge($serviceId: ID!) {\n    proofOfWorkChallenge(serviceId: $serviceId)\n  }\n": typeof types.ProofOfWorkChallengeDocument,
    "\n  query FeedbackReceipt($code: String!) {\n    feedbackReceipt(code: $code) {\n      code\n      status\n      submittedAt\n      hasComment\n      service {\n        ...ServiceSummary\n        region {\n          timeZone\n        }\n      }\n      response {\n        body\n        respondedAt\n        unit {\n          name\n        }\n      }\n    }\n  }\n": typeof types.FeedbackReceiptDocument,
    "\n  query Poster($slug: String!) {\n    service(slug: $slug) {\n      ...ServiceSummary\n    }\n  }\n": typeof types.PosterDocument,
    "\n  fragment ForumThreadSummary on ForumThread {\n    id\n    title\n    authorName\n    createdAt\n    lastActivityAt\n    answered\n    postCount\n    service {\n      slug\n      name\n    }\n    unit {\n      id\n      name\n      abbreviation\n      region {\n        slug\n        name\n        timeZone\n      }\n    }\n  }\n": typeof types.ForumThreadSummaryFragmentDoc,
    "\n  query ForumThreads($regionSlug: String, $unitId: ID, $first: Int!, $after: String) {\n    regions {\n      slug\n      name\n    }\n    forumThreads(regionSlug: $regionSlug, unitId: $unitId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ForumThreadSummary\n        }\n      }\n    }\n  }\n": typeof types.ForumThreadsDocument,
    "\n  query ForumUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      abbreviation\n      region {\n        slug\n        name\n      }\n    }\n  }\n": typeof types.ForumUnitDocument,
    "\n  query ServiceForum($slug: String!, $first: Int!, $after: String) {\n    service(slug: $slug) {\n      id\n      ...ServiceSummary\n      unit {\n        id\n      }\n      region {\n        timeZone\n      }\n    }\n    forumThreads(serviceSlug: $slug, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ForumThreadSummary\n        }\n      }\n    }\n  }\n": typeof types.ServiceForumDocument,
    "\n  query ForumThread($id: ID!, $first: Int!, $after: String) {\n    forumThread(id: $id) {\n      ...ForumThreadSummary\n      posts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            body\n            authorName\n            createdAt\n            official\n            edited\n            officialUnit {\n              name\n              abbreviation\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ForumThreadDocument,
    "\n  mutation StartForumThread($input: StartForumThreadInput!) {\n    startForumThread(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.StartForumThreadDocument,
    "\n  mutation PostToForum($input: PostToForumInput!) {\n    postToForum(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.PostToForumDocument,
    "\n  fragment ServiceSummary on PublicService {\n    slug\n    name\n    unit {\n      name\n      abbreviation\n    }\n    region {\n      slug\n      name\n    }\n  }\n": typeof types.ServiceSummaryFragmentDoc,
    "\n  fragment SatisfactionFacts on Satisfaction {\n    periodFrom\n    periodTo\n    responseCount\n    ikm\n    grade\n    provisional\n    requiredSampleSize\n  }\n": typeof types.SatisfactionFactsFragmentDoc,
};
const documents: Documents = {
    "\n  query Home {\n    regions {\n      slug\n      name\n      province\n    }\n  }\n": types.HomeDocument,
    "\n  query SearchServices($search: String, $regionSlug: String, $first: Int, $after: String) {\n    services(search: $search, regionSlug: $regionSlug, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ServiceSummary\n        }\n      }\n    }\n    regions {\n      slug\n      name\n    }\n  }\n": types.SearchServicesDocument,
    "\n  query RegionPage($slug: String!, $months: Int!) {\n    region(slug: $slug) {\n      slug\n      name\n      province\n      kind\n      headTitle\n      satisfaction(lastMonths: $months) {\n        ...SatisfactionFacts\n      }\n      units {\n        id\n        name\n        abbreviation\n        satisfaction(lastMonths: $months) {\n          responseCount\n          ikm\n          grade\n        }\n        services {\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.RegionPageDocument,
    "\n  query ServicePage($slug: String!, $months: Int!, $first: Int!, $after: String) {\n    service(slug: $slug) {\n      ...ServiceSummary\n      description\n      category\n      channel\n      promisedDays\n      feeRupiah\n      requirements\n      region {\n        timeZone\n      }\n      satisfaction(lastMonths: $months) {\n        ...SatisfactionFacts\n        elements {\n          element\n          average\n        }\n      }\n      feedback(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            submittedAt\n            comment\n            response {\n              body\n              respondedAt\n              unit {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ServicePageDocument,
    "\n  query RatingPage($slug: String!) {\n    service(slug: $slug) {\n      id\n      proofOfWorkRequired\n      ...ServiceSummary\n    }\n  }\n": types.RatingPageDocument,
    "\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      receiptCode\n    }\n  }\n": types.SubmitFeedbackDocument,
    "\n  query ProofOfWorkChallenge($serviceId: ID!) {\n    proofOfWorkChallenge(serviceId: $serviceId)\n  }\n": types.ProofOfWorkChallengeDocument,
    "\n  query FeedbackReceipt($code: String!) {\n    feedbackReceipt(code: $code) {\n      code\n      status\n      submittedAt\n      hasComment\n      service {\n        ...ServiceSummary\n        region {\n          timeZone\n        }\n      }\n      response {\n        body\n        respondedAt\n        unit {\n          name\n        }\n      }\n    }\n  }\n": types.FeedbackReceiptDocument,
    "\n  query Poster($slug: String!) {\n    service(slug: $slug) {\n      ...ServiceSummary\n    }\n  }\n": types.PosterDocument,
    "\n  fragment ForumThreadSummary on ForumThread {\n    id\n    title\n    authorName\n    createdAt\n    lastActivityAt\n    answered\n    postCount\n    service {\n      slug\n      name\n    }\n    unit {\n      id\n      name\n      abbreviation\n      region {\n        slug\n        name\n        timeZone\n      }\n    }\n  }\n": types.ForumThreadSummaryFragmentDoc,
    "\n  query ForumThreads($regionSlug: String, $unitId: ID, $first: Int!, $after: String) {\n    regions {\n      slug\n      name\n    }\n    forumThreads(regionSlug: $regionSlug, unitId: $unitId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ForumThreadSummary\n        }\n      }\n    }\n  }\n": types.ForumThreadsDocument,
    "\n  query ForumUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      abbreviation\n      region {\n        slug\n        name\n      }\n    }\n  }\n": types.ForumUnitDocument,
    "\n  query ServiceForum($slug: String!, $first: Int!, $after: String) {\n    service(slug: $slug) {\n      id\n      ...ServiceSummary\n      unit {\n        id\n      }\n      region {\n        timeZone\n      }\n    }\n    forumThreads(serviceSlug: $slug, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ForumThreadSummary\n        }\n      }\n    }\n  }\n": types.ServiceForumDocument,
    "\n  query ForumThread($id: ID!, $first: Int!, $after: String) {\n    forumThread(id: $id) {\n      ...ForumThreadSummary\n      posts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            body\n            authorName\n            createdAt\n            official\n            edited\n            officialUnit {\n              name\n              abbreviation\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ForumThreadDocument,
    "\n  mutation StartForumThread($input: StartForumThreadInput!) {\n    startForumThread(input: $input) {\n      id\n      status\n    }\n  }\n": types.StartForumThreadDocument,
    "\n  mutation PostToForum($input: PostToForumInput!) {\n    postToForum(input: $input) {\n      id\n      status\n    }\n  }\n": types.PostToForumDocument,
    "\n  fragment ServiceSummary on PublicService {\n    slug\n    name\n    unit {\n      name\n      abbreviation\n    }\n    region {\n      slug\n      name\n    }\n  }\n": types.ServiceSummaryFragmentDoc,
    "\n  fragment SatisfactionFacts on Satisfaction {\n    periodFrom\n    periodTo\n    responseCount\n    ikm\n    grade\n    provisional\n    requiredSampleSize\n  }\n": types.SatisfactionFactsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    regions {\n      slug\n      name\n      province\n    }\n  }\n"): typeof import('./graphql').HomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchServices($search: String, $regionSlug: String, $first: Int, $after: String) {\n    services(search: $search, regionSlug: $regionSlug, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ServiceSummary\n        }\n      }\n    }\n    regions {\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').SearchServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionPage($slug: String!, $months: Int!) {\n    region(slug: $slug) {\n      slug\n      name\n      province\n      kind\n      headTitle\n      satisfaction(lastMonths: $months) {\n        ...SatisfactionFacts\n      }\n      units {\n        id\n        name\n        abbreviation\n        satisfaction(lastMonths: $months) {\n          responseCount\n          ikm\n          grade\n        }\n        services {\n          slug\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RegionPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServicePage($slug: String!, $months: Int!, $first: Int!, $after: String) {\n    service(slug: $slug) {\n      ...ServiceSummary\n      description\n      category\n      channel\n      promisedDays\n      feeRupiah\n      requirements\n      region {\n        timeZone\n      }\n      satisfaction(lastMonths: $months) {\n        ...SatisfactionFacts\n        elements {\n          element\n          average\n        }\n      }\n      feedback(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            submittedAt\n            comment\n            response {\n              body\n              respondedAt\n              unit {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ServicePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RatingPage($slug: String!) {\n    service(slug: $slug) {\n      id\n      proofOfWorkRequired\n      ...ServiceSummary\n    }\n  }\n"): typeof import('./graphql').RatingPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      receiptCode\n    }\n  }\n"): typeof import('./graphql').SubmitFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProofOfWorkChallenge($serviceId: ID!) {\n    proofOfWorkChallenge(serviceId: $serviceId)\n  }\n"): typeof import('./graphql').ProofOfWorkChallengeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackReceipt($code: String!) {\n    feedbackReceipt(code: $code) {\n      code\n      status\n      submittedAt\n      hasComment\n      service {\n        ...ServiceSummary\n        region {\n          timeZone\n        }\n      }\n      response {\n        body\n        respondedAt\n        unit {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FeedbackReceiptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Poster($slug: String!) {\n    service(slug: $slug) {\n      ...ServiceSummary\n    }\n  }\n"): typeof import('./graphql').PosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumThreadSummary on ForumThread {\n    id\n    title\n    authorName\n    createdAt\n    lastActivityAt\n    answered\n    postCount\n    service {\n      slug\n      name\n    }\n    unit {\n      id\n      name\n      abbreviation\n      region {\n        slug\n        name\n        timeZone\n      }\n    }\n  }\n"): typeof import('./graphql').ForumThreadSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumThreads($regionSlug: String, $unitId: ID, $first: Int!, $after: String) {\n    regions {\n      slug\n      name\n    }\n    forumThreads(regionSlug: $regionSlug, unitId: $unitId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ForumThreadSummary\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ForumThreadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      abbreviation\n      region {\n        slug\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ForumUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceForum($slug: String!, $first: Int!, $after: String) {\n    service(slug: $slug) {\n      id\n      ...ServiceSummary\n      unit {\n        id\n      }\n      region {\n        timeZone\n      }\n    }\n    forumThreads(serviceSlug: $slug, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ForumThreadSummary\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ServiceForumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumThread($id: ID!, $first: Int!, $after: String) {\n    forumThread(id: $id) {\n      ...ForumThreadSummary\n      posts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            body\n            authorName\n            createdAt\n            official\n            edited\n            officialUnit {\n              name\n              abbreviation\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ForumThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartForumThread($input: StartForumThreadInput!) {\n    startForumThread(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').StartForumThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostToForum($input: PostToForumInput!) {\n    postToForum(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').PostToForumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceSummary on PublicService {\n    slug\n    name\n    unit {\n      name\n      abbreviation\n    }\n    region {\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').ServiceSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SatisfactionFacts on Satisfaction {\n    periodFrom\n    periodTo\n    responseCount\n    ikm\n    grade\n    provisional\n    requiredSampleSize\n  }\n"): typeof import('./graphql').SatisfactionFactsFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
