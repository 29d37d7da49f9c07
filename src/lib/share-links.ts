/** Plain share links: no third-party scripts, just each network's public share address. */

export interface ShareTarget {
  id: 'email' | 'x' | 'facebook' | 'linkedin' | 'whatsapp' | 'telegram';
  label: string;
  href: string;
}

export function shareLinks(url: string, title: string): ShareTarget[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { id: 'email', label: 'Email', href: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n\n${url}`)}` },
    { id: 'x', label: 'X', href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { id: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { id: 'linkedin', label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { id: 'whatsapp', label: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { id: 'telegram', label: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
  ];
}

/**
 * The address to share from where the reader is: the canonical page, plus the parts of the current
 * address that carry a view (the section or timeline anchor, and the map's launch state).
 */
export function shareableUrl(canonical: string, current: string): string {
  const from = new URL(current);
  const to = new URL(canonical);
  for (const [key, value] of from.searchParams) {
    if (key === 'launch' || key.startsWith('launch-')) to.searchParams.set(key, value);
  }
  to.hash = from.hash;
  return to.href;
}
