/**
 * Under `astro dev` an article edited while the server runs is compiled from disk when a page asks for
 * it: the dev plugin must refuse a body that would run code before the MDX compiler sees the file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inertMdxInDev } from '../../../src/loaders/inert-mdx.ts';

const dir = mkdtempSync(join(tmpdir(), 'inert-mdx-dev-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const load = (id: string) => {
  const hook = inertMdxInDev().load as (id: string) => Promise<unknown>;
  return hook(id);
};
const article = (name: string, body: string) => {
  const file = join(dir, name);
  writeFileSync(file, `---\ntitle: "A story"\n---\n\n${body}\n`);
  return file;
};

describe('the content gate under astro dev', () => {
  it('runs only while serving, before the MDX compiler', () => {
    const plugin = inertMdxInDev();
    expect(plugin.apply).toBe('serve');
    expect(plugin.enforce).toBe('pre');
  });

  it('refuses an article that would run code, naming the file, the line and the construct', async () => {
    const file = article('hostile.mdx', 'A paragraph.\n\nexport const secret = process.env.HOME\n\nText {1 + 1}.');
    await expect(load(`${file}?astroContentCollectionEntry=true`)).rejects.toThrow(/hostile\.mdx:7: `export const secret = process\.env\.HOME`[^\n]*\n.*hostile\.mdx:9: \{1 \+ 1\} expression/);
  });

  it('lets content through untouched, and leaves other modules alone', async () => {
    expect(await load(article('fine.mdx', 'A paragraph.\n\n<RangeMap id="a-map" />'))).toBeNull();
    expect(await load(join(dir, 'module.ts'))).toBeNull();
  });
});
