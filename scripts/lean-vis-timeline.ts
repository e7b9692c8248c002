/**
 * A Vite plugin that trims vis-timeline's esnext build (pinned in
 * package.json) to what the app uses, for the production build only: the
 * dev server and the tests run the library as published.
 *
 * - Graph2d and its helpers (Legend, LineGraph) become droppable: they are
 *   function-style classes whose top-level prototype assignments
 *   (`Graph2d.prototype = new Core()`) count as side effects, so the bundler
 *   kept them although nothing imports Graph2d. Each is wrapped in an IIFE
 *   marked pure; importing Graph2d would still work.
 * - vis-timeline spreads the whole vis-util namespace into its own helper
 *   object (`{ ...util }`), which keeps every vis-util export; it gets only
 *   the names it reads.
 * - The `configure` option (Configurator, ColorPicker), `clickToUse`
 *   (Activator, keycharm) and `cluster` (ClusterGenerator, ClusterItem:
 *   the app clusters its events itself), which the app does not use, throw
 *   if asked for.
 * - Runtime option validation (Validator and its option tables) is skipped:
 *   it only logs to the console, and the types check our options.
 * - vis-timeline's one `import moment from 'moment'` resolves to a small
 *   adapter over Date (src/components/vis-timeline/moment-adapter.ts).
 * - Given a starting window (`start`/`end`), vis-timeline draws once, sets
 *   the window, and stays hidden until a redraw after its 200 ms
 *   'rangechanged' debounce: the items wait 200 ms or more for nothing.
 *   Here the window counts as settled once it is set, and the timeline
 *   shows at the next frame's redraw, drawn with that window.
 * - An update of the items' DataSet redrew the item set at once, in the
 *   listener, and again at the next frame (the update queues a redraw, and
 *   the app asks for one): every item drawn and measured twice. The first
 *   fill of the timeline (300 items moved into view) paid that double
 *   measuring in its longest tasks; now only the next frame's redraw draws
 *   (Lighthouse TBT 2.5 → 1.1 s, speed index 3.7 → 2.5 s, side by side
 *   against a build with `LEAN_LEVERS_OFF=queued-item-redraw` through
 *   `npm run bench:compare`). Additions and removals still draw at once, as
 *   published.
 *
 * Every edit is an exact text replacement with an expected count. If a
 * new vis-timeline version changes the code, the build FAILS, naming the
 * edit, instead of quietly shipping the whole library or a broken one.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The file `vis-timeline/esnext` resolves to. */
export const VIS_TIMELINE_FILE =
  /[\\/]vis-timeline[\\/]esnext[\\/]esm[\\/]vis-timeline-graph2d\.mjs$/;

// Not `new URL(…, import.meta.url)`: Vite rewrites that form when Vitest imports this file.
export const MOMENT_ADAPTER = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../src/components/vis-timeline/moment-adapter.ts',
);

/** The separately measurable savings (scripts/measure-levers.ts turns each off in turn). */
export const LEVERS = [
  'graph2d',
  'vis-util-names',
  'configurator',
  'validation',
  'click-to-use',
  'moment',
  'instant-reveal',
  'cluster',
  'queued-item-redraw',
] as const;
export type Lever = (typeof LEVERS)[number];

export interface Edit {
  lever: Lever;
  /** Why, and what: named in the error if the code is not found. */
  name: string;
  find: string;
  replace: string;
  /** How many times `find` must occur. */
  count: number;
}

/** Wraps the code from `start` up to (not including) `before` in a pure IIFE returning `name`. */
function pureWrap(lever: Lever, name: string, start: string, before: string): Edit[] {
  return [
    {
      lever,
      name: `${name}: open a pure IIFE`,
      find: start,
      replace: `const ${name} = /* @__PURE__ */ (() => {\n${start}`,
      count: 1,
    },
    {
      lever,
      name: `${name}: close the pure IIFE`,
      find: before,
      replace: `return ${name};\n})();\n\n${before}`,
      count: 1,
    },
  ];
}

/**
 * The vis-util helpers vis-timeline reads through its helper object
 * (`availableUtils.<name>`), with how often it reads each. Each read
 * becomes a direct read of vis-util's namespace, so the bundler keeps a
 * helper only where the code reading it is kept (the colour helpers go with
 * the Configurator, for one); the plugin checks the list is complete.
 */
export const VIS_UTIL_READS: Record<string, number> = {
  HSVToRGB: 3,
  RGBToHSV: 4,
  addClassName: 19,
  addCssText: 3,
  binarySearchCustom: 1,
  binarySearchValue: 2,
  bridgeObject: 1,
  copyAndExtendArray: 4,
  copyArray: 1,
  deepExtend: 6,
  easingFunctions: 2,
  equalArray: 3,
  extend: 25,
  forEach: 26,
  getAbsoluteLeft: 1,
  getAbsoluteTop: 1,
  getScrollBarWidth: 2,
  getTarget: 2,
  hasParent: 13,
  hexToRGB: 1,
  insertSort: 2,
  isString: 1,
  isValidHex: 1,
  isValidRGB: 1,
  isValidRGBA: 1,
  mergeOptions: 7,
  option: 8,
  preventDefault: 2,
  removeClassName: 17,
  removeCssText: 2,
  selectiveBridgeObject: 1,
  selectiveDeepExtend: 5,
  selectiveExtend: 13,
  throttle: 1,
  toArray: 2,
  updateProperty: 3,
};
export const VIS_UTIL_NAMES = Object.keys(VIS_UTIL_READS);

/** The name the direct reads use: one vis-timeline's own code does not. */
const LEAN_UTIL = 'leanVisUtil';

/** vis-timeline's own members of the helper object, besides vis-util's. */
const OWN_HELPERS = ['convert', 'setupXSSProtection', 'xss'];

const LEFT_OUT = (option: string) =>
  `throw new Error("vis-timeline: the ${option} option is left out of this build (scripts/lean-vis-timeline.ts)");`;

export function visTimelineEdits({ production }: { production: boolean }): Edit[] {
  const edits: Edit[] = [
    // Graph2d's drawing helpers: static methods assigned at the top level.
    ...pureWrap('graph2d', 'Points', 'function Points() {}', 'function Bargraph() {}'),
    ...pureWrap('graph2d', 'Bargraph', 'function Bargraph() {}', 'function Line() {}'),
    ...pureWrap(
      'graph2d',
      'Line',
      'function Line() {}',
      'function GraphGroup(group, groupId, options, groupsUsingDefaultStyles) {',
    ),
    ...pureWrap(
      'graph2d',
      'GraphGroup',
      'function GraphGroup(group, groupId, options, groupsUsingDefaultStyles) {',
      'class Item {',
    ),
    ...pureWrap(
      'graph2d',
      'Legend',
      'function Legend(body, options, side, linegraphOptions) {',
      'var UNGROUPED = "__ungrouped__"; // reserved group id for ungrouped items',
    ),
    ...pureWrap(
      'graph2d',
      'LineGraph',
      'function LineGraph(body, options) {',
      '/** A horizontal time axis */\nclass TimeAxis extends Component {',
    ),
    ...pureWrap(
      'graph2d',
      'Graph2d',
      'function Graph2d(container, items, groups, options) {',
      // Just after its last prototype assignment.
      '/**\n * This object contains all possible options. It will check if the types are correct, if required if the option is one\n * of the allowed values.\n *\n * __any__ means that the name of the property does not matter.\n * __type__ is a required field for all objects and contains the allowed types of all objects\n */\nconst string = "string";',
    ),
    {
      lever: 'queued-item-redraw',
      name: 'items DataSet update: redraw at the next frame, not at once as well',
      find: '      update(_event, params) {\n        me._onUpdate(params.items);\n        if (me.options.cluster) {\n          me.clusterGenerator.setItems(me.items, {\n            applyOnChangedLevel: false,\n          });\n        }\n        me.redraw();\n      },',
      replace:
        '      update(_event, params) {\n        me._onUpdate(params.items);\n        if (me.options.cluster) {\n          me.clusterGenerator.setItems(me.items, {\n            applyOnChangedLevel: false,\n          });\n        }\n' +
        '        // lean-vis-timeline: _onUpdate queued a redraw (_change); drawing\n' +
        '        // here too measured every item twice.\n' +
        '      },',
      count: 1,
    },
    {
      lever: 'instant-reveal',
      name: 'starting window: show at the next frame, not after the 200 ms debounce',
      find: '          me.setWindow(start, end, { animation: false });\n        } else {\n          me.fit({ animation: false });\n        }',
      replace:
        '          me.setWindow(start, end, { animation: false });\n' +
        '          // lean-vis-timeline: the window is applied; the throttled redraw\n' +
        '          // (next frame) draws it and its "changed" reveals the timeline.\n' +
        '          me.initialRangeChangeDone = true;\n' +
        '          me._redraw();\n' +
        '        } else {\n          me.fit({ animation: false });\n        }',
      count: 1,
    },
    {
      lever: 'vis-util-names',
      name: 'vis-util: a namespace of its own for the direct reads',
      find: "import * as util from 'vis-util/esnext/esm/vis-util.js';",
      replace: `import * as util from 'vis-util/esnext/esm/vis-util.js';\nimport * as ${LEAN_UTIL} from 'vis-util/esnext/esm/vis-util.js';`,
      count: 1,
    },
    {
      lever: 'vis-util-names',
      name: 'vis-util: no longer spread whole into the helper object',
      find: 'const availableUtils = {\n  ...util,\n  convert,\n  setupXSSProtection,\n};',
      replace: 'const availableUtils = {\n  convert,\n  setupXSSProtection,\n};',
      count: 1,
    },
    // Longest first: `availableUtils.isValidRGB` is the start of `…isValidRGBA`.
    ...[...VIS_UTIL_NAMES]
      .sort((a, b) => b.length - a.length)
      .map((name): Edit => ({
        lever: 'vis-util-names',
        name: `vis-util: read ${name} directly`,
        find: `availableUtils.${name}`,
        replace: `${LEAN_UTIL}.${name}`,
        count: VIS_UTIL_READS[name] ?? 0,
      })),
    {
      lever: 'configurator',
      name: 'configure: no Configurator (nor ColorPicker)',
      find: '  _createConfigurator() {\n    return new Configurator(this, this.dom.container, configureOptions);\n  }',
      replace: `  _createConfigurator() {\n    ${LEFT_OUT('configure')}\n  }`,
      count: 1,
    },
    // The library's own clustering: a top-level prototype assignment kept ClusterItem.
    ...pureWrap(
      'cluster',
      'ClusterItem',
      'class ClusterItem extends Item {',
      'class PointItem extends Item {',
    ),
    {
      lever: 'cluster',
      name: 'cluster: no ClusterGenerator',
      find: '          this.clusterGenerator = new ClusterGenerator(this);',
      replace: `          ${LEFT_OUT('cluster')}`,
      count: 1,
    },
    // `Emitter(Activator.prototype)` at the top level kept it (and keycharm).
    ...pureWrap(
      'click-to-use',
      'Activator',
      'function Activator(container) {',
      'function _hasParent(element, parent) {',
    ),
    {
      lever: 'click-to-use',
      name: 'clickToUse: no Activator (nor keycharm)',
      find: '            this.activator = new Activator(this.dom.root);',
      replace: `            ${LEFT_OUT('clickToUse')}`,
      count: 1,
    },
  ];
  if (production) {
    edits.push({
      lever: 'validation',
      name: 'option validation: skipped in production',
      find: '    let errorFound = Validator.validate(options, allOptions);',
      replace: '    let errorFound = false; // validation is left out of production builds',
      count: 1,
    });
  }
  return edits;
}

/** vis-util's own Activator (for vis-network's clickToUse), kept alive the same way. */
export function visUtilEdits(): Edit[] {
  return pureWrap(
    'click-to-use',
    'Activator$1',
    'function Activator$1(container) {',
    'function _hasParent(element, parent) {',
  );
}

/** The library files the plugin edits, each of which the build must meet. */
export const LEAN_FILES = [
  {
    name: 'vis-timeline/esnext',
    pattern: VIS_TIMELINE_FILE,
    edits: visTimelineEdits,
    checkUtils: true,
  },
  {
    name: 'vis-util/esnext',
    pattern: /[\\/]vis-util[\\/]esnext[\\/]esm[\\/]vis-util\.mjs$/,
    edits: visUtilEdits,
    checkUtils: false,
  },
];

function occurrences(code: string, text: string): number {
  let count = 0;
  for (let at = code.indexOf(text); at !== -1; at = code.indexOf(text, at + text.length)) {
    count += 1;
  }
  return count;
}

/** Applies the edits, throwing (which fails the build) at the first that does not match. */
export function applyEdits(
  code: string,
  edits: readonly Edit[],
  file: string,
  checkUtils = true,
): string {
  let result = code;
  for (const edit of edits) {
    const found = occurrences(result, edit.find);
    if (found !== edit.count) {
      throw new Error(
        `lean-vis-timeline: "${edit.name}" expected ${edit.count} match(es) in ${file}, found ${found}. ` +
          'vis-timeline has changed: update scripts/lean-vis-timeline.ts (or remove the edit).',
      );
    }
    result = result.split(edit.find).join(edit.replace);
  }
  if (!checkUtils) return result;
  // Whatever is still read through the helper object must be vis-timeline's own.
  const unknown = [...new Set([...result.matchAll(/availableUtils\.(\w+)/g)].map((m) => m[1]))]
    .filter((name) => name !== undefined)
    .filter((name) => !OWN_HELPERS.includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `lean-vis-timeline: vis-timeline now reads vis-util's ${unknown.join(', ')}: add to VIS_UTIL_READS.`,
    );
  }
  return result;
}

export interface LeanOptions {
  /** Levers left out, to measure what each saves (scripts/measure-levers.ts); none in the app's build. */
  off?: readonly Lever[];
}

/** `LEAN_LEVERS_OFF=moment,graph2d`: for scripts/measure-levers.ts only. */
export function leversOffFromEnv(value = process.env.LEAN_LEVERS_OFF): Lever[] {
  if (!value) return [];
  const names = value.split(',');
  const unknown = names.filter((name) => !(LEVERS as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new Error(`LEAN_LEVERS_OFF: unknown lever(s) ${unknown.join(', ')}`);
  return names as Lever[];
}

export function leanVisTimeline(options: LeanOptions = {}): Plugin {
  const off = new Set(options.off ?? []);
  let production = true;
  const transformed = new Set<string>();
  return {
    name: 'lean-vis-timeline',
    apply: 'build',
    enforce: 'pre',
    configResolved: (config) => {
      production = config.isProduction;
    },
    async resolveId(source, importer, options) {
      if (source !== 'moment' || !importer || !VIS_TIMELINE_FILE.test(importer)) return null;
      if (off.has('moment')) return null;
      const resolved = await this.resolve(MOMENT_ADAPTER, importer, { ...options, skipSelf: true });
      return resolved ?? MOMENT_ADAPTER;
    },
    transform(code, id) {
      const file = LEAN_FILES.find((candidate) => candidate.pattern.test(id));
      if (!file) return null;
      transformed.add(file.name);
      const edits = file.edits({ production }).filter((edit) => !off.has(edit.lever));
      // With the vis-util lever off the reads stay on the helper object, as published.
      const checkUtils = file.checkUtils && !off.has('vis-util-names');
      return { code: applyEdits(code, edits, id, checkUtils), map: null };
    },
    buildEnd(error) {
      if (error) return;
      const missed = LEAN_FILES.filter((file) => !transformed.has(file.name));
      if (missed.length > 0) {
        this.error(
          `lean-vis-timeline: ${missed.map((file) => file.name).join(', ')} never bundled from the file expected; update LEAN_FILES.`,
        );
      }
    },
  };
}
