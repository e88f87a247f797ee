// Reads the state file's lines from bytes: each line parsed and checked against its schema, any problem said
// with the file, the line and the path inside it. Parse errors never quote the text (it holds secrets).
import { fromLegacy, LEGACY_FORMAT, STATE_FORMAT } from "./state-lines.js";
import { checkLine, StateFileError } from "./state-schema.js";
import { nestsDeeperThan } from "../../spec/traffic/json-depth.js";
/** Lines of a buffer, with the offset after each; the last one without its newline is `partial`. */
function* lines(bytes) {
    let start = 0;
    let number = 0;
    while (start < bytes.byteLength) {
        const newline = bytes.indexOf(10, start);
        const end = newline === -1 ? bytes.byteLength : newline + 1;
        number += 1;
        const text = bytes.toString("utf8", start, newline === -1 ? end : newline);
        if (text.trim() !== "")
            yield { text, end, partial: newline === -1, number };
        start = end;
    }
}
function parse(text, where) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new StateFileError(`${where} is not valid JSON`);
    }
    if (nestsDeeperThan(value, 20))
        throw new StateFileError(`${where} nests deeper than any state file does`);
    return value;
}
export function readState(bytes, path) {
    const prefix = `cannot read the state file ${path}`;
    const all = lines(bytes);
    const first = all.next();
    if (first.done)
        throw new StateFileError(`${prefix}: it is empty`);
    const head = parse(first.value.text, `${prefix}: line 1`);
    if (head?.format === LEGACY_FORMAT) {
        checkLine("legacy", head, `${prefix}: line 1`);
        return fromLegacy(head);
    }
    if (head?.format !== STATE_FORMAT)
        throw new StateFileError(`${prefix}: not a state file of this mock (format ${JSON.stringify(String(head?.format)).slice(0, 60)})`);
    checkLine("header", head, `${prefix}: line 1`);
    const records = [];
    for (const line of all) {
        const where = `${prefix}: line ${line.number}`;
        const value = parse(line.text, where);
        checkLine("record", value, where);
        records.push(value);
    }
    return { header: head, records };
}
/** A journal's lines; a last line cut short (a kill mid-write) is left out, and `validBytes` ends before it. */
export function readJournal(bytes, path) {
    const out = [];
    let validBytes = 0;
    for (const line of lines(bytes)) {
        const where = `cannot read the state journal ${path}: line ${line.number}`;
        let value;
        try {
            value = parse(line.text, where);
        }
        catch (error) {
            if (line.partial)
                break;
            throw error;
        }
        checkLine("journal", value, where);
        out.push(value);
        validBytes = line.end;
    }
    return { lines: out, validBytes };
}
//# sourceMappingURL=state-reader.js.map