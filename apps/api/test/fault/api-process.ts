import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const apiRoot = path.resolve(__dirname, '..', '..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * How to run the API as its own process: the build (dist/main.js, as in production) when it is
 * newer than every source file, otherwise the sources through SWC, so that a stale build is never tested.
 */
export function apiCommand(): { command: string; args: string[]; env: Record<string, string> } {
  const dist = path.join(apiRoot, 'dist', 'main.js');
  if (fs.existsSync(dist) && fs.statSync(dist).mtimeMs >= newestMtime(path.join(apiRoot, 'src'))) {
    return { command: process.execPath, args: [dist], env: {} };
  }
  return {
    command: process.execPath,
    args: ['-r', 'ts-node/register', path.join(apiRoot, 'src', 'main.ts')],
    env: { TS_NODE_SWC: 'true', TS_NODE_TRANSPILE_ONLY: 'true', TS_NODE_PROJECT: path.join(apiRoot, 'tsconfig.json') },
  };
}

export interface ApiProcess {
  child: ChildProcess;
  url: string;
  /** Everything the process wrote so far (stdout and stderr). */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends the signal and waits for the exit (SIGKILL after 30 s). */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs a command to its end, collecting its output; for checks of how the process starts or fails. */
export function runApi(env: Record<string, string>, timeoutMs = 60_000): Promise<{ code: number | null; output: string }> {
  const { command, args, env: extra } = apiCommand();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: apiRoot, env: { PATH: process.env.PATH ?? '', ...extra, ...env }, stdio: 'pipe' });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** Starts the API as a child process on a free loopback port and waits until it listens. */
export async function startApiProcess(env: Record<string, string>, startTimeoutMs = 120_000): Promise<ApiProcess> {
  const { command, args, env: extra } = apiCommand();
  const child = spawn(command, args, {
    cwd: apiRoot,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...extra, ...env },
    stdio: 'pipe',
  });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the API did not start in time:\n${output.slice(-4000)}`)), startTimeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"url":"(http:\/\/[^"]+)\/graphql"[^\n]*"msg":"LightBridge API listening"/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`the API exited with ${code} while starting:\n${output.slice(-4000)}`));
    });
  });
  return {
    child,
    url,
    output: () => output,
    exited,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill(signal);
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        const result = await exited;
        clearTimeout(timer);
        return result;
      }
      return exited;
    },
  };
}
