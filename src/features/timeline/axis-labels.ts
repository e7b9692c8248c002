/**
 * Axis labels that read naturally in each language: "1997年11月" in
 * Japanese, "November 1997" in English, "ноябрь 1997 г." in Russian.
 */
import type { AxisLabelFormatter, AxisScale } from '../../components/vis-timeline/vis-timeline';
import type { Language } from '../../i18n/index';
import { russianMonth } from '../../lib/dates';

const LOCALE: Record<Exclude<Language, 'ru'>, string> = { ja: 'ja-JP', en: 'en-GB' };

/** The short months of Russian dictionaries, nominative: "нояб.", "май". */
const RU_SHORT_MONTHS = [
  'янв.',
  'февр.',
  'март',
  'апр.',
  'май',
  'июнь',
  'июль',
  'авг.',
  'сент.',
  'окт.',
  'нояб.',
  'дек.',
] as const;

/** Written out, like Russian dates (see lib/dates.ts), so every ICU gives the same axis. */
function russianLabel(date: Date, scale: AxisScale, level: Level): string {
  const year = String(date.getFullYear());
  const month = date.getMonth();
  switch (`${scale}|${level}`) {
    case 'year|minor':
    case 'month|major':
      return year;
    case 'month|minor':
      return RU_SHORT_MONTHS[month] ?? '';
    case 'week|minor':
    case 'day|minor':
    case 'weekday|minor':
      return String(date.getDate());
    case 'week|major':
    case 'day|major':
    case 'weekday|major':
      return `${russianMonth(month + 1, false)} ${year}\u00a0г.`;
    default:
      return '';
  }
}

type Level = 'minor' | 'major';
const FORMATS: Partial<Record<AxisScale, Record<Level, Intl.DateTimeFormatOptions | null>>> = {
  year: { minor: { year: 'numeric' }, major: null },
  month: { minor: { month: 'short' }, major: { year: 'numeric' } },
  week: { minor: { day: 'numeric' }, major: { year: 'numeric', month: 'long' } },
  day: { minor: { day: 'numeric' }, major: { year: 'numeric', month: 'long' } },
  weekday: { minor: { day: 'numeric' }, major: { year: 'numeric', month: 'long' } },
};

export function axisLabelFormatter(language: Language): AxisLabelFormatter {
  if (language === 'ru') return russianLabel;
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
