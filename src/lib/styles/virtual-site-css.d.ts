/** The site's CSS text, from ./vite-plugin.ts. */
declare module 'virtual:site-css' {
  export const SITE_CSS: string;
}
