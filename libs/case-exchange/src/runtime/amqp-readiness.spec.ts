import { trackAmqpConnection } from './amqp-readiness';

describe('AMQP readiness', () => {
  it('follows the connection events the messaging lib logs, and still forwards every line', () => {
    const lines: string[] = [];
    const sink = { info: (_: object, m?: string) => void lines.push(m ?? ''), warn: (_: object, m?: string) => void lines.push(m ?? ''), error: (_: object, m?: string) => void lines.push(m ?? '') };
    const state = trackAmqpConnection(sink);
    expect(state.connected()).toBe(true);
    state.logger.warn({}, 'amqp disconnected; reconnecting');
    expect(state.connected()).toBe(false);
    state.logger.info({}, 'consumer started');
    expect(state.connected()).toBe(false);
    state.logger.info({}, 'amqp connected');
    expect(state.connected()).toBe(true);
    expect(lines).toEqual(['amqp disconnected; reconnecting', 'consumer started', 'amqp connected']);
  });
});
