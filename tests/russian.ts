/**
 * Russian for test data, until the dataset's own translation lands: a
 * dictionary from a text's English to its Russian, and `withRussian`, which
 * adds `ru` to every `{ ja, en }` text whose English it knows. Used by the
 * unit tests (over tests/fixtures/events.ts) and by the Chromium tests (over
 * the real files in public/data, served through page.route).
 */
export const RUSSIAN: Readonly<Record<string, string>> = {
  // Events (the fixtures' condensed texts and the real files').
  'Japan-Russia Summit Meeting (Tokyo)': 'Японо-российская встреча на высшем уровне (Токио)',
  'Japan-Russia Summit Meeting (Irkutsk)': 'Японо-российская встреча на высшем уровне (Иркутск)',
  'Japan-Russia Foreign Ministers’ Meeting on the Occasion of APEC in Yokohama':
    'Встреча министров иностранных дел Японии и России в ходе саммита АТЭС в Иокогаме',
  Tokyo: 'Токио',
  'Tokyo, Japan': 'Токио, Япония',
  Irkutsk: 'Иркутск',
  'Irkutsk, Russia': 'Иркутск, Россия',
  Yokohama: 'Иокогама',
  'Yokohama, Japan': 'Иокогама, Япония',
  'Moscow, Russia': 'Москва, Россия',
  Moscow: 'Москва',
  'President Yeltsin visited Japan and met Prime Minister Hosokawa. The Tokyo Declaration was signed.':
    'Президент Ельцин посетил Японию и провёл переговоры с премьер-министром Хосокавой. Была подписана Токийская декларация.',
  'Prime Minister Mori and President Putin met in Irkutsk, Russia, and signed the Irkutsk Statement.':
    'Премьер-министр Мори и президент Путин провели переговоры в Иркутске (Россия) и подписали Иркутское заявление.',
  'Prime Minister Mori and President Putin held talks in Irkutsk, Russia, and signed the “Irkutsk Statement”. The Statement sums up the results of the all-out efforts of Japan and Russia towards the conclusion of a peace treaty and forms a new basis for future negotiations.':
    'Премьер-министр Мори и президент Путин провели переговоры в Иркутске (Россия) и подписали Иркутское заявление. Заявление подводит итог усилиям, которые Япония и Россия прилагали для заключения мирного договора, и закладывает новую основу для дальнейших переговоров.',
  'Confirmed that the 1956 Japan-Soviet Joint Declaration is a basic legal document that established the starting point of peace treaty negotiations.':
    'Подтверждено, что Советско-японская декларация 1956 года является основополагающим правовым документом, определившим отправную точку переговоров о мирном договоре.',
  'On that basis, confirmed that a peace treaty should be concluded by resolving the issue of the attribution of the four islands on the basis of the 1993 Tokyo Declaration.':
    'На этой основе подтверждено, что мирный договор должен быть заключён путём решения вопроса о принадлежности четырёх островов на основе Токийской декларации 1993 года.',
  // People and offices.
  'Morihiro Hosokawa': 'Морихиро Хосокава',
  'Tsutomu Hata': 'Цутому Хата',
  'Tomiichi Murayama': 'Томиити Мураяма',
  'Ryutaro Hashimoto': 'Рютаро Хасимото',
  'Keizo Obuchi': 'Кэйдзо Обути',
  'Yoshiro Mori': 'Ёсиро Мори',
  'Junichiro Koizumi': 'Дзюнъитиро Коидзуми',
  'Shinzo Abe': 'Синдзо Абэ',
  'Yasuo Fukuda': 'Ясуо Фукуда',
  'Taro Aso': 'Таро Асо',
  'Yukio Hatoyama': 'Юкио Хатояма',
  'Naoto Kan': 'Наото Кан',
  'Yoshihiko Noda': 'Ёсихико Нода',
  'Seiji Maehara': 'Сэйдзи Маэхара',
  'Boris Yeltsin': 'Борис Ельцин',
  'Vladimir Putin': 'Владимир Путин',
  'Dmitry Medvedev': 'Дмитрий Медведев',
  'Sergey Lavrov': 'Сергей Лавров',
  'Prime Minister': 'Премьер-министр',
  President: 'Президент',
  'Minister for Foreign Affairs': 'Министр иностранных дел',
  'Minister of Foreign Affairs': 'Министр иностранных дел',
  // Documents.
  'Tokyo Declaration on Japan-Russia Relations':
    'Токийская декларация о японо-российских отношениях',
  'Tokyo Declaration': 'Токийская декларация',
  'Irkutsk Statement': 'Иркутское заявление',
  'Japan-Soviet Joint Declaration': 'Советско-японская декларация 1956 года',
  'The first comprehensive document between Japan and Russia.':
    'Первый всеобъемлющий документ между Японией и Россией.',
  // Sources.
  'Cabinet Office': 'Канцелярия кабинета министров Японии',
  'Cabinet Office, Northern Territories Affairs Administration':
    'Канцелярия кабинета министров Японии, Управление по делам Северных территорий',
  'Recent major developments': 'Основные события последних лет',
  'Main developments in recent years': 'Основные события последних лет',
  'Ministry of Foreign Affairs': 'Министерство иностранных дел Японии',
  'Ministry of Foreign Affairs of Japan': 'Министерство иностранных дел Японии',
  'Japan-Russia Summit Meeting in Irkutsk (Outline)':
    'Японо-российская встреча на высшем уровне в Иркутске (краткое изложение)',
};

interface Texts {
  ja: string;
  en: string;
  ru?: string;
}

function isTexts(value: object): value is Texts {
  return (
    'ja' in value && 'en' in value && typeof value.ja === 'string' && typeof value.en === 'string'
  );
}

/**
 * A deep copy with `ru` added to each text whose English the dictionary
 * knows; with `fill`, every other text gets its English as `ru`, so a test
 * of the whole app never meets a blank.
 */
export function withRussian<T>(value: T, { fill = false }: { fill?: boolean } = {}): T {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node !== 'object' || node === null) return node;
    if (isTexts(node)) {
      const ru = node.ru ?? RUSSIAN[node.en] ?? (fill ? node.en : undefined);
      return ru === undefined ? { ...node } : { ...node, ru };
    }
    return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, walk(child)]));
  };
  return walk(value) as T;
}
