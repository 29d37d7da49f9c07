import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/dist.ts';
import { parseHeadersFile } from '../../helpers/static-server.ts';
import { CSP_DIRECTIVES, STYLE_SRC } from '../../../src/lib/security/csp.ts';

const rules = parseHeadersFile(readFileSync(join(ROOT, 'public/_headers'), 'utf8'));
const headersFor = (path: string) => Object.fromEntries(rules.filter((r) => r.pattern.test(path)).flatMap((r) => r.headers));

describe('public/_headers', () => {
  it('sends the same policy as the pages’ <meta>, plus script and style from our origin only', () => {
    for (const path of ['/', '/articles/north-korean-missiles-ukraine/', '/404.html', '/embed/ukraine-900km/']) {
      const csp = headersFor(path)['Content-Security-Policy']!;
      for (const directive of CSP_DIRECTIVES) expect(csp, path).toContain(directive);
      expect(csp).toContain("script-src 'self'");
      // The inline stylesheet's hash, so the header allows what the page's <meta> allows.
      expect(csp).toContain(`${STYLE_SRC};`);
      expect(csp).not.toContain('unsafe-inline');
    }
  });

  it('lets any site frame an embed page, and no other site frame an article', () => {
    expect(headersFor('/embed/ukraine-900km/')['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
    expect(headersFor('/embed/ukraine-900km/')['X-Frame-Options']).toBeUndefined();
    expect(headersFor('/articles/north-korean-missiles-ukraine/')['Content-Security-Policy']).toMatch(/frame-ancestors 'self'$/);
    expect(headersFor('/articles/north-korean-missiles-ukraine/')['X-Frame-Options']).toBe('SAMEORIGIN');
  });

  it('gives each path one policy: hosts combine every rule that matches', () => {
    for (const path of ['/', '/articles/x/', '/embed/x/', '/404.html']) {
      expect(rules.filter((r) => r.pattern.test(path) && r.headers.some(([name]) => name === 'Content-Security-Policy'))).toHaveLength(1);
    }
  });
});
