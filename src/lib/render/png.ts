/**
 * SVG to PNG at build time with resvg and the Inter font files shipped in an npm package: no system
 * fonts and no network, so the same SVG gives the same bytes on every machine and every rebuild (the
 * PNG encoder is Node's own zlib: the exact Node version is a devDependency, so it is pinned too).
 *
 * Large images (map files, share cards) render in worker threads, so the build goes on rendering pages
 * while they are drawn. The pool is bounded: at most one render per worker runs at once, and an SVG is
 * only drawn up (its text made) when a worker is free to take it, so memory stays flat however many
 * images a site has.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import { opaquePng } from './png-encode.ts';

const require = createRequire(import.meta.url);
const interDir = dirname(require.resolve('@expo-google-fonts/inter/package.json'));

export const FONT_FILES = ['400Regular/Inter_400Regular.ttf', '600SemiBold/Inter_600SemiBold.ttf', '700Bold/Inter_700Bold.ttf'].map((file) =>
  join(interDir, file),
);

export function svgToPng(svg: string, width?: number): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Inter' },
    fitTo: width ? { mode: 'width', value: width } : { mode: 'original' },
    shapeRendering: 2,
    textRendering: 1,
  });
  const image = resvg.render();
  return opaquePng(image.pixels, image.width, image.height) ?? image.asPng();
}

export interface PngJob {
  /** Made only when a worker takes the job, so queued jobs hold no SVG text. */
  svg: () => string;
  width?: number | undefined;
}

interface Queued extends PngJob {
  resolve: (png: Buffer) => void;
  reject: (error: unknown) => void;
}

/** A fixed set of render workers fed from one queue. */
class RenderPool {
  readonly #size: number;
  readonly #idle: Worker[] = [];
  readonly #queue: Queued[] = [];
  #started = 0;

  constructor(size: number) {
    this.#size = size;
  }

  render(job: PngJob): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ ...job, resolve, reject });
      this.#next();
    });
  }

  #next(): void {
    if (!this.#queue.length) return;
    const worker = this.#idle.pop() ?? (this.#started < this.#size ? this.#spawn() : undefined);
    if (!worker) return;
    const job = this.#queue.shift()!;
    let svg: string;
    try {
      svg = job.svg();
    } catch (error) {
      this.#release(worker);
      return job.reject(error);
    }
    const done = (message: { png?: Uint8Array; error?: string }) => {
      worker.off('error', failed);
      this.#release(worker);
      if (message.png) job.resolve(Buffer.from(message.png.buffer, message.png.byteOffset, message.png.byteLength));
      else job.reject(new Error(`PNG render failed: ${message.error}`));
    };
    const failed = (error: Error) => {
      worker.off('message', done);
      this.#started--;
      job.reject(error);
      this.#next();
    };
    worker.once('message', done);
    worker.once('error', failed);
    // A busy worker keeps the process alive until its image is back; an idle one does not.
    worker.ref();
    worker.postMessage({ svg, width: job.width });
  }

  #spawn(): Worker {
    this.#started++;
    // Through package.json "imports": this module may run bundled, away from its own folder.
    return new Worker(require.resolve('#png-worker'));
  }

  #release(worker: Worker): void {
    worker.unref();
    this.#idle.push(worker);
    this.#next();
  }
}

let pool: RenderPool | undefined;

/**
 * Renders an SVG to PNG off the main thread. Two workers at most: each render holds a full-size pixmap,
 * and the main thread has pages to render too.
 */
export function renderPng(job: PngJob): Promise<Buffer> {
  pool ??= new RenderPool(Math.max(1, Math.min(2, availableParallelism())));
  return pool.render(job);
}
