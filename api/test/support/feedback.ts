import { randomUUID } from 'node:crypto';
import { SKM_ELEMENTS, type SkmElement } from '@suara/skm';
import type { TestApi, RequestOptions } from './api.js';

export const SUBMIT = `mutation ($input: SubmitFeedbackInput!) {
  submitFeedback(input: $input) { receiptCode feedback { id submittedAt } }
}`;

export function scoresOf(score: number | ((e: SkmElement, i: number) => number)) {
  return SKM_ELEMENTS.map((element, i) => ({ element, score: typeof score === 'number' ? score : score(element, i) }));
}

export async function serviceId(api: TestApi, slug: string): Promise<string> {
  const res = await api.gql<{ service: { id: string } }>('query ($s: String!) { service(slug: $s) { id } }', { s: slug });
  return res.data!.service.id;
}

let ipCounter = 0;
const runPrefix = randomUUID().slice(0, 4);
/**
 * A client network of its own (an IPv6 /64 of the documentation range: the limits count /64s), so
 * one test's submissions never meet another's rate limit — also across test files and runs sharing
 * the limiter's table.
 */
export function freshClientIp(): string {
  ipCounter++;
  return `2001:db8:${runPrefix}:${ipCounter.toString(16)}::${Math.floor(Math.random() * 0xffff).toString(16)}`;
}

export async function submit(
  api: TestApi,
  input: Record<string, unknown>,
  options: RequestOptions = {},
) {
  return api.gql<{ submitFeedback: { receiptCode: string; feedback: { id: string; submittedAt: string } } }>(
    SUBMIT,
    { input: { idempotencyKey: randomUUID(), ...input } },
    { clientIp: options.clientIp ?? freshClientIp(), ...options },
  );
}
