import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PolicyInputError } from './generate.ts';

/** 32 random bytes, base64url: 256 bits, and safe in every policy format (no quotes or backslashes). */
export function generateSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function readSecretFile(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new PolicyInputError(`cannot read the secret file ${file} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const secret = text.replace(/^\uFEFF/, '').trim();
  if (secret.length < 16) throw new PolicyInputError(`the secret in ${file} is too short (at least 16 characters; leave out --secret-file to have one made)`);
  if (secret.length > 512) throw new PolicyInputError(`the secret in ${file} is too long (at most 512 characters)`);
  if (/\s/.test(secret)) throw new PolicyInputError(`the secret in ${file} must be one line with no spaces`);
  return secret;
}
