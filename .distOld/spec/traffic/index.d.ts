export { ExchangeChecker, RULES, type ObservedExchange, type Rule, type Verdict, type Violation } from "./exchange-checker.js";
export { answerInvariants, invariantRules, StreamInvariants, type AnsweredExchange, type InvariantFinding, type InvariantRule } from "./invariants.js";
export { matchOperation, vendorOfPath, type OperationMatch } from "./match-operation.js";
export { decodeBody, decodeQuery } from "./request-decoding.js";
export { requestProblems, type DecodedRequest } from "./request-problems.js";
export { TrafficReport, rulesOf, type FailOn, type OperationTally, type TrafficReportJson } from "./traffic-report.js";
