import { randomInt } from 'node:crypto';
import { BadInputError, type LocalizedText } from '../../common/errors.js';

/**
 * What a staff password must be (decision record 0014), after NIST SP 800-63B: long rather than
 * complicated — at least 12 characters, no composition rules — and not one that guessers try first:
 * not the account's email (or its name part) and not on a short list of the passwords most often
 * seen in leaks, including Indonesian ones and this product's own demo password.
 */
export const PASSWORD_MIN_LENGTH = 12;
/** The hash takes any length, but a megabyte "password" is an attack on the CPU, not a password. */
export const PASSWORD_MAX_LENGTH = 256;

const COMMON = new Set(
  [
    'password', 'password1', 'password12', 'password123', 'password1234', 'passwordpassword', 'p@ssw0rd1234',
    '123456789012', '1234567890123', '12345678901234', '123456123456', '111111111111', '000000000000', '123123123123',
    'qwertyuiop12', 'qwerty123456', 'qwertyqwerty', 'asdfghjkl123', '1q2w3e4r5t6y', 'zaq12wsxcde3', 'abcdefghijkl',
    'abc123abc123', 'iloveyou1234', 'letmein12345', 'welcome12345', 'administrator', 'admin1234567', 'adminadmin12',
    'changeme1234', 'superman1234', 'football1234', 'sunshine1234', 'princess1234', 'dragon123456',
    'katasandi123', 'katasandi1234', 'sandisandi12', 'indonesia123', 'indonesia1234', 'bismillah123', 'bismillah1234',
    'jakarta12345', 'merdeka12345', 'sayangku1234', 'rahasia12345', 'suara-demo', 'suarademo123', 'suara-demo-123',
    'suara1234567', 'pemerintah123', 'pemkot123456', 'pemkab123456',
  ].map((p) => p.toLowerCase()),
);

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The first thing wrong with `password` for the account `email`, or null when it may be used. */
export function passwordProblem(password: string, email: string): LocalizedText | null {
  const length = [...password.normalize('NFKC')].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return {
      id: `Kata sandi minimal ${PASSWORD_MIN_LENGTH} karakter. Kalimat pendek yang mudah Anda ingat sudah cukup.`,
      en: `The password must be at least ${PASSWORD_MIN_LENGTH} characters long. A short sentence you can remember is fine.`,
    };
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return { id: `Kata sandi paling banyak ${PASSWORD_MAX_LENGTH} karakter.`, en: `The password can be at most ${PASSWORD_MAX_LENGTH} characters long.` };
  }
  const folded = fold(password);
  const address = fold(email.trim());
  const local = address.split('@')[0] ?? '';
  if (folded === address || (local.length >= 4 && folded.replace(/[^\p{L}\p{N}]/gu, '') === local.replace(/[^\p{L}\p{N}]/gu, ''))) {
    return { id: 'Kata sandi tidak boleh sama dengan alamat email Anda.', en: 'The password must not be your email address.' };
  }
  if (COMMON.has(folded) || /^(.)\1+$/u.test(folded)) {
    return {
      id: 'Kata sandi ini terlalu umum dan mudah ditebak. Pilih kata sandi lain.',
      en: 'This password is too common and easy to guess. Choose another one.',
    };
  }
  return null;
}

/** Throws BAD_USER_INPUT on `field` when the password may not be used. */
export function checkPasswordPolicy(password: string, email: string, field = 'newPassword'): void {
  const problem = passwordProblem(password, email);
  if (problem) throw new BadInputError(problem, [{ field, message: problem }]);
}

/** No 0/O, 1/l/I: read aloud over the phone or copied from a screen without mistakes. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A temporary password an admin hands over once (createStaffAccount, resetStaffPassword): 20 random
 * characters of 55 (about 115 bits) in groups of five, e.g. `k7Tq2-mZp9w-…`.
 */
export function temporaryPassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let group = '';
    for (let i = 0; i < 5; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}
