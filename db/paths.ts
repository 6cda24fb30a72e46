import { fileURLToPath } from 'node:url';

/**
 * Default location of the committed migrations when running from sources (tests, dev host).
 * The packaged app ships them as extraResources and passes its own folder to migrateDatabase.
 */
export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));

/** Default location of the seed data (db/seed) when running from sources. */
export const SEED_DIR = fileURLToPath(new URL('./seed', import.meta.url));
