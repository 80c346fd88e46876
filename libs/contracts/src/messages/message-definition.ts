import type { z } from 'zod';
import type { ServiceName } from '../common/service-name.schema';

export interface MessageDefinition<T extends string = string, P extends z.ZodType = z.ZodType> {
  readonly type: T;
  readonly version: number;
  readonly payload: P;
  /** Services allowed to send it; a message from any other is rejected even with a valid signature. */
  readonly from: readonly ServiceName[];
  readonly to: readonly ServiceName[];
  readonly description: string;
}

export type PayloadOf<D extends MessageDefinition> = z.infer<D['payload']>;

export function defineMessage<const T extends string, P extends z.ZodType>(
  def: MessageDefinition<T, P>,
): MessageDefinition<T, P> {
  if (!/^[A-Z][A-Za-z0-9]{1,79}$/.test(def.type)) throw new Error(`message type ${def.type} must be PascalCase`);
  if (!Number.isInteger(def.version) || def.version < 1) throw new Error(`${def.type}: version must be a positive integer`);
  if (def.from.length === 0 || def.to.length === 0) throw new Error(`${def.type}: from and to must not be empty`);
  return Object.freeze({ ...def });
}
