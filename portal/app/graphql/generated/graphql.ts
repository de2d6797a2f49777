/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** KOTA (city, led by a Wali Kota) or KABUPATEN (regency, led by a Bupati). */
export type RegionKind =
  | 'KABUPATEN'
  | 'KOTA';

/** Where the service is delivered: at the counter, online, or both. */
export type ServiceChannel =
  | 'HYBRID'
  | 'OFFLINE'
  | 'ONLINE';

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
}>;


export type RegionPageQuery = { region: { slug: string, name: string, province: string, kind: RegionKind, headTitle: string, units: Array<{ id: string, name: string, abbreviation: string | null, services: Array<{ slug: string, name: string }> }> } | null };

export type ServicePageQueryVariables = Exact<{
  slug: string;
}>;


export type ServicePageQuery = { service: { slug: string, name: string, description: string, category: string, channel: ServiceChannel, promisedDays: number, feeRupiah: number, requirements: string, unit: { name: string, abbreviation: string | null }, region: { slug: string, name: string } } | null };

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
    }
  }
  regions {
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<SearchServicesQuery, SearchServicesQueryVariables>;
export const RegionPageDocument = new TypedDocumentString(`
    query RegionPage($slug: String!) {
  region(slug: $slug) {
    slug
    name
    province
    kind
    headTitle
    units {
      id
      name
      abbreviation
      services {
        slug
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegionPageQuery, RegionPageQueryVariables>;
export const ServicePageDocument = new TypedDocumentString(`
    query ServicePage($slug: String!) {
  service(slug: $slug) {
    slug
    name
    description
    category
    channel
    promisedDays
    feeRupiah
    requirements
    unit {
      name
      abbreviation
    }
    region {
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ServicePageQuery, ServicePageQueryVariables>;