import type { OperationInfo } from "../../spec/index.js";
import type { FeishuAppConfig, MockConfig } from "../config.js";
import { VendorError } from "../errors.js";
export declare function scopeRefusal(config: MockConfig, op: OperationInfo, app: FeishuAppConfig, scopes: string[]): VendorError;
