import type { FC } from "hono/jsx";
import type { JSX } from "hono/jsx/jsx-runtime";
import type { AppsView, DirectoryView, OperationsView } from "./control-types.js";
export interface DashboardPageProps {
    nonce: string;
    token?: string;
    parts: Record<string, JSX.Element>;
    catalog: OperationsView;
    apps: AppsView;
    directory: DirectoryView;
}
export declare const DashboardPage: FC<DashboardPageProps>;
