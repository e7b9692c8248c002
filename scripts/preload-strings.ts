/**
 * The reader's strings start downloading with the app's script, not after it.
 *
 * The first render waits for the active language's `common` strings, a chunk
 * of its own (the first view carries no other language's). Asked for by the
 * app, that request left only once the 174 KiB bundle had arrived and begun
 * to run: a round trip on the critical path (first contentful paint 1.4× the
 * build before per-language strings). This plugin puts a few lines of
 * inline script at the top of index.html that pick the language as the app
 * will (a `?lang=` link, the stored choice, the browser's languages, else
 * Japanese; src/i18n/index.ts) and import that language's chunk only, so it
 * arrives and is evaluated beside the bundle. The script leaves the import's
 * promise where the app looks for it (src/i18n/early-strings.ts): the first
 * render takes the strings from a settled promise, in the task that ran the
 * bundle, instead of from an import() of its own a task or two later, behind
 * the data files' parsing. (A `modulepreload` link alone left first
 * contentful paint at 1.15× the build before per-language strings.) The
 * script's hash joins the Content-Security-Policy, so inline script stays
 * refused otherwise.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { EARLY_STRINGS_GLOBAL } from '../src/i18n/early-strings.js';

/** Where the reader's choice is kept (src/i18n/index.ts) and the app's languages. */
const STORAGE_KEY = 'jrt.language';
const QUERY_PARAMETER = 'lang';
const FALLBACK = 'ja';

/** The inline script for these chunk URLs, language → URL. */
export function preloadStringsScript(chunks: Record<string, string>): string {
  return `(function(chunks){try{var stored=null;try{stored=localStorage.getItem(${JSON.stringify(STORAGE_KEY)})}catch(e){}var candidates=[new URLSearchParams(location.search).get(${JSON.stringify(QUERY_PARAMETER)}),stored].concat(Array.prototype.slice.call(navigator.languages||[]),[navigator.language,${JSON.stringify(FALLBACK)}]);for(var i=0;i<candidates.length;i++){var language=String(candidates[i]||"").toLowerCase().split("-")[0];if(Object.prototype.hasOwnProperty.call(chunks,language)){var early={language:language,url:chunks[language]};early.module=new Promise(function(resolve){resolve(import(early.url))});early.module.catch(function(){});window[${JSON.stringify(EARLY_STRINGS_GLOBAL)}]=early;return}}}catch(e){}})(${JSON.stringify(chunks)});`;
}

/** A Content-Security-Policy source expression allowing exactly this inline script. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
}

const COMMON_STRINGS = /\/src\/i18n\/locales\/([a-z]+)\/common\.json$/;

export function preloadStrings(): Plugin {
  let base = '/';
  return {
    name: 'preload-strings',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        const chunks: Record<string, string> = {};
        for (const output of Object.values(context.bundle ?? {})) {
          if (output.type !== 'chunk') continue;
          const language = COMMON_STRINGS.exec(output.facadeModuleId ?? '')?.[1];
          if (language) chunks[language] = `${base}${output.fileName}`;
        }
        if (Object.keys(chunks).length === 0) {
          throw new Error(
            'preload-strings: no common strings chunk in the bundle (src/i18n/locales/*/common.json)',
          );
        }
        const script = preloadStringsScript(chunks);
        // Vite writes the meta's quotes as &#39;.
        const policy =
          /(<meta http-equiv="Content-Security-Policy" content="[^"]*script-src (?:'self'|&#39;self&#39;))/;
        if (!policy.test(html)) {
          throw new Error(
            "preload-strings: the Content-Security-Policy meta with script-src 'self' is not in index.html",
          );
        }
        // Just before the app's module script: under the policy, and parsed
        // (so the preload starts) as early as the app's own request.
        const app = /<script type="module"/;
        if (!app.test(html)) throw new Error('preload-strings: no module script in index.html');
        return html
          .replace(policy, `$1 ${scriptHash(script).replaceAll("'", '&#39;')}`)
          .replace(app, `<script>${script}</script>\n    $&`);
      },
    },
  };
}
