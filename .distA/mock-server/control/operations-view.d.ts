export declare function operationsView(): {
    operations: {
        field_scopes?: string[] | undefined;
        recipient_scopes?: string[] | undefined;
        operation: string;
        vendor: import("../../spec/types.js").Vendor;
        method: string;
        path: string;
        summary: string;
        authenticated: boolean;
        error_codes: {
            code: number;
            http_status: number;
            msg: string;
        }[];
        required_scopes: string[];
    }[];
    /** What a fault rule may answer besides a documented code. */
    fault_http_statuses: number[];
    fault_max_delay_ms: number;
};
