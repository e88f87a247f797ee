export {};
//# sourceMappingURL=config-input.js.map