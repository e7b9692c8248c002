/**
 * Text widths for the label layout, measured with the font the page draws
 * in. Browsers measure exactly (OffscreenCanvas); jsdom has no canvas, so
 * tests get an estimate from the characters (a CJK character is about one em,
 * Latin about half).
 */
export type MeasureText = (text: string) => number;

function estimate(text: string, size: number): number {
  let width = 0;
  for (const character of text) {
    width += /[\u3000-\u9fff\uff00-\uffef]/u.test(character) ? size : size * 0.56;
  }
  return width;
}

export function createTextMeasure(size: number, family: string): MeasureText {
  const cache = new Map<string, number>();
  const context =
    typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  if (context) context.font = `${size}px ${family}`;
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      // Rounded up: a label a fraction too wide is safe, too narrow overlaps.
      width = Math.ceil(context ? context.measureText(text).width : estimate(text, size));
      cache.set(text, width);
    }
    return width;
  };
}
