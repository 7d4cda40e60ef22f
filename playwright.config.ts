import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';

/**
 * Debian's Chromium first (what CI and this machine have), then a browser Playwright installed
 * itself; nothing is ever downloaded from here.
 */
function bundledChromium(): string | null {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function chromiumExecutable(): string {
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const bundled = bundledChromium();
  if (bundled) return bundled;
  throw new Error(
    "No Chromium found: install Debian's chromium (apt-get install -y chromium) or run npx playwright install chromium on your own machine.",
  );
}

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  workers: 1,
  fullyParallel: false,
  // One retry on CI only: twice a CI run under heavy load lost the page's event socket in the middle
  // of broker-export (the host alive and answering HTTP; cause not found yet). A test that needs the
  // retry is printed as flaky by scripts/test-all.mjs, with the browser console and host output attached.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    browserName: 'chromium',
    locale: 'zh-CN',
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
});
