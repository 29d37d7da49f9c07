/**
 * Where a component stands in an article: the prose around its tag in the MDX, and the same prose on the
 * built page. Lets a test check that a map or a timeline is printed exactly where the editor put it, for
 * every story, without quoting any story's words.
 */
import type { HTMLElement } from 'node-html-parser';
import { expect } from 'vitest';
import { foldText } from './wire.ts';

/** An MDX block's words as a reader sees them: no Markdown marks, links reduced to their text. */
function plainWords(block: string): string {
  return foldText(
    block
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^\s*(#+|>|[-*+]|\d+\.)\s+/gm, '')
      .replace(/[*_`]/g, ''),
  );
}

const isComponent = (block: string) => /^\s*<[A-Za-z]/.test(block);

/**
 * The opening words (up to eight) of the prose block just before and just after a component tag in an
 * article's MDX body, skipping other components; undefined at the start or end of the story.
 */
function proseAround(mdx: string, tag: string): { before: string | undefined; after: string | undefined } {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const blocks = body.split(/\n\s*\n/).filter((block) => block.trim() !== '');
  const at = blocks.findIndex((block) => block.includes(tag));
  if (at < 0) throw new Error(`no ${tag} in the MDX`);
  const opening = (block: string | undefined) => block && plainWords(block).split(' ').slice(0, 8).join(' ');
  return {
    before: opening(blocks.slice(0, at).findLast((block) => !isComponent(block))),
    after: opening(blocks.slice(at + 1).find((block) => !isComponent(block))),
  };
}

/**
 * The text of the prose elements just before and just after an element of a built article, skipping the
 * other components between prose blocks (maps, timelines, "What we know", the wire's label) and the
 * scripts components bring.
 */
function proseAroundOnPage(prose: HTMLElement, element: HTMLElement): { before: string | undefined; after: string | undefined } {
  const blocks = prose.childNodes.filter(
    (node): node is HTMLElement =>
      'tagName' in node &&
      (node === element || !(node as HTMLElement).matches('figure[data-map], [data-timeline], [data-what-we-know], [data-original-report], script')),
  );
  const at = blocks.indexOf(element);
  if (at < 0) throw new Error('the element is not a block of the story');
  const text = (node: HTMLElement | undefined) => node && foldText(node.text);
  return { before: text(blocks[at - 1]), after: text(blocks[at + 1]) };
}

/** Checks that a built component stands between the same prose as its tag does in the MDX. */
export function expectWhereWritten(mdx: string, tag: string, prose: HTMLElement, element: HTMLElement): void {
  const written = proseAround(mdx, tag);
  const printed = proseAroundOnPage(prose, element);
  for (const side of ['before', 'after'] as const) {
    if (written[side]) expect(printed[side], `the prose ${side} ${tag}`).toContain(written[side]);
    else expect(printed[side], `the prose ${side} ${tag}`).toBeUndefined();
  }
}
