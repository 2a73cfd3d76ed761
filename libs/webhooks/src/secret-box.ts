import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Encrypts webhook signing secrets at rest with AES-256-GCM under WEBHOOK_SECRET_KEY.
 * The key is base64 of exactly 32 random bytes, used as is (no passphrase derivation:
 * configuration validates its shape). Every seal draws a fresh random 96-bit IV.
 *
 * Sealed format (text, safe for a `text` column): `v1.<iv>.<ciphertext>.<tag>`, each part
 * base64url. The version lets a later format (or key) be told apart; `open` refuses
 * anything it does not know, and GCM's tag refuses a sealed value that was altered or
 * sealed under another key.
 */
export class SecretBox {
  private readonly key: Buffer;

  constructor(keyBase64: string) {
    const key = Buffer.from(keyBase64, 'base64');
    if (key.length !== 32 || key.toString('base64') !== keyBase64) {
      throw new Error('WEBHOOK_SECRET_KEY must be base64 of 32 random bytes');
    }
    this.key = key;
  }

  seal(plaintext: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv, { authTagLength: TAG_BYTES });
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, iv, ciphertext, cipher.getAuthTag()]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  open(sealed: string): string {
    const [version, iv, ciphertext, tag, ...rest] = sealed.split('.');
    if (version !== VERSION || iv === undefined || ciphertext === undefined || tag === undefined || rest.length > 0) {
      throw new Error('not a sealed webhook secret (unknown format)');
    }
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'), { authTagLength: TAG_BYTES });
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    try {
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new Error('sealed webhook secret does not open with WEBHOOK_SECRET_KEY (altered, or sealed under another key)');
    }
  }
}
