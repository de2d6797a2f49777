import { graphql } from '../graphql/generated';

/** Tagging a comment or forum post with a competency, and removing the tag (`/staf/tandai`). */
export const tagMutation = graphql(`
  mutation TagCompetency($itemId: ID!, $competencyId: ID!) {
    tagCompetency(itemId: $itemId, competencyId: $competencyId) {
      id
    }
  }
`);

export const untagMutation = graphql(`
  mutation UntagCompetency($itemId: ID!, $competencyId: ID!) {
    untagCompetency(itemId: $itemId, competencyId: $competencyId) {
      id
    }
  }
`);
