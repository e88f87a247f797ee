/** @jsxImportSource hono/jsx */
import type { FC } from "hono/jsx";
import type { AppsView, OperationsView } from "./control-types.js";
/** Every scope the spec names (required, recipient and field scopes), plus any an app holds that it does not. */
export declare function knownScopes(catalog: OperationsView, apps: AppsView): string[];
export declare const AppsPanel: FC<{
    apps: AppsView;
    scopes: string[];
}>;
