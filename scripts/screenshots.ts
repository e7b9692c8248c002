/**
 * `npm run screenshots`: takes the README's pictures from the real built app
 * in Chromium (run `npm run build` first). Japanese needs a CJK font
 * (Debian: fonts-noto-cjk).
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_MISSING, findChromium } from '../tests/e2e/chromium';
import { serveDist } from './serve-dist';

const executablePath = findChromium();
if (!executablePath) {
  console.error(CHROMIUM_MISSING);
  process.exit(1);
}

interface Shot {
  file: string;
  query: string;
  width: number;
  height: number;
}

const shots: Shot[] = [
  {
    file: 'timeline-ja.png',
    query: '?lang=ja&event=2001-03-irkutsk-summit',
    width: 1400,
    height: 900,
  },
  {
    file: 'agreement-en.png',
    query: '?lang=en&agreement=1993-tokyo-declaration',
    width: 1400,
    height: 900,
  },
  {
    file: 'zoomed-en.png',
    query: '?lang=en&event=2010-11-yokohama-summit&start=2008-01-01&end=2012-12-31',
    width: 1400,
    height: 900,
  },
  { file: 'phone-ja.png', query: '?lang=ja&event=2003-01-moscow-summit', width: 360, height: 740 },
];

const server = await serveDist();
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
    await page.goto(new URL(shot.query, server.url).href);
    await page.locator('.vis-item.vis-selected').first().waitFor();
    await page.screenshot({ path: `docs/screenshots/${shot.file}` });
    console.log(`docs/screenshots/${shot.file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
