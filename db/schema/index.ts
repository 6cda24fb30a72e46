export * from './admin-units';
export * from './organizations';
export * from './accounts';
export * from './audit';
