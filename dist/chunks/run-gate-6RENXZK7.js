import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);
import {
  mayHoldLegacyFingerprints,
  runGate
} from "./chunk-EMTLG6XQ.js";
import "./chunk-W5LZYXKR.js";
import "./chunk-M7Z22BEH.js";
import "./chunk-GWX5UPIH.js";
import "./chunk-AL76HQUA.js";
import "./chunk-MRMBNSTT.js";
import "./chunk-IXNLOB46.js";
import "./chunk-YOVDTCOF.js";
import "./chunk-WAFJPT7N.js";
export {
  mayHoldLegacyFingerprints,
  runGate
};
