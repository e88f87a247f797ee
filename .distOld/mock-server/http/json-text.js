// A response body already serialised: a handler returns one when it has the JSON text at hand (e.g. a cached page
// of read receipts), sparing a JSON.stringify of a large answer on a hot path. `value` parses it back on demand
// (for the self-check and the log), so nothing downstream needs to know.
export class JsonText {
    text;
    parsed;
    constructor(text) {
        this.text = text;
    }
    get value() {
        this.parsed ??= JSON.parse(this.text);
        return this.parsed;
    }
}
//# sourceMappingURL=json-text.js.map