import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import { normalizeText } from '../../shared/format';
import { kindFromName, adminUnitKeys } from '../admin-unit-keys';
import { adminUnits, type AdminUnitKind, type NewAdminUnit } from '../schema';
import { uuidv7, type IdSource } from '../ids';
import { SEED_DIR } from '../paths';
import type { AppDb } from '../types';
import { parseCsvRecords } from './csv';
import {
  BAC_GIANG_CITY_MERGED_VALID_FROM,
  CHU_TOWN_VALID_FROM,
  MERGED_PROVINCE_CODE,
  PROVINCE_MERGER_DECISION,
  VIET_YEN_TOWN_VALID_FROM,
} from './unconfirmed-dates';

/** The statistics office's list for Tỉnh Bắc Giang as of March 2025 (see README.md here). */
export const ADMIN_UNITS_CSV = 'admin-units-bac-giang-2025-03.csv';

/** Last day of the pre-reform units: the district level ended on 1 July 2025 [S85]. */
export const PRE_REFORM_LAST_DAY = '2025-06-30';
export const REFORM_FIRST_DAY = '2025-07-01';
/** Ended the district level from 1 July 2025 [S85]. */
export const DISTRICT_LEVEL_END_DECISION = 'Nghị quyết 203/2025/QH15';
/** Rearranged the new Bắc Ninh's communes, in effect from 1 July 2025 [S87, S88]. */
export const COMMUNE_ARRANGEMENT_DECISION = 'Nghị quyết 1658/NQ-UBTVQH15';
/** The merged province's name [S87]. */
export const MERGED_PROVINCE_NAME = 'Tỉnh Bắc Ninh';

const COLUMNS = {
  provinceName: 'Tỉnh Thành Phố',
  provinceCode: 'Mã TP',
  districtName: 'Quận Huyện',
  districtCode: 'Mã QH',
  communeName: 'Phường Xã',
  communeCode: 'Mã PX',
  communeKind: 'Cấp',
} as const;

/** The CSV's 'Cấp' values for the commune level. */
const COMMUNE_KINDS: Readonly<Record<string, AdminUnitKind>> = {
  'Xã': 'xa',
  'Phường': 'phuong',
  'Thị trấn': 'thi_tran',
  'Đặc khu': 'dac_khu',
};

/** District-level units whose current version began during 2024 (all dates UNCONFIRMED). */
const DISTRICT_VALID_FROM: Readonly<Record<string, string>> = {
  '213': BAC_GIANG_CITY_MERGED_VALID_FROM.value,
  '222': VIET_YEN_TOWN_VALID_FROM.value,
  '224': CHU_TOWN_VALID_FROM.value,
};

/** A unit version as parsed from the seed, before ids, keys and timestamps are added. */
export interface SeedUnit {
  code: string;
  name: string;
  kind: AdminUnitKind;
  level: NewAdminUnit['level'];
  parentCode: string | null;
  validFrom: string | null;
  validTo: string | null;
  decision: string;
}

function requireCode(value: string | undefined, what: string): string {
  if (value === undefined || !/^\d+$/.test(value)) throw new Error(`Seed: bad ${what} code '${value ?? ''}'`);
  return value;
}

function requireKind(kind: AdminUnitKind | undefined, name: string): AdminUnitKind {
  if (kind === undefined) throw new Error(`Seed: cannot tell the kind of '${name}'`);
  return kind;
}

function closedUnit(unit: Omit<SeedUnit, 'validTo'>): SeedUnit {
  return { ...unit, validTo: PRE_REFORM_LAST_DAY };
}

/** The province, district-level unit and commune named by one CSV record. */
function unitsOfRecord(record: Record<string, string>): SeedUnit[] {
  const provinceCode = requireCode(record[COLUMNS.provinceCode], 'province');
  const districtCode = requireCode(record[COLUMNS.districtCode], 'district');
  const provinceName = normalizeText(record[COLUMNS.provinceName] ?? '');
  const districtName = normalizeText(record[COLUMNS.districtName] ?? '');
  const communeName = normalizeText(record[COLUMNS.communeName] ?? '');
  const districtFrom = DISTRICT_VALID_FROM[districtCode] ?? null;
  return [
    closedUnit({
      code: provinceCode,
      name: provinceName,
      kind: requireKind(kindFromName(provinceName), provinceName),
      level: 'province',
      parentCode: null,
      validFrom: null,
      decision: PROVINCE_MERGER_DECISION.value,
    }),
    closedUnit({
      code: districtCode,
      name: districtName,
      kind: requireKind(kindFromName(districtName), districtName),
      level: 'district',
      parentCode: provinceCode,
      validFrom: districtFrom,
      decision: DISTRICT_LEVEL_END_DECISION,
    }),
    closedUnit({
      code: requireCode(record[COLUMNS.communeCode], 'commune'),
      name: communeName,
      kind: requireKind(COMMUNE_KINDS[record[COLUMNS.communeKind] ?? ''], communeName),
      level: 'commune',
      parentCode: districtCode,
      validFrom: districtFrom,
      decision: COMMUNE_ARRANGEMENT_DECISION,
    }),
  ];
}

/**
 * Turns the March 2025 list into unit versions: the province, its district-level units and
 * their communes, all closed on 30 June 2025, plus the merged province from 1 July 2025.
 * A commune's version is taken to begin with its district's version (its parent link is only
 * known from then); otherwise `valid_from` is null, "since before records began".
 */
export function adminUnitsFromCsv(csvText: string): SeedUnit[] {
  const units = new Map<string, SeedUnit>();
  for (const record of parseCsvRecords(csvText, Object.values(COLUMNS))) {
    for (const unit of unitsOfRecord(record)) {
      const existing = units.get(unit.code);
      if (existing !== undefined && (existing.name !== unit.name || existing.parentCode !== unit.parentCode)) {
        throw new Error(`Seed: code ${unit.code} is both '${existing.name}' and '${unit.name}'`);
      }
      units.set(unit.code, unit);
    }
  }
  return [...units.values(), mergedProvince()];
}

/** Tỉnh Bắc Ninh from 1 July 2025; its 99 communes are imported later, not invented here. */
function mergedProvince(): SeedUnit {
  return {
    code: MERGED_PROVINCE_CODE.value,
    name: MERGED_PROVINCE_NAME,
    kind: 'tinh',
    level: 'province',
    parentCode: null,
    validFrom: REFORM_FIRST_DAY,
    validTo: null,
    decision: PROVINCE_MERGER_DECISION.value,
  };
}

/** Reads and converts the seed CSV from `seedDir`. */
export function readSeedAdminUnits(seedDir: string): SeedUnit[] {
  return adminUnitsFromCsv(readFileSync(join(seedDir, ADMIN_UNITS_CSV), 'utf8'));
}

function toRow(unit: SeedUnit, newId: IdSource, now: string): NewAdminUnit {
  return { ...unit, id: newId(), ...adminUnitKeys(unit.name, unit.kind), createdAt: now, updatedAt: now };
}

const INSERT_CHUNK = 50;

export interface SeedAdminUnitsOptions {
  /** Id source; defaults to UUIDv7 stamped with `now`. */
  newId?: IdSource;
  /** Folder holding the seed CSV; defaults to this folder (SEED_DIR). */
  seedDir?: string;
  /** Units to insert instead of reading the CSV (tests). */
  units?: readonly SeedUnit[];
}

/**
 * Inserts the seed units in one transaction, only when `admin_units` is empty (so it is
 * idempotent and never overwrites units the office has edited). Returns the number inserted.
 */
export function seedAdminUnits(db: AppDb, now: string, options: SeedAdminUnitsOptions = {}): number {
  const newId = options.newId ?? (() => uuidv7(Date.parse(now)));
  return db.transaction((tx) => {
    const existing = tx.select({ n: count() }).from(adminUnits).get();
    if ((existing?.n ?? 0) > 0) return 0;
    const units = options.units ?? readSeedAdminUnits(options.seedDir ?? SEED_DIR);
    const rows = units.map((unit) => toRow(unit, newId, now));
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      tx.insert(adminUnits).values(rows.slice(start, start + INSERT_CHUNK)).run();
    }
    return rows.length;
  }, { behavior: 'immediate' });
}
