import { graphql } from './generated';

/** What the citizens' information pages read (issue 13): the privacy notice and the contact page. */

/** The retention period as the API applies it (SUARA_RETENTION_MONTHS, decision record 0034). */
export const privacyNoticeQuery = graphql(`
  query PrivacyNotice {
    privacyNotice {
      retentionMonths
    }
  }
`);

export const contactRegionsQuery = graphql(`
  query ContactRegions {
    regions {
      slug
      name
      province
    }
  }
`);
