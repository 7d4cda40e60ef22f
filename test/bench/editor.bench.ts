// Editor benchmark, in Debian's Chromium driven by Playwright against the browser host (run
// `npm run build` first): (1) keypress to character visible in the B/L No. field of a 50-item
// declaration, against a plain <input> on an empty page, interleaved key by key; (2) opening a
// 10,000-line packing list (to its first grid row painted) and scrolling it end to end page by
// page, against a plain static 10,000-row table, with long tasks counted by PerformanceObserver.
// The keypress is measured twice (see installKeyProbe): until the character is rendered and laid
// out, ready for the frame to paint it (the target: the editor's own work fits in one 16 ms
// frame), and until the task after the next frame, which adds the compositor's frame wait.
// Targets: keypress p95 < 16 ms; first paint < 1 s; no long task > 50 ms while scrolling.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { printTable, summarize, writeResult } from './bench-kit';

const KEYS = 300;
/** CLEARWAY_BENCH_ONLY=list skips the keypress part (for quick runs while working on the grid). */
const ONLY = process.env.CLEARWAY_BENCH_ONLY;
const WARMUP_KEYS = 30;
const LINES = 10_000;
const HOST = resolve('dist/host/host.cjs');

interface Host {
  url: string;
  token: string;
  child: ChildProcess;
  profile: string;
}

async function startHost(): Promise<Host> {
  if (!existsSync(HOST)) throw new Error(`${HOST} is missing: run "npm run build" first.`);
  const profile = mkdtempSync(join(tmpdir(), 'clearway-bench-editor-'));
  const token = `bench-${Math.random().toString(36).slice(2)}`;
  const port = await new Promise<number>((resolvePort) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
  const child = spawn(process.execPath, [HOST, '--profile', profile, '--port', String(port)], { env: { ...process.env, CLEARWAY_HOST_TOKEN: token }, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const m = /browser mode: (http:\/\/\S+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolveUrl(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
  });
  return { url, token, child, profile };
}

async function call<T>(host: Host, name: string, input: unknown): Promise<T> {
  const response = await fetch(`${new URL(host.url).origin}/api/call/${name}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: { messageEn: string } };
  if (!result.ok) throw new Error(`${name}: ${result.error.messageEn}`);
  return result.value;
}

/** A realistic 50-item export declaration (the shape the autosave benchmark saves). */
function declaration(): unknown {
  return {
    head: { ieFlag: 'E', customMaster: '2201', tradeMode: '0110', tradeName: '上海清关通国际贸易有限公司', tradeCoScc: '91310115MA1H7XKQ2G', billNo: 'COSU612345' },
    items: Array.from({ length: 50 }, (_, i) => ({
      gNo: i + 1,
      codeTs: '8471300000',
      gName: `便携式自动数据处理设备 第${i + 1}项`,
      gModel: `0|0|笔记本电脑|无品牌|型号 X${i}`,
      gQty: '120',
      gUnit: '001',
      firstQty: '120',
      firstUnit: '001',
      secondQty: '240.5',
      secondUnit: '035',
      declPrice: '456.78',
      declTotal: '54813.6',
      tradeCurr: 'USD',
      originCountry: 'CHN',
      destinationCountry: 'USA',
    })),
  };
}

/**
 * In the page, for every key: `ready`, from the key event's timestamp (so time queued behind the
 * page's other work counts) to the input event reaching `window` at the end of its bubbling,
 * with the field's layout forced there. By then React has rendered and committed the change (the
 * browser runs microtasks, where React flushes a discrete event's update, after each listener),
 * so the character is in the DOM, styled and laid out, and the frame can paint it. And `painted`:
 * to the first task after the next animation frame, which adds the paint and the wait for the
 * compositor's frame, which the page does not control (headless software compositing here: a
 * plain input on an empty page takes 10-25 ms that way).
 */
function installKeyProbe(): void {
  const w = window as unknown as { __lat: { ready: number; painted: number }[]; __t0: number };
  w.__lat = [];
  document.addEventListener('keydown', (e) => (w.__t0 = e.timeStamp), true);
  window.addEventListener('input', (e) => {
    const t0 = w.__t0;
    (e.target as HTMLElement).getBoundingClientRect();
    const sample = { ready: performance.now() - t0, painted: NaN };
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        sample.painted = performance.now() - t0;
        w.__lat.push(sample);
      };
      channel.port2.postMessage(0);
    });
  });
}

type LongFrame = { start: number; duration: number; styleAndLayoutMs: number; scripts: string[] };

/**
 * In the page: every long task from now on, and every long animation frame with the scripts that
 * ran in it (what a long task was: a timer, a message, a forced layout in a scroll handler).
 */
function installLongTasks(): void {
  const w = window as unknown as { __long: { start: number; duration: number }[]; __frames: LongFrame[] };
  w.__long = [];
  w.__frames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  type Script = { invoker: string; duration: number; forcedStyleAndLayoutDuration: number };
  type Frame = PerformanceEntry & { styleAndLayoutStart: number; scripts: Script[] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as Frame[]) {
      w.__frames.push({
        start: e.startTime,
        duration: e.duration,
        styleAndLayoutMs: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
        scripts: e.scripts.map((x) => `${x.invoker} ${Math.round(x.duration)} ms (forced layout ${Math.round(x.forcedStyleAndLayoutDuration)} ms)`),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
}

async function pressAndWait(page: Page, key: string, n: number): Promise<void> {
  await page.keyboard.press(key);
  await page.waitForFunction((count) => (window as unknown as { __lat: unknown[] }).__lat.length >= count, n, { polling: 'raf' });
}

/** Scrolls `selector` page by page, one step per frame, to the end; frame times and long tasks on the way. */
async function scrollThrough(
  page: Page,
  selector: string,
): Promise<{ steps: number; ms: number; worstFrameMs: number; longTasks: number; worstLongTaskMs: number; longTasksAtMs: number[]; longFrames: string[] }> {
  return page.evaluate(async (sel) => {
    const el = document.querySelector(sel) as HTMLElement;
    const w = window as unknown as { __long: { start: number; duration: number }[]; __frames: LongFrame[] };
    const start = performance.now();
    let last = start;
    let worst = 0;
    let steps = 0;
    while (el.scrollTop + el.clientHeight < el.scrollHeight - 1) {
      el.scrollTop += el.clientHeight * 0.9;
      steps++;
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
    }
    await new Promise((r) => setTimeout(r, 100));
    const long = w.__long.filter((t) => t.start >= start);
    return {
      steps,
      ms: performance.now() - start,
      worstFrameMs: worst,
      longTasks: long.length,
      worstLongTaskMs: Math.max(0, ...long.map((t) => t.duration)),
      // When each came, from the start of the scroll: a cluster at the start points at the opening's own work.
      longTasksAtMs: long.map((t) => Math.round(t.start - start)),
      longFrames: w.__frames
        .filter((f) => f.start >= start && f.duration >= 50)
        .map((f) => `at ${Math.round(f.start - start)} ms, ${Math.round(f.duration)} ms (style and layout ${Math.round(f.styleAndLayoutMs)} ms): ${f.scripts.join('; ') || 'no script'}`),
    };
  }, selector);
}

async function main(): Promise<void> {
  const host = await startHost();
  const launch = () =>
    chromium.launch({
      executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    });
  const browser = await launch();
  // The plain input lives in a browser of its own: two pages of one browser cannot both be the
  // visible one, and a hidden page's frames are throttled to about one a second.
  const plainBrowser = await launch();
  try {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });

    // (1) Keypress to character visible.
    const draft = await call<{ id: string; revision: number }>(host, 'documents.create', { kind: 'declaration', direction: 'E' });
    await call(host, 'documents.save', { id: draft.id, baseRevision: draft.revision, body: { kind: 'declaration', data: declaration() } });
    const editor = await context.newPage();
    await editor.goto(host.url);
    await editor.getByRole('navigation').first().waitFor({ timeout: 30_000 });
    await editor.evaluate((id) => (window.location.hash = `#/declarations/${id}`), draft.id);
    const field = editor.getByLabel('提运单号', { exact: true });
    await field.waitFor({ timeout: 30_000 });
    await editor.evaluate(installKeyProbe);
    const plain = await (await plainBrowser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } })).newPage();
    await plain.setContent('<!doctype html><meta charset="utf-8"><input id="plain" style="font:16px sans-serif;width:300px">');
    await plain.evaluate(installKeyProbe);
    await field.click();
    await field.press('End');
    await plain.locator('#plain').click();

    const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
    let typed = 0;
    for (let i = 0; i < (ONLY === 'list' ? 0 : KEYS + WARMUP_KEYS); i++) {
      if (typed === 20) {
        // Keep the B/L No. within its 32 characters: back to its first ten (not measured).
        for (let k = 0; k < 20; k++) await field.press('Backspace');
        await plain.locator('#plain').fill('');
        // Let the probes of those edits land, then count afresh.
        for (const p of [editor, plain]) {
          await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
          await p.evaluate(() => ((window as unknown as { __lat: unknown[] }).__lat.length = 0));
        }
        typed = 0;
      }
      const key = letters[i % letters.length] as string;
      // Each page is the visible one of its browser: switching the visible page before each key
      // (bringToFront) made the first frame after it slow (a plain input measured 31/61 ms p50/p95
      // that way, 15/25 ms without switching).
      await pressAndWait(editor, key, typed + 1);
      await pressAndWait(plain, key, typed + 1);
      typed++;
      if (i >= WARMUP_KEYS) {
        const [a, b] = await Promise.all(
          [editor, plain].map((p) => p.evaluate((n) => (window as unknown as { __lat: { ready: number; painted: number }[] }).__lat[n - 1] ?? { ready: NaN, painted: NaN }, typed)),
        );
        editorLat.push(a as KeySample);
        plainLat.push(b as KeySample);
      }
    }
    const value = await field.inputValue();
    if (ONLY !== 'list' && !/^COSU612345[A-Z0-9]+$/.test(value)) throw new Error(`the field shows "${value}", not what was typed`);

    // (2) A 10,000-line packing list: open, then scroll end to end.
    const list = await call<{ id: string; revision: number }>(host, 'documents.create', { kind: 'packing-list' });
    const lines = Array.from({ length: LINES }, (_, i) => ({ lineNo: i + 1, cartonPrefix: 'C', cartonFrom: String(i + 1), cartonTo: String(i + 1), description: `Line ${i + 1}`, hsCode: '6109100021', piecesPerCarton: '10', netPerCarton: '4', grossPerCarton: '5', lengthCm: '50', widthCm: '40', heightCm: '30' }));
    await call(host, 'documents.save', { id: list.id, baseRevision: list.revision, body: { kind: 'packing-list', data: { header: { plNo: 'BIG-10000' }, lines } } });
    await editor.bringToFront();
    await editor.evaluate(() => (window.location.hash = '#/packing-lists'));
    await editor.evaluate(installLongTasks);
    const openMs = await editor.evaluate(async (id) => {
      const start = performance.now();
      window.location.hash = `#/packing-lists/${id}`;
      await new Promise<void>((done) => {
        const check = () => (document.querySelector('[role=grid] [data-row="0"]') ? done() : requestAnimationFrame(check));
        check();
      });
      await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => setTimeout(r, 0));
      return performance.now() - start;
    }, list.id);
    const listScroll = await scrollThrough(editor, '[role=grid]');
    if (!(await editor.getByText('Line 10000', { exact: true }).isVisible())) throw new Error('the last line is not shown after scrolling');

    const table = await context.newPage();
    await table.setContent('<!doctype html><meta charset="utf-8"><div id="wrap" style="height:600px;overflow:auto"></div>');
    await table.evaluate(installLongTasks);
    const tableOpenMs = await table.evaluate(async (n) => {
      const start = performance.now();
      const rows: string[] = [];
      for (let i = 1; i <= n; i++) rows.push(`<tr><td>C${i}</td><td>1</td><td>Line ${i}</td><td>6109100021</td><td>10</td><td>4</td><td>5</td><td>50</td><td>40</td><td>30</td></tr>`);
      (document.getElementById('wrap') as HTMLElement).innerHTML = `<table>${rows.join('')}</table>`;
      await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => setTimeout(r, 0));
      return performance.now() - start;
    }, LINES);
    const tableScroll = await scrollThrough(table, '#wrap');

    const ready = (xs: KeySample[]) => xs.map((x) => x.ready);
    const painted = (xs: KeySample[]) => xs.map((x) => x.painted);
    printTable(`keypress to character ready to paint (ms): rendered, committed and laid out; ${KEYS} keys interleaved, after ${WARMUP_KEYS} warm-up keys`, {
      'B/L No. in a 50-item declaration': summarize(ready(editorLat)),
      'plain <input> on an empty page': summarize(ready(plainLat)),
    });
    printTable('keypress to the task after the next frame (ms): the above plus the wait for the compositor', {
      'B/L No. in a 50-item declaration': summarize(painted(editorLat)),
      'plain <input> on an empty page': summarize(painted(plainLat)),
    });
    const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(0.95 * xs.length)] ?? NaN;
    const keyP95 = p95(ready(editorLat));
    console.log(
      `keypress p95, ready to paint: editor ${keyP95.toFixed(1)} ms, plain input ${p95(ready(plainLat)).toFixed(1)} ms (target < 16 ms, one frame: ${keyP95 < 16 ? 'met' : 'MISSED'}); ` +
        `after the next frame: editor ${p95(painted(editorLat)).toFixed(1)} ms, plain input ${p95(painted(plainLat)).toFixed(1)} ms`,
    );
    console.log('\n10,000-line packing list');
    console.table({
      'packing-list editor (virtualised grid)': { openMs: Math.round(openMs), ...roundAll(listScroll) },
      'static 10,000-row table': { openMs: Math.round(tableOpenMs), ...roundAll(tableScroll) },
    });
    console.log(`long tasks while scrolling, ms after the start: ${listScroll.longTasksAtMs.join(', ') || 'none'} (of ${Math.round(listScroll.ms)} ms)`);
    for (const frame of listScroll.longFrames) console.log(`  long frame ${frame}`);
    const targets = { keypressP95Under16Ms: keyP95 < 16, firstPaintUnder1s: openMs < 1000, noLongTaskOver50MsScrolling: listScroll.longTasks === 0 };
    console.log(`first paint < 1 s: ${targets.firstPaintUnder1s ? 'met' : 'MISSED'}; no long task > 50 ms while scrolling: ${targets.noLongTaskOver50MsScrolling ? 'met' : `MISSED (${listScroll.longTasks}, worst ${listScroll.worstLongTaskMs.toFixed(0)} ms)`}`);
    const file = writeResult('editor', {
      benchmark: 'editor',
      when: new Date().toISOString(),
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, load: loadavg(), browser: browser.version() },
      keypress: {
        readyToPaint: { editor: summarize(ready(editorLat)), editorP95: keyP95, plain: summarize(ready(plainLat)), plainP95: p95(ready(plainLat)) },
        afterNextFrame: { editor: summarize(painted(editorLat)), editorP95: p95(painted(editorLat)), plain: summarize(painted(plainLat)), plainP95: p95(painted(plainLat)) },
      },
      packingList: { openMs, scroll: listScroll, baseline: { openMs: tableOpenMs, scroll: tableScroll } },
      targets,
    });
    console.log(`result: ${file}`);
  } finally {
    await Promise.all([browser.close(), plainBrowser.close()]);
    host.child.kill('SIGTERM');
    rmSync(host.profile, { recursive: true, force: true });
  }
}

interface KeySample {
  ready: number;
  painted: number;
}
const editorLat: KeySample[] = [];
const plainLat: KeySample[] = [];
const roundAll = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter((e): e is [string, number] => typeof e[1] === 'number').map(([k, v]) => [k, Math.round(v * 10) / 10]));

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
