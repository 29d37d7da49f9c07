/** Names and strings the whole site shares. Knows nothing of Astro. */
export const SITE_NAME = 'Explainers';
export const SITE_TAGLINE = 'Sourced explainers with maps and timelines, built to be read, shared and embedded.';
