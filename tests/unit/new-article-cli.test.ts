import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/dist.ts';
import { SEED_PATH } from '../helpers/seed.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'new-article-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the real command, as `npm run new-article -- ...` would, writing into a temporary folder. */
function newArticle(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/new-article.ts'), ...args, '--dir', dir], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout.trim(), stderr: run.stderr };
}

const target = () => join(dir, 'white-house-reveals-russias-use-of-north-korean.mdx');

describe('npm run new-article', () => {
  it('writes an MDX scaffold from a wire story and prints its path', () => {
    const run = newArticle(SEED_PATH, '--date', '2024-01-04');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/white-house-reveals-russias-use-of-north-korean\.mdx$/);
    const mdx = readFileSync(target(), 'utf8');
    expect(mdx).toMatch(/^---\ntitle: "White House Reveals Russia's Use/);
    expect(mdx).toContain('publishedAt: 2024-01-04');
    expect(mdx).toContain('draft: true');
  });

  it('never overwrites an existing article unless told to with --force', () => {
    newArticle(SEED_PATH);
    writeFileSync(target(), 'an editor’s work');
    const refused = newArticle(SEED_PATH);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already exists; pass --force/);
    expect(readFileSync(target(), 'utf8')).toBe('an editor’s work');

    expect(newArticle(SEED_PATH, '--force').code).toBe(0);
    expect(readFileSync(target(), 'utf8')).toMatch(/^---\ntitle:/);
  });

  it('says clearly when the story is empty or unreadable, and writes nothing', () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '\n \n');
    const run = newArticle(empty);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/empty\.txt: the story is empty/);

    const missing = newArticle(join(dir, 'nope.txt'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*nope\.txt.*ENOENT/);
    expect(existsSync(target())).toBe(false);
  });

  it('refuses wire copy that is not plain text, naming the file and line, and writes nothing', () => {
    const pasted = join(dir, 'pasted.txt');
    writeFileSync(pasted, 'Headline\nA paragraph with an escape \u001b[31m in it.\n');
    const run = newArticle(pasted);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/pasted\.txt: line 2 contains U\+001B \(a control character\)/);
    expect(readdirSync(dir)).toEqual(['pasted.txt']);
  });

  it('refuses an impossible --date and a malformed --slug', () => {
    expect(newArticle(SEED_PATH, '--date', '2024-02-30').stderr).toMatch(/not a real date/);
    expect(newArticle(SEED_PATH, '--slug', 'Bad Slug').stderr).toMatch(/lowercase words/);
  });
});
