/**
 * Runs inside an embed page: applies ?theme=, then tells the parent page how tall the content is, in
 * the dialects parents speak (see src/lib/embed/protocol.ts). It reports on load, when fonts have
 * loaded and whenever the content changes size, only when the height changed; it never polls.
 */
import { heightMessages, isFramesInit, isPymWidthPing, parsePymChildId, parseTheme } from '../lib/embed/protocol.ts';

const params = new URLSearchParams(window.location.search);
const theme = parseTheme(params.get('theme'));
if (theme !== 'auto') document.documentElement.dataset.theme = theme;

const root = document.querySelector<HTMLElement>('[data-embed-root]');
const pymChildId = parsePymChildId(params.get('childId'));

if (root && window.parent !== window) {
  let reported = 0;
  const report = (force = false) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === reported && !force) return;
    reported = height;
    for (const message of heightMessages(height, pymChildId)) window.parent.postMessage(message, '*');
  };

  report();
  window.addEventListener('load', () => report());
  document.fonts?.ready.then(() => report());
  new ResizeObserver(() => report()).observe(root);

  // A parent that asks (pym's width ping, the frames hello) gets an answer even if nothing changed.
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    if (isPymWidthPing(event.data, pymChildId) || isFramesInit(event.data)) report(true);
  });
}
