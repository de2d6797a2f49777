import { graphql } from '../graphql/generated';

/** What the page "Kios layanan" (/staf/kios) sends to the API: a region's counter kiosks, registering, pairing, revoking. */

export const kioskRegionQuery = graphql(`
  query KioskRegion($regionSlug: String!) {
    region(slug: $regionSlug) {
      slug
      name
      timeZone
      units {
        id
        name
        abbreviation
      }
    }
    kiosks(regionSlug: $regionSlug) {
      id
      label
      registeredAt
      lastSeenAt
      revokedAt
      ratingsToday
      pairingExpiresAt
      unit {
        id
        name
        abbreviation
      }
    }
  }
`);

export const registerKioskMutation = graphql(`
  mutation RegisterKiosk($unitId: ID!, $label: String!) {
    registerKiosk(unitId: $unitId, label: $label) {
      kiosk {
        id
        label
        unit {
          name
        }
      }
      pairing {
        code
        expiresAt
      }
    }
  }
`);

export const renewKioskPairingMutation = graphql(`
  mutation RenewKioskPairing($id: ID!) {
    renewKioskPairing(id: $id) {
      kiosk {
        id
        label
        unit {
          name
        }
      }
      pairing {
        code
        expiresAt
      }
    }
  }
`);

export const revokeKioskMutation = graphql(`
  mutation RevokeKiosk($id: ID!) {
    revokeKiosk(id: $id) {
      id
      revokedAt
    }
  }
`);
