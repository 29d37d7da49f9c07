import { describe, expect, it } from 'vitest';
import { headerRules, headersFile } from '../../../src/lib/security/headers.ts';
import { contentSecurityPolicy } from '../../../src/lib/security/csp.ts';
import { headersForPath, parseHeadersFile } from '../../../tools/static-server.ts';

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
