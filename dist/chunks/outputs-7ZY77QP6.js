import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);
import {
  gateOutputs,
  writeOutputs
} from "./chunk-6HSN7NF2.js";
import "./chunk-6POCNX6I.js";
export {
  gateOutputs,
  writeOutputs
};
