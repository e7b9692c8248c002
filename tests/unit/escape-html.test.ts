import xssModule from 'xss';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/components/vis-timeline/escape-html';

describe('escapeHtml, vis-timeline’s stand-in for the xss sanitiser', () => {
  it('turns markup into inert text', () => {
    expect(escapeHtml(`<img src=x onerror="alert('x')">&`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;',
    );
  });

  it('is what vis-timeline gets when it imports xss (the build alias is in place)', () => {
    expect(
      new (
        xssModule as unknown as { FilterXSS: new () => { process(html: string): string } }
      ).FilterXSS().process('<b>bold</b>'),
    ).toBe('&lt;b&gt;bold&lt;/b&gt;');
  });
});
