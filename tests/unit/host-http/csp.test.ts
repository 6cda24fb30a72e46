import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';

const INDEX_HTML = fileURLToPath(new URL('../../../renderer/index.html', import.meta.url));

function metaPolicies(html: string): string[] {
  const tags = html.match(/<meta\b[^>]*>/gi) ?? [];
  return tags
    .filter((tag) => /http-equiv\s*=\s*"content-security-policy"/i.test(tag))
    .map((tag) => /\bcontent\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? '');
}

describe('Content-Security-Policy', () => {
  it('is repeated exactly, once, as the meta tag of renderer/index.html', () => {
    const policies = metaPolicies(readFileSync(INDEX_HTML, 'utf8'));
    expect(policies).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('comes before any script in the page', () => {
    const html = readFileSync(INDEX_HTML, 'utf8');
    const meta = html.search(/http-equiv\s*=\s*"content-security-policy"/i);
    const script = html.search(/<script\b/i);
    expect(meta).toBeGreaterThan(-1);
    if (script !== -1) expect(meta).toBeLessThan(script);
  });

  it('allows scripts from the app itself only and no plugins, base or form targets', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*/);
  });
});
