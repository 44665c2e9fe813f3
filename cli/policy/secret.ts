import { randomBytes } from 'node:crypto';
import { ROSTER_SECRET_MAX, ROSTER_SECRET_MIN } from '../../lib/policy/config.ts';
import { decodeText, readBytes, TextFileError } from '../read-text.ts';
import { PolicyInputError } from './generate.ts';

/** 32 random bytes, base64url: 256 bits, and safe in every policy format (no quotes or backslashes). */
export function generateSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function readSecretFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readBytes(file, 'the secret file');
  } catch (e) {
    if (e instanceof TextFileError) throw new PolicyInputError(e.message);
    throw e;
  }
  // UTF-16 too: `"..." > secret.txt` in Windows PowerShell 5.1 writes UTF-16 LE.
  const secret = decodeText(bytes, 'replace').text.replace(/^\uFEFF/, '').trim();
  if (secret.length < ROSTER_SECRET_MIN) throw new PolicyInputError(`the secret in ${file} is too short (at least ${ROSTER_SECRET_MIN} characters; leave out --secret-file to have one made)`);
  if (secret.length > ROSTER_SECRET_MAX) throw new PolicyInputError(`the secret in ${file} is too long (at most ${ROSTER_SECRET_MAX} characters)`);
  if (secret.includes('\uFFFD')) throw new PolicyInputError(`the secret in ${file} has characters that are not UTF-8; use the roster-secret.txt the generator wrote, or leave out --secret-file to have one made`);
  if (/\s/.test(secret)) throw new PolicyInputError(`the secret in ${file} must be one line with no spaces`);
  return secret;
}
