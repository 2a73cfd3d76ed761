#!/usr/bin/env node
// `npm start`: one command from a fresh checkout to a running Factdesk.
// Builds, creates the database if it does not exist, then runs the API and one worker side by side; Ctrl-C or SIGTERM stops both gracefully.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import pg from 'pg';

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!existsSync('.env') && !process.env.DATABASE_URL && existsSync('.env.example')) {
  copyFileSync('.env.example', '.env');
  console.error('factdesk: no .env and no DATABASE_URL: created .env from .env.example');
}
if (existsSync('.env')) process.loadEnvFile('.env');

if (process.env.DATABASE_URL) {
  const target = new URL(process.env.DATABASE_URL);
  const database = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(target);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  try {
    await client.connect();
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount === 0) {
      await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
      console.error(`factdesk: created database ${database}`);
    }
  } catch (error) {
    console.error(`factdesk: could not check database ${database} (${error.message}); continuing`);
  } finally {
    await client.end().catch(() => {});
  }
}

// Always build (a stale dist after a pull would run old code); FACTDESK_SKIP_BUILD=1 skips it.
if (process.env.FACTDESK_SKIP_BUILD !== '1') {
  console.error('factdesk: building');
  run('npm', ['run', '-s', 'build']);
}

const children = ['api', 'worker'].map((app) => {
  const child = spawn(process.execPath, ['--enable-source-maps', `dist/apps/${app}/apps/${app}/src/main.js`], {
    // Both run pending migrations at start-up; an advisory lock lets only one do the work.
    stdio: 'inherit',
  });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`factdesk: ${app} exited (${signal ?? code}); stopping`);
    stop(code ?? 1);
  });
  return child;
});

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  const deadline = setTimeout(() => {
    for (const child of children) child.kill('SIGKILL');
  }, 15_000);
  Promise.all(children.map((child) => (child.exitCode !== null ? null : new Promise((resolve) => child.once('exit', resolve))))).then(
    () => {
      clearTimeout(deadline);
      process.exit(code);
    },
  );
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
