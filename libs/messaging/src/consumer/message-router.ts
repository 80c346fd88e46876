import { Refusal, type Envelope, type MessageDefinition, type PayloadOf } from '@sx/contracts';
import type { DeliveryInfo, EnvelopeHandler } from './envelope.consumer';

type TypedHandler<D extends MessageDefinition> = (envelope: Envelope<PayloadOf<D>>, delivery: DeliveryInfo) => Promise<void>;

/** Dispatches by type and version to handlers typed by their message definition. */
export class MessageRouter {
  private readonly routes = new Map<string, EnvelopeHandler>();

  on<D extends MessageDefinition>(def: D, handler: TypedHandler<D>): this {
    const key = `${def.type}@v${def.version}`;
    if (this.routes.has(key)) throw new Error(`a handler for ${key} is already registered`);
    // parseEnvelope already validated the payload against def.payload for this type and version.
    this.routes.set(key, handler as EnvelopeHandler);
    return this;
  }

  readonly handle: EnvelopeHandler = (envelope, delivery) => {
    const handler = this.routes.get(`${envelope.type}@v${envelope.schemaVersion}`);
    if (!handler) {
      const what = `${envelope.type}@v${envelope.schemaVersion}`;
      throw new Refusal('invalid', 'NO_HANDLER', {
        kk: `Бұл хабарлама түрін өңдеуші жоқ: ${what}`,
        ru: `Нет обработчика для сообщения этого типа: ${what}`,
        en: `No handler for this message type: ${what}`,
      });
    }
    return handler(envelope, delivery);
  };
}
