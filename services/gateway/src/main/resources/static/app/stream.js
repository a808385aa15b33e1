// The signed-in person's live notifications (GET /api/notifications/stream, Server-Sent Events). Read with fetch, not
// EventSource, because EventSource cannot send the Authorization header. A dropped stream reconnects with the id of
// the last event it saw (Last-Event-ID), so nothing is missed and nothing comes twice.
import { accessToken, refreshSession } from './session.js';

const listeners = new Set();
let controller = null;
let lastEventId = null;
let unreadCount = 0;

/** Calls `listener({notification, unreadCount})` for each new item; returns the function that stops listening. */
export function onNotification(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const unread = () => unreadCount;

/** Sets the unread count from the inbox page (and where the stream should start: the page's streamPosition). */
export function knownUnread(count, streamPosition) {
  unreadCount = count;
  if (streamPosition && !lastEventId) lastEventId = streamPosition;
  listeners.forEach((listener) => listener({ unreadCount }));
}

export function startStream() {
  stopStream();
  controller = new AbortController();
  run(controller.signal);
}

export function stopStream() {
  controller?.abort();
  controller = null;
  lastEventId = null;
}

async function run(signal) {
  let wait = 1000;
  while (!signal.aborted) {
    try {
      const response = await fetch('/api/notifications/stream', {
        headers: {
          Accept: 'text/event-stream',
          Authorization: `Bearer ${accessToken()}`,
          ...(lastEventId ? { 'Last-Event-ID': lastEventId } : {}),
        },
        signal,
      });
      if (response.status === 401) {
        if (!await refreshSession()) return;
        continue;
      }
      if (!response.ok) throw new Error(`stream answered ${response.status}`);
      wait = 1000;
      await readEvents(response.body, signal);
    } catch (failure) {
      if (signal.aborted) return;
    }
    // the stream ended (timeout, a restart, the network): come back, a little later each time it keeps failing
    await new Promise((resume) => setTimeout(resume, wait));
    wait = Math.min(wait * 2, 30000);
  }
}

async function readEvents(body, signal) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  while (!signal.aborted) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end;
    while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
      dispatch(buffer.slice(0, end));
      buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
    }
  }
}

function dispatch(block) {
  let event = 'message';
  let id = null;
  const data = [];
  for (const line of block.split(/\r?\n/)) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const name = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (name === 'event') event = value;
    else if (name === 'id') id = value;
    else if (name === 'data') data.push(value);
  }
  if (id) lastEventId = id;
  if (event !== 'notification' || data.length === 0) return;
  const item = JSON.parse(data.join('\n'));
  unreadCount = item.unreadCount;
  listeners.forEach((listener) => listener(item));
}
