// Signing benchmark: what a signature costs on top of rendering, for a 20-page document.
// Our steps (stamp + placeholder + save + PAdES CMS; the CMS alone; the reviewer's incremental
// signature; our verifier) are measured in the same run as two baselines on the same bytes:
// `openssl cms -sign` for the CMS step and `pdfsig` for verification (both spawned, so they
// include a process start, which is what a CLI user of those tools pays too).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { embedCjkFont } from '../../electron/backend/pdf/fonts.node';
import { buildPadesCms } from '../../electron/backend/signing/pades-cms.node';
import { findSignatureDictionaries, signedBytes } from '../../shared-node/signing/pdf-signatures.node';
import { readPkcs12 } from '../../electron/backend/signing/pkcs12.node';
import { signIncrementally, signNewDocument } from '../../electron/backend/signing/sign-pdf.node';
import { SoftwareSigner } from '../../electron/backend/signing/software-signer.node';
import { verifyPdf } from '../../shared-node/signing/verify-pdf.node';
import { makeTestPki, P12_PASSWORD } from '../unit/helpers/test-pki';
import { printTable, summarize, writeResult } from './bench-kit';

const RUNS = 15;
const PAGES = 20;

async function document(): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const font = await embedCjkFont(doc, 'regular');
  for (let p = 0; p < PAGES; p++) {
    const page = doc.addPage([595.28, 841.89]);
    page.setFont(font);
    for (let row = 0; row < 40; row++) page.drawText(`第 ${p * 40 + row + 1} 行 纸箱 CTN-${row} 笔记本电脑 120 PCS 456.78 USD`, { x: 40, y: 800 - row * 19, size: 9 });
  }
  return doc;
}

async function time(run: () => Promise<unknown> | unknown): Promise<number[]> {
  await run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples;
}

async function main(): Promise<void> {
  const pki = makeTestPki();
  try {
    const signers = Object.fromEntries(
      await Promise.all(
        (['rsa', 'ec', 'reviewer'] as const).map(async (name) => {
          const p12 = await readPkcs12(readFileSync(pki.p12[name]), P12_PASSWORD);
          return [name, new SoftwareSigner(p12.keyPkcs8, { certificate: p12.certificate, chain: p12.chain, algorithm: name === 'rsa' ? 'rsa-sha256' : 'ecdsa-sha256' })];
        }),
      ),
    ) as Record<'rsa' | 'ec' | 'reviewer', SoftwareSigner>;
    const at = new Date();
    const options = { signerName: '张三', at, role: '申报人' };

    // Rendering is not what we measure: each run gets a fresh, unsaved document built beforehand.
    const docs: PDFDocument[] = [];
    const prepare = async (n: number) => {
      docs.length = 0;
      for (let i = 0; i < n; i++) docs.push(await document());
    };
    await prepare(RUNS + 1);
    const firstRsa = await time(() => signNewDocument(docs.pop() as PDFDocument, signers.rsa, options));
    await prepare(RUNS + 1);
    let signed: Uint8Array = new Uint8Array();
    const firstEc = await time(async () => (signed = await signNewDocument(docs.pop() as PDFDocument, signers.ec, options)));

    const [range] = findSignatureDictionaries(signed).map((s) => s.byteRange);
    const content = signedBytes(signed, range ?? [0, 0, 0, 0]) ?? new Uint8Array();
    const cmsRsa = await time(() => buildPadesCms(content, signers.rsa));
    const cmsEc = await time(() => buildPadesCms(content, signers.ec));
    const contentFile = join(pki.dir, 'content.bin');
    writeFileSync(contentFile, content);
    const opensslCms = await time(() =>
      execFileSync('openssl', ['cms', '-sign', '-binary', '-md', 'sha256', '-outform', 'DER', '-nosmimecap', '-signer', join(pki.dir, 'rsa.pem'), '-inkey', join(pki.dir, 'rsa.key'), '-in', contentFile, '-out', join(pki.dir, 'out.der')]),
    );

    let both: Uint8Array = new Uint8Array();
    const second = await time(async () => (both = await signIncrementally(signed, signers.reviewer, { signerName: '李四', at })));
    const caDer = new Uint8Array(execFileSync('openssl', ['x509', '-in', join(pki.dir, 'ca.pem'), '-outform', 'DER']));
    const verifyOurs = await time(() => verifyPdf(both, [caDer], new Date()));
    const bothFile = join(pki.dir, 'both.pdf');
    writeFileSync(bothFile, both);
    const verifyPdfsig = await time(() => execFileSync('pdfsig', ['-nssdir', `sql:${pki.nssDir}`, bothFile]));

    const rows = {
      'first signature RSA-2048 (stamp+placeholder+save+CMS)': summarize(firstRsa),
      'first signature ECDSA P-256': summarize(firstEc),
      'CMS only, ours RSA-2048': summarize(cmsRsa),
      'CMS only, ours ECDSA P-256': summarize(cmsEc),
      'CMS only, baseline openssl cms -sign RSA (spawned)': summarize(opensslCms),
      'second signature, incremental (ECDSA)': summarize(second),
      'verify 2 signatures, ours': summarize(verifyOurs),
      'verify 2 signatures, baseline pdfsig (spawned)': summarize(verifyPdfsig),
    };
    printTable(`Signing a ${PAGES}-page PDF (${RUNS} runs each, ms)`, rows);
    const sizes = { unsignedPlusStampBytes: signed.length, twoSignaturesBytes: both.length, incrementalUpdateBytes: both.length - signed.length };
    console.log(sizes);
    const file = writeResult('signing', { machine: { cpus: cpus().length, loadavg: loadavg() }, pages: PAGES, runs: RUNS, rows, sizes });
    console.log(`result: ${file}`);
  } finally {
    pki.cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
