import "server-only";

import { hash, verify } from "@node-rs/argon2";

// argon2id (the library's default algorithm) with OWASP's memory/time settings.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

// A real hash to verify against when no account matches, so a miss takes as long as a hit.
const decoy = hash("decoy-password-for-timing", options);

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
