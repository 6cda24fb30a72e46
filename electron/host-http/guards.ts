import { timingSafeEqual } from 'node:crypto';

/**
 * Pure request guards of the browser host. The host listens on 127.0.0.1 only; these checks stop
 * DNS-rebinding (a foreign name resolving to 127.0.0.1), cross-site requests from other pages
 * open in the same browser, and calls from anyone who does not hold the per-run secret.
 */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader !== undefined && allowedHosts(port).includes(hostHeader.toLowerCase());
}

/** A request without Origin (same-origin GET, curl) passes; one with Origin must be ours. */
export function isAllowedOrigin(originHeader: string | undefined, port: number): boolean {
  if (originHeader === undefined) return true;
  return allowedHosts(port).some((host) => originHeader.toLowerCase() === `http://${host}`);
}

/** Browsers mark cross-site requests; refuse them even when Origin is absent. */
export function isAllowedFetchSite(secFetchSite: string | undefined): boolean {
  return secFetchSite === undefined || secFetchSite === 'same-origin' || secFetchSite === 'none';
}

export function secretMatches(given: string | undefined, secret: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const SECRET_COOKIE = 'sohoi_key';
export const SECRET_HEADER = 'x-sohoi-key';

export function readCookie(cookieHeader: string | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/** Resolves a URL path to a file under `root`, or null if it would escape it. */
export function resolveStaticPath(root: string, urlPath: string, join: (...parts: string[]) => string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const segments = decoded.split(/[/\\]+/).filter((segment) => segment.length > 0);
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  return join(root, ...(segments.length > 0 ? segments : ['index.html']));
}
