import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { chooseLanguage } from '../i18n/accept-language';
import { ApiError } from './api-error';
import { mapError } from './error-mapper';
import { apiErrorText } from './messages';

/** Last in the chain: every thrown or rejected error leaves as the one error body. */
export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const mapped = mapError(error, chooseLanguage(req.get('accept-language')));
    const log = req.log ?? logger;
    if (mapped.unexpected) {
      // The caller gets a bare INTERNAL; the details stay in our log, with the trace id.
      log.error({ err: error, path: req.path, method: req.method }, 'request failed');
    } else {
      log.info({ code: mapped.body.error.code, status: mapped.status, path: req.path }, 'request refused');
    }
    res.status(mapped.status).json(mapped.body);
  };
}

export const notFoundMiddleware: RequestHandler = (_req, _res, next) =>
  next(new ApiError(404, 'ROUTE.NOT_FOUND', apiErrorText('ROUTE.NOT_FOUND')));
