export interface SseEvent {
  id: string | null;
  event: string;
  data: string;
}

/**
 * Reads a text/event-stream with real fetch until `count` events of type `event` arrived (or the
 * stream ends), then hangs up. Parses the wire format itself: fields per line, events per blank line.
 */
export async function readSse(url: string, headers: Record<string, string>, count: number, event = 'receipt'): Promise<{ status: number; events: SseEvent[] }> {
  const controller = new AbortController();
  const res = await fetch(url, { headers, signal: controller.signal });
  const events: SseEvent[] = [];
  if (!res.body || res.status !== 200) return { status: res.status, events };
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    while (events.length < count) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const parsed: SseEvent = { id: null, event: 'message', data: '' };
        let hasData = false;
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) continue;
          const [field, ...rest] = line.split(':');
          const text = rest.join(':').replace(/^ /, '');
          if (field === 'id') parsed.id = text;
          else if (field === 'event') parsed.event = text;
          else if (field === 'data') {
            parsed.data += (hasData ? '\n' : '') + text;
            hasData = true;
          }
        }
        if (hasData && parsed.event === event) events.push(parsed);
      }
    }
  } finally {
    controller.abort();
    await reader.cancel().catch(() => undefined);
  }
  return { status: res.status, events };
}
