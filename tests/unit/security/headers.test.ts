import { describe, expect, it } from 'vitest';
import { headerRules, headersFile, nginxLocations } from '../../../src/lib/security/headers.ts';
import { contentSecurityPolicy } from '../../../src/lib/security/csp.ts';
import { headersForPath, parseHeadersFile } from '../../helpers/static-server.ts';

describe('the _headers file', () => {
  it('is written from the rules, and reads back to them', () => {
    const rules = headerRules('/');
    const parsed = parseHeadersFile(headersFile(rules));
    expect(parsed.map((rule) => rule.headers)).toEqual(rules.map((rule) => rule.headers));
  });

  it('puts a sub-path deploy’s rules under its path', () => {
    const rules = parseHeadersFile(headersFile(headerRules('/explainers/')));
    expect(headersForPath(rules, '/explainers/no/such/page')['x-frame-options']).toBe('SAMEORIGIN');
    expect(headersForPath(rules, '/explainers/_astro/a.css')['cache-control']).toMatch(/immutable/);
    expect(headersForPath(rules, '/other/page')).toEqual({});
  });

  it('sends the policy from csp.ts, and frame-ancestors only on embed pages', () => {
    const rules = parseHeadersFile(headersFile(headerRules('/')));
    expect(headersForPath(rules, '/articles/x/')['content-security-policy']).toBe(contentSecurityPolicy());
    expect(headersForPath(rules, '/embed/x/')['content-security-policy']).toBe(`${contentSecurityPolicy()}, ${contentSecurityPolicy('*')}`);
  });
});

describe('the nginx configuration', () => {
  it.each(['/', '/explainers/'])('sends, for base %s, what Cloudflare sends from the _headers file, 404s included', (base) => {
    const rules = headerRules(base);
    const nginx = nginxLocations(rules, base);
    expect(nginx).toContain(`error_page 404 ${base}404.html;`);
    // Every header goes with 404s too, except caching.
    expect(nginx.match(/add_header Cache-Control .*/g)!.every((line) => !line.includes('always'))).toBe(true);
    expect(nginx.match(/add_header (?!Cache-Control).*/g)!.every((line) => line.endsWith(' always;'))).toBe(true);
    for (const block of nginx.split(/\n(?=location )/).filter((text) => text.startsWith('location '))) {
      const [, exact, path] = /^location (= )?(\S+) \{/.exec(block)!;
      const example = exact ? path! : `${path}x`;
      const sent = [...block.matchAll(/add_header (\S+) "([^"]*)"(?: always)?;/g)].map(([, name, value]) => [name!.toLowerCase(), value!]);
      const joined = Object.entries(headersForPath(parseHeadersFile(headersFile(rules)), example));
      // nginx sends a header twice where Cloudflare joins the two values with a comma.
      const merged = Object.entries(
        sent.reduce<Record<string, string>>((all, [name, value]) => ({ ...all, [name!]: all[name!] ? `${all[name!]}, ${value}` : value! }), {}),
      );
      expect(merged.sort(), path).toEqual(joined.sort());
    }
  });
});
