import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Command, InvalidArgumentError, Option } from 'commander';
import { ArticlesService } from '@factdesk/articles';
import { UsersService } from '@factdesk/auth';
import { loadEnvironmentOrExit } from '@factdesk/config';
import { Role } from '@factdesk/database';
import { CliModule } from './cli.module';
import { importArticles } from './import-articles';
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
