import { dropDatabase } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const template = process.env.FACTDESK_TEST_TEMPLATE_DB;
  if (template) await dropDatabase(template);
}
