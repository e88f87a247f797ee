export declare const SCRUBBED = "***";
export declare function scrubValue(value: unknown): string;
/** Path and query with credential parameters scrubbed (the rest byte for byte as sent). */
export declare function scrubUrl(url: string): string;
export declare function scrubHeaders(headers: Record<string, string>): Record<string, string>;
/** A body with credential fields scrubbed: JSON (any depth) and forms; anything else is kept only if it holds none. */
export declare function scrubBody(text: string, contentType: string | undefined): string;
/** Every credential value an exchange carries where a name says so (headers, query, JSON and form fields). */
export declare function credentialsIn(exchange: {
    request: {
        url: string;
        headers: Record<string, string>;
        body?: string;
    };
    response: {
        headers: Record<string, string>;
        body?: string;
    };
}): string[];
