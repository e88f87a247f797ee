/**
 * The path and query string with credentials masked. Keys are compared decoded and in any case, so
 * `app%73ecret=` and `CorpSecret=` are caught too; a path segment that looks like a token is cut to 4 characters.
 */
export declare function maskQuery(pathname: string, search: URLSearchParams): string;
/** Whether a query, header or body field of this name holds a credential. */
export declare const isCredentialName: (key: string) => boolean;
/** A credential's value as shown: a token by its first 4 characters, anything else not at all. */
export declare const maskedCredential: (key: string, value: string) => string;
/** A path with its token-like segments cut to 4 characters (ids of batches, messages and chats kept). */
export declare function maskPath(pathname: string): string;
/**
 * A JSON or YAML parse error's message without the text it quotes: V8 quotes the start of the document
 * (`Unexpected token 'x', "{"app_secret": …" is not valid JSON`), yaml prints the offending line.
 */
export declare function parseErrorWithoutText(error: Error): string;
