import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tools/dist.ts';
import { wireCopies } from '../helpers/wire.ts';
import { newArticle, USAGE, type NewArticleIo } from '../../cli/new-article-command.ts';
import { articleTitle, parseWireStory, slugFromHeadline } from '../../src/lib/wire-story.ts';
import { isTitleCase } from '../../src/lib/sentence-case.ts';
import { memoryFileSystem } from '../helpers/scaffold-io.ts';

/**
 * Wire stories as editors receive them: every copy kept in content/wire/, so a new story adds its own,
 * and the hostile fixture, whose every line looks like code or markup.
 */
const HOSTILE = 'tests/fixtures/hostile-wire.txt';
const contentWire = wireCopies();
const stories: [string, string][] = [
  ...contentWire.map(({ slug, text }): [string, string] => [`content/wire/${slug}.txt`, text]),
  [HOSTILE, readFileSync(join(ROOT, HOSTILE), 'utf8')],
];

/** The command with an in-memory file system, a logger and a terminal of our own, the story at /desk/story.txt. */
function runWith(
  story: string,
  argv: string[],
  { files = { '/desk/story.txt': story } as Record<string, string>, answer = undefined as string | undefined } = {},
) {
  const out: string[] = [];
  const err: string[] = [];
  const asked: string[] = [];
  const io: NewArticleIo = {
    cwd: '/desk',
    ...memoryFileSystem(files),
    log: (line) => out.push(line),
    error: (line) => err.push(line),
    askDate:
      answer === undefined
        ? undefined
        : async (today) => {
            asked.push(today);
            return answer;
          },
    today: () => new Date('2026-03-09T23:30:00Z'),
  };
  return newArticle(argv, io).then((code) => ({ code, out, err, asked, files }));
}

describe('content/wire', () => {
  it('keeps at least one real wire story to start an article from', () => {
    expect(contentWire.length, 'content/wire/ holds no wire story (*.txt)').toBeGreaterThan(0);
  });
});

describe.each(stories)('new-article, given %s', (_, story) => {
  const parsed = parseWireStory(story);
  const { headline } = parsed;
  const SLUG = slugFromHeadline(headline);
  const TITLE = articleTitle(parsed);
  /** What the command prints about the title: only when it restyled the wire's. */
  const TITLE_LINES = TITLE === headline ? [] : [`title: ${TITLE} (the wire's Title Case headline in sentence case: check that every name kept its capital)`];
  const ARTICLE = `/desk/content/articles/${SLUG}.mdx`;
  const WIRE = `/desk/content/wire/${SLUG}.txt`;
  const run = (argv: string[], options?: Parameters<typeof runWith>[2]) => runWith(story, argv, options);

  it('--help prints the usage and exits 0', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toEqual([USAGE]);
    expect(help.err).toEqual([]);
    expect(USAGE).toMatch(/--date YYYY-MM-DD/);
  });

  it('writes a draft article and keeps the wire copy byte for byte, printing both and the date', async () => {
    const made = await run(['story.txt', '--date', '2024-01-04']);
    expect(made.code).toBe(0);
    expect(made.files[WIRE]).toBe(story);
    const mdx = made.files[ARTICLE]!;
    // The headline in the house's sentence case: the wire's words, only their case changed.
    expect(mdx.split('\n').slice(0, 2)).toEqual(['---', `title: ${JSON.stringify(TITLE)}`]);
    expect(TITLE.toLowerCase()).toBe(headline.toLowerCase());
    expect(isTitleCase(TITLE)).toBe(false);
    expect(mdx).toContain('publishedAt: 2024-01-04');
    expect(mdx).toContain('draft: true');
    expect(made.out).toEqual([`wire copy: content/wire/${SLUG}.txt`, ...TITLE_LINES, 'publishedAt: 2024-01-04', `content/articles/${SLUG}.mdx`]);
  });

  it('does not copy a story already kept where its wire copy belongs', async () => {
    const made = await run([`content/wire/${SLUG}.txt`, '--date', '2024-01-04'], { files: { [WIRE]: story } });
    expect(made.code).toBe(0);
    expect(made.out).toEqual([...TITLE_LINES, 'publishedAt: 2024-01-04', `content/articles/${SLUG}.mdx`]);
  });

  it('asks for the date in a terminal, offering today, and says which it used', async () => {
    const typed = await run(['story.txt'], { answer: '2024-01-05' });
    expect(typed.asked).toEqual(['2026-03-09']);
    expect(typed.files[ARTICLE]).toContain('publishedAt: 2024-01-05');
    const enter = await run(['story.txt'], { answer: '' });
    expect(enter.files[ARTICLE]).toContain('publishedAt: 2026-03-09');
    expect(enter.out).toContain('publishedAt: 2026-03-09');
    const wrong = await run(['story.txt'], { answer: '2024-02-30' });
    expect(wrong.code).toBe(1);
    expect(wrong.err.join('\n')).toMatch(/"2024-02-30" is not a real date/);
  });

  it('with no terminal, requires --date rather than using today unasked, and writes nothing', async () => {
    const made = await run(['story.txt']);
    expect(made.code).toBe(1);
    expect(made.err.join('\n')).toMatch(/pass the publication date with --date/);
    expect(Object.keys(made.files)).toEqual(['/desk/story.txt']);
  });

  it('never overwrites an article or a wire copy unless told to with --force', async () => {
    for (const existing of [ARTICLE, WIRE]) {
      const files = { '/desk/story.txt': story, [existing]: 'an editor’s work' };
      const refused = await run(['story.txt', '--date', '2024-01-04'], { files });
      expect(refused.code).toBe(1);
      expect(refused.err.join('\n')).toMatch(/already exists; pass --force/);
      expect(Object.keys(files).sort()).toEqual(['/desk/story.txt', existing].sort());
      expect(files[existing]).toBe('an editor’s work');

      expect((await run(['story.txt', '--date', '2024-01-04', '--force'], { files })).code).toBe(0);
      expect(files[existing]).not.toBe('an editor’s work');
    }
  });

  it('says clearly when the story is empty, unreadable or not plain text, and writes nothing', async () => {
    const empty = await run(['empty.txt', '--date', '2024-01-04'], { files: { '/desk/empty.txt': '\n \n' } });
    expect(empty.code).toBe(1);
    expect(empty.err.join('\n')).toMatch(/empty\.txt: the story is empty/);
    const missing = await run(['nope.txt', '--date', '2024-01-04']);
    expect(missing.err.join('\n')).toMatch(/cannot read "nope\.txt": ENOENT/);
    const pasted = await run(['p.txt', '--date', '2024-01-04'], { files: { '/desk/p.txt': 'Headline\nA paragraph with an escape \u001b[31m in it.\n' } });
    expect(pasted.err.join('\n')).toMatch(/p\.txt: line 2 contains U\+001B \(a control character\)/);
    expect(Object.keys(pasted.files)).toEqual(['/desk/p.txt']);
  });

  it('refuses an impossible --date, a malformed --slug and an unknown option, showing the usage for the last', async () => {
    expect((await run(['story.txt', '--date', '2024-02-30'])).err.join('\n')).toMatch(/--date "2024-02-30" is not a real date/);
    expect((await run(['story.txt', '--date', '2024-01-04', '--slug', 'Bad Slug'])).err.join('\n')).toMatch(/lowercase words/);
    const unknown = await run(['story.txt', '--nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.err.join('\n')).toContain(USAGE);
  });
});

describe('npm run new-article, the real command', () => {
  it('prints its help and exits 0', () => {
    const help = spawnSync(process.execPath, [join(ROOT, 'cli/new-article.ts'), '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout.trim()).toBe(USAGE);
  });
});
