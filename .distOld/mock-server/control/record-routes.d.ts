import { Hono } from "hono";
import type { MockState } from "../state/mock-state.js";
import type { ControlInput } from "./control-input.js";
import { type VendorFetch } from "./vendor-calls.js";
export interface RecordRouteDeps {
    state: MockState;
    /** The whole app's fetch: control actions call the vendor routes through it. */
    vendorFetch: VendorFetch;
    input: ControlInput;
}
export declare function recordRoutes({ state, vendorFetch, input }: RecordRouteDeps): Hono;
