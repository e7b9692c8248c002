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
  // The first view, as a new reader on a laptop sees it.
  { file: 'timeline-en.png', query: '?lang=en', width: 1280, height: 800 },
  {
    file: 'timeline-ja.png',
    query: '?lang=ja&event=2001-10-shanghai-summit',
    width: 1280,
    height: 800,
  },
  {
    file: 'agreement-en.png',
    query: '?lang=en&agreement=1993-tokyo-declaration',
    width: 1280,
    height: 800,
  },
  {
    file: 'zoomed-en.png',
    query: '?lang=en&start=2008-01-01&end=2011-12-31',
    width: 1280,
    height: 800,
  },
  { file: 'desktop-ja.png', query: '?lang=ja', width: 1920, height: 1080 },
  { file: 'embed-en.png', query: '?lang=en&embed=1', width: 800, height: 450 },
  { file: 'phone-ja.png', query: '?lang=ja', width: 390, height: 844 },
];

const server = await serveDist();
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
    await page.goto(new URL(shot.query, server.url).href);
    await page.locator('.vis-item .marker__mark').first().waitFor();
    if (/event=|agreement=/.test(shot.query)) await page.getByRole('complementary').waitFor();
    // The label layout settles once the timeline has measured its width.
    await page.waitForTimeout(500);
    await page.screenshot({ path: `docs/screenshots/${shot.file}` });
    console.log(`docs/screenshots/${shot.file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
