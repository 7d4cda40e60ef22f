import type { Migration } from './index';

/**
 * Signing certificates (0006_certificates). Each row holds the certificate and its chain in
 * clear (they are public) and the private key SEALED (AES-256-GCM, see signing/key-protector):
 * never the plain PKCS#8. `protection` says which key seals it (os: the desktop data key;
 * passphrase: the key derived from key_vault). The .p12 password is never stored.
 * trusted_certificates: the roots/CAs the user trusts when verifying signatures.
 * key_vault: the scrypt salt and a check value for the passphrase mode (one row).
 */
export const m0006Certificates: Migration = {
  id: 6,
  name: 'certificates',
  sql: `
CREATE TABLE certificates (
  id           TEXT PRIMARY KEY,
  fingerprint  TEXT NOT NULL UNIQUE,
  common_name  TEXT NOT NULL,
  subject      TEXT NOT NULL,
  issuer       TEXT NOT NULL,
  serial       TEXT NOT NULL,
  not_before   TEXT NOT NULL,
  not_after    TEXT NOT NULL,
  key_type     TEXT NOT NULL CHECK (key_type IN ('rsa', 'ec')),
  key_bits     INTEGER NOT NULL,
  cert_der     BLOB NOT NULL,
  chain_der    TEXT NOT NULL,
  key_sealed   BLOB NOT NULL,
  protection   TEXT NOT NULL CHECK (protection IN ('os', 'passphrase')),
  imported_at  TEXT NOT NULL
);
CREATE TABLE trusted_certificates (
  fingerprint  TEXT PRIMARY KEY,
  common_name  TEXT NOT NULL,
  subject      TEXT NOT NULL,
  issuer       TEXT NOT NULL,
  not_before   TEXT NOT NULL,
  not_after    TEXT NOT NULL,
  cert_der     BLOB NOT NULL,
  added_at     TEXT NOT NULL
);
CREATE TABLE key_vault (
  id           INTEGER PRIMARY KEY CHECK (id = 1),
  salt         BLOB NOT NULL,
  check_sealed BLOB NOT NULL,
  created_at   TEXT NOT NULL
);
`,
};
