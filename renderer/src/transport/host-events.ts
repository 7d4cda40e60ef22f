import type { EventSubscribe } from '../../../shared/ipc/api';
import { events, isEventName, type EventName, type EventPayload } from '../../../shared/ipc/contract';
import type { ConnectionListener } from './connection';

type AnyHandler = (payload: unknown) => void;

const FIRST_RETRY_MS = 500;
const LONGEST_RETRY_MS = 10_000;

/**
 * Backend events over one WebSocket. When it drops (the host restarted, the laptop slept) it
 * reconnects with exponential backoff; listeners hear about the gap so views can reload what
 * they may have missed.
 */
export class HostEventSocket {
  private readonly handlers = new Map<EventName, Set<AnyHandler>>();
  private readonly connectionListeners = new Set<ConnectionListener>();
  private socket: WebSocket | null = null;
  private retryMs = FIRST_RETRY_MS;
  private online = false;

  constructor(private readonly token: string) {}

  start(): void {
    this.connect();
  }

  readonly subscribe: EventSubscribe = <E extends EventName>(event: E, handler: (payload: EventPayload<E>) => void) => {
    const set = this.handlers.get(event) ?? new Set<AnyHandler>();
    this.handlers.set(event, set);
    const anyHandler = handler as AnyHandler;
    set.add(anyHandler);
    return () => {
      set.delete(anyHandler);
    };
  };

  onConnectionChange(listener: ConnectionListener): () => void {
    this.connectionListeners.add(listener);
    return () => {
      this.connectionListeners.delete(listener);
    };
  }

  isOnline(): boolean {
    return this.online;
  }

  private connect(): void {
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    const url = `${scheme}://${window.location.host}/api/events?token=${encodeURIComponent(this.token)}`;
    const socket = new WebSocket(url);
    this.socket = socket;
    socket.addEventListener('open', () => {
      this.retryMs = FIRST_RETRY_MS;
      this.setOnline(true);
    });
    socket.addEventListener('message', (message) => this.dispatch(message.data));
    socket.addEventListener('close', () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.setOnline(false);
      window.setTimeout(() => this.connect(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, LONGEST_RETRY_MS);
    });
  }

  private setOnline(online: boolean): void {
    if (this.online === online) return;
    this.online = online;
    for (const listener of this.connectionListeners) listener(online);
  }

  private dispatch(data: unknown): void {
    if (typeof data !== 'string') return;
    let message: unknown;
    try {
      message = JSON.parse(data);
    } catch {
      return;
    }
    if (typeof message !== 'object' || message === null) return;
    const { event, payload } = message as { event?: unknown; payload?: unknown };
    if (typeof event !== 'string' || !isEventName(event)) return;
    const parsed = events[event].safeParse(payload);
    if (!parsed.success) return;
    for (const handler of this.handlers.get(event) ?? []) handler(parsed.data);
  }
}
