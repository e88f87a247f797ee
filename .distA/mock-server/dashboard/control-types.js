export {};
//# sourceMappingURL=control-types.js.map