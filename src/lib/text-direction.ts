/** The direction a language is written in, from the runtime's locale data (CLDR). Knows nothing of Astro. */

type LocaleWithTextInfo = Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };

/** Whether text in the language (a BCP 47 tag: `ar`, `fa`, `he-IL`) is written right to left. */
export function isRightToLeft(lang: string): boolean {
  const locale = new Intl.Locale(lang) as LocaleWithTextInfo;
  // Node 22 has the `textInfo` getter; the standard settled on the method `getTextInfo()`.
  return (locale.getTextInfo?.() ?? locale.textInfo)?.direction === 'rtl';
}
