/**
 * The events-per-year disclosure and chart in jsdom. jsdom lays nothing
 * out, so the chart is given a 720-pixel box to draw in; alignment with the
 * real timeline is checked in Chromium (tests/e2e/rhythm.spec.ts).
 */
import { screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RhythmDisclosure } from '../../src/features/rhythm/components/rhythm-disclosure';
import { parseEvents, parseLeaderTerms } from '../../src/lib/dataset/validate';
import { useUiStore } from '../../src/stores/ui-store';
import { formatDay } from '../../src/stores/url-state';
import { renderWithProviders } from '../test-utils';

function readData(name: string): unknown {
  return JSON.parse(readFileSync(resolve(process.cwd(), 'public/data', name), 'utf8'));
}
const events = parseEvents(readData('events.json')).records;
const leaderTerms = parseLeaderTerms(readData('leaders.json')).records;

const WIDTH = 720;

beforeEach(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ x: 0, y: 0, width: WIDTH, height: 150 }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('events per year', () => {
  it('opens from its button, remembered in the store, and closes again', async () => {
    const { user } = renderWithProviders(
      <RhythmDisclosure events={events} leaderTerms={leaderTerms} />,
    );
    const toggle = screen.getByRole('button', { name: '年ごとの件数' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region')).not.toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(useUiStore.getState().rhythm).toBe(true);
    const chart = await screen.findByRole('region', { name: /年ごとの件数/ });
    expect(toggle).toHaveAttribute('aria-controls', chart.parentElement?.id);

    await user.click(toggle);
    expect(useUiStore.getState().rhythm).toBe(false);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('has a button per year with events, spanning that year of the window; a click zooms to it', async () => {
    useUiStore.getState().setRhythm(true);
    const { user } = renderWithProviders(
      <RhythmDisclosure events={events} leaderTerms={leaderTerms} />,
    );
    const perYear = (year: string) => events.filter((event) => event.date.startsWith(year)).length;
    const year1998 = await screen.findByRole('button', { name: `1998年: ${perYear('1998')}件` });
    expect(screen.queryByRole('button', { name: /^1994年/ })).not.toBeInTheDocument();

    // The default window runs from June 1992 to July 2015.
    const { start, end } = useUiStore.getState().window;
    const x = (time: number) => ((time - start) / (end - start)) * WIDTH;
    const left = x(new Date(1998, 0, 1).getTime());
    const right = x(new Date(1999, 0, 1).getTime());
    expect(parseFloat(year1998.style.left)).toBeCloseTo(left, 1);
    expect(parseFloat(year1998.style.width)).toBeCloseTo(right - left, 1);
    // The busiest year is full height.
    const years = [...new Set(events.map((event) => event.date.slice(0, 4)))];
    const busiest = years.sort((a, b) => perYear(b) - perYear(a))[0] ?? '';
    expect(
      screen.getByRole('button', { name: `${busiest}年: ${perYear(busiest)}件` }).style.height,
    ).toBe('100%');

    await user.click(year1998);
    const visible = useUiStore.getState().window;
    expect([formatDay(visible.start), formatDay(visible.end)]).toEqual([
      '1998-01-01',
      '1999-01-01',
    ]);
    // Zoomed to 1998, its bar spans the whole width and 2010 is out of view.
    await waitFor(() => expect(year1998.style.width).toBe(`${WIDTH}px`));
    expect(year1998.style.left).toBe('0px');
    expect(screen.queryByRole('button', { name: /^2010年/ })).not.toBeInTheDocument();
  });

  it('follows the events it is given and can split the years by leader pair', async () => {
    useUiStore.getState().setRhythm(true);
    const summits = events.filter((event) => event.kind === 'summit');
    const { user } = renderWithProviders(
      <RhythmDisclosure events={summits} leaderTerms={leaderTerms} />,
    );
    expect(await screen.findByRole('button', { name: '1998年: 2件' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '1998年: 2件' })).toHaveAttribute(
      'title',
      '1998年: 2件 (首脳会談 2)',
    );

    await user.click(screen.getByRole('button', { name: '首脳の組み合わせ' }));
    expect(screen.getByRole('button', { name: '1998年: 2件' })).toHaveAttribute(
      'title',
      '1998年: 2件 (橋本龍太郎 × ボリス・エリツィン 1 · 小渕恵三 × ボリス・エリツィン 1)',
    );
    const legend = screen.getByRole('list');
    expect(within(legend).getAllByRole('listitem')[0]).toHaveTextContent(
      '細川護熙 × ボリス・エリツィン',
    );
  });
});
