/**
 * /embed.js, the script in our embed snippet. It runs on other people's pages, so it trusts nothing:
 * a height is applied only when it comes from one of our iframes' own windows, from our origin, in our
 * message shape, and is a sane whole number. Loaded twice, it still listens once.
 */
import { FRAMES_INIT, parseHeightMessage } from '../lib/embed/protocol.ts';

declare global {
  interface Window {
    /** The origins whose embeds a copy of this script already looks after. */
    __explainersEmbedHosts?: Set<string>;
  }
}

(() => {
  // Our origin is wherever this script came from: the snippet loads it from the same site as the iframe.
  const script = document.currentScript as HTMLScriptElement | null;
  const origin = script?.src ? new URL(script.src).origin : null;
  if (!origin) return;
  const ourFrames = () =>
    [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-explainers-embed]')].filter((frame) => {
      try {
        return new URL(frame.src, window.location.href).origin === origin;
      } catch {
        return false;
      }
    });

  // A frame that loaded before this script ran has told nobody its height, so ask every frame now and
  // again whenever it loads; load order never matters. Asking twice is harmless: the answer is the same.
  // The question carries nothing secret, so it goes to '*': a frame still on its first about:blank has
  // the host's origin, and a message aimed at ours would be refused with a console error.
  const ask = (frame: HTMLIFrameElement) => frame.contentWindow?.postMessage(FRAMES_INIT, '*');
  for (const frame of ourFrames()) {
    frame.style.border = '0';
    frame.addEventListener('load', () => ask(frame));
    ask(frame);
  }

  // One listener per origin, however many times the snippet is pasted.
  const hosts = (window.__explainersEmbedHosts ??= new Set());
  if (hosts.has(origin)) return;
  hosts.add(origin);

  window.addEventListener('message', (event) => {
    if (event.origin !== origin) return;
    const height = parseHeightMessage(event.data);
    if (height === null) return;
    const frame = ourFrames().find((candidate) => candidate.contentWindow === event.source);
    if (!frame) return;
    frame.style.height = `${height}px`;
    frame.setAttribute('height', String(height));
  });
})();
