import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);
import {
  createActionAdapters,
  createLocalAdapters
} from "./chunk-MZGDNFRW.js";
import "./chunk-SAKSWGIK.js";
import "./chunk-5MUC4V2Q.js";
import "./chunk-U32AF5MY.js";
import "./chunk-AKK5Y3Q6.js";
import "./chunk-XOH7VAPJ.js";
import "./chunk-6POCNX6I.js";
export {
  createActionAdapters,
  createLocalAdapters
};
