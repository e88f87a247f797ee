// Checking traffic against the specs: one exchange at a time, and the stream of them (the proxy, recordings).
export { ExchangeChecker, RULES } from "./exchange-checker.js";
export { answerInvariants, invariantRules, StreamInvariants } from "./invariants.js";
export { matchOperation, vendorOfPath } from "./match-operation.js";
export { decodeBody, decodeQuery } from "./request-decoding.js";
export { requestProblems } from "./request-problems.js";
export { TrafficReport, rulesOf } from "./traffic-report.js";
//# sourceMappingURL=index.js.map