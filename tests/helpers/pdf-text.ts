/**
 * The text of a PDF where it lies on its pages, read with PDF.js: what the print checks measure paper by
 * (which page and column a date, a headline or a table row fell on, and how much of a page is left blank).
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A run of text: its page (0-based), its left edge and baseline from the page's top-left, in points. */
export interface PdfText {
  page: number;
  x: number;
  y: number;
  text: string;
}

export interface PdfPages {
  pages: { width: number; height: number }[];
  /** Every line of text (runs joined, spaces dropped between them), page by page, top to bottom. */
  texts: PdfText[];
}

/**
 * Runs joined into lines: Chromium writes a ligature (fi, ffi) as a run of its own, so a word can come in
 * pieces. Runs on one baseline (within 2 pt) less than 8 pt apart are one line, joined in order without
 * spaces (compare lines with `squeezed` text); a wider gap (the 14 pt between columns, or between a map
 * and the table beside it) starts another.
 */
function lines(runs: (PdfText & { width: number })[]): PdfText[] {
  const joined: (PdfText & { end: number })[] = [];
  for (const run of [...runs].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const line = joined.findLast((other) => Math.abs(other.y - run.y) < 2 && run.x - other.end < 8 && run.x >= other.x);
    if (line) {
      line.text += run.text;
      line.end = run.x + run.width;
    } else joined.push({ page: run.page, x: run.x, y: run.y, text: run.text, end: run.x + run.width });
  }
  return joined.map(({ page, x, y, text }) => ({ page, x, y, text })).sort((a, b) => a.y - b.y || a.x - b.x);
}

/** Text without its spaces, to compare with a line of the PDF. */
export const squeezed = (text: string) => text.replace(/\s+/g, '');

export async function pdfText(pdf: Uint8Array): Promise<PdfPages> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfPages['pages'] = [];
  const texts: PdfText[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    pages.push({ width, height });
    const content = await page.getTextContent();
    const runs = content.items.flatMap((item) =>
      'str' in item && item.str.trim()
        ? [{ page: n - 1, x: item.transform[4] as number, y: height - (item.transform[5] as number), width: item.width, text: squeezed(item.str) }]
        : [],
    );
    texts.push(...lines(runs));
  }
  await document.destroy();
  return { pages, texts };
}
