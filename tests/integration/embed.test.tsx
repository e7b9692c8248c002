import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../src/i18n/index';
import { useUiStore } from '../../src/stores/ui-store';
import { FakeTimeline } from '../fakes/fake-timeline';
import { irkutskSummit, tokyoSummit } from '../fixtures/events';
import { renderLoadedApp } from '../render-app';

vi.mock('vis-timeline/esnext', () => import('../fakes/fake-timeline'));

describe('embed mode', () => {
  beforeEach(() => {
    FakeTimeline.instances = [];
  });

  it('shows the timeline and the panel with a compact bar instead of the header and toolbar', async () => {
    window.history.replaceState(null, '', `/?embed=1&lang=ja&event=${irkutskSummit.id}`);
    act(() => useUiStore.getState().selectEvent(irkutskSummit.id));
    await renderLoadedApp({ embed: true });

    expect(screen.getByRole('complementary', { name: irkutskSummit.title.ja })).toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: '表示' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '文書・合意' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '共有・埋め込み' })).not.toBeInTheDocument();

    const heading = screen.getByRole('heading', { level: 1 });
    const link = within(heading).getByRole('link', { name: /年表のページで開く/ });
    expect(link).toHaveAccessibleName(/日露平和条約交渉の歩み.*年表のページで開く.*新しいタブ/);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute(
      'href',
      `http://localhost:3000/?lang=ja&event=${irkutskSummit.id}`,
    );

    // The link follows the reader's choices: another event, then English.
    act(() => useUiStore.getState().selectEvent(tokyoSummit.id));
    await act(() => i18n.changeLanguage('en'));
    const followed = new URL(
      screen.getByRole('link', { name: /Open the full view/ }).getAttribute('href') ?? '',
    );
    expect(followed.searchParams.get('lang')).toBe('en');
    expect(followed.searchParams.get('event')).toBe(tokyoSummit.id);
    expect(followed.searchParams.has('embed')).toBe(false);
  });

  it('keeps the list when an embed link asks for the list view', async () => {
    window.history.replaceState(null, '', '/?embed=1&view=list');
    act(() => useUiStore.getState().setView('list'));
    await renderLoadedApp({ embed: true }).catch(() => undefined);
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '文書・合意' })).not.toBeInTheDocument();
  });
});

describe('Share / Embed in the full view', () => {
  beforeEach(() => {
    FakeTimeline.instances = [];
  });

  it('shows and copies the link and the embed code of the current view, and closes on Escape', async () => {
    window.history.replaceState(null, '', '/?lang=ja');
    const { user } = await renderLoadedApp();
    act(() => useUiStore.getState().selectEvent(irkutskSummit.id));

    const toggle = screen.getByRole('button', { name: '共有・埋め込み' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const code = await screen.findByRole('textbox', { name: 'ウェブページ用の埋め込みコード' });
    expect(screen.getByRole('heading', { name: 'この表示を共有・埋め込む' })).toHaveFocus();
    expect(code).toHaveValue(
      `<iframe src="http://localhost:3000/?lang=ja&amp;event=${irkutskSummit.id}&amp;embed=1" title="日露平和条約交渉の歩み(1993–2014年)インタラクティブ年表" width="100%" height="480" loading="lazy" style="border:0"></iframe>`,
    );
    expect(screen.getByRole('textbox', { name: 'この表示へのリンク' })).toHaveValue(
      `http://localhost:3000/?lang=ja&event=${irkutskSummit.id}`,
    );

    // Exploring on with the disclosure open keeps the code current.
    act(() => useUiStore.getState().selectEvent(tokyoSummit.id));
    expect((code as HTMLTextAreaElement).value).toMatch(
      new RegExp(`event=${tokyoSummit.id}&amp;.*embed=1"`),
    );

    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: '埋め込みコードをコピー' }));
    expect(writeText).toHaveBeenCalledWith((code as HTMLTextAreaElement).value);
    expect(await screen.findByText('クリップボードにコピーしました。')).toHaveRole('status');

    // Escape closes the disclosure only; the event panel stays open.
    await user.click(code);
    await user.keyboard('{Escape}');
    expect(
      screen.queryByRole('textbox', { name: 'ウェブページ用の埋め込みコード' }),
    ).not.toBeInTheDocument();
    expect(toggle).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('complementary', { name: tokyoSummit.title.ja })).toBeInTheDocument();
  });
});
