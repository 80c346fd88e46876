import { shareErrorResponses } from './shared-error-responses';

type Doc = Parameters<typeof shareErrorResponses>[0];

const errorBody = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } });
const doc = (notFound: string): Doc => ({
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  components: { schemas: { ErrorBody: { type: 'object' } } },
  paths: {
    '/a': { get: { responses: { 200: { description: 'OK' }, 400: errorBody('Invalid'), 404: errorBody('Not found') } } },
    '/b': { post: { responses: { 201: { description: 'Created' }, 400: errorBody('Invalid'), 404: errorBody(notFound) } } },
  },
}) as Doc;

describe('shareErrorResponses', () => {
  it('says each error response once: the operations refer to components.responses.Error<status>', () => {
    const out = shareErrorResponses(doc('Not found'));
    expect(out.paths?.['/a']?.get?.responses?.['400']).toEqual({ $ref: '#/components/responses/Error400' });
    expect(out.paths?.['/b']?.post?.responses?.['404']).toEqual({ $ref: '#/components/responses/Error404' });
    expect(out.components?.responses).toEqual({ Error400: errorBody('Invalid'), Error404: errorBody('Not found') });
    expect(out.paths?.['/a']?.get?.responses?.['200']).toEqual({ description: 'OK' });
  });

  it('leaves a status inline where operations word it differently', () => {
    const out = shareErrorResponses(doc('No such case'));
    expect(out.paths?.['/a']?.get?.responses?.['404']).toEqual(errorBody('Not found'));
    expect(out.paths?.['/b']?.post?.responses?.['404']).toEqual(errorBody('No such case'));
    expect(Object.keys(out.components?.responses ?? {})).toEqual(['Error400']);
  });
});
