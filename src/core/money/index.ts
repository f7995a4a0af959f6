export * from "./decimal";
export * from "./parse-number";
export * from "./safe-integer";
