import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);
import {
  gateOutputs,
  writeOutputs
} from "./chunk-M7Z22BEH.js";
import "./chunk-WAFJPT7N.js";
export {
  gateOutputs,
  writeOutputs
};
