export * from "./directory";
export * from "./requests";
export * from "./statistics";
export * from "./system";
export * from "./transparency";
export * from "./users";
export * from "@/lib/core/values";
