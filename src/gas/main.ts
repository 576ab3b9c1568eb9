/**
 * The only file that exposes top-level functions to Apps Script (scripts/build.ts writes a real
 * `function NAME(...)` declaration for every export here). Modules compute; this file only wires.
 */
export { CAPAIAN, EFISIENSI, KRITERIA } from "../core/functions";
export { api } from "./endpoints";
export { onInstall, onOpen, showSidebar } from "./menu";
