// How a journal record is kept as text in the ring. JSON.stringify of the whole record was most of the journal's
// cost per request (issue 11: numbers and a dozen header strings escaped one by one), so a record is written as
// its fields joined by newlines, with only the values a client chooses freely (operation names of stubs, the app,
// the reason, the body) in one small JSON array. Newlines cannot occur in a method, a request URL or a header
// (Node's parser and fetch's Headers refuse them); should one ever be there, the record is kept as plain JSON.
const SEPARATOR = "\n";
export function encodeRecord(record) {
    const { headers } = record;
    let plain = record.url.includes(SEPARATOR) || record.method.includes(SEPARATOR);
    for (let i = 0; !plain && i < headers.length; i++)
        plain = headers[i].includes(SEPARATOR);
    if (plain)
        return JSON.stringify(record);
    const free = JSON.stringify([record.operation ?? null, record.app ?? null, record.reason ?? null, record.body ?? null, "body" in record]);
    let text = `${record.at}\n${record.wall}\n${record.method}\n${record.status}\n${record.ms}\n${record.code ?? ""}\n${free}\n${record.url}`;
    for (let i = 0; i < headers.length; i++)
        text += SEPARATOR + headers[i];
    return text;
}
export function decodeRecord(text) {
    if (text.startsWith("{"))
        return JSON.parse(text);
    const fields = text.split(SEPARATOR);
    const [operation, app, reason, body, hasBody] = JSON.parse(fields[6]);
    const record = {
        at: Number(fields[0]),
        wall: Number(fields[1]),
        method: fields[2],
        url: fields[7],
        headers: fields.slice(8),
        status: Number(fields[3]),
        ms: Number(fields[4]),
    };
    if (hasBody)
        record.body = body;
    if (operation !== null)
        record.operation = operation;
    if (app !== null)
        record.app = app;
    if (fields[5] !== "")
        record.code = Number(fields[5]);
    if (reason !== null)
        record.reason = reason;
    return record;
}
//# sourceMappingURL=journal-codec.js.map