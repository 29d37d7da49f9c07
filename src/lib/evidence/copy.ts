/** How a reader is told which copy of a source was read: its site, as people say it ("sellines.com"). */
export function copyName(via: string): string {
  return new URL(via).hostname.replace(/^www\./u, '');
}
