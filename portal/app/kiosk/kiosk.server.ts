import { graphql } from '../graphql/generated';

/**
 * What the kiosk pages send to the API. The tablet never talks to the API itself: the portal, on the
 * tablet's own origin, passes its device token along (X-Kiosk-Token, from the `suara_kiosk` cookie).
 */

/** The paired kiosk and everything its screens need, embedded in the page so it works offline. */
export const currentKioskQuery = graphql(`
  query CurrentKiosk {
    currentKiosk {
      id
      label
      unit {
        id
        name
        region {
          slug
          name
          timeZone
        }
      }
      services {
        id
        slug
        name
      }
    }
  }
`);

export const pairKioskMutation = graphql(`
  mutation PairKiosk($code: String!) {
    pairKiosk(code: $code) {
      token
      kiosk {
        id
        label
      }
    }
  }
`);

export const submitKioskFeedbackMutation = graphql(`
  mutation SubmitKioskFeedback($input: SubmitFeedbackInput!) {
    submitFeedback(input: $input) {
      feedback {
        id
        submittedAt
        channel
      }
    }
  }
`);
