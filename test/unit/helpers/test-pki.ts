import { afterAll, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A test PKI made with the openssl CLI (the commands of spec/pdf-and-signatures.md §2), so the
 * certificates and PKCS#12 files are what a real CA tool writes, not what our own code expects.
 * OpenSSL 3 defaults are kept on purpose: PKCS#12 with PBES2/AES-256-CBC and a SHA-256 MAC.
 */
export interface TestPki {
  dir: string;
  caPem: string;
  /** name -> path of the .p12 (password P12_PASSWORD) */
  p12: Record<'rsa' | 'ec' | 'expired' | 'future' | 'reviewer' | 'soon', string>;
  certPem: Record<'rsa' | 'ec' | 'reviewer', string>;
  nssDir: string;
  cleanup(): void;
}

export const P12_PASSWORD = 'test1234';

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

const EE_EXT = [
  'basicConstraints=critical,CA:FALSE',
  'keyUsage=critical,digitalSignature,nonRepudiation',
  'subjectKeyIdentifier=hash',
  'authorityKeyIdentifier=keyid,issuer',
].join('\n');

function caConfig(dir: string): string {
  return `[ca]
default_ca = test
[test]
dir = ${dir}
database = ${dir}/index.txt
new_certs_dir = ${dir}
serial = ${dir}/serial
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
[any]
commonName = supplied
countryName = optional
organizationName = optional
`;
}

export function makeTestPki(): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'clearway-pki-'));
  openssl(dir, [
    'req', '-x509', '-newkey', 'rsa:3072', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '3650', '-sha256',
    '-subj', '/C=CN/O=Test Customs Broker CA/CN=Test Root CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  writeFileSync(join(dir, 'ee.ext'), EE_EXT);
  writeFileSync(join(dir, 'index.txt'), '');
  writeFileSync(join(dir, 'serial'), '1000\n');
  writeFileSync(join(dir, 'ca.cnf'), caConfig(dir));

  const issue = (name: string, keyArgs: string[], cn: string, validity: string[]): void => {
    openssl(dir, ['req', '-newkey', ...keyArgs, '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-utf8',
      '-subj', `/C=CN/O=上海某某报关有限公司/CN=${cn}`]);
    openssl(dir, ['ca', '-batch', '-config', 'ca.cnf', '-cert', 'ca.pem', '-keyfile', 'ca.key', '-utf8',
      '-extfile', 'ee.ext', '-in', `${name}.csr`, '-out', `${name}.pem`, '-notext', ...validity]);
    openssl(dir, ['pkcs12', '-export', '-inkey', `${name}.key`, '-in', `${name}.pem`, '-certfile', 'ca.pem',
      '-out', `${name}.p12`, '-passout', `pass:${P12_PASSWORD}`, '-name', cn]);
  };
  const valid = ['-days', '825'];
  issue('rsa', ['rsa:2048'], '张三 RSA', valid);
  issue('ec', ['ec', '-pkeyopt', 'ec_paramgen_curve:P-256'], '张三 EC', valid);
  issue('reviewer', ['ec', '-pkeyopt', 'ec_paramgen_curve:P-256'], '李四 审核', valid);
  issue('expired', ['rsa:2048'], '王五 过期', ['-startdate', '20200101000000Z', '-enddate', '20210101000000Z']);
  issue('future', ['rsa:2048'], '赵六 未生效', ['-startdate', '20990101000000Z', '-enddate', '20991231000000Z']);
  issue('soon', ['ec', '-pkeyopt', 'ec_paramgen_curve:P-256'], '钱七 将到期', ['-days', '12']);

  const nssDir = join(dir, 'nssdb');
  execFileSync('mkdir', ['-p', nssDir]);
  execFileSync('certutil', ['-N', '-d', `sql:${nssDir}`, '--empty-password']);
  execFileSync('certutil', ['-A', '-d', `sql:${nssDir}`, '-n', 'testca', '-t', 'CT,C,C', '-a', '-i', join(dir, 'ca.pem')]);

  const p = (n: string) => join(dir, n);
  return {
    dir,
    caPem: readFileSync(p('ca.pem'), 'utf8'),
    p12: { rsa: p('rsa.p12'), ec: p('ec.p12'), expired: p('expired.p12'), future: p('future.p12'), reviewer: p('reviewer.p12'), soon: p('soon.p12') },
    certPem: { rsa: p('rsa.pem'), ec: p('ec.pem'), reviewer: p('reviewer.pem') },
    nssDir,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * A test PKI of the file's own, made before its tests and removed after: call at the top level of a
 * test file, before any beforeAll that uses it (hooks run in the order they are registered).
 */
export function useTestPki(): TestPki {
  const pki = {} as TestPki;
  beforeAll(() => {
    Object.assign(pki, makeTestPki());
  }, 60_000);
  afterAll(() => pki.cleanup());
  return pki;
}
