import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);
import {
  runGate
} from "./chunk-OIOAMYIC.js";
import "./chunk-MV43272H.js";
import "./chunk-CSXM5WL4.js";
import "./chunk-KHHS2HFC.js";
import "./chunk-ZLFXKX3Y.js";
import "./chunk-M7Z22BEH.js";
import "./chunk-WAFJPT7N.js";
export {
  runGate
};
