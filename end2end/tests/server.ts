import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { OFFICIAL } from './official';

/**
 * One Ordet server per spec file: its own SQLite database and data directory under a fresh
 * temporary directory, the demo hearing without synthetic responses, the suite's official,
 * and a port the kernel chose (`--addr 127.0.0.1:0`, read back from the start-up line). A
 * spec sees only what it did itself, and what it spends of a rate limit is its own.
 *
 * Specs run one after another in one worker (`workers: 1`); the server of the spec that ran
 * before is stopped when the next spec's first test or `beforeAll` asks for its own.
 * ORDET_E2E_BASE_URL points the suite at an app that is already running instead.
 */

const workspaceRoot = path.resolve(__dirname, '..', '..');

/** The binary under test (ORDET_BIN, relative to the workspace root). */
export function ordetBinary(): string {
  return path.resolve(workspaceRoot, process.env.ORDET_BIN ?? 'target/debug/ordet');
}

/** A running server of one spec. */
export interface Ordet {
  url: string;
  dir: string;
  process: ChildProcess;
}

let current: { file: string; ordet: Ordet } | undefined;

/** The rate limits of the end-to-end server: `ORDET_LIMIT_*` from the environment, else
 * 10,000 an hour each (the limits are tested in server/tests/api/limits.rs). */
function limits(): Record<string, string> {
  const names = [
    'ORDET_LIMIT_SUBMISSIONS_PER_NETWORK',
    'ORDET_LIMIT_SUBMISSIONS_PER_EMAIL',
    'ORDET_LIMIT_LINKS_PER_NETWORK',
    'ORDET_LIMIT_LINKS_PER_EMAIL',
    'ORDET_LIMIT_SIGN_INS_PER_NETWORK',
  ];
  return Object.fromEntries(names.map((name) => [name, process.env[name] ?? '10000']));
}

/** The environment `ordet` runs with on the database under `dir`. */
function environment(dir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: `sqlite://${dir}/ordet-e2e.db?mode=rwc`,
    ORDET_DATA_DIR: dir,
    // Playwright fills a form in well under a second; the minimum fill time is tested in
    // the integration tests.
    ORDET_MIN_FILL_SECONDS: '0',
    RUST_LOG: 'warn,server::startup=info',
    NO_COLOR: '1',
    ...limits(),
  };
}

/** The port in `ordet serve`'s "Ordet is listening port=…" line. */
function listeningPort(line: string): number | undefined {
  const match = /Ordet is listening.*port=(\d+)/.exec(line);
  return match ? Number(match[1]) : undefined;
}

async function start(): Promise<Ordet> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ordet-e2e-'));
  const env = environment(dir);
  execFileSync(
    ordetBinary(),
    ['user', 'add', '--email', OFFICIAL.email, '--role', 'official', '--name', OFFICIAL.name, '--password-stdin'],
    { cwd: workspaceRoot, env, input: OFFICIAL.password, stdio: ['pipe', 'ignore', 'inherit'] },
  );
  const child = spawn(ordetBinary(), ['serve', '--demo', '--demo-responses', '0', '--addr', '127.0.0.1:0'], {
    cwd: workspaceRoot,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const log = fs.createWriteStream(path.join(dir, 'server.log'));
  const lines = readline.createInterface({ input: child.stderr! });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`ordet serve did not start; see ${dir}/server.log`)), 120_000);
    child.once('exit', (code) => reject(new Error(`ordet serve exited (${code}); see ${dir}/server.log`)));
    lines.on('line', (line) => {
      log.write(`${line}\n`);
      const found = listeningPort(line);
      if (found !== undefined) {
        clearTimeout(timer);
        resolve(found);
      }
    });
  });
  const url = `http://127.0.0.1:${port}`;
  await ready(url);
  return { url, dir, process: child };
}

/** Waits until `/readyz` answers 200 (the demo loaded, the index caught up). */
async function ready(url: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const answer = await fetch(`${url}/readyz`).catch(() => undefined);
    if (answer?.ok) return;
    if (Date.now() > deadline) throw new Error(`${url}/readyz did not answer 200 within two minutes`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Stops the server of the spec that ran before, if any, and removes its directory
 * (ORDET_E2E_KEEP=1 keeps it, with its database, mail and `server.log`). */
export async function stopCurrent(): Promise<void> {
  if (!current) return;
  const { process: child, dir } = current.ordet;
  current = undefined;
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  if (!process.env.ORDET_E2E_KEEP) fs.rmSync(dir, { recursive: true, force: true });
}

/** The server of spec `file`, started when the spec first asks. */
export async function ordetFor(file: string): Promise<Ordet> {
  if (current?.file === file) return current.ordet;
  await stopCurrent();
  current = { file, ordet: await start() };
  return current.ordet;
}

/** The data directory of the running spec's server (its mail outbox, its database). */
export function dataDir(): string {
  if (!current) throw new Error('no server of this suite is running (ORDET_E2E_BASE_URL set?)');
  return current.ordet.dir;
}

/** Runs `ordet args…` on the running spec's database; its standard output. */
export function ordetCli(args: string[]): string {
  return execFileSync(ordetBinary(), args, {
    cwd: workspaceRoot,
    env: environment(dataDir()),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Gives spec `file`'s server `n` synthetic published responses (`ordet demo --responses`,
 * seed 7: the same texts every run). */
export async function addDemoResponses(file: string, n: number): Promise<void> {
  if (process.env.ORDET_E2E_BASE_URL) throw new Error('this spec loads responses into the server the suite starts');
  await ordetFor(file);
  ordetCli(['demo', '--responses', String(n), '--seed', '7']);
}

// A worker that dies without its teardown still stops its server.
process.on('exit', () => current?.ordet.process.kill('SIGTERM'));
