import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HealthSchema } from '../../shared/gateway/api';
import { storageKinds, useGateways } from './helpers/gateway';

const gateways = useGateways();
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clearway-gateway-tls-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'key.pem', '-out', 'cert.pem', '-days', '2',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { cwd: dir, stdio: 'ignore' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function getJson(url: string, ca: Buffer): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ca }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe.each(storageKinds)('gateway TLS with its own certificate (%s)', (kind) => {
  it('serves HTTPS with the given certificate and key', async () => {
    const cert = readFileSync(join(dir, 'cert.pem'));
    const { url } = await gateways.start(kind, { https: { cert, key: readFileSync(join(dir, 'key.pem')) } });
    expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const answer = await getJson(`${url}/v1/health`, cert);
    expect(answer.status).toBe(200);
    expect(HealthSchema.parse(answer.body).ok).toBe(true);
  });
});
