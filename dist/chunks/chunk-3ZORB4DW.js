import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);
import {
  CORE_SCHEMA,
  SCANNER_IDS,
  YAMLException,
  isScannerId,
  lineFor,
  load,
  toPolicyRules,
  yamlLineMap
} from "./chunk-7M45DFKO.js";
import {
  require_picomatch
} from "./chunk-AKK5Y3Q6.js";
import {
  ConfigError
} from "./chunk-XOH7VAPJ.js";
import {
  __commonJS,
  __toESM
} from "./chunk-6POCNX6I.js";

// ../../main/node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "../../main/node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// ../../main/node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "../../main/node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// src/config/load-config.ts
import { existsSync as existsSync2, statSync as statSync2 } from "node:fs";
import path2 from "node:path";

// src/policy/build-policy.ts
var PRESET_FAIL_ON = {
  "zero-tolerance": "any",
  strict: "medium",
  standard: "high"
};
function checkZeroTolerance(o) {
  const rules = o.rules;
  const problems = [];
  if (o.failOn !== void 0 && o.failOn !== "any") problems.push(`fail-on is "${o.failOn}" (must be any)`);
  if (o.failOnScannerError === false) problems.push("fail-on-scanner-error is false");
  if ((rules?.ignores.length ?? 0) > 0) problems.push(`${rules?.ignores.length} ignore(s) are listed`);
  if (rules?.ignoreUnfixed) problems.push("ignore-unfixed is true");
  if (rules?.nativeIgnores === true) problems.push("native-ignores is true");
  const relaxed = [...Object.entries(rules?.failOnByScanner ?? {}), ...Object.entries(rules?.failOnByCategory ?? {})].filter(([, t]) => t !== "any").map(([k, t]) => `${k}: ${t}`);
  if (relaxed.length > 0) problems.push(`per-scanner/category thresholds relax it (${relaxed.join(", ")})`);
  if (problems.length > 0) {
    throw new ConfigError(
      `${o.source}: preset zero-tolerance allows no exceptions or overrides, but ${problems.join("; ")}. Remove them, or choose preset strict or standard.`
    );
  }
}
function buildPolicy(o) {
  const rules = o.rules;
  const preset = rules?.preset;
  if (preset === "zero-tolerance") checkZeroTolerance(o);
  const zero = preset === "zero-tolerance";
  const failOn = o.failOn ?? (preset ? PRESET_FAIL_ON[preset] : "high");
  const failOnSource = o.failOn !== void 0 ? o.failOnSource ?? "fail-on" : preset ? `preset ${preset}` : "default";
  return {
    preset,
    failOn,
    failOnSource,
    scannerFailOn: rules?.failOnByScanner ?? {},
    categoryFailOn: rules?.failOnByCategory ?? {},
    ignoreUnfixed: rules?.ignoreUnfixed ?? false,
    ignores: rules?.ignores ?? [],
    allowIgnores: zero ? false : rules?.allowIgnores ?? true,
    allowNativeIgnores: zero ? false : rules?.nativeIgnores ?? true,
    sla: rules?.sla ?? {},
    slaBlocks: rules?.slaBlocks ?? false,
    scanLicenses: rules?.licenses ?? false,
    secretSeverity: rules?.secretSeverity ?? "high",
    trufflehog: { verified: "critical", unknown: "high", unverified: "medium", ...rules?.trufflehog },
    failOnScannerError: o.failOnScannerError ?? true,
    ruleSources: rules?.sources ?? {}
  };
}

// src/config/input-parsers.ts
var import_picomatch = __toESM(require_picomatch(), 1);

// src/config/types.ts
var THRESHOLDS = ["critical", "high", "medium", "low", "any", "none"];

// src/config/input-parsers.ts
function splitList(value) {
  return value.split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== "" && !s.startsWith("#"));
}
function oneOf(name, value, allowed) {
  const v = value.trim().toLowerCase();
  if (allowed.includes(v)) return v;
  throw new ConfigError(`Input \`${name}\` has an invalid value "${value}". Allowed values: ${allowed.join(", ")}.`);
}
function parseThreshold(name, value) {
  return oneOf(name, value, THRESHOLDS);
}
function parseTristate(name, value) {
  return oneOf(name, value, ["auto", "true", "false"]);
}
function parseMode(name, value) {
  return oneOf(name, value, ["all", "new"]);
}
function parseBoolean(name, value) {
  if (["true", "True", "TRUE"].includes(value.trim())) return true;
  if (["false", "False", "FALSE"].includes(value.trim())) return false;
  throw new ConfigError(`Input \`${name}\` must be a boolean: true or false (got "${value}").`);
}
function parseScanners(name, value) {
  const items = splitList(value).map((s) => s.toLowerCase());
  if (items.length === 0 || items.length === 1 && items[0] === "auto") return "auto";
  const unknown = items.filter((s) => !isScannerId(s) && s !== "auto");
  if (unknown.length > 0 || items.includes("auto")) {
    const bad = unknown.length > 0 ? `unknown scanner "${unknown.join('", "')}"` : '"auto" cannot be combined with a list';
    throw new ConfigError(`Input \`${name}\`: ${bad}. Allowed: auto, or a list of ${SCANNER_IDS.join(", ")}.`);
  }
  return [...new Set(items)];
}
var VERSION_PATTERN = /^v?\d+(\.\d+){0,3}([-+][0-9A-Za-z.-]+)?$/;
function parseVersions(name, value) {
  const out = {};
  for (const item of splitList(value)) {
    const match = /^([a-z-]+)\s*=\s*(\S+)$/.exec(item);
    if (!match) {
      throw new ConfigError(
        `Input \`${name}\`: "${item}" is not of the form id=version (e.g. trivy=0.58.1) or id=path (use the binary on PATH).`
      );
    }
    const [, id = "", version = ""] = match;
    if (!isScannerId(id) || id === "sarif") {
      throw new ConfigError(
        `Input \`${name}\`: unknown scanner "${id}". Allowed: ${SCANNER_IDS.filter((s) => s !== "sarif").join(", ")}.`
      );
    }
    if (version !== "path" && !VERSION_PATTERN.test(version)) {
      throw new ConfigError(`Input \`${name}\`: "${version}" for ${id} is not a version (x.y.z) or "path".`);
    }
    out[id] = version === "path" ? "path" : version.replace(/^v/, "");
  }
  return out;
}
var DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/;
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
function parseDuration(name, value) {
  const match = DURATION.exec(value.trim());
  const ms = match ? Number(match[1]) * (UNIT_MS[match[2] ?? "s"] ?? 1e3) : Number.NaN;
  if (!Number.isFinite(ms) || ms <= 0) {
    throw new ConfigError(`Input \`${name}\` must be a positive duration such as 15m, 90s or 1h (got "${value}").`);
  }
  return ms;
}
function parseGlobs(name, value) {
  const globs = splitList(value);
  for (const glob of globs) {
    try {
      import_picomatch.default.makeRe(glob, { strictBrackets: true });
    } catch (error) {
      throw new ConfigError(`Input \`${name}\`: "${glob}" is not a valid glob (${error.message}).`);
    }
    if (/[[{(]/.test(glob) && !balanced(glob)) {
      throw new ConfigError(`Input \`${name}\`: "${glob}" is not a valid glob (unbalanced brackets or braces).`);
    }
  }
  return globs;
}
function balanced(glob) {
  const pairs = { "]": "[", "}": "{", ")": "(" };
  const stack = [];
  for (const ch of glob) {
    if (ch === "[" || ch === "{" || ch === "(") stack.push(ch);
    else if (ch in pairs && stack.pop() !== pairs[ch]) return false;
  }
  return stack.length === 0;
}
function parseUrl(name, value) {
  try {
    const url = new URL(value.trim());
    if (url.protocol === "https:" || url.protocol === "http:") return url.toString().replace(/\/+$/, "");
  } catch {
  }
  throw new ConfigError(
    `Input \`${name}\` must be an http(s) URL such as https://mirror.example/github (got "${value}").`
  );
}

// src/config/policy-file.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// src/config/policy.schema.json
var policy_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/scan-gate/scan-gate/blob/main/src/config/policy.schema.json",
  title: "scan-gate policy file",
  description: "The repository's security policy as scan-gate enforces it (.github/scan-gate.yml). Every action input may also be set here; an input given in the workflow wins.",
  type: "object",
  additionalProperties: false,
  required: ["version"],
  properties: {
    version: {
      const: 1,
      description: "Policy file format version. Always 1."
    },
    preset: {
      enum: ["zero-tolerance", "strict", "standard"],
      description: "zero-tolerance: every finding of every severity blocks (unknown included), ignores and fail-on-scanner-error: false are refused, inline/native suppressions do not apply. strict: fail-on medium. standard: fail-on high. Explicit settings refine a preset."
    },
    scanners: {
      description: "Scanners to run (list of ids) or auto.",
      oneOf: [
        {
          type: "string"
        },
        {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          }
        }
      ]
    },
    path: {
      type: "string",
      description: "Directory to scan, relative to the workspace."
    },
    images: {
      description: "Container image references to scan.",
      oneOf: [
        {
          type: "string"
        },
        {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          }
        }
      ]
    },
    "fail-on": {
      enum: ["critical", "high", "medium", "low", "any", "none"],
      description: "Lowest severity that fails the check. any includes unknown; none never fails on findings."
    },
    mode: {
      enum: ["all", "new"],
      description: "all: every finding counts; new: only findings absent from the base branch baseline can block."
    },
    "upload-sarif": {
      description: "Upload SARIF to code scanning: auto, true or false.",
      oneOf: [
        {
          type: "boolean"
        },
        {
          enum: ["auto", "true", "false"]
        }
      ]
    },
    comment: {
      description: "Sticky PR comment: auto, true or false.",
      oneOf: [
        {
          type: "boolean"
        },
        {
          enum: ["auto", "true", "false"]
        }
      ]
    },
    summary: {
      type: "boolean",
      description: "Write the job summary."
    },
    issue: {
      description: "Tracking issue on scheduled runs: auto, true or false.",
      oneOf: [
        {
          type: "boolean"
        },
        {
          enum: ["auto", "true", "false"]
        }
      ]
    },
    versions: {
      type: "object",
      description: "Scanner version overrides: id: x.y.z or id: path.",
      propertyNames: {
        enum: ["trivy", "gitleaks", "trufflehog", "osv-scanner", "grype", "pip-audit", "bandit", "checkov"]
      },
      additionalProperties: {
        type: ["string", "number"]
      }
    },
    "tool-mirror": {
      type: "string",
      format: "uri",
      description: "Base URL replacing https://github.com in release downloads."
    },
    cache: {
      type: "boolean",
      description: "Cache scanner binaries and databases across runs."
    },
    "sarif-files": {
      description: "Globs of other tools' SARIF files to gate and upload.",
      oneOf: [
        {
          type: "string"
        },
        {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          }
        }
      ]
    },
    "scanner-timeout": {
      type: "string",
      description: "Time limit per scanner, such as 15m."
    },
    "fail-on-scanner-error": {
      type: "boolean",
      description: "Fail the check when a scanner breaks (fail closed). Refused as false under zero-tolerance."
    },
    "output-dir": {
      type: "string",
      description: "Where SARIF files and report.json are written."
    },
    instance: {
      type: "string",
      pattern: "^[A-Za-z0-9_.-]{1,64}$",
      description: "Identifies this scan-gate step when it runs more than once per workflow."
    },
    "fail-on-by-scanner": {
      type: "object",
      description: "fail-on per scanner, e.g. gitleaks: any. Overrides the global fail-on for that scanner's findings.",
      propertyNames: {
        enum: ["trivy", "gitleaks", "trufflehog", "osv-scanner", "grype", "pip-audit", "bandit", "checkov", "sarif"]
      },
      additionalProperties: {
        enum: ["critical", "high", "medium", "low", "any", "none"]
      }
    },
    "fail-on-by-category": {
      type: "object",
      description: "fail-on per category (secret, vulnerability, misconfiguration, code, license). The most specific rule wins: category, then scanner, then global.",
      propertyNames: {
        enum: ["secret", "vulnerability", "misconfiguration", "code", "license"]
      },
      additionalProperties: {
        enum: ["critical", "high", "medium", "low", "any", "none"]
      }
    },
    "ignore-unfixed": {
      type: "boolean",
      description: "Vulnerabilities with no fixed version do not count (shown as ignored: unfixed)."
    },
    "allow-ignores": {
      type: "boolean",
      description: "false turns every entry of ignores off (they are reported as disabled)."
    },
    "native-ignores": {
      type: "boolean",
      description: "Honour .trivyignore, .gitleaksignore and inline suppressions (# nosec, gitleaks:allow). Default true; false under zero-tolerance."
    },
    "secret-severity": {
      enum: ["critical", "high", "medium", "low", "unknown"],
      description: "Severity of secrets whose scanner gives none (gitleaks). Default high."
    },
    trufflehog: {
      type: "object",
      additionalProperties: false,
      description: "Severity per trufflehog verification state.",
      properties: {
        verified: {
          enum: ["critical", "high", "medium", "low", "unknown"],
          description: "Live-verified secrets. Default critical."
        },
        unknown: {
          enum: ["critical", "high", "medium", "low", "unknown"],
          description: "Verification failed with an error. Default high."
        },
        unverified: {
          enum: ["critical", "high", "medium", "low", "unknown"],
          description: "Not verified. Default medium."
        }
      }
    },
    sla: {
      type: "object",
      additionalProperties: false,
      description: "Maximum age per severity before a finding is overdue (first seen from the baseline).",
      properties: {
        critical: {
          type: "string",
          pattern: "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$",
          description: "Maximum age of critical findings, e.g. 24h."
        },
        high: {
          type: "string",
          pattern: "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$",
          description: "Maximum age of high findings, e.g. 24h."
        },
        medium: {
          type: "string",
          pattern: "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$",
          description: "Maximum age of medium findings, e.g. 24h."
        },
        low: {
          type: "string",
          pattern: "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$",
          description: "Maximum age of low findings, e.g. 24h."
        },
        unknown: {
          type: "string",
          pattern: "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$",
          description: "Maximum age of unknown findings, e.g. 24h."
        }
      }
    },
    "sla-blocks": {
      type: "boolean",
      description: "Overdue findings block the check."
    },
    ignores: {
      type: "array",
      description: "Waivers. Each needs a written reason; expired ones stop applying and are reported.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "reason"],
        properties: {
          id: {
            type: "string",
            minLength: 1,
            description: "Rule id, CVE/GHSA/alias, or a finding fingerprint; * (with paths) waives every finding under those paths."
          },
          paths: {
            type: "array",
            items: {
              type: "string",
              minLength: 1
            },
            description: "Globs of repository paths the waiver covers."
          },
          package: {
            type: "string",
            minLength: 1,
            description: "Package name the waiver covers."
          },
          scanner: {
            enum: [
              "trivy",
              "gitleaks",
              "trufflehog",
              "osv-scanner",
              "grype",
              "pip-audit",
              "bandit",
              "checkov",
              "sarif"
            ],
            description: "Scanner whose findings the waiver covers."
          },
          reason: {
            type: "string",
            minLength: 3,
            description: "Why this is acceptable. Required."
          },
          owner: {
            type: "string",
            description: "Who is accountable for the waiver."
          },
          expires: {
            type: "string",
            pattern: "^\\d{4}-\\d{2}-\\d{2}$",
            description: "YYYY-MM-DD; the waiver applies through that day (UTC)."
          }
        }
      }
    },
    licenses: {
      type: "boolean",
      description: "Also scan licences with trivy (category license; gate them with fail-on-by-category license). Default false."
    }
  }
};

// src/config/policy.validator.js
var __ajvNs0 = __toESM(require_ucs2length(), 1);
var __ajvNs1 = __toESM(require_formats(), 1);
var __ajvRuntime0 = cjs(__ajvNs0);
var __ajvRuntime1 = cjs(__ajvNs1);
function cjs(ns) {
  const d = ns.default;
  return d !== null && typeof d === "object" ? d : ns;
}
var policy_validator_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/scan-gate/scan-gate/blob/main/src/config/policy.schema.json", "title": "scan-gate policy file", "description": "The repository's security policy as scan-gate enforces it (.github/scan-gate.yml). Every action input may also be set here; an input given in the workflow wins.", "type": "object", "additionalProperties": false, "required": ["version"], "properties": { "version": { "const": 1, "description": "Policy file format version. Always 1." }, "preset": { "enum": ["zero-tolerance", "strict", "standard"], "description": "zero-tolerance: every finding of every severity blocks (unknown included), ignores and fail-on-scanner-error: false are refused, inline/native suppressions do not apply. strict: fail-on medium. standard: fail-on high. Explicit settings refine a preset." }, "scanners": { "description": "Scanners to run (list of ids) or auto.", "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string", "minLength": 1 } }] }, "path": { "type": "string", "description": "Directory to scan, relative to the workspace." }, "images": { "description": "Container image references to scan.", "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string", "minLength": 1 } }] }, "fail-on": { "enum": ["critical", "high", "medium", "low", "any", "none"], "description": "Lowest severity that fails the check. any includes unknown; none never fails on findings." }, "mode": { "enum": ["all", "new"], "description": "all: every finding counts; new: only findings absent from the base branch baseline can block." }, "upload-sarif": { "description": "Upload SARIF to code scanning: auto, true or false.", "oneOf": [{ "type": "boolean" }, { "enum": ["auto", "true", "false"] }] }, "comment": { "description": "Sticky PR comment: auto, true or false.", "oneOf": [{ "type": "boolean" }, { "enum": ["auto", "true", "false"] }] }, "summary": { "type": "boolean", "description": "Write the job summary." }, "issue": { "description": "Tracking issue on scheduled runs: auto, true or false.", "oneOf": [{ "type": "boolean" }, { "enum": ["auto", "true", "false"] }] }, "versions": { "type": "object", "description": "Scanner version overrides: id: x.y.z or id: path.", "propertyNames": { "enum": ["trivy", "gitleaks", "trufflehog", "osv-scanner", "grype", "pip-audit", "bandit", "checkov"] }, "additionalProperties": { "type": ["string", "number"] } }, "tool-mirror": { "type": "string", "format": "uri", "description": "Base URL replacing https://github.com in release downloads." }, "cache": { "type": "boolean", "description": "Cache scanner binaries and databases across runs." }, "sarif-files": { "description": "Globs of other tools' SARIF files to gate and upload.", "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string", "minLength": 1 } }] }, "scanner-timeout": { "type": "string", "description": "Time limit per scanner, such as 15m." }, "fail-on-scanner-error": { "type": "boolean", "description": "Fail the check when a scanner breaks (fail closed). Refused as false under zero-tolerance." }, "output-dir": { "type": "string", "description": "Where SARIF files and report.json are written." }, "instance": { "type": "string", "pattern": "^[A-Za-z0-9_.-]{1,64}$", "description": "Identifies this scan-gate step when it runs more than once per workflow." }, "fail-on-by-scanner": { "type": "object", "description": "fail-on per scanner, e.g. gitleaks: any. Overrides the global fail-on for that scanner's findings.", "propertyNames": { "enum": ["trivy", "gitleaks", "trufflehog", "osv-scanner", "grype", "pip-audit", "bandit", "checkov", "sarif"] }, "additionalProperties": { "enum": ["critical", "high", "medium", "low", "any", "none"] } }, "fail-on-by-category": { "type": "object", "description": "fail-on per category (secret, vulnerability, misconfiguration, code, license). The most specific rule wins: category, then scanner, then global.", "propertyNames": { "enum": ["secret", "vulnerability", "misconfiguration", "code", "license"] }, "additionalProperties": { "enum": ["critical", "high", "medium", "low", "any", "none"] } }, "ignore-unfixed": { "type": "boolean", "description": "Vulnerabilities with no fixed version do not count (shown as ignored: unfixed)." }, "allow-ignores": { "type": "boolean", "description": "false turns every entry of ignores off (they are reported as disabled)." }, "native-ignores": { "type": "boolean", "description": "Honour .trivyignore, .gitleaksignore and inline suppressions (# nosec, gitleaks:allow). Default true; false under zero-tolerance." }, "secret-severity": { "enum": ["critical", "high", "medium", "low", "unknown"], "description": "Severity of secrets whose scanner gives none (gitleaks). Default high." }, "trufflehog": { "type": "object", "additionalProperties": false, "description": "Severity per trufflehog verification state.", "properties": { "verified": { "enum": ["critical", "high", "medium", "low", "unknown"], "description": "Live-verified secrets. Default critical." }, "unknown": { "enum": ["critical", "high", "medium", "low", "unknown"], "description": "Verification failed with an error. Default high." }, "unverified": { "enum": ["critical", "high", "medium", "low", "unknown"], "description": "Not verified. Default medium." } } }, "sla": { "type": "object", "additionalProperties": false, "description": "Maximum age per severity before a finding is overdue (first seen from the baseline).", "properties": { "critical": { "type": "string", "pattern": "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$", "description": "Maximum age of critical findings, e.g. 24h." }, "high": { "type": "string", "pattern": "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$", "description": "Maximum age of high findings, e.g. 24h." }, "medium": { "type": "string", "pattern": "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$", "description": "Maximum age of medium findings, e.g. 24h." }, "low": { "type": "string", "pattern": "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$", "description": "Maximum age of low findings, e.g. 24h." }, "unknown": { "type": "string", "pattern": "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$", "description": "Maximum age of unknown findings, e.g. 24h." } } }, "sla-blocks": { "type": "boolean", "description": "Overdue findings block the check." }, "ignores": { "type": "array", "description": "Waivers. Each needs a written reason; expired ones stop applying and are reported.", "items": { "type": "object", "additionalProperties": false, "required": ["id", "reason"], "properties": { "id": { "type": "string", "minLength": 1, "description": "Rule id, CVE/GHSA/alias, or a finding fingerprint; * (with paths) waives every finding under those paths." }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs of repository paths the waiver covers." }, "package": { "type": "string", "minLength": 1, "description": "Package name the waiver covers." }, "scanner": { "enum": ["trivy", "gitleaks", "trufflehog", "osv-scanner", "grype", "pip-audit", "bandit", "checkov", "sarif"], "description": "Scanner whose findings the waiver covers." }, "reason": { "type": "string", "minLength": 3, "description": "Why this is acceptable. Required." }, "owner": { "type": "string", "description": "Who is accountable for the waiver." }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "description": "YYYY-MM-DD; the waiver applies through that day (UTC)." } } } }, "licenses": { "type": "boolean", "description": "Also scan licences with trivy (category license; gate them with fail-on-by-category license). Default false." } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = __ajvRuntime0.default;
var formats0 = __ajvRuntime1.fullFormats.uri;
var pattern0 = new RegExp("^[A-Za-z0-9_.-]{1,64}$", "u");
var pattern1 = new RegExp("^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$", "u");
var pattern6 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (1 !== data.version) {
        const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.preset !== void 0) {
      let data1 = data.preset;
      if (!(data1 === "zero-tolerance" || data1 === "strict" || data1 === "standard")) {
        const err3 = { instancePath: instancePath + "/preset", schemaPath: "#/properties/preset/enum", keyword: "enum", params: { allowedValues: schema11.properties.preset.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.scanners !== void 0) {
      let data2 = data.scanners;
      const _errs5 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs6 = errors;
      if (typeof data2 !== "string") {
        const err4 = { instancePath: instancePath + "/scanners", schemaPath: "#/properties/scanners/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs8 = errors;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (func3(data3) < 1) {
              const err5 = { instancePath: instancePath + "/scanners/" + i0, schemaPath: "#/properties/scanners/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/scanners/" + i0, schemaPath: "#/properties/scanners/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/scanners", schemaPath: "#/properties/scanners/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs8 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err8 = { instancePath: instancePath + "/scanners", schemaPath: "#/properties/scanners/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs5;
        if (vErrors !== null) {
          if (_errs5) {
            vErrors.length = _errs5;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.path !== void 0) {
      if (typeof data.path !== "string") {
        const err9 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.images !== void 0) {
      let data5 = data.images;
      const _errs15 = errors;
      let valid4 = false;
      let passing1 = null;
      const _errs16 = errors;
      if (typeof data5 !== "string") {
        const err10 = { instancePath: instancePath + "/images", schemaPath: "#/properties/images/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid1 = _errs16 === errors;
      if (_valid1) {
        valid4 = true;
        passing1 = 0;
      }
      const _errs18 = errors;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data6 = data5[i1];
          if (typeof data6 === "string") {
            if (func3(data6) < 1) {
              const err11 = { instancePath: instancePath + "/images/" + i1, schemaPath: "#/properties/images/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/images/" + i1, schemaPath: "#/properties/images/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/images", schemaPath: "#/properties/images/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid1 = _errs18 === errors;
      if (_valid1 && valid4) {
        valid4 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid4 = true;
          passing1 = 1;
        }
      }
      if (!valid4) {
        const err14 = { instancePath: instancePath + "/images", schemaPath: "#/properties/images/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      } else {
        errors = _errs15;
        if (vErrors !== null) {
          if (_errs15) {
            vErrors.length = _errs15;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["fail-on"] !== void 0) {
      let data7 = data["fail-on"];
      if (!(data7 === "critical" || data7 === "high" || data7 === "medium" || data7 === "low" || data7 === "any" || data7 === "none")) {
        const err15 = { instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/enum", keyword: "enum", params: { allowedValues: schema11.properties["fail-on"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.mode !== void 0) {
      let data8 = data.mode;
      if (!(data8 === "all" || data8 === "new")) {
        const err16 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: schema11.properties.mode.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data["upload-sarif"] !== void 0) {
      let data9 = data["upload-sarif"];
      const _errs25 = errors;
      let valid7 = false;
      let passing2 = null;
      const _errs26 = errors;
      if (typeof data9 !== "boolean") {
        const err17 = { instancePath: instancePath + "/upload-sarif", schemaPath: "#/properties/upload-sarif/oneOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      var _valid2 = _errs26 === errors;
      if (_valid2) {
        valid7 = true;
        passing2 = 0;
      }
      const _errs28 = errors;
      if (!(data9 === "auto" || data9 === "true" || data9 === "false")) {
        const err18 = { instancePath: instancePath + "/upload-sarif", schemaPath: "#/properties/upload-sarif/oneOf/1/enum", keyword: "enum", params: { allowedValues: schema11.properties["upload-sarif"].oneOf[1].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var _valid2 = _errs28 === errors;
      if (_valid2 && valid7) {
        valid7 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid2) {
          valid7 = true;
          passing2 = 1;
        }
      }
      if (!valid7) {
        const err19 = { instancePath: instancePath + "/upload-sarif", schemaPath: "#/properties/upload-sarif/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      } else {
        errors = _errs25;
        if (vErrors !== null) {
          if (_errs25) {
            vErrors.length = _errs25;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.comment !== void 0) {
      let data10 = data.comment;
      const _errs30 = errors;
      let valid8 = false;
      let passing3 = null;
      const _errs31 = errors;
      if (typeof data10 !== "boolean") {
        const err20 = { instancePath: instancePath + "/comment", schemaPath: "#/properties/comment/oneOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var _valid3 = _errs31 === errors;
      if (_valid3) {
        valid8 = true;
        passing3 = 0;
      }
      const _errs33 = errors;
      if (!(data10 === "auto" || data10 === "true" || data10 === "false")) {
        const err21 = { instancePath: instancePath + "/comment", schemaPath: "#/properties/comment/oneOf/1/enum", keyword: "enum", params: { allowedValues: schema11.properties.comment.oneOf[1].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      var _valid3 = _errs33 === errors;
      if (_valid3 && valid8) {
        valid8 = false;
        passing3 = [passing3, 1];
      } else {
        if (_valid3) {
          valid8 = true;
          passing3 = 1;
        }
      }
      if (!valid8) {
        const err22 = { instancePath: instancePath + "/comment", schemaPath: "#/properties/comment/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      } else {
        errors = _errs30;
        if (vErrors !== null) {
          if (_errs30) {
            vErrors.length = _errs30;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.summary !== void 0) {
      if (typeof data.summary !== "boolean") {
        const err23 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.issue !== void 0) {
      let data12 = data.issue;
      const _errs37 = errors;
      let valid9 = false;
      let passing4 = null;
      const _errs38 = errors;
      if (typeof data12 !== "boolean") {
        const err24 = { instancePath: instancePath + "/issue", schemaPath: "#/properties/issue/oneOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var _valid4 = _errs38 === errors;
      if (_valid4) {
        valid9 = true;
        passing4 = 0;
      }
      const _errs40 = errors;
      if (!(data12 === "auto" || data12 === "true" || data12 === "false")) {
        const err25 = { instancePath: instancePath + "/issue", schemaPath: "#/properties/issue/oneOf/1/enum", keyword: "enum", params: { allowedValues: schema11.properties.issue.oneOf[1].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      var _valid4 = _errs40 === errors;
      if (_valid4 && valid9) {
        valid9 = false;
        passing4 = [passing4, 1];
      } else {
        if (_valid4) {
          valid9 = true;
          passing4 = 1;
        }
      }
      if (!valid9) {
        const err26 = { instancePath: instancePath + "/issue", schemaPath: "#/properties/issue/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      } else {
        errors = _errs37;
        if (vErrors !== null) {
          if (_errs37) {
            vErrors.length = _errs37;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.versions !== void 0) {
      let data13 = data.versions;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key1 in data13) {
          const _errs43 = errors;
          if (!(key1 === "trivy" || key1 === "gitleaks" || key1 === "trufflehog" || key1 === "osv-scanner" || key1 === "grype" || key1 === "pip-audit" || key1 === "bandit" || key1 === "checkov")) {
            const err27 = { instancePath: instancePath + "/versions", schemaPath: "#/properties/versions/propertyNames/enum", keyword: "enum", params: { allowedValues: schema11.properties.versions.propertyNames.enum }, message: "must be equal to one of the allowed values", propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          var valid10 = _errs43 === errors;
          if (!valid10) {
            const err28 = { instancePath: instancePath + "/versions", schemaPath: "#/properties/versions/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        for (const key2 in data13) {
          let data14 = data13[key2];
          if (typeof data14 !== "string" && !(typeof data14 == "number")) {
            const err29 = { instancePath: instancePath + "/versions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/versions/additionalProperties/type", keyword: "type", params: { type: schema11.properties.versions.additionalProperties.type }, message: "must be string,number" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/versions", schemaPath: "#/properties/versions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data["tool-mirror"] !== void 0) {
      let data15 = data["tool-mirror"];
      if (typeof data15 === "string") {
        if (!formats0(data15)) {
          const err31 = { instancePath: instancePath + "/tool-mirror", schemaPath: "#/properties/tool-mirror/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = { instancePath: instancePath + "/tool-mirror", schemaPath: "#/properties/tool-mirror/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.cache !== void 0) {
      if (typeof data.cache !== "boolean") {
        const err33 = { instancePath: instancePath + "/cache", schemaPath: "#/properties/cache/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data["sarif-files"] !== void 0) {
      let data17 = data["sarif-files"];
      const _errs52 = errors;
      let valid12 = false;
      let passing5 = null;
      const _errs53 = errors;
      if (typeof data17 !== "string") {
        const err34 = { instancePath: instancePath + "/sarif-files", schemaPath: "#/properties/sarif-files/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      var _valid5 = _errs53 === errors;
      if (_valid5) {
        valid12 = true;
        passing5 = 0;
      }
      const _errs55 = errors;
      if (Array.isArray(data17)) {
        const len2 = data17.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data18 = data17[i2];
          if (typeof data18 === "string") {
            if (func3(data18) < 1) {
              const err35 = { instancePath: instancePath + "/sarif-files/" + i2, schemaPath: "#/properties/sarif-files/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = { instancePath: instancePath + "/sarif-files/" + i2, schemaPath: "#/properties/sarif-files/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/sarif-files", schemaPath: "#/properties/sarif-files/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      var _valid5 = _errs55 === errors;
      if (_valid5 && valid12) {
        valid12 = false;
        passing5 = [passing5, 1];
      } else {
        if (_valid5) {
          valid12 = true;
          passing5 = 1;
        }
      }
      if (!valid12) {
        const err38 = { instancePath: instancePath + "/sarif-files", schemaPath: "#/properties/sarif-files/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      } else {
        errors = _errs52;
        if (vErrors !== null) {
          if (_errs52) {
            vErrors.length = _errs52;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["scanner-timeout"] !== void 0) {
      if (typeof data["scanner-timeout"] !== "string") {
        const err39 = { instancePath: instancePath + "/scanner-timeout", schemaPath: "#/properties/scanner-timeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data["fail-on-scanner-error"] !== void 0) {
      if (typeof data["fail-on-scanner-error"] !== "boolean") {
        const err40 = { instancePath: instancePath + "/fail-on-scanner-error", schemaPath: "#/properties/fail-on-scanner-error/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data["output-dir"] !== void 0) {
      if (typeof data["output-dir"] !== "string") {
        const err41 = { instancePath: instancePath + "/output-dir", schemaPath: "#/properties/output-dir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.instance !== void 0) {
      let data22 = data.instance;
      if (typeof data22 === "string") {
        if (!pattern0.test(data22)) {
          const err42 = { instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]{1,64}$" }, message: 'must match pattern "^[A-Za-z0-9_.-]{1,64}$"' };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      } else {
        const err43 = { instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data["fail-on-by-scanner"] !== void 0) {
      let data23 = data["fail-on-by-scanner"];
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        for (const key3 in data23) {
          const _errs69 = errors;
          if (!(key3 === "trivy" || key3 === "gitleaks" || key3 === "trufflehog" || key3 === "osv-scanner" || key3 === "grype" || key3 === "pip-audit" || key3 === "bandit" || key3 === "checkov" || key3 === "sarif")) {
            const err44 = { instancePath: instancePath + "/fail-on-by-scanner", schemaPath: "#/properties/fail-on-by-scanner/propertyNames/enum", keyword: "enum", params: { allowedValues: schema11.properties["fail-on-by-scanner"].propertyNames.enum }, message: "must be equal to one of the allowed values", propertyName: key3 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          var valid15 = _errs69 === errors;
          if (!valid15) {
            const err45 = { instancePath: instancePath + "/fail-on-by-scanner", schemaPath: "#/properties/fail-on-by-scanner/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        for (const key4 in data23) {
          let data24 = data23[key4];
          if (!(data24 === "critical" || data24 === "high" || data24 === "medium" || data24 === "low" || data24 === "any" || data24 === "none")) {
            const err46 = { instancePath: instancePath + "/fail-on-by-scanner/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/fail-on-by-scanner/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties["fail-on-by-scanner"].additionalProperties.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
      } else {
        const err47 = { instancePath: instancePath + "/fail-on-by-scanner", schemaPath: "#/properties/fail-on-by-scanner/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data["fail-on-by-category"] !== void 0) {
      let data25 = data["fail-on-by-category"];
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (const key5 in data25) {
          const _errs74 = errors;
          if (!(key5 === "secret" || key5 === "vulnerability" || key5 === "misconfiguration" || key5 === "code" || key5 === "license")) {
            const err48 = { instancePath: instancePath + "/fail-on-by-category", schemaPath: "#/properties/fail-on-by-category/propertyNames/enum", keyword: "enum", params: { allowedValues: schema11.properties["fail-on-by-category"].propertyNames.enum }, message: "must be equal to one of the allowed values", propertyName: key5 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          var valid17 = _errs74 === errors;
          if (!valid17) {
            const err49 = { instancePath: instancePath + "/fail-on-by-category", schemaPath: "#/properties/fail-on-by-category/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        for (const key6 in data25) {
          let data26 = data25[key6];
          if (!(data26 === "critical" || data26 === "high" || data26 === "medium" || data26 === "low" || data26 === "any" || data26 === "none")) {
            const err50 = { instancePath: instancePath + "/fail-on-by-category/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/fail-on-by-category/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties["fail-on-by-category"].additionalProperties.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/fail-on-by-category", schemaPath: "#/properties/fail-on-by-category/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data["ignore-unfixed"] !== void 0) {
      if (typeof data["ignore-unfixed"] !== "boolean") {
        const err52 = { instancePath: instancePath + "/ignore-unfixed", schemaPath: "#/properties/ignore-unfixed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data["allow-ignores"] !== void 0) {
      if (typeof data["allow-ignores"] !== "boolean") {
        const err53 = { instancePath: instancePath + "/allow-ignores", schemaPath: "#/properties/allow-ignores/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data["native-ignores"] !== void 0) {
      if (typeof data["native-ignores"] !== "boolean") {
        const err54 = { instancePath: instancePath + "/native-ignores", schemaPath: "#/properties/native-ignores/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data["secret-severity"] !== void 0) {
      let data30 = data["secret-severity"];
      if (!(data30 === "critical" || data30 === "high" || data30 === "medium" || data30 === "low" || data30 === "unknown")) {
        const err55 = { instancePath: instancePath + "/secret-severity", schemaPath: "#/properties/secret-severity/enum", keyword: "enum", params: { allowedValues: schema11.properties["secret-severity"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.trufflehog !== void 0) {
      let data31 = data.trufflehog;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        for (const key7 in data31) {
          if (!(key7 === "verified" || key7 === "unknown" || key7 === "unverified")) {
            const err56 = { instancePath: instancePath + "/trufflehog", schemaPath: "#/properties/trufflehog/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data31.verified !== void 0) {
          let data32 = data31.verified;
          if (!(data32 === "critical" || data32 === "high" || data32 === "medium" || data32 === "low" || data32 === "unknown")) {
            const err57 = { instancePath: instancePath + "/trufflehog/verified", schemaPath: "#/properties/trufflehog/properties/verified/enum", keyword: "enum", params: { allowedValues: schema11.properties.trufflehog.properties.verified.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data31.unknown !== void 0) {
          let data33 = data31.unknown;
          if (!(data33 === "critical" || data33 === "high" || data33 === "medium" || data33 === "low" || data33 === "unknown")) {
            const err58 = { instancePath: instancePath + "/trufflehog/unknown", schemaPath: "#/properties/trufflehog/properties/unknown/enum", keyword: "enum", params: { allowedValues: schema11.properties.trufflehog.properties.unknown.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data31.unverified !== void 0) {
          let data34 = data31.unverified;
          if (!(data34 === "critical" || data34 === "high" || data34 === "medium" || data34 === "low" || data34 === "unknown")) {
            const err59 = { instancePath: instancePath + "/trufflehog/unverified", schemaPath: "#/properties/trufflehog/properties/unverified/enum", keyword: "enum", params: { allowedValues: schema11.properties.trufflehog.properties.unverified.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
      } else {
        const err60 = { instancePath: instancePath + "/trufflehog", schemaPath: "#/properties/trufflehog/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.sla !== void 0) {
      let data35 = data.sla;
      if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
        for (const key8 in data35) {
          if (!(key8 === "critical" || key8 === "high" || key8 === "medium" || key8 === "low" || key8 === "unknown")) {
            const err61 = { instancePath: instancePath + "/sla", schemaPath: "#/properties/sla/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data35.critical !== void 0) {
          let data36 = data35.critical;
          if (typeof data36 === "string") {
            if (!pattern1.test(data36)) {
              const err62 = { instancePath: instancePath + "/sla/critical", schemaPath: "#/properties/sla/properties/critical/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$" }, message: 'must match pattern "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$"' };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          } else {
            const err63 = { instancePath: instancePath + "/sla/critical", schemaPath: "#/properties/sla/properties/critical/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data35.high !== void 0) {
          let data37 = data35.high;
          if (typeof data37 === "string") {
            if (!pattern1.test(data37)) {
              const err64 = { instancePath: instancePath + "/sla/high", schemaPath: "#/properties/sla/properties/high/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$" }, message: 'must match pattern "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$"' };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          } else {
            const err65 = { instancePath: instancePath + "/sla/high", schemaPath: "#/properties/sla/properties/high/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data35.medium !== void 0) {
          let data38 = data35.medium;
          if (typeof data38 === "string") {
            if (!pattern1.test(data38)) {
              const err66 = { instancePath: instancePath + "/sla/medium", schemaPath: "#/properties/sla/properties/medium/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$" }, message: 'must match pattern "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$"' };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
          } else {
            const err67 = { instancePath: instancePath + "/sla/medium", schemaPath: "#/properties/sla/properties/medium/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data35.low !== void 0) {
          let data39 = data35.low;
          if (typeof data39 === "string") {
            if (!pattern1.test(data39)) {
              const err68 = { instancePath: instancePath + "/sla/low", schemaPath: "#/properties/sla/properties/low/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$" }, message: 'must match pattern "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$"' };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          } else {
            const err69 = { instancePath: instancePath + "/sla/low", schemaPath: "#/properties/sla/properties/low/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data35.unknown !== void 0) {
          let data40 = data35.unknown;
          if (typeof data40 === "string") {
            if (!pattern1.test(data40)) {
              const err70 = { instancePath: instancePath + "/sla/unknown", schemaPath: "#/properties/sla/properties/unknown/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$" }, message: 'must match pattern "^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$"' };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
          } else {
            const err71 = { instancePath: instancePath + "/sla/unknown", schemaPath: "#/properties/sla/properties/unknown/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
      } else {
        const err72 = { instancePath: instancePath + "/sla", schemaPath: "#/properties/sla/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data["sla-blocks"] !== void 0) {
      if (typeof data["sla-blocks"] !== "boolean") {
        const err73 = { instancePath: instancePath + "/sla-blocks", schemaPath: "#/properties/sla-blocks/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data.ignores !== void 0) {
      let data42 = data.ignores;
      if (Array.isArray(data42)) {
        const len3 = data42.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data43 = data42[i3];
          if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
            if (data43.id === void 0) {
              const err74 = { instancePath: instancePath + "/ignores/" + i3, schemaPath: "#/properties/ignores/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
            if (data43.reason === void 0) {
              const err75 = { instancePath: instancePath + "/ignores/" + i3, schemaPath: "#/properties/ignores/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
            for (const key9 in data43) {
              if (!(key9 === "id" || key9 === "paths" || key9 === "package" || key9 === "scanner" || key9 === "reason" || key9 === "owner" || key9 === "expires")) {
                const err76 = { instancePath: instancePath + "/ignores/" + i3, schemaPath: "#/properties/ignores/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data43.id !== void 0) {
              let data44 = data43.id;
              if (typeof data44 === "string") {
                if (func3(data44) < 1) {
                  const err77 = { instancePath: instancePath + "/ignores/" + i3 + "/id", schemaPath: "#/properties/ignores/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
              } else {
                const err78 = { instancePath: instancePath + "/ignores/" + i3 + "/id", schemaPath: "#/properties/ignores/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
            if (data43.paths !== void 0) {
              let data45 = data43.paths;
              if (Array.isArray(data45)) {
                const len4 = data45.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data46 = data45[i4];
                  if (typeof data46 === "string") {
                    if (func3(data46) < 1) {
                      const err79 = { instancePath: instancePath + "/ignores/" + i3 + "/paths/" + i4, schemaPath: "#/properties/ignores/items/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err79];
                      } else {
                        vErrors.push(err79);
                      }
                      errors++;
                    }
                  } else {
                    const err80 = { instancePath: instancePath + "/ignores/" + i3 + "/paths/" + i4, schemaPath: "#/properties/ignores/items/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                }
              } else {
                const err81 = { instancePath: instancePath + "/ignores/" + i3 + "/paths", schemaPath: "#/properties/ignores/items/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data43.package !== void 0) {
              let data47 = data43.package;
              if (typeof data47 === "string") {
                if (func3(data47) < 1) {
                  const err82 = { instancePath: instancePath + "/ignores/" + i3 + "/package", schemaPath: "#/properties/ignores/items/properties/package/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              } else {
                const err83 = { instancePath: instancePath + "/ignores/" + i3 + "/package", schemaPath: "#/properties/ignores/items/properties/package/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data43.scanner !== void 0) {
              let data48 = data43.scanner;
              if (!(data48 === "trivy" || data48 === "gitleaks" || data48 === "trufflehog" || data48 === "osv-scanner" || data48 === "grype" || data48 === "pip-audit" || data48 === "bandit" || data48 === "checkov" || data48 === "sarif")) {
                const err84 = { instancePath: instancePath + "/ignores/" + i3 + "/scanner", schemaPath: "#/properties/ignores/items/properties/scanner/enum", keyword: "enum", params: { allowedValues: schema11.properties.ignores.items.properties.scanner.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            if (data43.reason !== void 0) {
              let data49 = data43.reason;
              if (typeof data49 === "string") {
                if (func3(data49) < 3) {
                  const err85 = { instancePath: instancePath + "/ignores/" + i3 + "/reason", schemaPath: "#/properties/ignores/items/properties/reason/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
              } else {
                const err86 = { instancePath: instancePath + "/ignores/" + i3 + "/reason", schemaPath: "#/properties/ignores/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
            if (data43.owner !== void 0) {
              if (typeof data43.owner !== "string") {
                const err87 = { instancePath: instancePath + "/ignores/" + i3 + "/owner", schemaPath: "#/properties/ignores/items/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data43.expires !== void 0) {
              let data51 = data43.expires;
              if (typeof data51 === "string") {
                if (!pattern6.test(data51)) {
                  const err88 = { instancePath: instancePath + "/ignores/" + i3 + "/expires", schemaPath: "#/properties/ignores/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
              } else {
                const err89 = { instancePath: instancePath + "/ignores/" + i3 + "/expires", schemaPath: "#/properties/ignores/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
          } else {
            const err90 = { instancePath: instancePath + "/ignores/" + i3, schemaPath: "#/properties/ignores/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
      } else {
        const err91 = { instancePath: instancePath + "/ignores", schemaPath: "#/properties/ignores/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
        errors++;
      }
    }
    if (data.licenses !== void 0) {
      if (typeof data.licenses !== "boolean") {
        const err92 = { instancePath: instancePath + "/licenses", schemaPath: "#/properties/licenses/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err92];
        } else {
          vErrors.push(err92);
        }
        errors++;
      }
    }
  } else {
    const err93 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err93];
    } else {
      vErrors.push(err93);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/config/policy-file.ts
var INPUT_KEYS = [
  "scanners",
  "path",
  "images",
  "fail-on",
  "mode",
  "upload-sarif",
  "comment",
  "summary",
  "issue",
  "versions",
  "tool-mirror",
  "cache",
  "sarif-files",
  "scanner-timeout",
  "fail-on-scanner-error",
  "output-dir",
  "instance"
];
var MAX_BYTES = 256 * 1024;
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j] ?? 0;
      row[j] = next;
    }
  }
  return row[b.length] ?? 0;
}
function didYouMean(key, allowed) {
  let best;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of allowed) {
    const score = distance(key.toLowerCase(), candidate);
    if (score < bestScore) [best, bestScore] = [candidate, score];
  }
  return best !== void 0 && bestScore <= Math.max(2, Math.floor(key.length / 3)) ? best : void 0;
}
function schemaAt(pointer) {
  let node = policy_schema_default;
  for (const part of pointer.split("/").filter(Boolean)) {
    const props = node.properties;
    node = /^\d+$/.test(part) ? node.items : props?.[part];
    if (!node) return {};
  }
  return node;
}
function field(pointer) {
  return pointer === "" ? "(top level)" : pointer.slice(1).replace(/\/(\d+)(?=\/|$)/g, "[$1]").replace(/\//g, ".");
}
function describe(error) {
  const at = error.instancePath;
  const params = error.params;
  if (error.keyword === "additionalProperties") {
    const key = String(params.additionalProperty);
    const allowed = Object.keys(schemaAt(at).properties ?? {});
    const hint = didYouMean(key, allowed);
    const where = at === "" ? "at the top level" : `in ${field(at)}`;
    return {
      pointer: `${at}/${key}`,
      key: true,
      message: `unknown key "${key}" ${where}${hint ? ` \u2014 did you mean "${hint}"?` : ""}. Allowed keys: ${allowed.join(", ")}`
    };
  }
  const named = error.propertyName ?? params.propertyName;
  if (error.keyword === "propertyNames" || named !== void 0) {
    const key = String(named);
    return {
      pointer: `${at}/${key}`,
      key: true,
      message: `"${key}" is not allowed as a key of ${field(at)}. Allowed: ${(schemaAt(at).propertyNames?.enum ?? []).join(", ")}`
    };
  }
  if (error.keyword === "enum" || error.keyword === "const") {
    const allowed = params.allowedValues ?? [params.allowedValue];
    return { pointer: at, key: false, message: `${field(at)} must be one of: ${allowed.map(String).join(", ")}` };
  }
  if (error.keyword === "required") {
    return {
      pointer: at,
      key: false,
      message: `${field(at)} is missing the required key "${String(params.missingProperty)}"`
    };
  }
  return { pointer: at, key: false, message: `${field(at)} ${error.message ?? "is invalid"}` };
}
function fail(displayPath, line, message) {
  throw new ConfigError(
    `${displayPath}${line ? `:${line}` : ""}: ${message}. See the schema: src/config/policy.schema.json (README "Policy file").`
  );
}
function loadYaml(text, displayPath) {
  try {
    return load(text, { schema: CORE_SCHEMA, maxAliases: 0, maxDepth: 20, filename: displayPath });
  } catch (error) {
    if (error instanceof YAMLException) {
      const mark = error.mark;
      const reason = error.reason ?? error.message;
      const alias = /alias/i.test(reason) ? " (anchors and aliases are not allowed in a policy file)" : "";
      fail(displayPath, mark?.line !== void 0 ? mark.line + 1 : void 0, `invalid YAML: ${reason}${alias}`);
    }
    throw error;
  }
}
function parsePolicyText(text, displayPath) {
  if (text.length > MAX_BYTES)
    fail(displayPath, void 0, `the file is ${text.length} bytes; a policy file may be at most ${MAX_BYTES} bytes`);
  if (text.replace(/^\s*#.*$/gm, "").trim() === "") {
    fail(displayPath, void 0, "the file is empty; it needs at least `version: 1`");
  }
  const data = loadYaml(text, displayPath);
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    fail(
      displayPath,
      1,
      "the file must be a YAML mapping of keys such as `version: 1`, `preset`, `fail-on`, `ignores`"
    );
  }
  if (!policy_validator_default(data)) {
    const lines = yamlLineMap(text);
    const errors = (policy_validator_default.errors ?? []).filter((e) => !["oneOf", "if"].includes(e.keyword));
    const first = describe(errors[0] ?? (policy_validator_default.errors ?? [])[0]);
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? "s" : ""})` : "";
    fail(displayPath, lineFor(lines, first.pointer, first.key), `${first.message}${more}`);
  }
  const record = data;
  return { path: displayPath, inputs: toInputs(record), rules: toPolicyRules(record, displayPath, yamlLineMap(text)) };
}
function toInputs(record) {
  const out = {};
  for (const key of INPUT_KEYS) {
    const v = record[key];
    if (v === void 0 || v === null) continue;
    if (Array.isArray(v)) out[key] = v.join("\n");
    else if (typeof v === "object")
      out[key] = Object.entries(v).map(([k, x]) => `${k}=${String(x)}`).join("\n");
    else out[key] = String(v);
  }
  return out;
}
function loadPolicyFile(filePath, opts) {
  const display = opts.displayPath ?? filePath;
  if (!existsSync(filePath)) {
    if (!opts.explicit) return void 0;
    throw new ConfigError(
      `Input \`config\`: the policy file ${display} does not exist (resolved to ${path.resolve(filePath)}).`
    );
  }
  if (!statSync(filePath).isFile()) throw new ConfigError(`Input \`config\`: ${display} is not a file.`);
  if (statSync(filePath).size > MAX_BYTES) fail(display, void 0, `the file is larger than ${MAX_BYTES} bytes`);
  return parsePolicyText(readFileSync(filePath, "utf8"), display);
}

// src/config/load-config.ts
var DEFAULT_CONFIG_FILE = ".github/scan-gate.yml";
var INPUT_DEFAULTS = {
  scanners: "auto",
  path: ".",
  images: "",
  "fail-on": "",
  mode: "all",
  "upload-sarif": "auto",
  comment: "auto",
  summary: "true",
  issue: "auto",
  versions: "",
  "tool-mirror": "",
  cache: "true",
  "sarif-files": "",
  "scanner-timeout": "15m",
  "fail-on-scanner-error": "",
  "output-dir": "",
  instance: "",
  "allow-untrusted-head": "false"
};
function loadConfig(opts) {
  const { env } = opts;
  const configInput = opts.inputs("config").trim();
  const configPath = path2.resolve(env.workspace, configInput || DEFAULT_CONFIG_FILE);
  const file = loadPolicyFile(configPath, {
    explicit: configInput !== "",
    displayPath: configInput || DEFAULT_CONFIG_FILE
  });
  const value = (name) => {
    const given = opts.inputs(name).trim();
    if (given !== "") return given;
    return file?.inputs[name]?.trim() || (INPUT_DEFAULTS[name] ?? "");
  };
  const failOnText = value("fail-on");
  const failOnSource = opts.inputs("fail-on").trim() ? "fail-on input" : file?.rules.sources["fail-on"] ?? "fail-on";
  const scannerErrorText = value("fail-on-scanner-error");
  const policy = buildPolicy({
    rules: file?.rules,
    failOn: failOnText ? parseThreshold("fail-on", failOnText) : void 0,
    failOnSource,
    failOnScannerError: scannerErrorText ? parseBoolean("fail-on-scanner-error", scannerErrorText) : void 0,
    source: file ? file.path : "inputs"
  });
  const scanPath = resolveScanPath(env.workspace, value("path"));
  return {
    scanners: parseScanners("scanners", value("scanners")),
    workspace: env.workspace,
    path: scanPath,
    images: splitList(value("images")),
    configFile: file?.path,
    mode: parseMode("mode", value("mode")),
    uploadSarif: parseTristate("upload-sarif", value("upload-sarif")),
    comment: parseTristate("comment", value("comment")),
    summary: parseBoolean("summary", value("summary")),
    issue: parseTristate("issue", value("issue")),
    token: opts.inputs("github-token").trim(),
    versions: parseVersions("versions", value("versions")),
    toolMirror: value("tool-mirror") ? parseUrl("tool-mirror", value("tool-mirror")) : void 0,
    cache: parseBoolean("cache", value("cache")),
    sarifFiles: parseGlobs("sarif-files", value("sarif-files")),
    scannerTimeoutMs: parseDuration("scanner-timeout", value("scanner-timeout")),
    outputDir: resolveOutputDir(env, value("output-dir")),
    policy,
    instance: parseInstance(value("instance")),
    allowUntrustedHead: parseBoolean("allow-untrusted-head", value("allow-untrusted-head"))
  };
}
function resolveScanPath(workspace, input) {
  const abs = path2.resolve(workspace, input);
  if (!existsSync2(abs) || !statSync2(abs).isDirectory()) {
    throw new ConfigError(`Input \`path\`: "${input}" is not a directory under the workspace (${workspace}).`);
  }
  return abs;
}
function resolveOutputDir(env, input) {
  if (input) return path2.resolve(env.workspace, input);
  return env.runnerTemp ? path2.join(env.runnerTemp, "scan-gate") : path2.resolve(env.workspace, "scan-gate-results");
}
function parseInstance(input) {
  if (input === "") return "default";
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(input)) {
    throw new ConfigError(`Input \`instance\` must be 1\u201364 letters, digits, "-", "_" or "." (got "${input}").`);
  }
  return input;
}

// src/github/event.ts
import { readFileSync as readFileSync2 } from "node:fs";
function readPayload(file) {
  if (!file) return { payload: {} };
  try {
    const parsed = JSON.parse(readFileSync2(file, "utf8"));
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
      return {
        payload: {},
        warning: `Event payload ${file} is not a JSON object; PR and push details are unavailable.`
      };
    }
    return { payload: parsed };
  } catch (error) {
    return {
      payload: {},
      warning: `Event payload ${file} could not be read (${error.message}); PR and push details are unavailable.`
    };
  }
}
function readRunnerEvent(env, checkedOutSha) {
  const name = env.GITHUB_EVENT_NAME || "local";
  const { payload, warning } = readPayload(env.GITHUB_EVENT_PATH);
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const pr = payload.pull_request;
  const sha = checkedOutSha || env.GITHUB_SHA || "";
  const headChecked = pr?.head?.sha !== void 0 && sha === pr.head.sha;
  let ref = env.GITHUB_REF || void 0;
  if (pr?.number !== void 0) ref = `refs/pull/${pr.number}/${headChecked ? "head" : "merge"}`;
  const serverUrl = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const runUrl = env.GITHUB_RUN_ID && owner ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  const headRepo = pr?.head?.repo?.full_name;
  const baseRepo = pr?.base?.repo?.full_name ?? payload.repository?.full_name;
  return {
    payload,
    warning,
    info: {
      name,
      owner,
      repo,
      sha,
      ref,
      prNumber: pr?.number,
      headSha: pr?.head?.sha ?? payload.merge_group?.head_sha,
      defaultBranch: payload.repository?.default_branch,
      runId: env.GITHUB_RUN_ID,
      runAttempt: env.GITHUB_RUN_ATTEMPT,
      serverUrl,
      runUrl,
      fromFork: headRepo !== void 0 && baseRepo !== void 0 && headRepo !== baseRepo
    }
  };
}

export {
  loadConfig,
  readRunnerEvent
};
