/** Reference data: BAS, satuan, provinces and places, standar biaya with the user's overrides. */
export * from "./types";
export * from "./provinces";
export * from "./bas";
export * from "./satuan";
export * from "./places";
export * from "./sbm-items";
export * from "./sbm";
export * from "./sbm-overrides";
export * from "./reference-data";
export { parseCsv, csvRecords } from "./csv";
