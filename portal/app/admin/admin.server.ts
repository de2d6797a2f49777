import { graphql } from '../graphql/generated';

/** The admin pages' operations (issue 8; ADMIN only). */

export const staffAccountsQuery = graphql(`
  query AdminStaffAccounts($search: String, $after: String) {
    staffAccounts(search: $search, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          email
          active
          mustChangePassword
          lastLoginAt
          roles {
            id
            role
            region {
              id
              slug
              name
            }
            unit {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const createStaffAccountMutation = graphql(`
  mutation AdminCreateStaffAccount($input: CreateStaffAccountInput!) {
    createStaffAccount(input: $input) {
      temporaryPassword
      user {
        email
      }
    }
  }
`);

export const resetStaffPasswordMutation = graphql(`
  mutation AdminResetStaffPassword($id: ID!) {
    resetStaffPassword(id: $id) {
      temporaryPassword
      user {
        email
      }
    }
  }
`);

export const setStaffAccountActiveMutation = graphql(`
  mutation AdminSetStaffAccountActive($id: ID!, $active: Boolean!) {
    setStaffAccountActive(id: $id, active: $active) {
      id
      active
    }
  }
`);

export const adminRegionsQuery = graphql(`
  query AdminRegions {
    regions {
      id
      slug
      name
      province
      proofOfWorkRequired
      units {
        id
      }
    }
  }
`);

export const updateRegionMutation = graphql(`
  mutation AdminUpdateRegion($id: ID!, $input: UpdateRegionInput!) {
    updateRegion(id: $id, input: $input) {
      id
      proofOfWorkRequired
    }
  }
`);

export const grantRoleMutation = graphql(`
  mutation AdminGrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      id
    }
  }
`);

export const revokeRoleMutation = graphql(`
  mutation AdminRevokeRole($grantId: ID!) {
    revokeRole(grantId: $grantId)
  }
`);

/** Regions and their units: the scopes a role can be granted over. */
export const scopesQuery = graphql(`
  query AdminScopes {
    regions {
      id
      name
      units {
        id
        name
      }
    }
  }
`);
