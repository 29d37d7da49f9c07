import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught exceptions and CSP violations, from every frame, as they happen. */
  errors: string[];
  /** The HTTP status the page was served with. */
  status: number | undefined;
  /** Closes the page's context. */
  close: () => Promise<void>;
}

/**
 * Opens a URL in a fresh context of its own (1024 × 900 px unless `options` say otherwise), recording every
 * console error, uncaught exception and CSP violation the page or its frames raise. Every browser test
 * opens its pages this way.
 */
export async function openPage(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, ...options });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(url);
  return { page, context, errors, status: response?.status(), close: () => context.close() };
}
