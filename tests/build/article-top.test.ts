/**
 * The top of every story as the built page shows it, without JavaScript: "What we know" where the body
 * places it (above the wire report), as the editor wrote it, latest first, each point with its sources folded away; the label over
 * the wire report with a dated note whose every phrase is in the report and means a day before it was filed;
 * and an "Updated" date no older than anything the page reports. Every published story is checked.
 */
import { describe, expect, it } from 'vitest';
import { builtPage } from '../../tools/dist.ts';
import { contentArticle } from '../../tools/content.ts';
import { contentStories } from '../helpers/stories.ts';
import { formatLongDate, isoDay, parseIsoDay } from '../../src/lib/dates.ts';

const stories = contentStories().map((story) => [story.slug, story, contentArticle(story.slug)] as const);

describe.each(stories)('the top of %s', (_, story, data) => {
  const page = builtPage(story.route);
  const article = page.querySelector('article[data-article]')!;
  const box = article.querySelector('[data-what-we-know]');
  const prose = article.querySelector('.prose')!;
  const asOf = data.updatedAt ?? data.publishedAt;

  it.runIf(data.whatWeKnow)('shows "What we know" once, after the header and before the wire report, as of the story’s date', () => {
    const html = article.toString();
    const at = (selector: string) => html.indexOf(article.querySelector(selector)?.toString() ?? '\u0000');
    expect(article.querySelectorAll('[data-what-we-know]')).toHaveLength(1);
    expect(at('header')).toBeGreaterThanOrEqual(0);
    expect(at('header')).toBeLessThan(at('[data-what-we-know]'));
    const report = data.originalReport ? at('[data-original-report]') : at('.prose > p');
    expect(at('[data-what-we-know]')).toBeLessThan(report);
    expect(box!.querySelector('h2')!.text.replace(/\s+/g, ' ').trim()).toBe(`What we know as of ${formatLongDate(asOf)}`);
  });

  it.runIf(data.whatWeKnow)('prints every point as written, latest first, dated, with its sources and their verbatim evidence closed', () => {
    const points = box!.querySelectorAll('[data-known-point]');
    expect(points.map((point) => point.querySelector('.what-we-know__text')!.text)).toEqual(data.whatWeKnow!.map((point) => point.text));
    const dates = points.map((point) => point.querySelector('time')!.getAttribute('datetime')!);
    expect(dates).toEqual(data.whatWeKnow!.map((point) => isoDay(point.date)));
    expect([...dates].sort().reverse()).toEqual(dates);
    data.whatWeKnow!.forEach((point, i) => {
      const sources = points[i]!.querySelector('details.what-we-know__sources')!;
      expect(sources.hasAttribute('open')).toBe(false);
      expect(sources.querySelectorAll('li > a').map((a) => a.getAttribute('href'))).toEqual(point.sources.map((source) => source.url));
      expect(sources.querySelectorAll('blockquote').map((quote) => quote.querySelectorAll('p').map((p) => p.text))).toEqual(
        point.sources.map((s) => s.evidence),
      );
    });
  });

  it.runIf(data.originalReport)('labels the wire report with the day it was filed, and resolves its relative days to days before then', () => {
    const report = article.querySelector('[data-original-report]')!;
    const filed = data.originalReport!;
    expect(report.querySelector('.original-report__label')!.text).toBe(`Original report, ${formatLongDate(filed)}`);
    // The label stands over the report: before its first paragraph.
    const html = article.toString();
    expect(html.indexOf(report.toString())).toBeLessThan(html.indexOf(article.querySelector('.prose > p')!.toString()));
    const note = report.querySelector('[data-original-report-dates]')?.text ?? '';
    // The report is the prose without the story's own boxes (the label itself, What we know).
    const reportText = [report, article.querySelector('[data-what-we-know]')].reduce((text, box) => (box ? text.replace(box.text, '') : text), prose.text);
    const resolved = [...note.matchAll(/“([^”]+)” means ([^,.]+?)(?=,| and “|\.$)/g)];
    expect(resolved.length, note).toBe(note.split('“').length - 1);
    for (const [, phrase, means] of resolved) {
      expect(reportText, `"${phrase}" is in the report`).toContain(phrase!);
      const weekday = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/.exec(phrase!)?.[1];
      if (!weekday) continue;
      const day = new Date(`${means} UTC`);
      expect(new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(day), phrase).toBe(weekday);
      expect((filed.getTime() - day.getTime()) / 86_400_000, phrase).toBeGreaterThanOrEqual(0);
      expect((filed.getTime() - day.getTime()) / 86_400_000, phrase).toBeLessThan(7);
    }
  });

  it('is dated no older than anything it reports', () => {
    const updated = page.querySelector('[data-updated] time')?.getAttribute('datetime') ?? isoDay(data.publishedAt);
    const reported = article
      .querySelectorAll('[data-timeline] ol > li time, [data-known-point] > time')
      .map((time) => time.getAttribute('datetime')!.slice(0, 10));
    for (const day of reported) expect(parseIsoDay(day.length === 7 ? `${day}-01` : day)! <= parseIsoDay(updated)!, day).toBe(true);
  });
});
