import { graphql } from '../graphql/generated';

/** The service search's synonym list (decision record 0037): ADMIN only. */

export const searchSynonymsQuery = graphql(`
  query SearchSynonyms {
    searchSynonyms {
      id
      term
      expansion
      builtIn
    }
  }
`);

export const addSearchSynonymMutation = graphql(`
  mutation AddSearchSynonym($term: String!, $expansion: String!) {
    addSearchSynonym(term: $term, expansion: $expansion) {
      id
      term
      expansion
    }
  }
`);

export const removeSearchSynonymMutation = graphql(`
  mutation RemoveSearchSynonym($id: ID!) {
    removeSearchSynonym(id: $id)
  }
`);
