/**
 * Lighthouse's view of the first load, as a phone sees it: its default
 * (mobile) configuration — a Moto G Power-sized screen, 4× CPU slowdown and
 * a slow 4G network, simulated (Lighthouse's "Lantern" throttling) — on
 * the same system Chromium, started by chrome-launcher with the flags the
 * rest of the benchmark uses. Only the performance category runs.
 */
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Target } from './measure';

export interface LighthouseRun {
  /** 0–100, Lighthouse's performance score. */
  score: number | null;
  firstContentfulPaintMs: number | null;
  largestContentfulPaintMs: number | null;
  totalBlockingTimeMs: number | null;
  speedIndexMs: number | null;
  errors: string[];
}

/** chrome-launcher adds its own defaults for Lighthouse; these are the benchmark's. */
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
];

const AUDITS = {
  firstContentfulPaintMs: 'first-contentful-paint',
  largestContentfulPaintMs: 'largest-contentful-paint',
  totalBlockingTimeMs: 'total-blocking-time',
  speedIndexMs: 'speed-index',
} as const;

export class LighthouseRunner {
  private constructor(private readonly chrome: LaunchedChrome) {}

  static async start(chromePath: string): Promise<LighthouseRunner> {
    const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'error' });
    return new LighthouseRunner(chrome);
  }

  /** One cold load (Lighthouse clears the cache and storage before it). */
  async run(url: string): Promise<LighthouseRun> {
    const errors: string[] = [];
    const empty: LighthouseRun = {
      score: null,
      firstContentfulPaintMs: null,
      largestContentfulPaintMs: null,
      totalBlockingTimeMs: null,
      speedIndexMs: null,
      errors,
    };
    try {
      const result = await lighthouse(url, {
        port: this.chrome.port,
        onlyCategories: ['performance'],
        output: 'json',
        logLevel: 'error',
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error('no result');
      if (lhr.runtimeError) errors.push(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      for (const warning of lhr.runWarnings) errors.push(warning);
      const score = lhr.categories.performance?.score;
      const run: LighthouseRun = {
        ...empty,
        score: typeof score === 'number' ? Math.round(score * 100) : null,
      };
      for (const [key, audit] of Object.entries(AUDITS) as [keyof typeof AUDITS, string][]) {
        const value = lhr.audits[audit]?.numericValue;
        run[key] = typeof value === 'number' ? value : null;
      }
      return run;
    } catch (error) {
      errors.push((error as Error).message.split('\n')[0] ?? 'failed');
      return empty;
    }
  }

  close(): Promise<void> {
    this.chrome.kill();
    return Promise.resolve();
  }
}

export type LighthouseResults = Partial<Record<Target, LighthouseRun[]>>;
