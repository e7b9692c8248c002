/**
 * The build's edits of the pinned vis-timeline (scripts/lean-vis-timeline.ts)
 * apply to the installed file exactly as counted, and refuse loudly when the
 * code they expect is not there, rather than shipping the whole library or a
 * broken one. (What the edited library draws is checked in Chromium:
 * tests/e2e/lean-library.spec.ts.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import {
  applyEdits,
  LEAN_FILES,
  visTimelineEdits,
  visUtilEdits,
} from '../../scripts/lean-vis-timeline';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const visTimeline = readFileSync(
  join(packageDir('vis-timeline'), 'esnext/esm/vis-timeline-graph2d.mjs'),
  'utf8',
);
const visUtil = readFileSync(join(packageDir('vis-util'), 'esnext/esm/vis-util.mjs'), 'utf8');

test('every edit matches the installed vis-timeline and vis-util as counted', () => {
  const lean = applyEdits(visTimeline, visTimelineEdits({ production: true }), 'vis-timeline');
  expect(lean).not.toContain('...util,');
  expect(lean).not.toContain('new Activator(');
  expect(lean).not.toContain('new Configurator(this, this.dom.container, configureOptions)');
  expect(lean).not.toContain('Validator.validate(options, allOptions)');
  expect(lean).toContain('const Graph2d = /* @__PURE__ */ (() => {');
  // An items update draws once, at the next frame (its _change), not also at once.
  const updateListener = (code: string) => {
    const start = code.indexOf(
      '      update(_event, params) {\n        me._onUpdate(params.items);',
    );
    return start < 0
      ? ''
      : code.slice(start, code.indexOf('      remove(_event, params) {', start));
  };
  expect(updateListener(visTimeline)).toContain('me.redraw();');
  expect(updateListener(lean)).toContain('me._onUpdate(params.items);');
  expect(updateListener(lean)).not.toContain('me.redraw();');
  expect(lean).not.toMatch(/availableUtils\.(?!convert|setupXSSProtection|xss)\w+/);
  expect(applyEdits(visUtil, visUtilEdits(), 'vis-util', false)).toContain(
    'const Activator$1 = /* @__PURE__ */ (() => {',
  );
  // The files the plugin looks for are the ones installed.
  expect(LEAN_FILES.map((file) => file.name)).toEqual(['vis-timeline/esnext', 'vis-util/esnext']);
});

test('validation stays in development builds', () => {
  const dev = applyEdits(visTimeline, visTimelineEdits({ production: false }), 'vis-timeline');
  expect(dev).toContain('Validator.validate(options, allOptions)');
});

test('code that has changed fails the build, naming the edit', () => {
  const changed = visTimeline.replace('function Graph2d(container, items, groups, options) {', '');
  expect(() => applyEdits(changed, visTimelineEdits({ production: true }), 'vis-timeline')).toThrow(
    /"Graph2d: open a pure IIFE" expected 1 match\(es\) in vis-timeline, found 0/,
  );
  const moreReads = visTimeline.replace(
    'availableUtils.throttle(',
    'availableUtils.throttle(availableUtils.throttle, ',
  );
  expect(() =>
    applyEdits(moreReads, visTimelineEdits({ production: true }), 'vis-timeline'),
  ).toThrow(/read throttle directly/);
});

test('a vis-util helper vis-timeline starts reading is caught, not left undefined', () => {
  const newRead = visTimeline.replace(
    'const availableUtils = {',
    'const usesNewHelper = () => availableUtils.topMost;\nconst availableUtils = {',
  );
  expect(() => applyEdits(newRead, visTimelineEdits({ production: true }), 'vis-timeline')).toThrow(
    /reads vis-util's topMost/,
  );
});
