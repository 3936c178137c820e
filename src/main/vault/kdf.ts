import { scrypt, randomBytes } from 'node:crypto';

/**
 * Numbered KDF settings. Their parameters must be known before the key exists, so they
 * live in the code, not only in the encrypted file; the version used is also recorded
 * inside the vault (vault_meta.kdf_version) for `info`. Never change an existing entry:
 * add a new version, and unlock re-keys vaults from older versions to the newest.
 */
export interface KdfParams {
  version: number;
  name: 'scrypt';
  N: number;
  r: number;
  p: number;
  keyLength: 32;
}

export const KDF_VERSIONS: readonly KdfParams[] = [
  // About 0.4 s and 128 MiB: measured on a 2-core AMD EPYC virtual machine (the README's bench figures).
  { version: 1, name: 'scrypt', N: 2 ** 17, r: 8, p: 1, keyLength: 32 },
];

export const SALT_LENGTH = 16;

export function newestKdf(): KdfParams {
  return KDF_VERSIONS[KDF_VERSIONS.length - 1]!;
}

/** Newest first: an unlock tries these in order. */
export function kdfCandidates(): KdfParams[] {
  return [...KDF_VERSIONS].reverse();
}

export function kdfByVersion(version: number): KdfParams | undefined {
  return KDF_VERSIONS.find((k) => k.version === version);
}

export function newSalt(): Buffer {
  return randomBytes(SALT_LENGTH);
}

export function deriveKey(passphrase: string, salt: Buffer, params: KdfParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      passphrase.normalize('NFC'),
      salt,
      params.keyLength,
      { N: params.N, r: params.r, p: params.p, maxmem: 256 * 1024 * 1024 },
      (err, key) => (err ? reject(err) : resolve(key)),
    );
  });
}

/**
 * The raw key material SQLCipher takes: 32 key bytes then the file's 16 salt bytes.
 * Held in a Buffer so that lock can overwrite it.
 */
export class KeyMaterial {
  constructor(
    readonly key: Buffer,
    readonly salt: Buffer,
    readonly kdf: KdfParams,
  ) {}

  pragmaValue(): string {
    return `"x'${this.key.toString('hex')}${this.salt.toString('hex')}'"`;
  }

  wipe(): void {
    this.key.fill(0);
  }
}
