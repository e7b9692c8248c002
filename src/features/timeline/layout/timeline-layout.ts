/**
 * The whole picture for one window at one width: which row each meeting's
 * mark takes, which labels are drawn and where, how tall each lane is, and
 * how each leader's band is labelled. Pure: it reads no DOM and is tested
 * with numbers; the timeline view turns it into items and the wrapper draws them.
 */
import type { EventKind } from '../../../lib/dataset/schema';
import { GEOMETRY as G } from './geometry';
import { eventPriority, FOCUS_PRIORITY } from './label-priority';
import type { MeasureText } from './measure-text';
import { placeLabels, type LabelCandidate } from './place-labels';
import { rowCount, stackMarks } from './stack-marks';
import { termLabelForm, type TermLabelForm } from './term-label';

export interface TimeSpan {
  start: number;
  end: number;
}

export interface LayoutEvent {
  id: string;
  time: number;
  kind: EventKind;
  label: string;
  /** A document lists this meeting as where it was signed or adopted. */
  producedDocument: boolean;
  /** Under the cursor, open, or tied to the open document: always labelled first. */
  focused: boolean;
}

export interface LayoutDocument {
  id: string;
  time: number;
  label: string;
  /** The meeting it was signed at, when that meeting is drawn. */
  eventId?: string;
  focused: boolean;
}

export interface LayoutTerm {
  id: string;
  start: number;
  end: number;
  full: string;
  short: string;
}

export interface LayoutInput {
  /** In time order. */
  events: readonly LayoutEvent[];
  documents: readonly LayoutDocument[];
  terms: readonly LayoutTerm[];
  window: TimeSpan;
  /** The widest window the reader can zoom out to: lanes are as tall as it needs, so they never jump. */
  widest: TimeSpan;
  /** The drawing area's width in pixels. */
  width: number;
  labelRows: number;
  documentLabelRows: number;
  measureLabel: MeasureText;
  measureTerm: MeasureText;
}

/** A label drawn beside its mark; `left` is relative to the mark's centre. */
export interface PlacedLabel {
  /** 0 is the row next to the marks. */
  row: number;
  top: number;
  left: number;
  width: number;
}

export interface EventLayout {
  markTop: number;
  label?: PlacedLabel;
}

export interface DocumentLayout {
  label?: PlacedLabel;
  /** The line up to the meeting's mark, relative to the top of the documents lane. */
  tie?: { top: number; height: number };
}

export interface TimelineLayout {
  eventLane: { height: number; markRows: number; labelRows: number };
  documentLane: { height: number };
  events: Map<string, EventLayout>;
  documents: Map<string, DocumentLayout>;
  terms: Map<string, { form: TermLabelForm; offset: number }>;
}

function scaleOf(window: TimeSpan, width: number): number {
  return width / Math.max(1, window.end - window.start);
}

function markRows(events: readonly LayoutEvent[], scale: number): Map<string, number> {
  return stackMarks(
    events.map((event) => ({ id: event.id, x: event.time * scale })),
    G.markSpacing,
  );
}

export function layoutTimeline(input: LayoutInput): TimelineLayout {
  const scale = scaleOf(input.window, input.width);
  const toX = (time: number) => (time - input.window.start) * scale;

  // Marks: rows at this zoom; the lane is as tall as the widest zoom needs.
  const rows = markRows(input.events, scale);
  const laneMarkRows = Math.max(
    rowCount(rows),
    rowCount(markRows(input.events, scaleOf(input.widest, input.width))),
  );
  const labelBand = input.labelRows * G.labelRow;
  const markBandTop = labelBand + G.bandGap;
  const eventLaneHeight = markBandTop + laneMarkRows * G.markPitch;
  const markTopOf = (row: number) => markBandTop + (laneMarkRows - 1 - row) * G.markPitch;

  const eventLabels = placeLabels(
    input.events.map<LabelCandidate>((event) => ({
      id: event.id,
      x: toX(event.time),
      width: input.measureLabel(event.label) + G.labelPadding,
      priority: eventPriority(event.kind, event.producedDocument, event.focused),
    })),
    { width: input.width, rows: input.labelRows, gap: G.labelGap, inset: G.labelInset },
  );
  const events = new Map<string, EventLayout>();
  for (const event of input.events) {
    const markTop = markTopOf(rows.get(event.id) ?? 0);
    const placed = eventLabels.get(event.id);
    events.set(event.id, {
      markTop,
      ...(placed && {
        label: {
          row: placed.row,
          top: (input.labelRows - 1 - placed.row) * G.labelRow,
          left: placed.left - toX(event.time),
          width: input.measureLabel(event.label) + G.labelPadding,
        },
      }),
    });
  }

  // Documents: a diamond at the top of their lane, labels in rows below it,
  // and a tie up to the meeting that produced them.
  const documentLabelTop = G.documentPad * 2 + G.documentMark;
  const documentLaneHeight = documentLabelTop + input.documentLabelRows * G.labelRow;
  const documentLabels = placeLabels(
    input.documents.map<LabelCandidate>((document) => ({
      id: document.id,
      x: toX(document.time),
      width: input.measureLabel(document.label) + G.labelPadding,
      priority: document.focused ? FOCUS_PRIORITY : 0,
    })),
    { width: input.width, rows: input.documentLabelRows, gap: G.labelGap, inset: G.labelInset },
  );
  const documents = new Map<string, DocumentLayout>();
  for (const document of input.documents) {
    const placed = documentLabels.get(document.id);
    const meeting = document.eventId === undefined ? undefined : events.get(document.eventId);
    // From the meeting's mark (its centre) down to the top of the diamond.
    const tieTop = meeting ? meeting.markTop + G.mark / 2 - eventLaneHeight : 0;
    documents.set(document.id, {
      ...(placed && {
        label: {
          row: placed.row,
          top: documentLabelTop + placed.row * G.labelRow,
          left: placed.left - toX(document.time),
          width: input.measureLabel(document.label) + G.labelPadding,
        },
      }),
      ...(meeting && { tie: { top: tieTop, height: G.documentPad - tieTop } }),
    });
  }

  const terms = new Map<string, { form: TermLabelForm; offset: number }>();
  for (const term of input.terms) {
    const visibleStart = Math.max(term.start, input.window.start);
    const visibleEnd = Math.min(term.end, input.window.end);
    const visibleWidth = Math.max(0, (visibleEnd - visibleStart) * scale);
    terms.set(term.id, {
      form: termLabelForm(
        visibleWidth,
        input.measureTerm(term.full),
        input.measureTerm(term.short),
        G.termPadding,
      ),
      // A band that began before the window keeps its name in view.
      offset: Math.max(0, (visibleStart - term.start) * scale),
    });
  }

  return {
    eventLane: { height: eventLaneHeight, markRows: laneMarkRows, labelRows: input.labelRows },
    documentLane: { height: documentLaneHeight },
    events,
    documents,
    terms,
  };
}
