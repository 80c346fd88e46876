import { z } from 'zod';
import type { RequestIssue, RequestPart } from '../errors/invalid-request';
import type { Language, LocalizedText } from '../i18n/localized-text';
import { issueText } from '../i18n/issue-text';

/**
 * Keys beginning with `$` are MongoDB operators: a `{"$ne": null}` that reaches a filter turns a
 * lookup into "match anything". Rejected everywhere, whatever the schema says. Walks with its own
 * stack (no recursion), so a deep value cannot overflow ours; the JSON parser limits depth first.
 */
export function operatorKeyPaths(value: unknown): string[] {
  const found: string[] = [];
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  const join = (path: string, key: string | number): string => (path === '' ? String(key) : `${path}.${key}`);
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const current = next.value;
    if (Array.isArray(current)) current.forEach((v, i) => stack.push({ value: v, path: join(next.path, i) }));
    else if (typeof current === 'object' && current !== null) {
      for (const [key, v] of Object.entries(current)) {
        if (key.startsWith('$')) found.push(join(next.path, key));
        stack.push({ value: v, path: join(next.path, key) });
      }
    }
  }
  return found;
}

/** Top-level objects become strict: an unknown key is a mistake or a probe, never ignored. */
export const strict = <S extends z.ZodType>(schema: S): z.ZodType =>
  schema instanceof z.ZodObject ? schema.strict() : schema;

const OPERATOR_KEY: LocalizedText = {
  kk: '"$" белгісінен басталатын кілттерге рұқсат жоқ',
  ru: 'Ключи, начинающиеся с "$", не допускаются',
  en: 'keys starting with "$" are not allowed',
};

const UNPARSEABLE: LocalizedText = {
  kk: 'Мәнді тексеру мүмкін болмады',
  ru: 'Значение не удалось проверить',
  en: 'the value could not be checked',
};

const issue = (part: RequestPart, path: string, code: string, text: LocalizedText, language: Language): RequestIssue => ({
  in: part, path, code, message: text[language], text,
});

/** Parses one part of the request (schema already `strict`), collecting issues instead of throwing on the first. */
export function parsePart(part: RequestPart, schema: z.ZodType | undefined, value: unknown, issues: RequestIssue[], language: Language = 'en'): unknown {
  if (!schema) return undefined;
  const operators = operatorKeyPaths(value);
  for (const path of operators) issues.push(issue(part, path, 'operator_key', OPERATOR_KEY, language));
  let parsed: z.ZodSafeParseResult<unknown>;
  try {
    // reportInput lets the locales name what was received; inputs never leave in the response.
    parsed = schema.safeParse(value, { reportInput: true });
  } catch {
    // A refinement that throws on a caller's value is still the caller's value: 400, never 500.
    issues.push(issue(part, '', 'unparseable', UNPARSEABLE, language));
    return undefined;
  }
  if (!parsed.success) {
    for (const i of parsed.error.issues) issues.push(issue(part, i.path.map(String).join('.'), i.code, issueText(i), language));
    return undefined;
  }
  return operators.length ? undefined : parsed.data;
}
