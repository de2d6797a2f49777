/**
 * Authorization matrix rows of the notification outbox (issue 11, point 8; decision record 0035).
 * Any signed-in staff member may ask: what they get is scoped (ADMIN every row, a MODERATOR the rows
 * of their regions, everyone the rows addressed to them), which notifications.test.ts checks.
 */
import { anyStaff, type OperationRow } from './types.js';

export const rows: OperationRow[] = [
  {
    operation: 'Query.notificationOutbox',
    request: () => ({
      query: '{ notificationOutbox(regionSlug: "mataram", first: 10) { totalCount edges { node { id kind status recipient subject attempts } } } }',
    }),
    expect: anyStaff(),
  },
];
