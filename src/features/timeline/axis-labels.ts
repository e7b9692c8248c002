/**
 * Axis labels that read naturally in each language: "1997年11月" in
 * Japanese, "November 1997" in English.
 */
import type { AxisLabelFormatter, AxisScale } from '../../components/vis-timeline/vis-timeline';
import type { Language } from '../../i18n/index';

const LOCALE: Record<Language, string> = { ja: 'ja-JP', en: 'en-GB' };

type Level = 'minor' | 'major';
const FORMATS: Partial<Record<AxisScale, Record<Level, Intl.DateTimeFormatOptions | null>>> = {
  year: { minor: { year: 'numeric' }, major: null },
  month: { minor: { month: 'short' }, major: { year: 'numeric' } },
  week: { minor: { day: 'numeric' }, major: { year: 'numeric', month: 'long' } },
  day: { minor: { day: 'numeric' }, major: { year: 'numeric', month: 'long' } },
  weekday: { minor: { day: 'numeric' }, major: { year: 'numeric', month: 'long' } },
};

export function axisLabelFormatter(language: Language): AxisLabelFormatter {
  const cache = new Map<string, Intl.DateTimeFormat>();
  return (date, scale, level) => {
    const options = FORMATS[scale]?.[level];
    if (!options) return '';
    const key = `${scale}|${level}`;
    let format = cache.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(LOCALE[language], options);
      cache.set(key, format);
    }
    return format.format(date);
  };
}
