import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);
import {
  runGate
} from "./chunk-GAOJHNKW.js";
import "./chunk-7M45DFKO.js";
import "./chunk-N7IENECS.js";
import "./chunk-AKK5Y3Q6.js";
import "./chunk-XOH7VAPJ.js";
import "./chunk-6HSN7NF2.js";
import "./chunk-6POCNX6I.js";
export {
  runGate
};
