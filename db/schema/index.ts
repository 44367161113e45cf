export * from "./desk";
export * from "./directory";
export * from "./evaluations";
export * from "./requests";
export * from "./services";
export * from "./system";
export * from "./users";
export * from "@/lib/core/values";
