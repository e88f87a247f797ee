// Which operation of the specs a request is, from its method and path alone (the way the vendors' gateways
// route): path templates become patterns, a trailing slash is optional (as the mock's routes are not strict).
import { allOperations, type OperationInfo } from "../operations.js";
import type { Vendor } from "../types.js";

export interface OperationMatch {
  op: OperationInfo;
  /** Path parameters, percent-decoded (a malformed escape is left as it was). */
  path: Record<string, string>;
}

interface Pattern {
  op: OperationInfo;
  regex: RegExp;
  names: string[];
}

let patterns: Pattern[] | undefined;

function compile(): Pattern[] {
  return allOperations().map((op) => {
    const names: string[] = [];
    const body = op.path
      .replace(/\/$/, "")
      .split(/(\{[^}]+\})/)
      .map((part) => {
        const name = /^\{([^}]+)\}$/.exec(part)?.[1];
        if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        names.push(name);
        return "([^/]+)";
      })
      .join("");
    return { op, regex: new RegExp(`^${body}/?$`), names };
  });
}

const decode = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

export function matchOperation(method: string, pathname: string): OperationMatch | undefined {
  patterns ??= compile();
  const lower = method.toLowerCase();
  for (const { op, regex, names } of patterns) {
    if (op.method !== lower) continue;
    const found = regex.exec(pathname);
    if (!found) continue;
    const path: Record<string, string> = {};
    names.forEach((name, i) => (path[name] = decode(found[i + 1]!)));
    return { op, path };
  }
  return undefined;
}

/** The vendor a path belongs to, modelled or not: Feishu's APIs all live under /open-apis/. */
export const vendorOfPath = (pathname: string): Vendor => (pathname.startsWith("/open-apis/") ? "feishu" : "dingtalk");
