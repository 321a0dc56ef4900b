import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { isEmbedded, testDatabaseUrl } from './database';

export interface ApiProcess {
  url: string;
  stop(): Promise<void>;
}

const apiDir = path.resolve(__dirname, '../..');

/** Starts the API in a separate Node.js process against the test database. */
export function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  const child: ChildProcess = spawn(path.resolve(apiDir, '../../node_modules/.bin/ts-node'), ['--swc', 'test/support/serve-api.ts'], {
    cwd: apiDir,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: testDatabaseUrl(),
      DATABASE_POOL_SIZE: isEmbedded() ? '1' : '3',
      DEMO_ORGANIZATIONS: '0',
      LOG_LEVEL: 'silent',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let output = '';
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('{"url"'));
      if (line) resolve({ url: (JSON.parse(line) as { url: string }).url, stop });
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`API process exited with ${code}: ${errors.slice(0, 2000)}`)));
  });
}
