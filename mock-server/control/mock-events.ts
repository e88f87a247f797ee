// The app's own announcements for the /__mock/events stream: control calls that changed something, and the
// streams open now (so a server shutting down can end them instead of waiting on them). Record changes come from
// the state (MockState.onRecordChange), requests from the request journal.
import type { MiddlewareHandler } from "hono";

export interface ControlChange {
  method: string;
  path: string;
  status: number;
}

export class MockEvents {
  private readonly controlListeners = new Set<(change: ControlChange) => void>();
  private readonly streamClosers = new Set<() => void>();

  onControlChange(listener: (change: ControlChange) => void): () => void {
    this.controlListeners.add(listener);
    return () => this.controlListeners.delete(listener);
  }

  controlChanged(change: ControlChange): void {
    for (const listener of this.controlListeners) listener(change);
  }

  /** An open stream registers how to end it; the returned function unregisters it. */
  openStream(close: () => void): () => void {
    this.streamClosers.add(close);
    return () => this.streamClosers.delete(close);
  }

  get openStreams(): number {
    return this.streamClosers.size;
  }

  /** Ends every open stream (the server is closing). */
  closeStreams(): void {
    for (const close of [...this.streamClosers]) close();
    this.streamClosers.clear();
  }
}

/** After every control call that may have changed something (not a GET) and succeeded, tells the listeners. */
export function announceControlChanges(events: MockEvents): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.req.method !== "GET" && c.res.status < 400) {
      events.controlChanged({ method: c.req.method, path: c.req.path, status: c.res.status });
    }
  };
}
