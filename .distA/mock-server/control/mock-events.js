export class MockEvents {
    controlListeners = new Set();
    streamClosers = new Set();
    onControlChange(listener) {
        this.controlListeners.add(listener);
        return () => this.controlListeners.delete(listener);
    }
    controlChanged(change) {
        for (const listener of this.controlListeners)
            listener(change);
    }
    /** An open stream registers how to end it; the returned function unregisters it. */
    openStream(close) {
        this.streamClosers.add(close);
        return () => this.streamClosers.delete(close);
    }
    get openStreams() {
        return this.streamClosers.size;
    }
    /** Ends every open stream (the server is closing). */
    closeStreams() {
        for (const close of [...this.streamClosers])
            close();
        this.streamClosers.clear();
    }
}
/** After every control call that may have changed something (not a GET) and succeeded, tells the listeners. */
export function announceControlChanges(events) {
    return async (c, next) => {
        await next();
        if (c.req.method !== "GET" && c.res.status < 400) {
            events.controlChanged({ method: c.req.method, path: c.req.path, status: c.res.status });
        }
    };
}
//# sourceMappingURL=mock-events.js.map