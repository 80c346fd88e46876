import { diagnoseStartup } from './startup-diagnosis';

const line = (msg: string, extra: Record<string, unknown> = {}): string => JSON.stringify({ level: 30, service: 'sending-body', ...extra, msg });

describe('diagnoseStartup', () => {
  it('names the next dependency after the last milestone the log shows', () => {
    expect(diagnoseStartup('')).toEqual({ waitingFor: 'MongoDB' });
    expect(diagnoseStartup(line('mongo connected'))).toEqual({ waitingFor: 'RabbitMQ' });
    expect(diagnoseStartup([line('mongo connected'), line('amqp connected')].join('\n'))).toEqual({ waitingFor: 'its own start-up' });
    const listening = [line('mongo connected'), line('amqp connected'), line('sending-body listening on http://127.0.0.1:3001 (API docs: …)')];
    expect(diagnoseStartup(listening.join('\n'))).toEqual({ waitingFor: '/ready' });
  });

  it('lets an error line name its cause, whatever the milestones say', () => {
    const refused = line('sending-body failed to start: connect ECONNREFUSED 127.0.0.1:5672');
    expect(diagnoseStartup([line('mongo connected'), refused].join('\n'))).toEqual({ waitingFor: 'RabbitMQ', evidence: refused });
    const mongo = line('sending-body failed to start: connect ECONNREFUSED 127.0.0.1:27017', { err: { type: 'MongooseServerSelectionError' } });
    expect(diagnoseStartup(mongo)).toMatchObject({ waitingFor: 'MongoDB', evidence: mongo });
    const clash = 'Error: listen EADDRINUSE: address already in use 127.0.0.1:3001';
    expect(diagnoseStartup([line('mongo connected'), line('amqp connected'), clash].join('\n'))).toEqual({ waitingFor: 'port in use', evidence: clash });
    const config = 'Invalid configuration — fix these environment variables and restart:';
    expect(diagnoseStartup(`${config}\n  - PORT: Too big`)).toEqual({ waitingFor: 'configuration', evidence: config });
  });
});
