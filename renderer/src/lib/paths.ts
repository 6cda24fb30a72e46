/** Reads and writes nested form values by a dotted path such as `signers.0.fullName`. */
export function getAt(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export function setAt<T>(value: T, path: string, next: unknown): T {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return value;
  const container = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string, unknown>;
  container[head] = rest.length === 0 ? next : setAt(container[head], rest.join('.'), next);
  return container as T;
}
