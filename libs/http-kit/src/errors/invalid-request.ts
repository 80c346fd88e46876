import type { LocalizedText } from '../i18n/localized-text';
import { ApiError } from './api-error';
import { apiErrorText } from './messages';

/** One thing wrong with a request, where it is: a part of the request (a header too) and its path. */
export type RequestPart = 'params' | 'query' | 'body' | 'headers';

export interface RequestIssue {
  readonly in: RequestPart;
  readonly path: string;
  readonly code: string;
  /** `text` in the caller's language. */
  readonly message: string;
  readonly text: LocalizedText;
}

export function invalidRequest(issues: readonly RequestIssue[]): ApiError {
  return new ApiError(400, 'REQUEST.INVALID', apiErrorText('REQUEST.INVALID'), { details: { issues } });
}
