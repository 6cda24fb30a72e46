export * from './admin-units';
export * from './organizations';
export * from './accounts';
export * from './audit';
export * from './admin-unit-flags';
export * from './admin-unit-mappings';
export * from './branches';
export * from './members';
