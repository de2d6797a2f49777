/** Public reads and the citizen's rating: open to everyone, signed in or not. */
import { randomUUID } from 'node:crypto';
import { SKM_ELEMENTS } from '@suara/skm';
import { everyone, type OperationRow } from './types.js';

export const rows: OperationRow[] = [
  { operation: 'Query.regions', request: () => ({ query: '{ regions { slug name } }' }), expect: everyone() },
  {
    operation: 'Query.region',
    request: (w) => ({ query: 'query ($s: String!) { region(slug: $s) { slug units { name } } }', variables: { s: w.mataram.slug } }),
    expect: everyone(),
  },
  {
    operation: 'Query.unit',
    request: (w) => ({ query: 'query ($id: ID!) { unit(id: $id) { name services { slug } } }', variables: { id: w.mataram.licensingUnitId } }),
    expect: everyone(),
  },
  {
    operation: 'Query.service',
    request: (w) => ({
      query: 'query ($s: String!) { service(slug: $s) { name satisfaction { responseCount ikm } feedback(first: 3) { edges { node { comment } } } } }',
      variables: { s: w.mataram.licensing.slug },
    }),
    expect: everyone(),
  },
  {
    operation: 'Query.services',
    request: () => ({ query: '{ services(search: "izin", first: 5) { totalCount edges { node { slug } } } }' }),
    expect: everyone(),
  },
  {
    operation: 'Query.feedbackReceipt',
    request: async (w) => {
      const id = await w.comment(w.mataram.licensing, 'PUBLISHED');
      const [row] = await w.sql<{ receipt_code: string }>('select receipt_code from feedback where id = ?', [id]);
      return { query: 'query ($c: String!) { feedbackReceipt(code: $c) { status } }', variables: { c: row!.receipt_code } };
    },
    expect: everyone(),
  },
  {
    operation: 'Mutation.submitFeedback',
    request: (w) => ({
      query: 'mutation ($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { receiptCode } }',
      variables: {
        input: {
          serviceId: w.mataram.health.id,
          idempotencyKey: randomUUID(),
          scores: SKM_ELEMENTS.map((element) => ({ element, score: 3 })),
        },
      },
    }),
    expect: everyone(),
  },
];
