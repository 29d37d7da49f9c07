import { describe, expect, it } from 'vitest';
import { nginxConfig } from '../../../src/lib/security/nginx-config.ts';
import { HOST_DEFAULT_CACHE, NOT_FOUND_CACHE, headerRules, headersFile } from '../../../src/lib/security/headers.ts';
import { headersForPath, parseHeadersFile } from '../../../tools/static-server.ts';

/** nginx's reading of a double-quoted string: `\"` and `\\` stand for `"` and `\`. */
const unquote = (text: string) => text.replace(/\\(["\\])/g, '$1');

/** Each `location` with a body of its own, and the headers it adds, as nginx reads them. */
function locations(config: string) {
  const lines = config.split('\n');
  return lines.flatMap((line, start) => {
    const head = /^( *)location (= )?"((?:[^"\\]|\\.)*)" \{$/.exec(line);
    if (!head) return [];
    const [, indent, exact, path] = head;
    const end = lines.findIndex((other, i) => i > start && other === `${indent}}`);
    const body = lines.slice(start + 1, end).filter((other) => other.startsWith(`${indent}    `) && !other.startsWith(`${indent}     `));
    const headers = body.flatMap((other) => {
      const added = /^ *add_header (\S+) "((?:[^"\\]|\\.)*)"( always)?;$/.exec(other);
      return added ? [{ name: added[1]!.toLowerCase(), value: unquote(added[2]!), always: Boolean(added[3]) }] : [];
    });
    return [{ path: unquote(path!), exact: Boolean(exact), headers, body }];
  });
}

describe('the nginx configuration', () => {
  it.each(['/', '/explainers/', '/erkl%C3%A4rungen/'])('sends, under %s, what Cloudflare sends from the _headers file, and revalidates the rest', (base) => {
    const path = decodeURIComponent(base);
    const table = parseHeadersFile(headersFile(headerRules(path)));
    const config = nginxConfig({ base, folder: '/srv/site' });
    const served = locations(config).filter((location) => !location.path.startsWith('@') && !location.path.endsWith('404.html'));
    expect(served.map((location) => location.path)).toContain(path);
    for (const location of served) {
      const example = location.exact ? location.path : `${location.path}x`;
      // nginx sends a header twice where Cloudflare joins the two values with a comma.
      const sent = location.headers.reduce<Record<string, string>>(
        (all, { name, value }) => ({ ...all, [name]: all[name] ? `${all[name]}, ${value}` : value }),
        {},
      );
      const expected = { 'cache-control': HOST_DEFAULT_CACHE, ...headersForPath(table, example) };
      // The bare path (`/explainers`) only redirects to the site, with the site's headers.
      if (!example.startsWith(path)) Object.assign(expected, headersForPath(table, path));
      expect(sent, location.path).toEqual(expected);
      // Every header goes with errors and redirects too, except caching, which is for real files.
      for (const { name, always } of location.headers) expect(always, `${location.path} ${name}`).toBe(name !== 'cache-control');
    }
  });

  it('gives every 404 the headers of the path asked for, never cached', () => {
    const table = parseHeadersFile(headersFile(headerRules('/')));
    const notFound = locations(nginxConfig({ base: '/', folder: '/srv/site' })).filter(
      (location) => location.path.startsWith('@') || location.path.endsWith('/404.html'),
    );
    // One for each rule's paths, and the page itself, for requests nginx refuses before it has a path.
    expect(notFound.length).toBe(headerRules('/').length + 1);
    for (const location of notFound) {
      const path = location.path.replace(/^@not-found /, '');
      const example = path.endsWith('/') ? `${path}x` : path;
      const sent = location.headers.reduce<Record<string, string>>(
        (all, { name, value }) => ({ ...all, [name]: all[name] ? `${all[name]}, ${value}` : value }),
        {},
      );
      expect(sent, path).toEqual({ ...headersForPath(table, example), 'cache-control': NOT_FOUND_CACHE });
      expect(location.headers.every(({ always }) => always)).toBe(true);
    }
  });

  it('writes the path as nginx compares it, decoded, and quotes it', () => {
    const config = nginxConfig({ base: '/erkl%C3%A4rungen%20%22x%22%5C;%7B%7D/', folder: '/srv/my "site"' });
    expect(config).toContain('location "/erklärungen \\"x\\"\\\\;{}/" {');
    expect(config).toContain('alias "/srv/my \\"site\\"/";');
    expect(config).toContain('server_tokens off;');
    expect(config).toContain('absolute_redirect off;');
  });

  it.each([
    ['/a$b/', '"$"'],
    ['/a%24%7Bb%7D/', '"$"'],
    ['/a%3Fb/', '"?"'],
    ['/a%0Ab/', '"\\n"'],
    ['/a%00b/', '"\\u0000"'],
    ['/a//b/', 'merges "//"'],
    ['/a%2F%2Fb/', 'merges "//"'],
    ['/a%ZZ/', 'starts no UTF-8 character'],
    ['/a%C3/', 'starts no UTF-8 character'],
  ])('refuses the path %s, which nginx cannot be given safely', (base, message) => {
    expect(() => nginxConfig({ base, folder: '/srv/site' })).toThrow(message);
  });

  it.each([
    ['/srv/$site', '"$"'],
    ['/srv/site\n}', '"\\n"'],
    ['srv/site', 'absolute path'],
    ['/', 'absolute path'],
  ])('refuses the folder %j', (folder, message) => {
    expect(() => nginxConfig({ base: '/', folder })).toThrow(message);
  });
});
