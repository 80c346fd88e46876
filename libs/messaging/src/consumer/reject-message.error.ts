/**
 * Thrown by a handler for a message that can never succeed (e.g. a transition the law forbids):
 * the consumer dead-letters it at once instead of requeueing it up to the delivery limit.
 * Any other error is treated as transient.
 */
export class RejectMessageError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'RejectMessageError';
  }
}
