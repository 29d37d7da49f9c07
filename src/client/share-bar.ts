/**
 * The share bar: the system share sheet where there is one, else copy-link with a visible confirmation.
 * The plain links are rewritten to the reader's current view just before they are followed.
 */
import { shareLinks, shareableUrl } from '../lib/share-links.ts';

for (const bar of document.querySelectorAll<HTMLElement>('[data-share-bar]')) {
  const canonical = bar.dataset.shareUrl!;
  const title = bar.dataset.shareTitle!;
  const status = bar.querySelector<HTMLElement>('[data-share-status]')!;
  const current = () => shareableUrl(canonical, window.location.href);
  const say = (text: string) => {
    status.textContent = text;
    window.setTimeout(() => (status.textContent = ''), 4000);
  };

  const refreshLinks = () => {
    const targets = new Map(shareLinks(current(), title).map((target) => [target.id, target.href]));
    bar.querySelectorAll<HTMLAnchorElement>('a[data-share-target]').forEach((link) => {
      link.href = targets.get(link.dataset.shareTarget as never) ?? link.href;
    });
  };
  bar.addEventListener('pointerdown', refreshLinks);
  bar.addEventListener('focusin', refreshLinks);
  window.addEventListener('hashchange', refreshLinks);

  const action = bar.querySelector<HTMLButtonElement>('[data-share-action]')!;
  if (typeof navigator.share === 'function') {
    action.textContent = 'Share…';
    action.addEventListener('click', () => {
      // A dismissed share sheet rejects; that is the reader's choice, not an error.
      navigator.share({ title, url: current() }).catch(() => {});
    });
  } else {
    action.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(current());
        say('Link copied');
      } catch {
        say('Copy the address from the address bar');
      }
    });
  }
  bar.dataset.ready = 'true';
}
