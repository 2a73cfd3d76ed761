import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Command, InvalidArgumentError, Option } from 'commander';
import { ArticlesService } from '@factdesk/articles';
import { apiKeyPrefixOf, ApiKeysService, passwordProblem, UsersService } from '@factdesk/auth';
import { EnvironmentVariables, loadEnvironmentOrExit } from '@factdesk/config';
import { Role } from '@factdesk/database';
import { CliModule } from './cli.module';
import { importArticles } from './import-articles';
import { readFirstLine } from './read-first-line';
import { StderrLogger } from './stderr-logger';

/** Operator commands. Output meant for scripts goes to stdout; everything else to stderr. */
async function withApp<T>(work: (app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>) => Promise<T>): Promise<T> {
  const env = loadEnvironmentOrExit();
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(env), {
    logger: new StderrLogger('factdesk', { logLevels: ['error', 'warn'] }),
  });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

const program = new Command('factdesk').description('Factdesk operator commands').showHelpAfterError();

program
  .command('create-user')
  .description('Create a user and print its API key (the last line of output is the key alone)')
  .addOption(new Option('--role <role>', 'reviewer, lead or admin').choices(Object.values(Role)).makeOptionMandatory())
  .requiredOption('--name <name>', 'display name', (value: string) => {
    if (!value.trim()) throw new InvalidArgumentError('must not be blank');
    return value.trim();
  })
  .action(async (options: { role: Role; name: string }) => {
    await withApp(async (app) => {
      const { user, apiKey } = await app.get(UsersService).createUser({ name: options.name, role: options.role }, null);
      process.stdout.write(`Created ${user.role} "${user.name}" (${user.id}). API key, shown once:\n${apiKey}\n`);
    });
  });

program
  .command('issue-key')
  .description('Issue a new API key for a user (by name or id); the last line of output is the key alone')
  .argument('<user>', "the user's exact name, or id")
  .option('--label <label>', 'what the key is for, shown in the list of keys')
  .action(async (nameOrId: string, options: { label?: string }) => {
    await withApp(async (app) => {
      const user = await app.get(UsersService).resolveUser(nameOrId);
      const { key, apiKey } = await app.get(ApiKeysService).issueKey(user.id, options.label?.trim() || null, null);
      process.stdout.write(`Issued key ${key.prefix} for ${user.role} "${user.name}" (${user.id}). API key, shown once:\n${apiKey}\n`);
    });
  });

program
  .command('revoke-key')
  .description('Revoke an API key by its prefix (the part after fdk_); it stops working everywhere within AUTH_CACHE_TTL_MS')
  .argument('<prefix>', 'the key prefix, fdk_<prefix>, or the whole key', (input: string) => {
    const prefix = apiKeyPrefixOf(input);
    if (!prefix) throw new InvalidArgumentError('not a key prefix (12 letters and digits, as in fdk_<prefix>_...)');
    return prefix;
  })
  .action(async (prefix: string) => {
    await withApp(async (app) => {
      const apiKeys = app.get(ApiKeysService);
      const key = await apiKeys.revokeKey((await apiKeys.keyByPrefix(prefix)).id, null);
      const env = app.get(EnvironmentVariables);
      process.stdout.write(
        `Revoked key ${key.prefix} (${key.id}) of "${key.user?.name ?? key.userId}"; every API process refuses it within ${env.AUTH_CACHE_TTL_MS} ms\n`,
      );
    });
  });

program
  .command('disable-user')
  .description("Disable a user (by name or id): none of the user's keys work until enable-user")
  .argument('<user>', "the user's exact name, or id")
  .action(async (nameOrId: string) => {
    await withApp(async (app) => {
      const users = app.get(UsersService);
      const user = await users.disableUser((await users.resolveUser(nameOrId)).id, null);
      const env = app.get(EnvironmentVariables);
      process.stdout.write(
        `Disabled ${user.role} "${user.name}" (${user.id}); every API process refuses the user's keys within ${env.AUTH_CACHE_TTL_MS} ms\n`,
      );
    });
  });

program
  .command('enable-user')
  .description("Enable a disabled user (by name or id): the user's keys that are not revoked work again")
  .argument('<user>', "the user's exact name, or id")
  .action(async (nameOrId: string) => {
    await withApp(async (app) => {
      const users = app.get(UsersService);
      const user = await users.enableUser((await users.resolveUser(nameOrId)).id, null);
      process.stdout.write(`Enabled ${user.role} "${user.name}" (${user.id})\n`);
    });
  });

program
  .command('set-password')
  .description("Set or reset a user's password (by name or id), read from the first line of standard input; the user's sessions end")
  .argument('<user>', "the user's exact name, or id")
  .action(async (nameOrId: string) => {
    if (process.stdin.isTTY) process.stderr.write('Password (shown as you type; end with Enter): ');
    const password = await readFirstLine(process.stdin);
    const problem = passwordProblem(password);
    if (problem) throw new Error(problem);
    await withApp(async (app) => {
      const users = app.get(UsersService);
      const user = await users.setPassword((await users.resolveUser(nameOrId)).id, password, null);
      process.stdout.write(`Password set for ${user.role} "${user.name}" (${user.id}); the user's sessions ended\n`);
    });
  });

program
  .command('import')
  .description('Import articles from an NDJSON file: one {"title","body",...} object per line')
  .argument('<file>', 'path to the .ndjson file')
  .option('--no-progress', 'do not draw the progress bar')
  .action(async (file: string, options: { progress: boolean }) => {
    await withApp(async (app) => {
      const summary = await importArticles(file, app.get(ArticlesService), null, options.progress && process.stderr.isTTY === true);
      for (const { line, reason } of summary.rejected) process.stdout.write(`line ${line}: rejected: ${reason}\n`);
      process.stdout.write(`imported ${summary.imported}, duplicates ${summary.duplicates}, rejected ${summary.rejected.length}\n`);
    });
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`factdesk: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
