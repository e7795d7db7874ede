import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);
import {
  mayHoldLegacyFingerprints,
  runGate
} from "./chunk-ZHZD6AK5.js";
import "./chunk-GWX5UPIH.js";
import "./chunk-AL76HQUA.js";
import "./chunk-NTCRYB3W.js";
import "./chunk-DWEURLI7.js";
import "./chunk-IXNLOB46.js";
import "./chunk-M7Z22BEH.js";
import "./chunk-WAFJPT7N.js";
export {
  mayHoldLegacyFingerprints,
  runGate
};
