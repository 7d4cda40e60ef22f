import { z } from 'zod';
import { events, isEventName, type EventName, type EventPayload } from '../../shared/ipc/contract';
import { CallResultSchema, type CallResult } from '../../shared/ipc/errors';

/**
 * The messages between Electron main and the backend utilityProcess. Pure (no Electron, no
 * Node APIs) so both sides, and the tests, import the same schemas.
 *
 * Two channels carry them:
 * - the parent port (`process.parentPort` / `UtilityProcess.postMessage`): lifecycle only,
 *   `init` (with the MessagePort attached) and `shutdown`;
 * - the MessagePort sent with `init`: requests one way, responses and events the other.
 */

export const InitMessageSchema = z
  .object({
    type: z.literal('init'),
    profileDir: z.string().min(1),
    version: z.string(),
    /** base64 of the 32-byte data key that seals private keys (electron/main/data-key.ts); absent: passphrase mode. */
    dataKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/).optional(),
  })
  .strict();
export type InitMessage = z.infer<typeof InitMessageSchema>;

export const ParentMessageSchema = z.discriminatedUnion('type', [
  InitMessageSchema,
  z.object({ type: z.literal('shutdown') }).strict(),
]);
export type ParentMessage = z.infer<typeof ParentMessageSchema>;

export const RequestMessageSchema = z
  .object({
    id: z.number().int().nonnegative(),
    // Not narrowed to the call table: the backend answers an unknown name with UNKNOWN_CALL,
    // which is better than a request that never gets an answer.
    name: z.string().max(200),
    input: z.unknown(),
  })
  .strict();
export interface RequestMessage {
  id: number;
  name: string;
  input: unknown;
}

export interface ResponseMessage {
  id: number;
  result: CallResult<unknown>;
}

export interface EventMessage<E extends EventName = EventName> {
  event: E;
  payload: EventPayload<E>;
}

export type ChildMessage = ResponseMessage | EventMessage;

const ResponseMessageSchema = z.object({ id: z.number().int().nonnegative(), result: CallResultSchema }).strict();
const EventMessageSchema = z
  .object({ event: z.string().refine(isEventName, { message: 'unknown event' }), payload: z.unknown() })
  .strict();

export function parseParentMessage(data: unknown): ParentMessage | null {
  const parsed = ParentMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

export function parseRequest(data: unknown): RequestMessage | null {
  const parsed = RequestMessageSchema.safeParse(data);
  return parsed.success ? { id: parsed.data.id, name: parsed.data.name, input: parsed.data.input } : null;
}

/**
 * A message from the backend: a response, or an event whose payload matches the contract.
 * Main forwards events to the renderer and reads `settings.changed` itself, so they are checked here.
 */
export function parseChildMessage(data: unknown): ChildMessage | null {
  const response = ResponseMessageSchema.safeParse(data);
  if (response.success) return response.data as ResponseMessage;
  const event = EventMessageSchema.safeParse(data);
  if (!event.success) return null;
  const name = event.data.event as EventName;
  const payload = events[name].safeParse(event.data.payload);
  return payload.success ? ({ event: name, payload: payload.data } as EventMessage) : null;
}

export function isResponse(message: ChildMessage): message is ResponseMessage {
  return 'id' in message;
}

/**
 * The smallest port both sides need. Electron's MessagePortMain and Node's worker_threads
 * MessagePort differ in how a listener receives data (`event.data` vs the value), so each
 * environment adapts its port to this shape in a few lines.
 */
export interface PortLike {
  postMessage(message: unknown): void;
  onMessage(listener: (data: unknown) => void): void;
  onClose(listener: () => void): void;
  close(): void;
}

/** Electron's MessagePortMain, reduced to what we use (typed here so this file needs no Electron import). */
export interface ElectronPortLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  start(): void;
  close(): void;
}

export function fromElectronPort(port: ElectronPortLike): PortLike {
  return {
    postMessage: (message) => port.postMessage(message),
    onMessage: (listener) => void port.on('message', (event) => listener(event.data)),
    onClose: (listener) => void port.on('close', listener),
    close: () => port.close(),
  };
}
