export interface TemplateScope {
    path: Record<string, string>;
    query: Record<string, string>;
    body: unknown;
    app?: string;
    now: number;
    count: number;
    hex: (length: number) => string;
    logId: () => string;
    requestId: () => string;
}
/** The answer with its placeholders filled, at any depth (keys are left as written). */
export declare function renderTemplate(value: unknown, scope: TemplateScope, depth?: number): unknown;
