import { uuidv7, type IdSource } from '../ids';
import { ensureOrganization } from '../repositories/organization';
import type { AppDb } from '../types';
import { seedAdminUnits } from './admin-units';

export interface SeedDeps {
  /** The current instant, ISO UTC (`2025-01-05T03:00:00.000Z`), used for created_at/updated_at. */
  now: string;
  /** Id source; defaults to UUIDv7 stamped with `now`. */
  newId?: IdSource;
  /** Folder holding the seed files; the packaged app passes its resources folder. */
  seedDir?: string;
}

export interface SeedSummary {
  organizationId: string;
  adminUnitsInserted: number;
}

/**
 * Entry point the core calls after migrations, at every start. Idempotent: it creates the single
 * organisation row if missing and the administrative units if the table is empty; it never
 * changes existing rows. The organisation's profile (name, header lines, signers) is
 * configuration entered in the app, not seed data.
 */
export function seedDatabase(db: AppDb, deps: SeedDeps): SeedSummary {
  const newId = deps.newId ?? (() => uuidv7(Date.parse(deps.now)));
  const organizationId = ensureOrganization(db, newId, deps.now);
  const adminUnitsInserted = seedAdminUnits(db, deps.now, { newId, seedDir: deps.seedDir });
  return { organizationId, adminUnitsInserted };
}

export { seedAdminUnits, adminUnitsFromCsv, readSeedAdminUnits, type SeedUnit } from './admin-units';
