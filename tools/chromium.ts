import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Finds a Chromium to drive: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then one Playwright
 * downloaded itself. Browser downloads fail on our machines, so CI installs Debian's package.
 */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', playwrightChromium()];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found. Install one (`apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium binary. ' +
        `Looked in: ${candidates.filter(Boolean).join(', ')}`,
    );
  }
  return found;
}

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
