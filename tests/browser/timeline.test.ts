import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useBuiltSiteInChromium } from '../helpers/browser-site.ts';
import { contentEvents } from '../helpers/events.ts';
import { storyWithStrikeMap } from '../helpers/stories.ts';
import { openPage } from '../helpers/open-page.ts';

const { browser, origin } = useBuiltSiteInChromium();
/** A story whose timeline marks its strikes on one of the story's maps: entries and places tie both ways. */
const { story, timeline } = storyWithStrikeMap();
const ARTICLE = story.route;
const MAP = timeline.map;
/** The timeline's entries (each entry's id is its event's), in date order. */
const ENTRIES = contentEvents(timeline.id).sort((a, b) => a.date.date.getTime() - b.date.date.getTime());
type Entry = (typeof ENTRIES)[number];

/** The first entry that is what a test needs; the test fails, saying so, if the timeline has none. */
function entryThat(what: string, has: (entry: Entry) => boolean): Entry {
  const entry = ENTRIES.find(has);
  if (!entry) throw new Error(`the timeline ${timeline.id} (on ${story.route}) has no ${what}`);
  return entry;
}
const entriesAt = (place: string) => ENTRIES.filter((entry) => entry.place === place);
/** The first strike entry at a place: the place is marked on the map. */
const strikeAt = (place: string) => entryThat(`strike at ${place}`, (entry) => entry.kind === 'strike' && entry.place === place);
/** A strike the brief timeline hides (not a key event): a link to it has to open the full timeline. */
const hiddenStrike = () => entryThat('strike entry that is not a key event', (entry) => entry.kind === 'strike' && entry.place !== undefined && !entry.key);
/** The first and the last places struck, which differ. */
function twoStrikePlaces(): [string, string] {
  const [first, last] = [timeline.strikePlaces[0]!, timeline.strikePlaces.at(-1)!];
  if (first === last) throw new Error(`the timeline ${timeline.id} (on ${story.route}) has strikes at only one place; this test needs two`);
  return [first, last];
}
/** The strike place with the most entries: at least three, so picking it out shows several. */
function placeWithSeveralEntries(): string {
  const place = [...timeline.strikePlaces].sort((a, b) => entriesAt(b).length - entriesAt(a).length)[0]!;
  if (entriesAt(place).length < 3) throw new Error(`the timeline ${timeline.id} (on ${story.route}) has no strike place with three or more entries`);
  return place;
}
/** A strike place with an entry the brief timeline hides. */
function placeWithHiddenEntries(): string {
  const place = timeline.strikePlaces.find((p) => entriesAt(p).some((entry) => !entry.key));
  if (!place) throw new Error(`the timeline ${timeline.id} (on ${story.route}) has no strike place with an entry that is not a key event`);
  return place;
}
const mapPlace = (page: Page, place: string) => page.locator(`figure[data-map="${MAP}"] [data-place="${place}"]`);

/** Opens the article at an anchor. */
const open = (hash = '', options: BrowserContextOptions = {}) =>
  openPage(browser(), origin() + ARTICLE + hash, { viewport: { width: 1024, height: 800 }, ...options });

const background = (el: Element) => getComputedStyle(el).backgroundColor;
// Entry ids start with a digit, so `#2024-…` is not a valid CSS selector: match the id attribute instead.

describe('the timeline in Chromium', () => {
  it('follows an entry’s link: scrolls to it, highlights it and its place on the map', async () => {
    const linked = hiddenStrike();
    const { page, errors, close } = await open(`#${linked.id}`);
    const entry = page.locator(`[id="${linked.id}"]`);
    await expect.poll(() => entry.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
    const other = await page.locator(`[id="${entryThat('other entry', (e) => e.id !== linked.id).id}"]`).evaluate(background);
    expect(await entry.evaluate(background)).not.toBe(other);
    const place = mapPlace(page, linked.place!);
    await expect.poll(() => place.getAttribute('class')).toMatch(/is-highlighted/);
    // The map names the entry's place and its distance in a callout.
    await expect.poll(() => page.locator(`figure[data-map="${MAP}"] [data-callout-for="${linked.place}"]`).filter({ visible: true }).count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('highlights an entry’s place while the entry has focus or the pointer', async () => {
    const [firstPlace, lastPlace] = twoStrikePlaces();
    const { page, close } = await open();
    await page.locator('[data-timeline] details[data-timeline-all] > summary').click();
    const place = mapPlace(page, lastPlace);
    expect(await place.getAttribute('class')).not.toMatch(/is-highlighted/);
    await page.locator(`[id="${strikeAt(lastPlace).id}"] h4`).hover();
    expect(await place.getAttribute('class')).toMatch(/is-highlighted/);
    await page.locator(`[id="${strikeAt(firstPlace).id}"] details[data-entry-sources] > summary`).focus();
    expect(await place.getAttribute('class')).not.toMatch(/is-highlighted/);
    expect(await mapPlace(page, firstPlace).getAttribute('class')).toMatch(/is-highlighted/);
    await close();
  });

  it('picks out a place’s entries when the place is activated on the map', async () => {
    const several = placeWithSeveralEntries();
    const { page, close } = await open();
    const place = mapPlace(page, several);
    await place.focus();
    await page.keyboard.press('Enter');
    const highlighted = await page.locator('[data-timeline] li.is-highlighted').evaluateAll((els) => els.map((el) => el.id));
    expect(highlighted.length).toBeGreaterThanOrEqual(3);
    expect(highlighted.every((id) => id.length > 0)).toBe(true);
    const places = await page.locator('[data-timeline] li.is-highlighted').evaluateAll((els) => els.map((el) => el.getAttribute('data-place')));
    expect(new Set(places)).toEqual(new Set([several]));
    await close();
  });

  it('copies an entry’s permalink and says so', async () => {
    const id = strikeAt(timeline.strikePlaces[0]!).id;
    const { page, close } = await open('', { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.locator('[data-timeline] details[data-timeline-all] > summary').click();
    // The link is the entry's, with its sources.
    await page.locator(`[id="${id}"] details[data-entry-sources] > summary`).click();
    await page.locator(`[id="${id}"] a[data-copy-link]`).click();
    await expect.poll(() => page.locator(`[id="${id}"] [data-copy-status]`).textContent()).toBe('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${origin()}${ARTICLE}#${id}`);
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    await close();
  });

  it('opens on the key events, each read in place; its one control adds the others, and says so to screen readers', async () => {
    const { page, close } = await open();
    const summary = page.locator('[data-timeline] details[data-timeline-all] > summary');
    const entries = page.locator('[data-timeline] li[data-event]');
    const key = page.locator('[data-timeline] li[data-key="true"]');
    expect(await entries.filter({ visible: true }).count()).toBe(await key.count());
    expect(await key.first().locator('.timeline-entry__text').isVisible()).toBe(true);
    expect(await key.first().locator('.timeline-sources').isVisible()).toBe(false);
    expect(await summary.innerText()).toMatch(/^Show all \d+ events/);
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await entries.filter({ visible: true }).count()).toBe(await entries.count());
    expect(await entries.last().locator('.timeline-entry__text').isVisible()).toBe(true);
    expect(await summary.innerText()).toMatch(/^Show the \d+ key events only/);
    await close();
  });

  it('opens one entry’s sources and the rest of its text on their own, by keyboard, with JavaScript off', async () => {
    const withRest = entryThat('entry of more than one sentence', (entry) => /[.!?]["”]?\s+[A-Z"“]/.test(entry.text.trim()));
    const { page, close } = await open('', { javaScriptEnabled: false });
    await page.locator('[data-timeline] details[data-timeline-all] > summary').click();
    const entry = page.locator(`[id="${withRest.id}"]`);
    const others = page.locator('[data-timeline] .timeline-sources').filter({ visible: true });
    expect(await entry.locator('.timeline-entry__rest').isVisible()).toBe(false);
    expect(await others.count()).toBe(0);
    await entry.locator('details[data-entry-sources] > summary').focus();
    await page.keyboard.press('Enter');
    expect(await entry.locator('.timeline-entry__rest').isVisible()).toBe(true);
    expect(await entry.locator('.timeline-sources').isVisible()).toBe(true);
    expect(await others.count(), 'only that entry’s sources open').toBe(1);
    await close();
  });

  it('opens the full timeline for a link to an event that is not a key one, and for the map’s link to a place’s entries; one tap leads back', async () => {
    const hidden = hiddenStrike().id;
    const linked = await open(`#${hidden}`);
    expect(await linked.page.locator('details[data-timeline-all]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => linked.page.locator(`[id="${hidden}"]`).evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
    await linked.close();

    // Picking a place keeps the page where it is; the readout under the map links to its entries.
    const { page, close } = await open();
    const place = placeWithHiddenEntries();
    const figure = page.locator(`figure[data-map="${MAP}"]`);
    await figure.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await mapPlace(page, place).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    await figure.locator('[data-map-readout] a').click();
    const first = entriesAt(place)[0]!;
    await expect.poll(() => page.locator(`[id="${first.id}"]`).evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
    for (const entry of entriesAt(place)) expect(await page.locator(`[id="${entry.id}"]`).isVisible(), entry.id).toBe(true);
    await page.locator(`[id="${first.id}"] a.timeline-entry__to-map`).click();
    await expect.poll(() => figure.evaluate((el) => Math.abs(el.getBoundingClientRect().top))).toBeLessThan(200);
    await close();
  });

  it('shows a linked entry in full with JavaScript off, key event or not', async () => {
    const linked = [entryThat('key event', (entry) => entry.key === true).id, entryThat('entry that is not a key event', (entry) => !entry.key).id];
    for (const id of linked) {
      const { page, close } = await open(`#${id}`, { javaScriptEnabled: false });
      expect(await page.locator('[data-timeline] ol > li').count()).toBe(ENTRIES.length);
      expect(await page.locator(`[id="${id}"]`).isVisible()).toBe(true);
      expect(await page.locator(`[id="${id}"] .timeline-entry__text`).isVisible()).toBe(true);
      expect(await page.locator(`[id="${id}"] .timeline-entry__rest`).evaluateAll((rest) => rest.every((el) => el.checkVisibility()))).toBe(true);
      expect(await page.locator(`[id="${id}"] details[data-entry-sources] > summary`).isVisible()).toBe(true);
      await close();
    }
  });
});
