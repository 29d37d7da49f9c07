/**
 * Where each line of text in an SVG file (map.svg, the share card) starts and ends across, measured with
 * the font the PNGs are drawn with (src/lib/render/text-width.ts), to prove no text runs off the image.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { textWidth, type FontWeight } from '../../src/lib/render/text-width.ts';

export interface TextExtent {
  text: string;
  x0: number;
  x1: number;
}

/** An attribute of the element or the nearest ancestor that sets it, as SVG presentation attributes inherit. */
function inherited(element: HTMLElement, name: string): string | undefined {
  for (let node: HTMLElement | null = element; node; node = node.parentNode) {
    const value = node.getAttribute?.(name);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The sum of the ancestors' `translate(x,…)`: the only transform the files' text sits in. */
function offsetX(element: HTMLElement): number {
  let x = 0;
  for (let node: HTMLElement | null = element.parentNode; node; node = node.parentNode) {
    const translate = /translate\(\s*(-?[\d.]+)/.exec(node.getAttribute?.('transform') ?? '');
    if (translate) x += Number(translate[1]);
  }
  return x;
}

/** The top-level SVG's width and every line of text in it (each <tspan>, or a <text> without one). */
export function svgTextExtents(svg: string): { width: number; lines: TextExtent[] } {
  const root = parse(svg).querySelector('svg')!;
  const lines = root.querySelectorAll('text').flatMap((text) => {
    const spans = text.querySelectorAll('tspan');
    return (spans.length ? spans : [text]).map((line) => {
      const fontSize = Number(inherited(line, 'font-size') ?? 16);
      const weight = Number(inherited(line, 'font-weight') ?? 400) as FontWeight;
      const spacing = Number(inherited(line, 'letter-spacing') ?? 0);
      const content = line.text;
      const width = textWidth(content, fontSize, weight, spacing);
      const x = Number(line.getAttribute('x') ?? text.getAttribute('x') ?? 0) + offsetX(text);
      const anchor = inherited(line, 'text-anchor') ?? 'start';
      const x0 = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
      return { text: content, x0, x1: x0 + width };
    });
  });
  return { width: Number(root.getAttribute('width')), lines };
}
