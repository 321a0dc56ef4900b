import { hash, verify } from '@node-rs/argon2';

// argon2id (the library's default algorithm) with OWASP's minimum memory cost for argon2id.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Compared against when the e-mail is unknown, so that timing does not reveal which accounts exist. */
export const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$aDpOhyWLlKxwp45jHoSprA$DpYNxAPpYm80O7OYYzCd05mfp02vIVLezDin2TioUDI';
