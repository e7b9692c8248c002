/**
 * The venue map component in jsdom (no layout: markers are placed by
 * percentage and carry no names on the map, but their buttons, lists and
 * messages are all there).
 */
import { screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VenueMap } from '../../src/features/venues/components/venue-map';
import { parseEvents } from '../../src/lib/dataset/validate';
import { useUiStore } from '../../src/stores/ui-store';
import { renderWithProviders, stubDataFiles } from '../test-utils';

function readData(name: string): unknown {
  return JSON.parse(readFileSync(resolve(process.cwd(), 'public/data', name), 'utf8'));
}
const events = parseEvents(readData('events.json')).records;
const venuesFile = readData('venues.json');
const venueCount = (venuesFile as { venues: unknown[] }).venues.length;
const atMoscow = events.filter((event) => event.venue === 'moscow').length;
const moscowName = `モスクワ(ロシア): ${atMoscow}件`;

describe('the venue map', () => {
  it('has a marker button per venue; choosing one lists its events, which open the panel', async () => {
    stubDataFiles({ 'venues.json': venuesFile });
    const { user } = renderWithProviders(<VenueMap events={events} selectedEventId={null} />);

    const moscow = await screen.findByRole('button', { name: moscowName });
    expect(screen.getAllByRole('button', { name: /: \d+件$/ })).toHaveLength(venueCount);
    expect(moscow).toHaveAttribute('aria-expanded', 'false');

    await user.click(moscow);
    const list = screen.getByRole('region', { name: moscowName });
    expect(within(list).getByRole('heading')).toHaveFocus();
    expect(moscow).toHaveAttribute('aria-expanded', 'true');
    const titles = within(list)
      .getAllByRole('listitem')
      .map((item) => within(item).getByRole('button').textContent);
    expect(titles).toEqual(
      events.filter((event) => event.venue === 'moscow').map((event) => event.title.ja),
    );
    expect(list).toHaveTextContent('2003年1月10日');

    const [first] = within(list).getAllByRole('button', { name: '日露首脳会談(モスクワ)' });
    if (!first) throw new Error('no Moscow summit listed');
    await user.click(first);
    expect(useUiStore.getState().selection).toEqual({ type: 'event', id: '1998-11-moscow-summit' });

    // Closing the list hands focus back to the marker.
    await user.click(within(list).getByRole('button', { name: '閉じる' }));
    expect(screen.queryByRole('region', { name: /モスクワ/ })).not.toBeInTheDocument();
    expect(moscow).toHaveFocus();
  });

  it('counts only the events it is given, and marks the open event’s venue', async () => {
    stubDataFiles({ 'venues.json': venuesFile });
    const ministers = events.filter((event) => event.kind === 'foreign-ministers');
    renderWithProviders(
      <VenueMap events={ministers} selectedEventId="2010-11-yokohama-foreign-ministers" />,
    );
    const markers = await screen.findAllByRole('button', { name: /: \d+件$/ });
    const ministerVenues = new Set(ministers.flatMap((event) => event.venue ?? []));
    expect(markers).toHaveLength(ministerVenues.size);
    // The markers' counts add up to the meetings given that have a venue.
    const total = markers
      .map((marker) => Number(/: (\d+)件$/.exec(marker.getAttribute('aria-label') ?? '')?.[1]))
      .reduce((sum, count) => sum + count, 0);
    expect(total).toBe(ministers.filter((event) => event.venue).length);
    expect(markers.some((marker) => marker.getAttribute('aria-label')?.startsWith('横浜: '))).toBe(
      true,
    );
    expect(screen.getByRole('button', { name: /^横浜: \d+件$/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(screen.getByRole('button', { name: /^パリ\(フランス\): \d+件$/ })).not.toHaveAttribute(
      'aria-current',
    );
  });

  it('lists the events with no city or site, with the place the sources give', async () => {
    stubDataFiles({ 'venues.json': venuesFile });
    renderWithProviders(<VenueMap events={events} selectedEventId={null} />);
    const unplacedCount = events.filter((event) => event.venue === undefined).length;
    const unplaced = await screen.findByRole('region', {
      name: `地図に載せていない出来事 (${unplacedCount})`,
    });
    const call = within(unplaced)
      .getAllByRole('listitem')
      .find((item) => within(item).queryByText('2009年9月17日', { exact: false }));
    expect(call).toHaveTextContent(/^日露首脳電話会談 2009年9月17日 · 電話会談$/);
  });

  it('says when venues.json cannot be loaded, and recovers on Retry', async () => {
    const fetchMock = stubDataFiles({});
    const { user } = renderWithProviders(<VenueMap events={events} selectedEventId={null} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('venues.json を読み込めませんでした');
    expect(alert).toHaveTextContent('404');
    expect(screen.queryByRole('button', { name: /: \d+件$/ })).not.toBeInTheDocument();

    stubDataFiles({ 'venues.json': venuesFile });
    await user.click(within(alert).getByRole('button', { name: '再試行' }));
    expect(await screen.findByRole('button', { name: moscowName })).toBeVisible();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
