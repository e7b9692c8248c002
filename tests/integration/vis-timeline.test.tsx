import { render, within } from '@testing-library/react';
import type { DataSet } from 'vis-data/esnext';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { VisTimeline, type TimelineItemSpec } from '../../src/components/vis-timeline/vis-timeline';
import { FakeTimeline, latestTimeline } from '../fakes/fake-timeline';

vi.mock('vis-timeline/esnext', () => import('../fakes/fake-timeline'));

const tokyo: TimelineItemSpec = { id: 'tokyo', text: 'Tokyo', start: new Date(1993, 9, 1) };
const irkutsk: TimelineItemSpec = { id: 'irkutsk', text: 'Irkutsk', start: new Date(2001, 2, 1) };
const options = { zoomKey: 'ctrlKey' as const };

function shown(instance: FakeTimeline) {
  return instance.items.get().map((item) => [item.id, item.content.textContent]);
}

describe('VisTimeline wrapper', () => {
  beforeEach(() => {
    FakeTimeline.instances = [];
  });

  it('creates the timeline once and updates items in place', () => {
    const { rerender } = render(<VisTimeline items={[tokyo]} options={options} selection={[]} />);
    expect(FakeTimeline.instances).toHaveLength(1);
    const timeline = latestTimeline();
    expect(shown(timeline)).toEqual([['tokyo', 'Tokyo']]);

    rerender(
      <VisTimeline
        items={[{ ...tokyo, text: '東京' }, irkutsk]}
        options={options}
        selection={[]}
      />,
    );
    expect(FakeTimeline.instances).toHaveLength(1);
    expect(shown(timeline)).toEqual([
      ['tokyo', '東京'],
      ['irkutsk', 'Irkutsk'],
    ]);

    rerender(<VisTimeline items={[irkutsk]} options={options} selection={[]} />);
    expect(shown(timeline)).toEqual([['irkutsk', 'Irkutsk']]);
  });

  it('destroys the timeline on unmount', () => {
    const { unmount } = render(<VisTimeline items={[tokyo]} options={options} selection={[]} />);
    const timeline = latestTimeline();
    expect(timeline.destroy).not.toHaveBeenCalled();
    unmount();
    expect(timeline.destroy).toHaveBeenCalledTimes(1);
  });

  it('hands item text to the library as text, never as HTML', () => {
    const hostile = { ...tokyo, text: '<img src=x onerror="alert(1)">' };
    render(<VisTimeline items={[hostile]} options={options} selection={[]} />);
    const [item] = latestTimeline().items.get();
    expect(item?.content.textContent).toBe('<img src=x onerror="alert(1)">');
    expect(item && within(item.content).queryByRole('img')).toBeNull();
  });

  it('pushes selection and options through the library calls', () => {
    const { rerender } = render(
      <VisTimeline items={[tokyo, irkutsk]} options={options} selection={[]} />,
    );
    const timeline = latestTimeline();
    rerender(<VisTimeline items={[tokyo, irkutsk]} options={options} selection={['irkutsk']} />);
    expect(timeline.setSelection).toHaveBeenLastCalledWith(['irkutsk']);

    const zoomed = { ...options, zoomMin: 1000 };
    rerender(<VisTimeline items={[tokyo, irkutsk]} options={zoomed} selection={['irkutsk']} />);
    expect(timeline.setOptions).toHaveBeenLastCalledWith(zoomed);
    expect(FakeTimeline.instances).toHaveLength(1);
  });

  it('moves the window only when it differs from what is shown', () => {
    const start = new Date(2001, 0, 1);
    const end = new Date(2002, 0, 1);
    const { rerender } = render(
      <VisTimeline items={[tokyo]} options={options} selection={[]} window={{ start, end }} />,
    );
    const timeline = latestTimeline();
    // The first window is part of the creation options, not a later move.
    expect(timeline.createdWith).toMatchObject({ start, end });
    rerender(
      <VisTimeline
        items={[tokyo]}
        options={options}
        selection={[]}
        window={{ start: new Date(start), end: new Date(end) }}
      />,
    );
    expect(timeline.setWindow).not.toHaveBeenCalled();
    const later = new Date(2003, 0, 1);
    rerender(
      <VisTimeline
        items={[tokyo]}
        options={options}
        selection={[]}
        window={{ start, end: later }}
      />,
    );
    expect(timeline.setWindow).toHaveBeenCalledWith(start, later, { animation: false });
  });

  it('reports user selections and window changes to the latest handlers', () => {
    const first = vi.fn();
    const second = vi.fn();
    const onWindowChange = vi.fn();
    const { rerender } = render(
      <VisTimeline items={[tokyo]} options={options} selection={[]} onSelect={first} />,
    );
    rerender(
      <VisTimeline
        items={[tokyo]}
        options={options}
        selection={[]}
        onSelect={second}
        onWindowChange={onWindowChange}
      />,
    );
    const timeline = latestTimeline();
    timeline.emit('select', { items: ['tokyo'] });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith(['tokyo']);

    const start = new Date(1995, 0, 1);
    const end = new Date(1996, 0, 1);
    timeline.emit('rangechanged', { start, end, byUser: true });
    expect(onWindowChange).toHaveBeenCalledWith({ start, end }, true);
  });

  it('redraws once when the starting window settles, so the library shows itself without its resize poll', () => {
    render(<VisTimeline items={[tokyo]} options={options} selection={[]} />);
    const timeline = latestTimeline();
    expect(timeline.redraw).not.toHaveBeenCalled();

    const settled = { start: new Date(1993, 0, 1), end: new Date(2015, 0, 1), byUser: false };
    timeline.emit('rangechanged', settled);
    expect(timeline.redraw).toHaveBeenCalledTimes(1);

    // Later moves redraw through the library itself, not through us.
    timeline.emit('rangechanged', settled);
    expect(timeline.redraw).toHaveBeenCalledTimes(1);
  });

  it('reports the items drawn at the end of the redraw that shows them, once', () => {
    const onItemsDrawn = vi.fn();
    render(
      <VisTimeline items={[tokyo]} options={options} selection={[]} onItemsDrawn={onItemsDrawn} />,
    );
    const timeline = latestTimeline();
    // Asked for a redraw, and not reported before the library has done it.
    expect(timeline.redraw).toHaveBeenCalled();
    expect(onItemsDrawn).not.toHaveBeenCalled();
    timeline.emit('changed', undefined);
    expect(onItemsDrawn).toHaveBeenCalledTimes(1);
    timeline.emit('changed', undefined);
    expect(onItemsDrawn).toHaveBeenCalledTimes(1);
  });

  it('adds new items out of view and then moves them in, so the library measures them in one redraw', () => {
    const { rerender } = render(<VisTimeline items={[tokyo]} options={options} selection={[]} />);
    const dataSet = latestTimeline().items as unknown as DataSet<{ id: string; start: Date }>;
    const added: { id: string; start: number }[] = [];
    dataSet.on('add', (_event, properties) => {
      for (const id of properties?.items ?? []) {
        added.push({ id: String(id), start: dataSet.get(id)?.start.getTime() ?? NaN });
      }
    });

    rerender(<VisTimeline items={[tokyo, irkutsk]} options={options} selection={[]} />);
    // Added far before anything the timeline shows, then placed where it belongs.
    expect(added).toHaveLength(1);
    expect(added[0]?.id).toBe('irkutsk');
    expect(added[0]?.start).toBeLessThan(new Date(1900, 0, 1).getTime());
    expect(dataSet.get('irkutsk')?.start).toEqual(irkutsk.start);
  });
});
