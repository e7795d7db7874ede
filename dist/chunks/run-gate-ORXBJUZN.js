import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);
import {
  runGate
} from "./chunk-2NFHNOZZ.js";
import "./chunk-MV43272H.js";
import "./chunk-QT2HL7Y6.js";
import "./chunk-M5HDD62I.js";
import "./chunk-ZLFXKX3Y.js";
import "./chunk-M7Z22BEH.js";
import "./chunk-WAFJPT7N.js";
export {
  runGate
};
