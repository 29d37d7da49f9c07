/**
 * /embed.js, the script in our embed snippet. It runs on other people's pages, so it trusts nothing:
 * a height is applied only when it comes from one of our iframes' own windows, from our origin, in our
 * message shape, and is a sane whole number. Loaded twice, it still listens once.
 */
import { parseHeightMessage } from '../lib/embed/protocol.ts';

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
  // One listener per origin, however many times the snippet is pasted.
  const hosts = (window.__explainersEmbedHosts ??= new Set());
  if (hosts.has(origin)) return;
  hosts.add(origin);

  const ourFrames = () =>
    [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-explainers-embed]')].filter((frame) => {
      try {
        return new URL(frame.src, window.location.href).origin === origin;
      } catch {
        return false;
      }
    });

  for (const frame of ourFrames()) frame.style.border = '0';

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
