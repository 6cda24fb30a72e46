import { defineConfig } from 'drizzle-kit';

// Schema → SQL migrations. Run `drizzle-kit generate --name <what>` after a schema change and
// commit the output; migrations are append-only once they land. tests/migrations/drift.test.ts
// fails when the schema and the migrations disagree.
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  strict: true,
  verbose: true,
});
