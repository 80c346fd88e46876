// Every word of the console in the three languages of the exchange; Kazakh is the default (the
// state language, and the Kazakh text of Resolution 755 is the authoritative one).
export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const m = (kk: string, ru: string, en: string): Readonly<Record<Language, string>> => ({ kk, ru, en });

export const MESSAGES = {
  appTitle: m('Іссапарға жіберу алмасуы', 'Обмен по командированию', 'Secondment Exchange'),
  language: m('Тіл', 'Язык', 'Language'),
  signIn: m('Кіру', 'Войти', 'Sign in'),
  signOut: m('Шығу', 'Выйти', 'Sign out'),
  apiKey: m('Мекеменің API кілті', 'API-ключ ведомства', 'Your agency’s API key'),
  apiKeyHint: m('Кілт тек осы қойындыда сақталады және ол жабылғанда жойылады.', 'Ключ хранится только в этой вкладке и удаляется при её закрытии.', 'The key is kept in this tab only and forgotten when it closes.'),
  badKey: m('Кілт қабылданбады', 'Ключ не принят', 'The key was not accepted'),
  myCases: m('Менің істерім', 'Мои дела', 'My cases'),
  approvalInbox: m('Келісуге келгендер', 'На согласование', 'Approval inbox'),
  loading: m('Жүктелуде…', 'Загрузка…', 'Loading…'),
  noCases: m('Іс жоқ', 'Дел нет', 'No cases'),
  procedure: m('Тәртіп', 'Порядок', 'Procedure'),
  status: m('Мәртебе', 'Статус', 'Status'),
  any: m('Барлығы', 'Все', 'All'),
  owed: m('Кімнің кезегі', 'Чья очередь', 'Owed by'),
  owedByMe: m('Менің кезегім', 'За мной', 'Owed by me'),
  owedByOthers: m('Басқалардың кезегі', 'За другими', 'Owed by others'),
  overdue: m('Мерзімі өткен', 'Просрочено', 'Overdue'),
  dueWithin: m('Мерзімі N жұмыс күнінде', 'Срок в течение N рабочих дней', 'Due within N working days'),
  workingDays: m('жұмыс күні', 'раб. дн.', 'working days'),
  reference: m('Тіркеу нөмірі', 'Рег. номер', 'Reference'),
  candidate: m('Кандидат', 'Кандидат', 'Candidate'),
  nextDue: m('Келесі мерзім', 'Ближайший срок', 'Next due'),
  daysLeft: m('Қалған жұмыс күндері', 'Осталось рабочих дней', 'Working days left'),
  open: m('Ашу', 'Открыть', 'Open'),
  timeline: m('Іс барысы', 'Ход дела', 'Timeline'),
  obligations: m('Ашық міндеттемелер', 'Открытые обязательства', 'Open obligations'),
  due: m('Мерзімі', 'Срок', 'Due'),
  rule: m('Норма', 'Норма', 'Rule'),
  documents: m('Құжаттар', 'Документы', 'Documents'),
  download: m('Жүктеп алу', 'Скачать', 'Download'),
  lastSeq: m('Соңғы хабар №', 'Последнее сообщение №', 'Last message seq'),
  parties: m('Тараптар', 'Стороны', 'Parties'),
  date: m('Күні', 'Дата', 'Date'),
  actor: m('Кім', 'Кто', 'Actor'),
  cite: m('Тармақ', 'Пункт', 'Paragraph'),
  messageId: m('Хабар', 'Сообщение', 'Message'),
  traceId: m('Трасса', 'Трасса', 'Trace'),
  trace: m('Трасса', 'Трасса', 'Trace view'),
  traceMissing: m('Jaeger бұл трассаларды сақтамайды', 'Jaeger не хранит эти трассы', 'Jaeger does not hold these traces'),
  linkedFrom: m('байланысты', 'связан с', 'linked to'),
  package: m('Құжаттар топтамасы', 'Пакет документов', 'Package'),
  checks: m('Талаптарға сәйкестігін тексеру', 'Проверка соответствия требованиям', 'Eligibility checks'),
  checksPass: m('Барлық талап орындалды', 'Все требования соблюдены', 'Every condition holds'),
  checksAtSender: m(
    'Жіберуші органның қызметі ұсынысты барлық шарт орындалғанда ғана жібереді; кандидат туралы деректер сонда сақталады',
    'Служба направляющего органа отправляет представление, только если соблюдены все условия; сведения о кандидате хранятся у неё',
    'The sending body’s service submits a proposal only when every condition holds; the candidate’s facts stay with it',
  ),
  agree: m('Келісу', 'Согласовать', 'Agree'),
  refuse: m('Келіспеу', 'Отказать', 'Refuse'),
  decisionRecorded: m('Шешім тіркелді', 'Решение записано', 'Decision recorded'),
  nothingAwaiting: m('Шешіміңізді күтіп тұрған іс жоқ', 'Нет дел, ожидающих вашего решения', 'No case awaits your decision'),
  role_sender: m('Жіберуші орган', 'Направляющий орган', 'Sending body'),
  role_receiver: m('Қабылдаушы ұйым', 'Принимающая организация', 'Receiving organization'),
  role_mfa: m('СІМ', 'МИД', 'MFA'),
  role_approver: m('Келісуші', 'Согласующий', 'Approver'),
  back: m('Артқа', 'Назад', 'Back'),
  error: m('Қате', 'Ошибка', 'Error'),
} as const;
export type MessageKey = keyof typeof MESSAGES;

export function translate(language: Language, key: MessageKey): string {
  return MESSAGES[key][language];
}
