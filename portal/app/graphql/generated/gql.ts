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
    "\n  query SearchServices($search: String, $regionSlug: String, $first: Int, $after: String) {\n    services(search: $search, regionSlug: $regionSlug, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          slug\n          name\n          unit {\n            name\n            abbreviation\n          }\n          region {\n            slug\n            name\n          }\n        }\n      }\n    }\n    regions {\n      slug\n      name\n    }\n  }\n": typeof types.SearchServicesDocument,
    "\n  query RegionPage($slug: String!) {\n    region(slug: $slug) {\n      slug\n      name\n      province\n      kind\n      headTitle\n      units {\n        id\n        name\n        abbreviation\n        services {\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.RegionPageDocument,
    "\n  query ServicePage($slug: String!) {\n    service(slug: $slug) {\n      slug\n      name\n      description\n      category\n      channel\n      promisedDays\n      feeRupiah\n      requirements\n      unit {\n        name\n        abbreviation\n      }\n      region {\n        slug\n        name\n      }\n    }\n  }\n": typeof types.ServicePageDocument,
};
const documents: Documents = {
    "\n  query Home {\n    regions {\n      slug\n      name\n      province\n    }\n  }\n": types.HomeDocument,
    "\n  query SearchServices($search: String, $regionSlug: String, $first: Int, $after: String) {\n    services(search: $search, regionSlug: $regionSlug, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          slug\n          name\n          unit {\n            name\n            abbreviation\n          }\n          region {\n            slug\n            name\n          }\n        }\n      }\n    }\n    regions {\n      slug\n      name\n    }\n  }\n": types.SearchServicesDocument,
    "\n  query RegionPage($slug: String!) {\n    region(slug: $slug) {\n      slug\n      name\n      province\n      kind\n      headTitle\n      units {\n        id\n        name\n        abbreviation\n        services {\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.RegionPageDocument,
    "\n  query ServicePage($slug: String!) {\n    service(slug: $slug) {\n      slug\n      name\n      description\n      category\n      channel\n      promisedDays\n      feeRupiah\n      requirements\n      unit {\n        name\n        abbreviation\n      }\n      region {\n        slug\n        name\n      }\n    }\n  }\n": types.ServicePageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    regions {\n      slug\n      name\n      province\n    }\n  }\n"): typeof import('./graphql').HomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchServices($search: String, $regionSlug: String, $first: Int, $after: String) {\n    services(search: $search, regionSlug: $regionSlug, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          slug\n          name\n          unit {\n            name\n            abbreviation\n          }\n          region {\n            slug\n            name\n          }\n        }\n      }\n    }\n    regions {\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').SearchServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionPage($slug: String!) {\n    region(slug: $slug) {\n      slug\n      name\n      province\n      kind\n      headTitle\n      units {\n        id\n        name\n        abbreviation\n        services {\n          slug\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RegionPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServicePage($slug: String!) {\n    service(slug: $slug) {\n      slug\n      name\n      description\n      category\n      channel\n      promisedDays\n      feeRupiah\n      requirements\n      unit {\n        name\n        abbreviation\n      }\n      region {\n        slug\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ServicePageDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
