import { z } from 'zod';
import type { LocalizedText } from './localized-text';

type Issue = z.core.$ZodIssue;

const ru = z.locales.ru().localeError;

const count = (n: unknown, origin: unknown): string =>
  origin === 'string' ? `${String(n)} таңба` : origin === 'array' || origin === 'set' ? `${String(n)} элемент` : String(n);

// zod 4 ships no Kazakh locale: the codes a request can fail with, in Kazakh. An unknown code falls
// back to the Russian text (both official languages of the Republic are understood by every agency).
function kazakh(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'Міндетті өріс толтырылмаған' : `Қате түр: ${issue.expected} күтілді`;
    case 'too_small':
      return `Тым кіші мән: кемінде ${count(issue.minimum, issue.origin)} күтілді`;
    case 'too_big':
      return `Тым үлкен мән: ең көбі ${count(issue.maximum, issue.origin)} күтілді`;
    case 'invalid_format':
      return `Пішімі қате (${issue.format})`;
    case 'invalid_value':
      return `Рұқсат етілмеген мән: ${issue.values.map((v) => JSON.stringify(v)).join(' | ')} күтілді`;
    case 'unrecognized_keys':
      return `Белгісіз өріс: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'Мән рұқсат етілген нұсқалардың ешқайсысына сәйкес келмейді';
    case 'invalid_key':
    case 'invalid_element':
      return 'Кілт немесе элемент қате';
    case 'not_multiple_of':
      return `Мән ${String(issue.divisor)} еселігі болуы тиіс`;
    case 'custom':
      return 'Мән талапқа сәйкес келмейді';
    default:
      return undefined;
  }
}

const text = (message: string | { message: string } | undefined | null): string | undefined =>
  typeof message === 'string' ? message : (message?.message ?? undefined);

/** A zod issue in kk/ru/en: English is the schema's own message; Russian zod's locale; Kazakh ours. */
export function issueText(issue: Issue): LocalizedText {
  const russian = text(ru(issue as never)) ?? issue.message;
  return { kk: kazakh(issue) ?? russian, ru: russian, en: issue.message };
}
