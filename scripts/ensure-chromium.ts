/**
 * Run before the end-to-end tests (and the benchmark): makes sure there is
 * a Chromium to drive, so that `npm install && npm test` passes on a fresh
 * Debian or Ubuntu machine without a separate step.
 *
 * - A Chromium is found (tests/e2e/chromium.ts): nothing to do.
 * - None, but we are root with apt-get (a fresh container, a CI runner):
 *   install Chromium and the CJK fonts as .ci/run does, saying so.
 * - None, and we cannot install it: stop with the one line that says how.
 *
 * Japanese text needs a CJK font to lay out as readers see it; when one is
 * missing and apt-get can be used it is installed too, else only a warning.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_MISSING, findChromium } from '../tests/e2e/chromium';

export interface Machine {
  chromium: string | undefined;
  /** Root on Linux with apt-get on the PATH. */
  canAptGet: boolean;
  hasCjkFont: boolean;
}

export type Step =
  | { kind: 'say'; text: string }
  | { kind: 'apt-get'; packages: string[] }
  | { kind: 'fail'; text: string };

/** Debian calls the browser `chromium`; Ubuntu's older releases `chromium-browser`. */
export const CHROMIUM_PACKAGES = ['chromium', 'chromium-browser'];
export const CJK_FONT_PACKAGE = 'fonts-noto-cjk';

export function plan(machine: Machine): Step[] {
  const steps: Step[] = [];
  if (!machine.chromium) {
    if (!machine.canAptGet) return [{ kind: 'fail', text: CHROMIUM_MISSING }];
    const packages = machine.hasCjkFont ? [] : [CJK_FONT_PACKAGE];
    steps.push(
      {
        kind: 'say',
        text: `No Chromium found for the end-to-end tests: installing it${packages.length ? ' and the CJK fonts' : ''} with apt-get, as .ci/run does…`,
      },
      { kind: 'apt-get', packages: ['chromium', ...packages] },
    );
    return steps;
  }
  if (!machine.hasCjkFont) {
    if (machine.canAptGet) {
      steps.push(
        { kind: 'say', text: 'No CJK font found: installing fonts-noto-cjk with apt-get…' },
        { kind: 'apt-get', packages: [CJK_FONT_PACKAGE] },
      );
    } else {
      steps.push({
        kind: 'say',
        text: `warning: no CJK font found; Japanese text may lay out differently (Debian/Ubuntu: sudo apt-get install -y ${CJK_FONT_PACKAGE}).`,
      });
    }
  }
  return steps;
}

function commandExists(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function hasCjkFont(): boolean {
  try {
    return /Noto Sans CJK|Noto Serif CJK/i.test(execFileSync('fc-list', { encoding: 'utf8' }));
  } catch {
    // No fontconfig (macOS without it, say): nothing to check with; assume the system has one.
    return process.platform !== 'linux';
  }
}

function describeMachine(): Machine {
  return {
    chromium: findChromium(),
    canAptGet: process.platform === 'linux' && process.getuid?.() === 0 && commandExists('apt-get'),
    hasCjkFont: hasCjkFont(),
  };
}

let aptUpdated = false;
function aptGet(packages: string[]): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    if (spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env }).status !== 0)
      return false;
    aptUpdated = true;
  }
  const install = (names: string[]) =>
    spawnSync('apt-get', ['install', '-y', '-qq', ...names], { stdio: 'inherit', env }).status ===
    0;
  if (install(packages)) return true;
  // Ubuntu has no `chromium` package: try its other name.
  if (packages.includes('chromium')) {
    const others = packages.filter((name) => name !== 'chromium');
    return CHROMIUM_PACKAGES.slice(1).some((name) => install([name, ...others]));
  }
  return false;
}

export function ensureChromium(): boolean {
  for (const step of plan(describeMachine())) {
    if (step.kind === 'say') console.log(step.text);
    if (step.kind === 'fail') {
      console.error(step.text);
      return false;
    }
    if (step.kind === 'apt-get' && !aptGet(step.packages)) {
      // Without the fonts the tests still run; without a browser they cannot.
      console.error(`apt-get could not install ${step.packages.join(' ')}.`);
    }
  }
  if (!findChromium()) {
    console.error(CHROMIUM_MISSING);
    return false;
  }
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!ensureChromium()) process.exitCode = 1;
}
