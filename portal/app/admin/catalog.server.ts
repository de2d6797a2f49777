import { graphql } from '../graphql/generated';

/** The admin catalogue pages' operations (ADMIN only; api/src/modules/admin). */

export const catalogRegionsQuery = graphql(`
  query AdminCatalogRegions {
    regions {
      id
      slug
      name
      province
      kind
      headTitle
      timeZone
      proofOfWorkRequired
      units {
        id
      }
    }
  }
`);

/**
 * One region with its unit tree; of each unit's services only the addresses (for the count and for
 * purging their public pages): the full services are read per unit, so the page's cost stays within
 * the operation limits however large a region grows.
 */
export const catalogRegionQuery = graphql(`
  query AdminCatalogRegion($slug: String!) {
    region(slug: $slug) {
      id
      slug
      name
      province
      kind
      headTitle
      timeZone
      proofOfWorkRequired
      units {
        id
        slug
        name
        abbreviation
        kind
        parent {
          id
        }
        services {
          slug
        }
      }
    }
  }
`);

/** One unit with its services in full (the unit's services page). */
export const catalogUnitQuery = graphql(`
  query AdminCatalogUnit($id: ID!) {
    unit(id: $id) {
      id
      slug
      name
      abbreviation
      kind
      region {
        id
        slug
        name
      }
      services {
        id
        slug
        name
        category
        description
        requirements
        feeRupiah
        promisedDays
        channel
        expectedAnnualUsers
      }
    }
  }
`);

export const createRegionMutation = graphql(`
  mutation AdminCreateRegion($input: CreateRegionInput!) {
    createRegion(input: $input) {
      id
      slug
    }
  }
`);

export const editRegionMutation = graphql(`
  mutation AdminEditRegion($id: ID!, $input: UpdateRegionInput!) {
    updateRegion(id: $id, input: $input) {
      id
      slug
    }
  }
`);

export const createUnitMutation = graphql(`
  mutation AdminCreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
    }
  }
`);

export const updateUnitMutation = graphql(`
  mutation AdminUpdateUnit($id: ID!, $input: UpdateUnitInput!) {
    updateUnit(id: $id, input: $input) {
      id
      services {
        slug
      }
    }
  }
`);

export const createServiceMutation = graphql(`
  mutation AdminCreateService($input: CreateServiceInput!) {
    createService(input: $input) {
      id
      slug
    }
  }
`);

export const updateServiceMutation = graphql(`
  mutation AdminUpdateService($id: ID!, $input: UpdateServiceInput!) {
    updateService(id: $id, input: $input) {
      id
      slug
    }
  }
`);

export const catalogAuditQuery = graphql(`
  query AdminCatalogAudit($after: String, $entityType: AdminEntityType) {
    adminAuditLog(first: 25, after: $after, entityType: $entityType) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          action
          entityType
          entityId
          before
          after
          actor {
            name
          }
        }
      }
    }
  }
`);
