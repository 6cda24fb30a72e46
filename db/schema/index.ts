export * from './admin-units';
export * from './organizations';
