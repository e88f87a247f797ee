export {};
//# sourceMappingURL=control-input.js.map