/**
 * Launches the machine's Chromium (never a downloaded one, see chromium.ts)
 * for end-to-end tests and screenshots.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { chromiumPath } from './chromium.ts';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
}
