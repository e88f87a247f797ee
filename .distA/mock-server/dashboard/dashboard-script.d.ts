export declare const DASHBOARD_SCRIPT: string;
