import { graphql } from './generated';

/**
 * What the citizen's SKM journey sends and reads: the rating form and its submission, the proof of
 * work some regions ask for, the receipt to track, the QR poster.
 */

/** Everything the rating form shows, and the id the submission needs. */
export const ratingPageQuery = graphql(`
  query RatingPage($slug: String!) {
    service(slug: $slug) {
      id
      proofOfWorkRequired
      ...ServiceSummary
    }
  }
`);

export const submitFeedbackMutation = graphql(`
  mutation SubmitFeedback($input: SubmitFeedbackInput!) {
    submitFeedback(input: $input) {
      receiptCode
    }
  }
`);

export const proofOfWorkChallengeQuery = graphql(`
  query ProofOfWorkChallenge($serviceId: ID!) {
    proofOfWorkChallenge(serviceId: $serviceId)
  }
`);

/** What the holder of a receipt code may see (thank-you and tracking pages). */
export const feedbackReceiptQuery = graphql(`
  query FeedbackReceipt($code: String!) {
    feedbackReceipt(code: $code) {
      code
      status
      submittedAt
      hasComment
      publishedComment
      answerDueBy
      scores {
        element
        score
      }
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
      dataDeletion {
        status
        requestedAt
        decidedAt
        rejectReason
      }
    }
  }
`);

/** A citizen asks, on the tracking page, for the rating's personal data to be erased (decision record 0034). */
export const requestDataDeletionMutation = graphql(`
  mutation RequestDataDeletion($code: String!, $reason: String) {
    requestDataDeletion(receiptCode: $code, reason: $reason) {
      status
    }
  }
`);

export const posterQuery = graphql(`
  query Poster($slug: String!) {
    service(slug: $slug) {
      ...ServiceSummary
    }
  }
`);
