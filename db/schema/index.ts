export * from "./directory";
export * from "./system";
export * from "./users";
export * from "./values";
