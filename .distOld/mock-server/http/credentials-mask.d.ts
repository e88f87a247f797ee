/** A query, header or body field's value as shown: keys are compared in any case. */
export declare function maskedValue(key: string, value: string): string;
export declare function maskedParams(search: URLSearchParams): Record<string, string>;
export declare function maskedHeaders(headers: Headers): Record<string, string>;
/** A decoded body with its credential fields masked, at any depth; the original is left alone. */
export declare function maskedBody(body: unknown, depth?: number): unknown;
/** An already-masked query back on its path, as a log shows it (masked values as they are, others encoded). */
export declare function pathWithMaskedQuery(pathname: string, query: Record<string, string>): string;
