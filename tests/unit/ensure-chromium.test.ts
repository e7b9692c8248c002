/**
 * What `npm test` does about the browser before the end-to-end tests
 * (scripts/ensure-chromium.ts): on a fresh Debian/Ubuntu machine as root it
 * installs Chromium and the CJK fonts; elsewhere it stops with one line
 * saying how, and never installs anything it cannot.
 */
import { expect, test } from 'vitest';
import { plan } from '../../scripts/ensure-chromium';
import { CHROMIUM_MISSING } from '../e2e/chromium';

test('a Chromium and a CJK font already there: nothing to do', () => {
  expect(plan({ chromium: '/usr/bin/chromium', canAptGet: true, hasCjkFont: true })).toEqual([]);
});

test('no Chromium, root with apt-get: says so, then installs Chromium and the CJK fonts', () => {
  const steps = plan({ chromium: undefined, canAptGet: true, hasCjkFont: false });
  expect(steps[0]?.kind).toBe('say');
  expect(steps[0]?.kind === 'say' && steps[0].text).toMatch(/installing/);
  expect(steps[1]).toEqual({ kind: 'apt-get', packages: ['chromium', 'fonts-noto-cjk'] });
  expect(steps).toHaveLength(2);
});

test('no Chromium and no way to install it: fails with the one line on how to', () => {
  expect(plan({ chromium: undefined, canAptGet: false, hasCjkFont: true })).toEqual([
    { kind: 'fail', text: CHROMIUM_MISSING },
  ]);
  expect(CHROMIUM_MISSING).toMatch(/apt-get install -y chromium/);
});

test('a Chromium but no CJK font: installs the fonts as root, else only warns', () => {
  expect(
    plan({ chromium: '/usr/bin/chromium', canAptGet: true, hasCjkFont: false }),
  ).toContainEqual({ kind: 'apt-get', packages: ['fonts-noto-cjk'] });
  const steps = plan({ chromium: '/usr/bin/chromium', canAptGet: false, hasCjkFont: false });
  expect(steps.map((step) => step.kind)).toEqual(['say']);
});
