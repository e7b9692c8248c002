/**
 * The timeline's drawing sizes, in CSS pixels. The layout functions place
 * marks and labels with these numbers and styles.css draws with the same ones
 * (as custom properties set on the timeline), so what the functions decide
 * fits is what the reader sees.
 */
export const GEOMETRY = {
  /** A meeting's mark. */
  mark: 10,
  /** Vertical distance between rows of stacked marks. */
  markPitch: 12,
  /** Two marks closer than this (centre to centre) stack into rows. */
  markSpacing: 11,
  /** A row of labels: 12 px text on a 16 px line, and a little air. */
  labelRow: 18,
  /** The least gap between two labels in a row. */
  labelGap: 6,
  /** How far a flag's near edge sits from its mark's centre. */
  labelInset: 3,
  /** Horizontal padding inside a label, both sides together. */
  labelPadding: 6,
  /** Between the labels and the marks they name. */
  bandGap: 4,
  /** A leader-term band. */
  termBand: 22,
  /** Padding inside a term band's label, both sides together. */
  termPadding: 8,
  /** A document's diamond, and the air around it in its lane. */
  documentMark: 10,
  documentPad: 4,
} as const;

/** The font the labels are drawn in; measured with the same. */
export const LABEL_FONT_SIZE = 12;
export const TERM_FONT_SIZE = 11;
