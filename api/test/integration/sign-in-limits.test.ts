import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type GraphQLResponse, type TestApi } from '../support/api.js';
import { freshClientIp } from '../support/feedback.js';
import { codeOf, createStaffAccount, freshEmail, signIn, signInSolving, solved } from '../support/sign-in.js';

/**
 * Password guessing against staff accounts (decision record 0013), at the production defaults:
 * 10 failures of one email from one network, then a wait; 5 failures of one email from anywhere (or 30
 * from one network), then a solved proof of work for each further attempt; a success forgets its
 * network's failures for that email. Each test uses accounts and emails of its own.
 */
const PASSWORD = 'kata-sandi-yang-benar';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

const challengeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.proofOfWorkChallenge;
const retryAfterOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.retryAfter as number | undefined;

describe('guessing the password of one account', () => {
  it('checks 5 wrong passwords in a row, then asks each attempt for a solved check, and stops this network after 10 failures', async () => {
    const email = await createStaffAccount(api, PASSWORD);
    const guesser = freshClientIp();
    const answers: GraphQLResponse[] = [];
    for (let i = 0; i < 60; i++) answers.push(await signIn(api, email, `tebakan-${i}`, { clientIp: guesser }));
    expect(answers.slice(0, 5).map(codeOf)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    for (const refused of answers.slice(5)) {
      expect(codeOf(refused)).toBe('RATE_LIMITED');
      expect(typeof challengeOf(refused)).toBe('string');
      expect(retryAfterOf(refused)).toBeGreaterThan(0);
    }
    expect(answers[5]!.errors![0]!.message).toMatch(/verifikasi anti-spam otomatis/);

    // With solved checks the guesses go on, one expensive guess at a time, up to this network's 10.
    for (let i = 0; i < 5; i++) expect(codeOf(await signInSolving(api, email, `mahal-${i}`, { clientIp: guesser }))).toBe('UNAUTHENTICATED');
    const stopped = await signIn(api, email, 'mahal-lagi', { clientIp: guesser });
    expect(codeOf(stopped)).toBe('RATE_LIMITED');
    expect(challengeOf(stopped)).toBeUndefined();
    expect(retryAfterOf(stopped)).toBeGreaterThan(0);
    expect(stopped.errors![0]!.message).toMatch(/^Terlalu banyak percobaan masuk yang gagal untuk email ini dari jaringan Anda\. Coba lagi dalam \d+ (menit|detik)\.$/);
    // A solved check does not lift that: only the wait does.
    const elsewhere = await signIn(api, email, 'x', { clientIp: freshClientIp() });
    const stillStopped = await signIn(api, email, 'mahal-lagi', { clientIp: guesser, proofOfWork: await solved(challengeOf(elsewhere)) });
    expect(codeOf(stillStopped)).toBe('RATE_LIMITED');
    expect(challengeOf(stillStopped)).toBeUndefined();
  });

  it('checks only 5 of 60 wrong passwords sent at the same moment', async () => {
    const email = await createStaffAccount(api, PASSWORD);
    const guesser = freshClientIp();
    const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => signIn(api, email, `serentak-${i}`, { clientIp: guesser })));
    const codes = answers.map(codeOf);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(55);
  });

  it('lets the owner in with a solved check after 84 failures from 84 addresses, and keeps asking the guessers for one', async () => {
    const email = await createStaffAccount(api, PASSWORD);
    const codes: string[] = [];
    for (let i = 0; i < 84; i++) codes.push(codeOf(await signIn(api, email, `botnet-${i}`, { clientIp: freshClientIp() })));
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(79);

    // The right password alone is not enough now: it, too, needs the check...
    const owner = freshClientIp();
    const asked = await signIn(api, email, PASSWORD, { clientIp: owner });
    expect(codeOf(asked)).toBe('RATE_LIMITED');
    // ...which the owner's browser solves, and they are in.
    const proofOfWork = await solved(challengeOf(asked));
    const signedIn = await signIn(api, email, PASSWORD, { clientIp: owner, proofOfWork });
    expect(codeOf(signedIn)).toBe('OK');
    expect(signedIn.data!.login.user.email).toBe(email);

    // The owner's success does not wipe the guessers' failures: each wrong guess still needs a check.
    const guess = await signIn(api, email, 'botnet-85', { clientIp: freshClientIp() });
    expect(codeOf(guess)).toBe('RATE_LIMITED');
    const paidGuess = await signIn(api, email, 'botnet-85', { clientIp: freshClientIp(), proofOfWork: await solved(challengeOf(guess)) });
    expect(codeOf(paidGuess)).toBe('UNAUTHENTICATED');
    // A solution is good for one attempt.
    const replayed = await signIn(api, email, PASSWORD, { clientIp: owner, proofOfWork });
    expect(codeOf(replayed)).toBe('RATE_LIMITED');
    expect(replayed.errors![0]!.message).toMatch(/verifikasi anti-spam otomatis yang baru/);
    expect(challengeOf(replayed)).not.toBe(challengeOf(asked));
  });

  it('refuses a tampered check as bad input, without looking at the password', async () => {
    const email = await createStaffAccount(api, PASSWORD);
    const guesser = freshClientIp();
    for (let i = 0; i < 5; i++) await signIn(api, email, `tebakan-${i}`, { clientIp: guesser });
    const asked = await signIn(api, email, PASSWORD, { clientIp: guesser });
    const { challenge, solution } = JSON.parse(Buffer.from(await solved(challengeOf(asked)), 'base64').toString('utf8')) as { challenge: { parameters: object }; solution: unknown };
    const forged = Buffer.from(JSON.stringify({ challenge: { ...challenge, parameters: { ...challenge.parameters, cost: 1 } }, solution })).toString('base64');
    const res = await signIn(api, email, PASSWORD, { clientIp: guesser, proofOfWork: forged });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });
});

describe('an office where everyone signs in from one address', () => {
  it('is never stopped for signing in: 30 sign-ins in a row all succeed', async () => {
    const email = await createStaffAccount(api, PASSWORD);
    const office = freshClientIp();
    for (let i = 0; i < 30; i++) expect(codeOf(await signIn(api, email, PASSWORD, { clientIp: office }))).toBe('OK');
  });

  it('never makes a colleague who mistypes 4 times and then gets it right wait, however often it happens', async () => {
    const email = await createStaffAccount(api, PASSWORD);
    const office = freshClientIp();
    for (let round = 0; round < 3; round++) {
      // Past the account's 5 free failures a check is asked and solved in the background; never a wait.
      for (let i = 0; i < 4; i++) expect(codeOf(await signInSolving(api, email, `salah-ketik-${i}`, { clientIp: office }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await signInSolving(api, email, PASSWORD, { clientIp: office }))).toBe('OK');
    }
  });

  it('keeps signing in the rest of the office while one email is stopped there', async () => {
    const attacked = await createStaffAccount(api, PASSWORD);
    const colleague = await createStaffAccount(api, PASSWORD);
    const office = freshClientIp();
    for (let i = 0; i < 10; i++) expect(codeOf(await signInSolving(api, attacked, `salah-${i}`, { clientIp: office }))).toBe('UNAUTHENTICATED');
    const stopped = await signInSolving(api, attacked, PASSWORD, { clientIp: office });
    expect(codeOf(stopped)).toBe('RATE_LIMITED');
    expect(challengeOf(stopped)).toBeUndefined();
    expect(codeOf(await signIn(api, colleague, PASSWORD, { clientIp: office }))).toBe('OK');
    // The attacked owner is not locked out elsewhere (from home, with a check).
    expect(codeOf(await signInSolving(api, attacked, PASSWORD, { clientIp: freshClientIp() }))).toBe('OK');
  });
});

describe('what a guesser can learn', () => {
  it('answers an unknown email exactly as a known one, failure after failure', async () => {
    const known = await createStaffAccount(api, PASSWORD);
    const unknown = freshEmail();
    const shape = (res: GraphQLResponse) => ({
      code: codeOf(res),
      message: res.errors?.[0]?.message.replace(/\d+ (menit|detik)/, 'N'),
      extensions: Object.keys(res.errors?.[0]?.extensions ?? {}).sort(),
    });
    const run = async (email: string) => {
      const from = freshClientIp();
      const seen = [];
      for (let i = 0; i < 7; i++) seen.push(shape(await signIn(api, email, `tebakan-${i}`, { clientIp: from })));
      return seen;
    };
    const [forKnown, forUnknown] = [await run(known), await run(unknown)];
    expect(forUnknown).toEqual(forKnown);
    expect(forKnown.map((s) => s.code)).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('counts `Admin@…` and ` admin@… ` as the same email', async () => {
    const email = await createStaffAccount(api, PASSWORD);
    const guesser = freshClientIp();
    const spellings = [email, email.toUpperCase(), ` ${email} `, email.replace(/^s/, 'S'), `${email}\t`];
    for (const spelling of spellings) expect(codeOf(await signIn(api, spelling, 'salah', { clientIp: guesser }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await signIn(api, email.toUpperCase(), 'salah', { clientIp: freshClientIp() }))).toBe('RATE_LIMITED');
  });

  it('explains the refusal in English when asked', async () => {
    const email = freshEmail();
    const from = freshClientIp();
    for (let i = 0; i < 5; i++) await signIn(api, email, 'salah', { clientIp: from });
    const res = await signIn(api, email, 'salah', { clientIp: from, lang: 'en' });
    expect(res.errors![0]!.message).toMatch(/^There have been many failed sign-in attempts for this email or from your network\. To protect the account, signing in needs an automatic anti-spam check, or try again in \d+ (minutes|seconds)\.$/);
  });
});
