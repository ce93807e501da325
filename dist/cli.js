// Third-party code in this bundle: licences in THIRD_PARTY_NOTICES.md.
import { createRequire as __rcCreateRequire } from "node:module";
const require = __rcCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x2) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x2, {
  get: (a2, b) => (typeof require !== "undefined" ? require : a2)[b]
}) : x2)(function(x2) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x2 + '" is not supported');
});
var __esm = (fn, res, err2) => function __init() {
  if (err2) throw err2[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err2 = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/errors.ts
function errorMessage(e) {
  return e instanceof Error ? e.message : String(e);
}
var ConfigError, EXIT;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    ConfigError = class extends Error {
      constructor(message) {
        super(message);
        this.name = "ConfigError";
      }
    };
    EXIT = {
      ok: 0,
      race: 1,
      usage: 2,
      infrastructure: 3,
      inconclusive: 4
    };
  }
});

// src/output/secrets.ts
function registerSecret(value) {
  if (value === void 0) return;
  for (const v of /* @__PURE__ */ new Set([value, value.trim(), ...secretLines(value)])) {
    if (v.length < MIN_LENGTH || known.has(v)) continue;
    known.add(v);
  }
  forms = [...new Set([...known].flatMap(encodings))].filter((f) => f.length >= MIN_LENGTH);
  forms.sort((a2, b) => b.length - a2.length);
}
function secretLines(value) {
  const lines = value.split(/\r\n|[\r\n]/).map((l) => l.trim());
  return lines.length > 1 ? lines.filter((l) => l.length >= MIN_LENGTH) : [];
}
function encodings(secret) {
  const bytes = Buffer.from(secret);
  const base64 = bytes.toString("base64");
  const header = Buffer.from(`Convex ${secret}`).toString("base64");
  return [
    secret,
    encodeURIComponent(secret),
    encodeURI(secret),
    JSON.stringify(secret).slice(1, -1),
    base64,
    base64.replace(/=+$/, ""),
    bytes.toString("base64url"),
    header,
    header.replace(/=+$/, "")
  ];
}
function redact(text) {
  let out = text;
  for (const f of forms) if (out.includes(f)) out = out.split(f).join(REDACTED);
  return out;
}
function redactDeep(value) {
  if (forms.length === 0) return value;
  return walk(value);
}
function walk(value) {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map(walk);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), walk(v)]));
  }
  return value;
}
function checkSecretValue(value, what) {
  if (value === void 0) return void 0;
  const trimmed = value.trim();
  registerSecret(value);
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) {
    throw new ConfigError(
      `${what} contains a newline or another control character (not shown); copy it again as one line`
    );
  }
  return trimmed === "" ? void 0 : trimmed;
}
var REDACTED, MIN_LENGTH, known, forms;
var init_secrets = __esm({
  "src/output/secrets.ts"() {
    "use strict";
    init_errors();
    REDACTED = "***";
    MIN_LENGTH = 6;
    known = /* @__PURE__ */ new Set();
    forms = [];
  }
});

// node_modules/is-plain-obj/index.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value) && !(Symbol.iterator in value);
}
var init_is_plain_obj = __esm({
  "node_modules/is-plain-obj/index.js"() {
  }
});

// node_modules/execa/lib/arguments/file-url.js
import { fileURLToPath } from "node:url";
var safeNormalizeFileUrl, normalizeDenoExecPath, isDenoExecPath, normalizeFileUrl;
var init_file_url = __esm({
  "node_modules/execa/lib/arguments/file-url.js"() {
    safeNormalizeFileUrl = (file, name) => {
      const fileString = normalizeFileUrl(normalizeDenoExecPath(file));
      if (typeof fileString !== "string") {
        throw new TypeError(`${name} must be a string or a file URL: ${fileString}.`);
      }
      return fileString;
    };
    normalizeDenoExecPath = (file) => isDenoExecPath(file) ? file.toString() : file;
    isDenoExecPath = (file) => typeof file !== "string" && file && Object.getPrototypeOf(file) === String.prototype;
    normalizeFileUrl = (file) => file instanceof URL ? fileURLToPath(file) : file;
  }
});

// node_modules/execa/lib/methods/parameters.js
var normalizeParameters;
var init_parameters = __esm({
  "node_modules/execa/lib/methods/parameters.js"() {
    init_is_plain_obj();
    init_file_url();
    normalizeParameters = (rawFile, rawArguments = [], rawOptions = {}) => {
      const filePath = safeNormalizeFileUrl(rawFile, "First argument");
      const [commandArguments, options] = isPlainObject(rawArguments) ? [[], rawArguments] : [rawArguments, rawOptions];
      if (!Array.isArray(commandArguments)) {
        throw new TypeError(`Second argument must be either an array of arguments or an options object: ${commandArguments}`);
      }
      if (commandArguments.some((commandArgument) => typeof commandArgument === "object" && commandArgument !== null)) {
        throw new TypeError(`Second argument must be an array of strings: ${commandArguments}`);
      }
      const normalizedArguments = commandArguments.map(String);
      const nullByteArgument = normalizedArguments.find((normalizedArgument) => normalizedArgument.includes("\0"));
      if (nullByteArgument !== void 0) {
        throw new TypeError(`Arguments cannot contain null bytes ("\\0"): ${nullByteArgument}`);
      }
      if (!isPlainObject(options)) {
        throw new TypeError(`Last argument must be an options object: ${options}`);
      }
      return [filePath, normalizedArguments, options];
    };
  }
});

// node_modules/execa/lib/utils/uint-array.js
import { StringDecoder } from "node:string_decoder";
var objectToString, isArrayBuffer, isUint8Array, bufferToUint8Array, textEncoder, stringToUint8Array, textDecoder, uint8ArrayToString, joinToString, uint8ArraysToStrings, joinToUint8Array, stringsToUint8Arrays, concatUint8Arrays, getJoinLength;
var init_uint_array = __esm({
  "node_modules/execa/lib/utils/uint-array.js"() {
    ({ toString: objectToString } = Object.prototype);
    isArrayBuffer = (value) => objectToString.call(value) === "[object ArrayBuffer]";
    isUint8Array = (value) => objectToString.call(value) === "[object Uint8Array]";
    bufferToUint8Array = (buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    textEncoder = new TextEncoder();
    stringToUint8Array = (string) => textEncoder.encode(string);
    textDecoder = new TextDecoder();
    uint8ArrayToString = (uint8Array) => textDecoder.decode(uint8Array);
    joinToString = (uint8ArraysOrStrings, encoding) => {
      const strings = uint8ArraysToStrings(uint8ArraysOrStrings, encoding);
      return strings.join("");
    };
    uint8ArraysToStrings = (uint8ArraysOrStrings, encoding) => {
      if (encoding === "utf8" && uint8ArraysOrStrings.every((uint8ArrayOrString) => typeof uint8ArrayOrString === "string")) {
        return uint8ArraysOrStrings;
      }
      const decoder = new StringDecoder(encoding);
      const strings = uint8ArraysOrStrings.map((uint8ArrayOrString) => typeof uint8ArrayOrString === "string" ? stringToUint8Array(uint8ArrayOrString) : uint8ArrayOrString).map((uint8Array) => decoder.write(uint8Array));
      const finalString = decoder.end();
      return finalString === "" ? strings : [...strings, finalString];
    };
    joinToUint8Array = (uint8ArraysOrStrings) => {
      if (uint8ArraysOrStrings.length === 1 && isUint8Array(uint8ArraysOrStrings[0])) {
        return uint8ArraysOrStrings[0];
      }
      return concatUint8Arrays(stringsToUint8Arrays(uint8ArraysOrStrings));
    };
    stringsToUint8Arrays = (uint8ArraysOrStrings) => uint8ArraysOrStrings.map((uint8ArrayOrString) => typeof uint8ArrayOrString === "string" ? stringToUint8Array(uint8ArrayOrString) : uint8ArrayOrString);
    concatUint8Arrays = (uint8Arrays) => {
      const result2 = new Uint8Array(getJoinLength(uint8Arrays));
      let index = 0;
      for (const uint8Array of uint8Arrays) {
        result2.set(uint8Array, index);
        index += uint8Array.length;
      }
      return result2;
    };
    getJoinLength = (uint8Arrays) => {
      let joinLength = 0;
      for (const uint8Array of uint8Arrays) {
        joinLength += uint8Array.length;
      }
      return joinLength;
    };
  }
});

// node_modules/execa/lib/methods/template.js
import { ChildProcess } from "node:child_process";
var isTemplateString, parseTemplates, parseTemplate, splitByWhitespaces, DELIMITERS, ESCAPE_LENGTH, concatTokens, parseExpression, getSubprocessResult;
var init_template = __esm({
  "node_modules/execa/lib/methods/template.js"() {
    init_is_plain_obj();
    init_uint_array();
    isTemplateString = (templates) => Array.isArray(templates) && Array.isArray(templates.raw);
    parseTemplates = (templates, expressions) => {
      let tokens = [];
      for (const [index, template] of templates.entries()) {
        tokens = parseTemplate({
          templates,
          expressions,
          tokens,
          index,
          template
        });
      }
      if (tokens.length === 0) {
        throw new TypeError("Template script must not be empty");
      }
      const [file, ...commandArguments] = tokens;
      return [file, commandArguments, {}];
    };
    parseTemplate = ({ templates, expressions, tokens, index, template }) => {
      if (template === void 0) {
        throw new TypeError(`Invalid backslash sequence: ${templates.raw[index]}`);
      }
      const { nextTokens, leadingWhitespaces, trailingWhitespaces } = splitByWhitespaces(template, templates.raw[index]);
      const newTokens = concatTokens(tokens, nextTokens, leadingWhitespaces);
      if (index === expressions.length) {
        return newTokens;
      }
      const expression = expressions[index];
      const expressionTokens = Array.isArray(expression) ? expression.map((expression2) => parseExpression(expression2)) : [parseExpression(expression)];
      return concatTokens(newTokens, expressionTokens, trailingWhitespaces);
    };
    splitByWhitespaces = (template, rawTemplate) => {
      if (rawTemplate.length === 0) {
        return { nextTokens: [], leadingWhitespaces: false, trailingWhitespaces: false };
      }
      const nextTokens = [];
      let templateStart = 0;
      const leadingWhitespaces = DELIMITERS.has(rawTemplate[0]);
      for (let templateIndex = 0, rawIndex = 0; templateIndex < template.length; templateIndex += 1, rawIndex += 1) {
        const rawCharacter = rawTemplate[rawIndex];
        if (DELIMITERS.has(rawCharacter)) {
          if (templateStart !== templateIndex) {
            nextTokens.push(template.slice(templateStart, templateIndex));
          }
          templateStart = templateIndex + 1;
        } else if (rawCharacter === "\\") {
          const nextRawCharacter = rawTemplate[rawIndex + 1];
          if (nextRawCharacter === "\n") {
            templateIndex -= 1;
            rawIndex += 1;
          } else if (nextRawCharacter === "u" && rawTemplate[rawIndex + 2] === "{") {
            rawIndex = rawTemplate.indexOf("}", rawIndex + 3);
          } else {
            rawIndex += ESCAPE_LENGTH[nextRawCharacter] ?? 1;
          }
        }
      }
      const trailingWhitespaces = templateStart === template.length;
      if (!trailingWhitespaces) {
        nextTokens.push(template.slice(templateStart));
      }
      return { nextTokens, leadingWhitespaces, trailingWhitespaces };
    };
    DELIMITERS = /* @__PURE__ */ new Set([" ", "	", "\r", "\n"]);
    ESCAPE_LENGTH = { x: 3, u: 5 };
    concatTokens = (tokens, nextTokens, isSeparated) => isSeparated || tokens.length === 0 || nextTokens.length === 0 ? [...tokens, ...nextTokens] : [
      ...tokens.slice(0, -1),
      `${tokens.at(-1)}${nextTokens[0]}`,
      ...nextTokens.slice(1)
    ];
    parseExpression = (expression) => {
      const typeOfExpression = typeof expression;
      if (typeOfExpression === "string") {
        return expression;
      }
      if (typeOfExpression === "number") {
        return String(expression);
      }
      if (isPlainObject(expression) && ("stdout" in expression || "isMaxBuffer" in expression)) {
        return getSubprocessResult(expression);
      }
      if (expression instanceof ChildProcess || Object.prototype.toString.call(expression) === "[object Promise]") {
        throw new TypeError("Unexpected subprocess in template expression. Please use ${await subprocess} instead of ${subprocess}.");
      }
      throw new TypeError(`Unexpected "${typeOfExpression}" in template expression`);
    };
    getSubprocessResult = ({ stdout }) => {
      if (typeof stdout === "string") {
        return stdout;
      }
      if (isUint8Array(stdout)) {
        return uint8ArrayToString(stdout);
      }
      if (stdout === void 0) {
        throw new TypeError(`Missing result.stdout in template expression. This is probably due to the previous subprocess' "stdout" option.`);
      }
      throw new TypeError(`Unexpected "${typeof stdout}" stdout in template expression`);
    };
  }
});

// node_modules/execa/lib/utils/standard-stream.js
import process2 from "node:process";
var isStandardStream, STANDARD_STREAMS, STANDARD_STREAMS_ALIASES, getStreamName;
var init_standard_stream = __esm({
  "node_modules/execa/lib/utils/standard-stream.js"() {
    isStandardStream = (stream) => STANDARD_STREAMS.includes(stream);
    STANDARD_STREAMS = [process2.stdin, process2.stdout, process2.stderr];
    STANDARD_STREAMS_ALIASES = ["stdin", "stdout", "stderr"];
    getStreamName = (fdNumber) => STANDARD_STREAMS_ALIASES[fdNumber] ?? `stdio[${fdNumber}]`;
  }
});

// node_modules/execa/lib/arguments/specific.js
import { debuglog } from "node:util";
var normalizeFdSpecificOptions, normalizeFdSpecificOption, getStdioLength, normalizeFdSpecificValue, normalizeOptionObject, compareFdName, getFdNameOrder, parseFdName, parseFd, FD_REGEXP, addDefaultValue, verboseDefault, DEFAULT_OPTIONS, FD_SPECIFIC_OPTIONS, getFdSpecificValue;
var init_specific = __esm({
  "node_modules/execa/lib/arguments/specific.js"() {
    init_is_plain_obj();
    init_standard_stream();
    normalizeFdSpecificOptions = (options) => {
      const optionsCopy = { ...options };
      for (const optionName of FD_SPECIFIC_OPTIONS) {
        optionsCopy[optionName] = normalizeFdSpecificOption(options, optionName);
      }
      return optionsCopy;
    };
    normalizeFdSpecificOption = (options, optionName) => {
      const optionBaseArray = Array.from({ length: getStdioLength(options) + 1 });
      const optionArray = normalizeFdSpecificValue(options[optionName], optionBaseArray, optionName);
      return addDefaultValue(optionArray, optionName);
    };
    getStdioLength = ({ stdio }) => Array.isArray(stdio) ? Math.max(stdio.length, STANDARD_STREAMS_ALIASES.length) : STANDARD_STREAMS_ALIASES.length;
    normalizeFdSpecificValue = (optionValue, optionArray, optionName) => isPlainObject(optionValue) ? normalizeOptionObject(optionValue, optionArray, optionName) : optionArray.fill(optionValue);
    normalizeOptionObject = (optionValue, optionArray, optionName) => {
      for (const fdName of Object.keys(optionValue).sort(compareFdName)) {
        for (const fdNumber of parseFdName(fdName, optionName, optionArray)) {
          optionArray[fdNumber] = optionValue[fdName];
        }
      }
      return optionArray;
    };
    compareFdName = (fdNameA, fdNameB) => getFdNameOrder(fdNameA) < getFdNameOrder(fdNameB) ? 1 : -1;
    getFdNameOrder = (fdName) => {
      if (fdName === "stdout" || fdName === "stderr") {
        return 0;
      }
      return fdName === "all" ? 2 : 1;
    };
    parseFdName = (fdName, optionName, optionArray) => {
      if (fdName === "ipc") {
        return [optionArray.length - 1];
      }
      const fdNumber = parseFd(fdName);
      if (fdNumber === void 0 || fdNumber === 0) {
        throw new TypeError(`"${optionName}.${fdName}" is invalid.
It must be "${optionName}.stdout", "${optionName}.stderr", "${optionName}.all", "${optionName}.ipc", or "${optionName}.fd3", "${optionName}.fd4" (and so on).`);
      }
      if (fdNumber >= optionArray.length) {
        throw new TypeError(`"${optionName}.${fdName}" is invalid: that file descriptor does not exist.
Please set the "stdio" option to ensure that file descriptor exists.`);
      }
      return fdNumber === "all" ? [1, 2] : [fdNumber];
    };
    parseFd = (fdName) => {
      if (fdName === "all") {
        return fdName;
      }
      if (STANDARD_STREAMS_ALIASES.includes(fdName)) {
        return STANDARD_STREAMS_ALIASES.indexOf(fdName);
      }
      const regexpResult = FD_REGEXP.exec(fdName);
      if (regexpResult !== null) {
        return Number(regexpResult[1]);
      }
    };
    FD_REGEXP = /^fd(\d+)$/;
    addDefaultValue = (optionArray, optionName) => optionArray.map((optionValue) => optionValue === void 0 ? DEFAULT_OPTIONS[optionName] : optionValue);
    verboseDefault = debuglog("execa").enabled ? "full" : "none";
    DEFAULT_OPTIONS = {
      lines: false,
      buffer: true,
      maxBuffer: 1e3 * 1e3 * 100,
      verbose: verboseDefault,
      stripFinalNewline: true
    };
    FD_SPECIFIC_OPTIONS = ["lines", "buffer", "maxBuffer", "verbose", "stripFinalNewline"];
    getFdSpecificValue = (optionArray, fdNumber) => fdNumber === "ipc" ? optionArray.at(-1) : optionArray[fdNumber];
  }
});

// node_modules/execa/lib/verbose/values.js
var isVerbose, isFullVerbose, getVerboseFunction, getFdVerbose, getFdGenericVerbose, isVerboseFunction, VERBOSE_VALUES;
var init_values = __esm({
  "node_modules/execa/lib/verbose/values.js"() {
    init_specific();
    isVerbose = ({ verbose }, fdNumber) => getFdVerbose(verbose, fdNumber) !== "none";
    isFullVerbose = ({ verbose }, fdNumber) => !["none", "short"].includes(getFdVerbose(verbose, fdNumber));
    getVerboseFunction = ({ verbose }, fdNumber) => {
      const fdVerbose = getFdVerbose(verbose, fdNumber);
      return isVerboseFunction(fdVerbose) ? fdVerbose : void 0;
    };
    getFdVerbose = (verbose, fdNumber) => fdNumber === void 0 ? getFdGenericVerbose(verbose) : getFdSpecificValue(verbose, fdNumber);
    getFdGenericVerbose = (verbose) => verbose.find((fdVerbose) => isVerboseFunction(fdVerbose)) ?? VERBOSE_VALUES.findLast((fdVerbose) => verbose.includes(fdVerbose));
    isVerboseFunction = (fdVerbose) => typeof fdVerbose === "function";
    VERBOSE_VALUES = ["none", "short", "full"];
  }
});

// node_modules/execa/lib/arguments/escape.js
import { platform } from "node:process";
import { stripVTControlCharacters } from "node:util";
var joinCommand, escapeLines, escapeControlCharacters, escapeControlCharacter, getSpecialCharRegExp, SPECIAL_CHAR_REGEXP, COMMON_ESCAPES, ASTRAL_START, quoteString, NO_ESCAPE_REGEXP;
var init_escape = __esm({
  "node_modules/execa/lib/arguments/escape.js"() {
    joinCommand = (filePath, rawArguments) => {
      const fileAndArguments = [filePath, ...rawArguments];
      const command = fileAndArguments.join(" ");
      const escapedCommand = fileAndArguments.map((fileAndArgument) => quoteString(escapeControlCharacters(fileAndArgument))).join(" ");
      return { command, escapedCommand };
    };
    escapeLines = (lines) => stripVTControlCharacters(lines).split("\n").map((line) => escapeControlCharacters(line)).join("\n");
    escapeControlCharacters = (line) => line.replaceAll(SPECIAL_CHAR_REGEXP, (character) => escapeControlCharacter(character));
    escapeControlCharacter = (character) => {
      const commonEscape = COMMON_ESCAPES[character];
      if (commonEscape !== void 0) {
        return commonEscape;
      }
      const codepoint = character.codePointAt(0);
      const codepointHex = codepoint.toString(16);
      return codepoint <= ASTRAL_START ? `\\u${codepointHex.padStart(4, "0")}` : `\\U${codepointHex}`;
    };
    getSpecialCharRegExp = () => {
      try {
        return new RegExp("\\p{Separator}|\\p{Other}", "gu");
      } catch {
        return /[\s\u0000-\u001F\u007F-\u009F\u00AD]/g;
      }
    };
    SPECIAL_CHAR_REGEXP = getSpecialCharRegExp();
    COMMON_ESCAPES = {
      " ": " ",
      "\b": "\\b",
      "\f": "\\f",
      "\n": "\\n",
      "\r": "\\r",
      "	": "\\t"
    };
    ASTRAL_START = 65535;
    quoteString = (escapedArgument) => {
      if (NO_ESCAPE_REGEXP.test(escapedArgument)) {
        return escapedArgument;
      }
      return platform === "win32" ? `"${escapedArgument.replaceAll('"', '""')}"` : `'${escapedArgument.replaceAll("'", "'\\''")}'`;
    };
    NO_ESCAPE_REGEXP = /^[\w./-]+$/;
  }
});

// node_modules/is-unicode-supported/index.js
import process3 from "node:process";
function isUnicodeSupported() {
  const { env } = process3;
  const { TERM, TERM_PROGRAM } = env;
  if (process3.platform !== "win32") {
    return TERM !== "linux";
  }
  return Boolean(env.WT_SESSION) || Boolean(env.TERMINUS_SUBLIME) || env.ConEmuTask === "{cmd::Cmder}" || TERM_PROGRAM === "Terminus-Sublime" || TERM_PROGRAM === "vscode" || TERM === "xterm-256color" || TERM === "alacritty" || TERM === "rxvt-unicode" || TERM === "rxvt-unicode-256color" || env.TERMINAL_EMULATOR === "JetBrains-JediTerm";
}
var init_is_unicode_supported = __esm({
  "node_modules/is-unicode-supported/index.js"() {
  }
});

// node_modules/figures/index.js
var common, specialMainSymbols, specialFallbackSymbols, mainSymbols, fallbackSymbols, shouldUseMain, figures, figures_default, replacements;
var init_figures = __esm({
  "node_modules/figures/index.js"() {
    init_is_unicode_supported();
    common = {
      circleQuestionMark: "(?)",
      questionMarkPrefix: "(?)",
      square: "█",
      squareDarkShade: "▓",
      squareMediumShade: "▒",
      squareLightShade: "░",
      squareTop: "▀",
      squareBottom: "▄",
      squareLeft: "▌",
      squareRight: "▐",
      squareCenter: "■",
      bullet: "●",
      dot: "․",
      ellipsis: "…",
      pointerSmall: "›",
      triangleUp: "▲",
      triangleUpSmall: "▴",
      triangleDown: "▼",
      triangleDownSmall: "▾",
      triangleLeftSmall: "◂",
      triangleRightSmall: "▸",
      home: "⌂",
      heart: "♥",
      musicNote: "♪",
      musicNoteBeamed: "♫",
      arrowUp: "↑",
      arrowDown: "↓",
      arrowLeft: "←",
      arrowRight: "→",
      arrowLeftRight: "↔",
      arrowUpDown: "↕",
      almostEqual: "≈",
      notEqual: "≠",
      lessOrEqual: "≤",
      greaterOrEqual: "≥",
      identical: "≡",
      infinity: "∞",
      subscriptZero: "₀",
      subscriptOne: "₁",
      subscriptTwo: "₂",
      subscriptThree: "₃",
      subscriptFour: "₄",
      subscriptFive: "₅",
      subscriptSix: "₆",
      subscriptSeven: "₇",
      subscriptEight: "₈",
      subscriptNine: "₉",
      oneHalf: "½",
      oneThird: "⅓",
      oneQuarter: "¼",
      oneFifth: "⅕",
      oneSixth: "⅙",
      oneEighth: "⅛",
      twoThirds: "⅔",
      twoFifths: "⅖",
      threeQuarters: "¾",
      threeFifths: "⅗",
      threeEighths: "⅜",
      fourFifths: "⅘",
      fiveSixths: "⅚",
      fiveEighths: "⅝",
      sevenEighths: "⅞",
      line: "─",
      lineBold: "━",
      lineDouble: "═",
      lineDashed0: "┄",
      lineDashed1: "┅",
      lineDashed2: "┈",
      lineDashed3: "┉",
      lineDashed4: "╌",
      lineDashed5: "╍",
      lineDashed6: "╴",
      lineDashed7: "╶",
      lineDashed8: "╸",
      lineDashed9: "╺",
      lineDashed10: "╼",
      lineDashed11: "╾",
      lineDashed12: "−",
      lineDashed13: "–",
      lineDashed14: "‐",
      lineDashed15: "⁃",
      lineVertical: "│",
      lineVerticalBold: "┃",
      lineVerticalDouble: "║",
      lineVerticalDashed0: "┆",
      lineVerticalDashed1: "┇",
      lineVerticalDashed2: "┊",
      lineVerticalDashed3: "┋",
      lineVerticalDashed4: "╎",
      lineVerticalDashed5: "╏",
      lineVerticalDashed6: "╵",
      lineVerticalDashed7: "╷",
      lineVerticalDashed8: "╹",
      lineVerticalDashed9: "╻",
      lineVerticalDashed10: "╽",
      lineVerticalDashed11: "╿",
      lineDownLeft: "┐",
      lineDownLeftArc: "╮",
      lineDownBoldLeftBold: "┓",
      lineDownBoldLeft: "┒",
      lineDownLeftBold: "┑",
      lineDownDoubleLeftDouble: "╗",
      lineDownDoubleLeft: "╖",
      lineDownLeftDouble: "╕",
      lineDownRight: "┌",
      lineDownRightArc: "╭",
      lineDownBoldRightBold: "┏",
      lineDownBoldRight: "┎",
      lineDownRightBold: "┍",
      lineDownDoubleRightDouble: "╔",
      lineDownDoubleRight: "╓",
      lineDownRightDouble: "╒",
      lineUpLeft: "┘",
      lineUpLeftArc: "╯",
      lineUpBoldLeftBold: "┛",
      lineUpBoldLeft: "┚",
      lineUpLeftBold: "┙",
      lineUpDoubleLeftDouble: "╝",
      lineUpDoubleLeft: "╜",
      lineUpLeftDouble: "╛",
      lineUpRight: "└",
      lineUpRightArc: "╰",
      lineUpBoldRightBold: "┗",
      lineUpBoldRight: "┖",
      lineUpRightBold: "┕",
      lineUpDoubleRightDouble: "╚",
      lineUpDoubleRight: "╙",
      lineUpRightDouble: "╘",
      lineUpDownLeft: "┤",
      lineUpBoldDownBoldLeftBold: "┫",
      lineUpBoldDownBoldLeft: "┨",
      lineUpDownLeftBold: "┥",
      lineUpBoldDownLeftBold: "┩",
      lineUpDownBoldLeftBold: "┪",
      lineUpDownBoldLeft: "┧",
      lineUpBoldDownLeft: "┦",
      lineUpDoubleDownDoubleLeftDouble: "╣",
      lineUpDoubleDownDoubleLeft: "╢",
      lineUpDownLeftDouble: "╡",
      lineUpDownRight: "├",
      lineUpBoldDownBoldRightBold: "┣",
      lineUpBoldDownBoldRight: "┠",
      lineUpDownRightBold: "┝",
      lineUpBoldDownRightBold: "┡",
      lineUpDownBoldRightBold: "┢",
      lineUpDownBoldRight: "┟",
      lineUpBoldDownRight: "┞",
      lineUpDoubleDownDoubleRightDouble: "╠",
      lineUpDoubleDownDoubleRight: "╟",
      lineUpDownRightDouble: "╞",
      lineDownLeftRight: "┬",
      lineDownBoldLeftBoldRightBold: "┳",
      lineDownLeftBoldRightBold: "┯",
      lineDownBoldLeftRight: "┰",
      lineDownBoldLeftBoldRight: "┱",
      lineDownBoldLeftRightBold: "┲",
      lineDownLeftRightBold: "┮",
      lineDownLeftBoldRight: "┭",
      lineDownDoubleLeftDoubleRightDouble: "╦",
      lineDownDoubleLeftRight: "╥",
      lineDownLeftDoubleRightDouble: "╤",
      lineUpLeftRight: "┴",
      lineUpBoldLeftBoldRightBold: "┻",
      lineUpLeftBoldRightBold: "┷",
      lineUpBoldLeftRight: "┸",
      lineUpBoldLeftBoldRight: "┹",
      lineUpBoldLeftRightBold: "┺",
      lineUpLeftRightBold: "┶",
      lineUpLeftBoldRight: "┵",
      lineUpDoubleLeftDoubleRightDouble: "╩",
      lineUpDoubleLeftRight: "╨",
      lineUpLeftDoubleRightDouble: "╧",
      lineUpDownLeftRight: "┼",
      lineUpBoldDownBoldLeftBoldRightBold: "╋",
      lineUpDownBoldLeftBoldRightBold: "╈",
      lineUpBoldDownLeftBoldRightBold: "╇",
      lineUpBoldDownBoldLeftRightBold: "╊",
      lineUpBoldDownBoldLeftBoldRight: "╉",
      lineUpBoldDownLeftRight: "╀",
      lineUpDownBoldLeftRight: "╁",
      lineUpDownLeftBoldRight: "┽",
      lineUpDownLeftRightBold: "┾",
      lineUpBoldDownBoldLeftRight: "╂",
      lineUpDownLeftBoldRightBold: "┿",
      lineUpBoldDownLeftBoldRight: "╃",
      lineUpBoldDownLeftRightBold: "╄",
      lineUpDownBoldLeftBoldRight: "╅",
      lineUpDownBoldLeftRightBold: "╆",
      lineUpDoubleDownDoubleLeftDoubleRightDouble: "╬",
      lineUpDoubleDownDoubleLeftRight: "╫",
      lineUpDownLeftDoubleRightDouble: "╪",
      lineCross: "╳",
      lineBackslash: "╲",
      lineSlash: "╱"
    };
    specialMainSymbols = {
      tick: "✔",
      info: "ℹ",
      warning: "⚠",
      cross: "✘",
      squareSmall: "◻",
      squareSmallFilled: "◼",
      circle: "◯",
      circleFilled: "◉",
      circleDotted: "◌",
      circleDouble: "◎",
      circleCircle: "ⓞ",
      circleCross: "ⓧ",
      circlePipe: "Ⓘ",
      radioOn: "◉",
      radioOff: "◯",
      checkboxOn: "☒",
      checkboxOff: "☐",
      checkboxCircleOn: "ⓧ",
      checkboxCircleOff: "Ⓘ",
      pointer: "❯",
      triangleUpOutline: "△",
      triangleLeft: "◀",
      triangleRight: "▶",
      lozenge: "◆",
      lozengeOutline: "◇",
      hamburger: "☰",
      smiley: "㋡",
      mustache: "෴",
      star: "★",
      play: "▶",
      nodejs: "⬢",
      oneSeventh: "⅐",
      oneNinth: "⅑",
      oneTenth: "⅒"
    };
    specialFallbackSymbols = {
      tick: "√",
      info: "i",
      warning: "‼",
      cross: "×",
      squareSmall: "□",
      squareSmallFilled: "■",
      circle: "( )",
      circleFilled: "(*)",
      circleDotted: "( )",
      circleDouble: "( )",
      circleCircle: "(○)",
      circleCross: "(×)",
      circlePipe: "(│)",
      radioOn: "(*)",
      radioOff: "( )",
      checkboxOn: "[×]",
      checkboxOff: "[ ]",
      checkboxCircleOn: "(×)",
      checkboxCircleOff: "( )",
      pointer: ">",
      triangleUpOutline: "∆",
      triangleLeft: "◄",
      triangleRight: "►",
      lozenge: "♦",
      lozengeOutline: "◊",
      hamburger: "≡",
      smiley: "☺",
      mustache: "┌─┐",
      star: "✶",
      play: "►",
      nodejs: "♦",
      oneSeventh: "1/7",
      oneNinth: "1/9",
      oneTenth: "1/10"
    };
    mainSymbols = { ...common, ...specialMainSymbols };
    fallbackSymbols = { ...common, ...specialFallbackSymbols };
    shouldUseMain = isUnicodeSupported();
    figures = shouldUseMain ? mainSymbols : fallbackSymbols;
    figures_default = figures;
    replacements = Object.entries(specialMainSymbols);
  }
});

// node_modules/yoctocolors/base.js
import tty from "node:tty";
var hasColors, format, reset, bold, dim, italic, underline, underlineDouble, underlineCurly, underlineDotted, underlineDashed, overline, inverse, hidden, strikethrough, black, red, green, yellow, blue, magenta, cyan, white, gray, bgBlack, bgRed, bgGreen, bgYellow, bgBlue, bgMagenta, bgCyan, bgWhite, bgGray, redBright, greenBright, yellowBright, blueBright, magentaBright, cyanBright, whiteBright, bgRedBright, bgGreenBright, bgYellowBright, bgBlueBright, bgMagentaBright, bgCyanBright, bgWhiteBright, underlineBlack, underlineRed, underlineGreen, underlineYellow, underlineBlue, underlineMagenta, underlineCyan, underlineWhite, underlineGray, underlineRedBright, underlineGreenBright, underlineYellowBright, underlineBlueBright, underlineMagentaBright, underlineCyanBright, underlineWhiteBright;
var init_base = __esm({
  "node_modules/yoctocolors/base.js"() {
    hasColors = tty?.WriteStream?.prototype?.hasColors?.() ?? false;
    format = (open, close) => {
      if (!hasColors) {
        return (input) => input;
      }
      const openCode = `\x1B[${open}m`;
      const closeCode = `\x1B[${close}m`;
      return (input) => {
        const string = input + "";
        let index = string.indexOf(closeCode);
        if (index === -1) {
          return openCode + string + closeCode;
        }
        let result2 = openCode;
        let lastIndex = 0;
        const reopenOnNestedClose = close === 22;
        const replaceCode = (reopenOnNestedClose ? closeCode : "") + openCode;
        while (index !== -1) {
          result2 += string.slice(lastIndex, index) + replaceCode;
          lastIndex = index + closeCode.length;
          index = string.indexOf(closeCode, lastIndex);
        }
        result2 += string.slice(lastIndex) + closeCode;
        return result2;
      };
    };
    reset = format(0, 0);
    bold = format(1, 22);
    dim = format(2, 22);
    italic = format(3, 23);
    underline = format(4, 24);
    underlineDouble = format("4:2", 24);
    underlineCurly = format("4:3", 24);
    underlineDotted = format("4:4", 24);
    underlineDashed = format("4:5", 24);
    overline = format(53, 55);
    inverse = format(7, 27);
    hidden = format(8, 28);
    strikethrough = format(9, 29);
    black = format(30, 39);
    red = format(31, 39);
    green = format(32, 39);
    yellow = format(33, 39);
    blue = format(34, 39);
    magenta = format(35, 39);
    cyan = format(36, 39);
    white = format(37, 39);
    gray = format(90, 39);
    bgBlack = format(40, 49);
    bgRed = format(41, 49);
    bgGreen = format(42, 49);
    bgYellow = format(43, 49);
    bgBlue = format(44, 49);
    bgMagenta = format(45, 49);
    bgCyan = format(46, 49);
    bgWhite = format(47, 49);
    bgGray = format(100, 49);
    redBright = format(91, 39);
    greenBright = format(92, 39);
    yellowBright = format(93, 39);
    blueBright = format(94, 39);
    magentaBright = format(95, 39);
    cyanBright = format(96, 39);
    whiteBright = format(97, 39);
    bgRedBright = format(101, 49);
    bgGreenBright = format(102, 49);
    bgYellowBright = format(103, 49);
    bgBlueBright = format(104, 49);
    bgMagentaBright = format(105, 49);
    bgCyanBright = format(106, 49);
    bgWhiteBright = format(107, 49);
    underlineBlack = format("58;5;0", 59);
    underlineRed = format("58;5;1", 59);
    underlineGreen = format("58;5;2", 59);
    underlineYellow = format("58;5;3", 59);
    underlineBlue = format("58;5;4", 59);
    underlineMagenta = format("58;5;5", 59);
    underlineCyan = format("58;5;6", 59);
    underlineWhite = format("58;5;7", 59);
    underlineGray = format("58;5;8", 59);
    underlineRedBright = format("58;5;9", 59);
    underlineGreenBright = format("58;5;10", 59);
    underlineYellowBright = format("58;5;11", 59);
    underlineBlueBright = format("58;5;12", 59);
    underlineMagentaBright = format("58;5;13", 59);
    underlineCyanBright = format("58;5;14", 59);
    underlineWhiteBright = format("58;5;15", 59);
  }
});

// node_modules/yoctocolors/index.js
var init_yoctocolors = __esm({
  "node_modules/yoctocolors/index.js"() {
    init_base();
    init_base();
  }
});

// node_modules/execa/lib/verbose/default.js
var defaultVerboseFunction, serializeTimestamp, padField, getFinalIcon, ICONS, identity, COLORS;
var init_default = __esm({
  "node_modules/execa/lib/verbose/default.js"() {
    init_figures();
    init_yoctocolors();
    defaultVerboseFunction = ({
      type,
      message,
      timestamp,
      piped,
      commandId,
      result: { failed = false } = {},
      options: { reject = true }
    }) => {
      const timestampString = serializeTimestamp(timestamp);
      const icon = ICONS[type]({ failed, reject, piped });
      const color = COLORS[type]({ reject });
      return `${gray(`[${timestampString}]`)} ${gray(`[${commandId}]`)} ${color(icon)} ${color(message)}`;
    };
    serializeTimestamp = (timestamp) => `${padField(timestamp.getHours(), 2)}:${padField(timestamp.getMinutes(), 2)}:${padField(timestamp.getSeconds(), 2)}.${padField(timestamp.getMilliseconds(), 3)}`;
    padField = (field, padding) => String(field).padStart(padding, "0");
    getFinalIcon = ({ failed, reject }) => {
      if (!failed) {
        return figures_default.tick;
      }
      return reject ? figures_default.cross : figures_default.warning;
    };
    ICONS = {
      command: ({ piped }) => piped ? "|" : "$",
      output: () => " ",
      ipc: () => "*",
      error: getFinalIcon,
      duration: getFinalIcon
    };
    identity = (string) => string;
    COLORS = {
      command: () => bold,
      output: () => identity,
      ipc: () => identity,
      error: ({ reject }) => reject ? redBright : yellowBright,
      duration: () => gray
    };
  }
});

// node_modules/execa/lib/verbose/custom.js
var applyVerboseOnLines, applyVerboseFunction, appendNewline;
var init_custom = __esm({
  "node_modules/execa/lib/verbose/custom.js"() {
    init_values();
    applyVerboseOnLines = (printedLines, verboseInfo, fdNumber) => {
      const verboseFunction = getVerboseFunction(verboseInfo, fdNumber);
      return printedLines.map(({ verboseLine, verboseObject }) => applyVerboseFunction(verboseLine, verboseObject, verboseFunction)).filter((printedLine) => printedLine !== void 0).map((printedLine) => appendNewline(printedLine)).join("");
    };
    applyVerboseFunction = (verboseLine, verboseObject, verboseFunction) => {
      if (verboseFunction === void 0) {
        return verboseLine;
      }
      const printedLine = verboseFunction(verboseLine, verboseObject);
      if (typeof printedLine === "string") {
        return printedLine;
      }
    };
    appendNewline = (printedLine) => printedLine.endsWith("\n") ? printedLine : `${printedLine}
`;
  }
});

// node_modules/execa/lib/verbose/log.js
import { inspect } from "node:util";
var verboseLog, getVerboseObject, getPrintedLines, getPrintedLine, serializeVerboseMessage, TAB_SIZE;
var init_log = __esm({
  "node_modules/execa/lib/verbose/log.js"() {
    init_escape();
    init_default();
    init_custom();
    verboseLog = ({ type, verboseMessage, fdNumber, verboseInfo, result: result2 }) => {
      const verboseObject = getVerboseObject({ type, result: result2, verboseInfo });
      const printedLines = getPrintedLines(verboseMessage, verboseObject);
      const finalLines = applyVerboseOnLines(printedLines, verboseInfo, fdNumber);
      if (finalLines !== "") {
        console.warn(finalLines.slice(0, -1));
      }
    };
    getVerboseObject = ({
      type,
      result: result2,
      verboseInfo: { escapedCommand, commandId, rawOptions: { piped = false, ...options } }
    }) => ({
      type,
      escapedCommand,
      commandId: `${commandId}`,
      timestamp: /* @__PURE__ */ new Date(),
      piped,
      result: result2,
      options
    });
    getPrintedLines = (verboseMessage, verboseObject) => verboseMessage.split("\n").map((message) => getPrintedLine({ ...verboseObject, message }));
    getPrintedLine = (verboseObject) => {
      const verboseLine = defaultVerboseFunction(verboseObject);
      return { verboseLine, verboseObject };
    };
    serializeVerboseMessage = (message) => {
      const messageString = typeof message === "string" ? message : inspect(message);
      const escapedMessage = escapeLines(messageString);
      return escapedMessage.replaceAll("	", " ".repeat(TAB_SIZE));
    };
    TAB_SIZE = 2;
  }
});

// node_modules/execa/lib/verbose/start.js
var logCommand;
var init_start = __esm({
  "node_modules/execa/lib/verbose/start.js"() {
    init_values();
    init_log();
    logCommand = (escapedCommand, verboseInfo) => {
      if (!isVerbose(verboseInfo)) {
        return;
      }
      verboseLog({
        type: "command",
        verboseMessage: escapedCommand,
        verboseInfo
      });
    };
  }
});

// node_modules/execa/lib/verbose/info.js
var getVerboseInfo, getCommandId, COMMAND_ID, validateVerbose;
var init_info = __esm({
  "node_modules/execa/lib/verbose/info.js"() {
    init_values();
    getVerboseInfo = (verbose, escapedCommand, rawOptions) => {
      validateVerbose(verbose);
      const commandId = getCommandId(verbose);
      return {
        verbose,
        escapedCommand,
        commandId,
        rawOptions
      };
    };
    getCommandId = (verbose) => isVerbose({ verbose }) ? COMMAND_ID++ : void 0;
    COMMAND_ID = 0n;
    validateVerbose = (verbose) => {
      for (const fdVerbose of verbose) {
        if (fdVerbose === false) {
          throw new TypeError(`The "verbose: false" option was renamed to "verbose: 'none'".`);
        }
        if (fdVerbose === true) {
          throw new TypeError(`The "verbose: true" option was renamed to "verbose: 'short'".`);
        }
        if (!VERBOSE_VALUES.includes(fdVerbose) && !isVerboseFunction(fdVerbose)) {
          const allowedValues = VERBOSE_VALUES.map((allowedValue) => `'${allowedValue}'`).join(", ");
          throw new TypeError(`The "verbose" option must not be ${fdVerbose}. Allowed values are: ${allowedValues} or a function.`);
        }
      }
    };
  }
});

// node_modules/execa/lib/return/duration.js
import { hrtime } from "node:process";
var getStartTime, getDurationMs;
var init_duration = __esm({
  "node_modules/execa/lib/return/duration.js"() {
    getStartTime = () => hrtime.bigint();
    getDurationMs = (startTime) => Number(hrtime.bigint() - startTime) / 1e6;
  }
});

// node_modules/execa/lib/arguments/command.js
var handleCommand;
var init_command = __esm({
  "node_modules/execa/lib/arguments/command.js"() {
    init_start();
    init_info();
    init_duration();
    init_escape();
    init_specific();
    handleCommand = (filePath, rawArguments, rawOptions) => {
      const startTime = getStartTime();
      const { command, escapedCommand } = joinCommand(filePath, rawArguments);
      const verbose = normalizeFdSpecificOption(rawOptions, "verbose");
      const verboseInfo = getVerboseInfo(verbose, escapedCommand, { ...rawOptions });
      logCommand(escapedCommand, verboseInfo);
      return {
        command,
        escapedCommand,
        startTime,
        verboseInfo
      };
    };
  }
});

// node_modules/isexe/windows.js
var require_windows = __commonJS({
  "node_modules/isexe/windows.js"(exports, module) {
    module.exports = isexe;
    isexe.sync = sync;
    var fs = __require("fs");
    function checkPathExt(path27, options) {
      var pathext = options.pathExt !== void 0 ? options.pathExt : process.env.PATHEXT;
      if (!pathext) {
        return true;
      }
      pathext = pathext.split(";");
      if (pathext.indexOf("") !== -1) {
        return true;
      }
      for (var i3 = 0; i3 < pathext.length; i3++) {
        var p = pathext[i3].toLowerCase();
        if (p && path27.substr(-p.length).toLowerCase() === p) {
          return true;
        }
      }
      return false;
    }
    function checkStat(stat8, path27, options) {
      if (!stat8.isSymbolicLink() && !stat8.isFile()) {
        return false;
      }
      return checkPathExt(path27, options);
    }
    function isexe(path27, options, cb) {
      fs.stat(path27, function(er, stat8) {
        cb(er, er ? false : checkStat(stat8, path27, options));
      });
    }
    function sync(path27, options) {
      return checkStat(fs.statSync(path27), path27, options);
    }
  }
});

// node_modules/isexe/mode.js
var require_mode = __commonJS({
  "node_modules/isexe/mode.js"(exports, module) {
    module.exports = isexe;
    isexe.sync = sync;
    var fs = __require("fs");
    function isexe(path27, options, cb) {
      fs.stat(path27, function(er, stat8) {
        cb(er, er ? false : checkStat(stat8, options));
      });
    }
    function sync(path27, options) {
      return checkStat(fs.statSync(path27), options);
    }
    function checkStat(stat8, options) {
      return stat8.isFile() && checkMode(stat8, options);
    }
    function checkMode(stat8, options) {
      var mod = stat8.mode;
      var uid = stat8.uid;
      var gid = stat8.gid;
      var myUid = options.uid !== void 0 ? options.uid : process.getuid && process.getuid();
      var myGid = options.gid !== void 0 ? options.gid : process.getgid && process.getgid();
      var u2 = parseInt("100", 8);
      var g = parseInt("010", 8);
      var o2 = parseInt("001", 8);
      var ug = u2 | g;
      var ret = mod & o2 || mod & g && gid === myGid || mod & u2 && uid === myUid || mod & ug && myUid === 0;
      return ret;
    }
  }
});

// node_modules/isexe/index.js
var require_isexe = __commonJS({
  "node_modules/isexe/index.js"(exports, module) {
    var fs = __require("fs");
    var core;
    if (process.platform === "win32" || global.TESTING_WINDOWS) {
      core = require_windows();
    } else {
      core = require_mode();
    }
    module.exports = isexe;
    isexe.sync = sync;
    function isexe(path27, options, cb) {
      if (typeof options === "function") {
        cb = options;
        options = {};
      }
      if (!cb) {
        if (typeof Promise !== "function") {
          throw new TypeError("callback not provided");
        }
        return new Promise(function(resolve, reject) {
          isexe(path27, options || {}, function(er, is) {
            if (er) {
              reject(er);
            } else {
              resolve(is);
            }
          });
        });
      }
      core(path27, options || {}, function(er, is) {
        if (er) {
          if (er.code === "EACCES" || options && options.ignoreErrors) {
            er = null;
            is = false;
          }
        }
        cb(er, is);
      });
    }
    function sync(path27, options) {
      try {
        return core.sync(path27, options || {});
      } catch (er) {
        if (options && options.ignoreErrors || er.code === "EACCES") {
          return false;
        } else {
          throw er;
        }
      }
    }
  }
});

// node_modules/which/which.js
var require_which = __commonJS({
  "node_modules/which/which.js"(exports, module) {
    var isWindows = process.platform === "win32" || process.env.OSTYPE === "cygwin" || process.env.OSTYPE === "msys";
    var path27 = __require("path");
    var COLON = isWindows ? ";" : ":";
    var isexe = require_isexe();
    var getNotFoundError = (cmd) => Object.assign(new Error(`not found: ${cmd}`), { code: "ENOENT" });
    var getPathInfo = (cmd, opt) => {
      const colon = opt.colon || COLON;
      const pathEnv = cmd.match(/\//) || isWindows && cmd.match(/\\/) ? [""] : [
        // windows always checks the cwd first
        ...isWindows ? [process.cwd()] : [],
        ...(opt.path || process.env.PATH || /* istanbul ignore next: very unusual */
        "").split(colon)
      ];
      const pathExtExe = isWindows ? opt.pathExt || process.env.PATHEXT || ".EXE;.CMD;.BAT;.COM" : "";
      const pathExt = isWindows ? pathExtExe.split(colon) : [""];
      if (isWindows) {
        if (cmd.indexOf(".") !== -1 && pathExt[0] !== "")
          pathExt.unshift("");
      }
      return {
        pathEnv,
        pathExt,
        pathExtExe
      };
    };
    var which = (cmd, opt, cb) => {
      if (typeof opt === "function") {
        cb = opt;
        opt = {};
      }
      if (!opt)
        opt = {};
      const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt);
      const found = [];
      const step = (i3) => new Promise((resolve, reject) => {
        if (i3 === pathEnv.length)
          return opt.all && found.length ? resolve(found) : reject(getNotFoundError(cmd));
        const ppRaw = pathEnv[i3];
        const pathPart = /^".*"$/.test(ppRaw) ? ppRaw.slice(1, -1) : ppRaw;
        const pCmd = path27.join(pathPart, cmd);
        const p = !pathPart && /^\.[\\\/]/.test(cmd) ? cmd.slice(0, 2) + pCmd : pCmd;
        resolve(subStep(p, i3, 0));
      });
      const subStep = (p, i3, ii) => new Promise((resolve, reject) => {
        if (ii === pathExt.length)
          return resolve(step(i3 + 1));
        const ext = pathExt[ii];
        isexe(p + ext, { pathExt: pathExtExe }, (er, is) => {
          if (!er && is) {
            if (opt.all)
              found.push(p + ext);
            else
              return resolve(p + ext);
          }
          return resolve(subStep(p, i3, ii + 1));
        });
      });
      return cb ? step(0).then((res) => cb(null, res), cb) : step(0);
    };
    var whichSync = (cmd, opt) => {
      opt = opt || {};
      const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt);
      const found = [];
      for (let i3 = 0; i3 < pathEnv.length; i3++) {
        const ppRaw = pathEnv[i3];
        const pathPart = /^".*"$/.test(ppRaw) ? ppRaw.slice(1, -1) : ppRaw;
        const pCmd = path27.join(pathPart, cmd);
        const p = !pathPart && /^\.[\\\/]/.test(cmd) ? cmd.slice(0, 2) + pCmd : pCmd;
        for (let j = 0; j < pathExt.length; j++) {
          const cur = p + pathExt[j];
          try {
            const is = isexe.sync(cur, { pathExt: pathExtExe });
            if (is) {
              if (opt.all)
                found.push(cur);
              else
                return cur;
            }
          } catch (ex) {
          }
        }
      }
      if (opt.all && found.length)
        return found;
      if (opt.nothrow)
        return null;
      throw getNotFoundError(cmd);
    };
    module.exports = which;
    which.sync = whichSync;
  }
});

// node_modules/path-key/index.js
var require_path_key = __commonJS({
  "node_modules/path-key/index.js"(exports, module) {
    "use strict";
    var pathKey2 = (options = {}) => {
      const environment = options.env || process.env;
      const platform2 = options.platform || process.platform;
      if (platform2 !== "win32") {
        return "PATH";
      }
      return Object.keys(environment).reverse().find((key) => key.toUpperCase() === "PATH") || "Path";
    };
    module.exports = pathKey2;
    module.exports.default = pathKey2;
  }
});

// node_modules/cross-spawn/lib/util/resolveCommand.js
var require_resolveCommand = __commonJS({
  "node_modules/cross-spawn/lib/util/resolveCommand.js"(exports, module) {
    "use strict";
    var path27 = __require("path");
    var which = require_which();
    var getPathKey = require_path_key();
    function resolveCommandAttempt(parsed, withoutPathExt) {
      const env = parsed.options.env || process.env;
      const cwd = process.cwd();
      const hasCustomCwd = parsed.options.cwd != null;
      const shouldSwitchCwd = hasCustomCwd && process.chdir !== void 0 && !process.chdir.disabled;
      if (shouldSwitchCwd) {
        try {
          process.chdir(parsed.options.cwd);
        } catch (err2) {
        }
      }
      let resolved;
      try {
        resolved = which.sync(parsed.command, {
          path: env[getPathKey({ env })],
          pathExt: withoutPathExt ? path27.delimiter : void 0
        });
      } catch (e) {
      } finally {
        if (shouldSwitchCwd) {
          process.chdir(cwd);
        }
      }
      if (resolved) {
        resolved = path27.resolve(hasCustomCwd ? parsed.options.cwd : "", resolved);
      }
      return resolved;
    }
    function resolveCommand(parsed) {
      return resolveCommandAttempt(parsed) || resolveCommandAttempt(parsed, true);
    }
    module.exports = resolveCommand;
  }
});

// node_modules/cross-spawn/lib/util/escape.js
var require_escape = __commonJS({
  "node_modules/cross-spawn/lib/util/escape.js"(exports, module) {
    "use strict";
    var metaCharsRegExp = /([()\][%!^"`<>&|;, *?])/g;
    function escapeCommand(arg) {
      arg = arg.replace(metaCharsRegExp, "^$1");
      return arg;
    }
    function escapeArgument(arg, doubleEscapeMetaChars) {
      arg = `${arg}`;
      arg = arg.replace(/(?=(\\+?)?)\1"/g, '$1$1\\"');
      arg = arg.replace(/(?=(\\+?)?)\1$/, "$1$1");
      arg = `"${arg}"`;
      arg = arg.replace(metaCharsRegExp, "^$1");
      if (doubleEscapeMetaChars) {
        arg = arg.replace(metaCharsRegExp, "^$1");
      }
      return arg;
    }
    module.exports.command = escapeCommand;
    module.exports.argument = escapeArgument;
  }
});

// node_modules/shebang-regex/index.js
var require_shebang_regex = __commonJS({
  "node_modules/shebang-regex/index.js"(exports, module) {
    "use strict";
    module.exports = /^#!(.*)/;
  }
});

// node_modules/shebang-command/index.js
var require_shebang_command = __commonJS({
  "node_modules/shebang-command/index.js"(exports, module) {
    "use strict";
    var shebangRegex = require_shebang_regex();
    module.exports = (string = "") => {
      const match = string.match(shebangRegex);
      if (!match) {
        return null;
      }
      const [path27, argument] = match[0].replace(/#! ?/, "").split(" ");
      const binary = path27.split("/").pop();
      if (binary === "env") {
        return argument;
      }
      return argument ? `${binary} ${argument}` : binary;
    };
  }
});

// node_modules/cross-spawn/lib/util/readShebang.js
var require_readShebang = __commonJS({
  "node_modules/cross-spawn/lib/util/readShebang.js"(exports, module) {
    "use strict";
    var fs = __require("fs");
    var shebangCommand = require_shebang_command();
    function readShebang(command) {
      const size = 150;
      const buffer = Buffer.alloc(size);
      let fd2;
      try {
        fd2 = fs.openSync(command, "r");
        fs.readSync(fd2, buffer, 0, size, 0);
        fs.closeSync(fd2);
      } catch (e) {
      }
      return shebangCommand(buffer.toString());
    }
    module.exports = readShebang;
  }
});

// node_modules/cross-spawn/lib/parse.js
var require_parse = __commonJS({
  "node_modules/cross-spawn/lib/parse.js"(exports, module) {
    "use strict";
    var path27 = __require("path");
    var resolveCommand = require_resolveCommand();
    var escape = require_escape();
    var readShebang = require_readShebang();
    var isWin = process.platform === "win32";
    var isExecutableRegExp = /\.(?:com|exe)$/i;
    var isCmdShimRegExp = /node_modules[\\/].bin[\\/][^\\/]+\.cmd$/i;
    function detectShebang(parsed) {
      parsed.file = resolveCommand(parsed);
      const shebang = parsed.file && readShebang(parsed.file);
      if (shebang) {
        parsed.args.unshift(parsed.file);
        parsed.command = shebang;
        return resolveCommand(parsed);
      }
      return parsed.file;
    }
    function parseNonShell(parsed) {
      if (!isWin) {
        return parsed;
      }
      const commandFile = detectShebang(parsed);
      const needsShell = !isExecutableRegExp.test(commandFile);
      if (parsed.options.forceShell || needsShell) {
        const needsDoubleEscapeMetaChars = isCmdShimRegExp.test(commandFile);
        parsed.command = path27.normalize(parsed.command);
        parsed.command = escape.command(parsed.command);
        parsed.args = parsed.args.map((arg) => escape.argument(arg, needsDoubleEscapeMetaChars));
        const shellCommand = [parsed.command].concat(parsed.args).join(" ");
        parsed.args = ["/d", "/s", "/c", `"${shellCommand}"`];
        parsed.command = process.env.comspec || "cmd.exe";
        parsed.options.windowsVerbatimArguments = true;
      }
      return parsed;
    }
    function parse(command, args, options) {
      if (args && !Array.isArray(args)) {
        options = args;
        args = null;
      }
      args = args ? args.slice(0) : [];
      options = Object.assign({}, options);
      const parsed = {
        command,
        args,
        options,
        file: void 0,
        original: {
          command,
          args
        }
      };
      return options.shell ? parsed : parseNonShell(parsed);
    }
    module.exports = parse;
  }
});

// node_modules/cross-spawn/lib/enoent.js
var require_enoent = __commonJS({
  "node_modules/cross-spawn/lib/enoent.js"(exports, module) {
    "use strict";
    var isWin = process.platform === "win32";
    function notFoundError(original, syscall) {
      return Object.assign(new Error(`${syscall} ${original.command} ENOENT`), {
        code: "ENOENT",
        errno: "ENOENT",
        syscall: `${syscall} ${original.command}`,
        path: original.command,
        spawnargs: original.args
      });
    }
    function hookChildProcess(cp, parsed) {
      if (!isWin) {
        return;
      }
      const originalEmit = cp.emit;
      cp.emit = function(name, arg1) {
        if (name === "exit") {
          const err2 = verifyENOENT(arg1, parsed);
          if (err2) {
            return originalEmit.call(cp, "error", err2);
          }
        }
        return originalEmit.apply(cp, arguments);
      };
    }
    function verifyENOENT(status, parsed) {
      if (isWin && status === 1 && !parsed.file) {
        return notFoundError(parsed.original, "spawn");
      }
      return null;
    }
    function verifyENOENTSync(status, parsed) {
      if (isWin && status === 1 && !parsed.file) {
        return notFoundError(parsed.original, "spawnSync");
      }
      return null;
    }
    module.exports = {
      hookChildProcess,
      verifyENOENT,
      verifyENOENTSync,
      notFoundError
    };
  }
});

// node_modules/cross-spawn/index.js
var require_cross_spawn = __commonJS({
  "node_modules/cross-spawn/index.js"(exports, module) {
    "use strict";
    var cp = __require("child_process");
    var parse = require_parse();
    var enoent = require_enoent();
    function spawn2(command, args, options) {
      const parsed = parse(command, args, options);
      const spawned = cp.spawn(parsed.command, parsed.args, parsed.options);
      enoent.hookChildProcess(spawned, parsed);
      return spawned;
    }
    function spawnSync3(command, args, options) {
      const parsed = parse(command, args, options);
      const result2 = cp.spawnSync(parsed.command, parsed.args, parsed.options);
      result2.error = result2.error || enoent.verifyENOENTSync(result2.status, parsed);
      return result2;
    }
    module.exports = spawn2;
    module.exports.spawn = spawn2;
    module.exports.sync = spawnSync3;
    module.exports._parse = parse;
    module.exports._enoent = enoent;
  }
});

// node_modules/npm-run-path/node_modules/path-key/index.js
function pathKey(options = {}) {
  const {
    env = process.env,
    platform: platform2 = process.platform
  } = options;
  if (platform2 !== "win32") {
    return "PATH";
  }
  return Object.keys(env).reverse().find((key) => key.toUpperCase() === "PATH") || "Path";
}
var init_path_key = __esm({
  "node_modules/npm-run-path/node_modules/path-key/index.js"() {
  }
});

// node_modules/unicorn-magic/default.js
var init_default2 = __esm({
  "node_modules/unicorn-magic/default.js"() {
  }
});

// node_modules/unicorn-magic/node.js
import { promisify } from "node:util";
import { execFile as execFileCallback, execFileSync as execFileSyncOriginal } from "node:child_process";
import path from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
function toPath(urlOrPath) {
  return urlOrPath instanceof URL ? fileURLToPath2(urlOrPath) : urlOrPath;
}
function traversePathUp(startPath) {
  return {
    *[Symbol.iterator]() {
      let currentPath = path.resolve(toPath(startPath));
      let previousPath;
      while (previousPath !== currentPath) {
        yield currentPath;
        previousPath = currentPath;
        currentPath = path.resolve(currentPath, "..");
      }
    }
  };
}
var execFileOriginal, TEN_MEGABYTES_IN_BYTES;
var init_node = __esm({
  "node_modules/unicorn-magic/node.js"() {
    init_default2();
    execFileOriginal = promisify(execFileCallback);
    TEN_MEGABYTES_IN_BYTES = 10 * 1024 * 1024;
  }
});

// node_modules/npm-run-path/index.js
import process4 from "node:process";
import path2 from "node:path";
var npmRunPath, applyPreferLocal, applyExecPath, npmRunPathEnv;
var init_npm_run_path = __esm({
  "node_modules/npm-run-path/index.js"() {
    init_path_key();
    init_node();
    npmRunPath = ({
      cwd = process4.cwd(),
      path: pathOption = process4.env[pathKey()],
      preferLocal = true,
      execPath: execPath2 = process4.execPath,
      addExecPath = true
    } = {}) => {
      const cwdPath = path2.resolve(toPath(cwd));
      const result2 = [];
      const pathParts = pathOption.split(path2.delimiter);
      if (preferLocal) {
        applyPreferLocal(result2, pathParts, cwdPath);
      }
      if (addExecPath) {
        applyExecPath(result2, pathParts, execPath2, cwdPath);
      }
      return pathOption === "" || pathOption === path2.delimiter ? `${result2.join(path2.delimiter)}${pathOption}` : [...result2, pathOption].join(path2.delimiter);
    };
    applyPreferLocal = (result2, pathParts, cwdPath) => {
      for (const directory of traversePathUp(cwdPath)) {
        const pathPart = path2.join(directory, "node_modules/.bin");
        if (!pathParts.includes(pathPart)) {
          result2.push(pathPart);
        }
      }
    };
    applyExecPath = (result2, pathParts, execPath2, cwdPath) => {
      const pathPart = path2.resolve(cwdPath, toPath(execPath2), "..");
      if (!pathParts.includes(pathPart)) {
        result2.push(pathPart);
      }
    };
    npmRunPathEnv = ({ env = process4.env, ...options } = {}) => {
      env = { ...env };
      const pathName = pathKey({ env });
      options.path = env[pathName];
      env[pathName] = npmRunPath(options);
      return env;
    };
  }
});

// node_modules/execa/lib/return/final-error.js
var getFinalError, DiscardedError, setErrorName, isExecaError, execaErrorSymbol, isErrorInstance, ExecaError, ExecaSyncError;
var init_final_error = __esm({
  "node_modules/execa/lib/return/final-error.js"() {
    getFinalError = (originalError, message, isSync) => {
      const ErrorClass = isSync ? ExecaSyncError : ExecaError;
      const options = originalError instanceof DiscardedError ? {} : { cause: originalError };
      return new ErrorClass(message, options);
    };
    DiscardedError = class extends Error {
    };
    setErrorName = (ErrorClass, value) => {
      Object.defineProperty(ErrorClass.prototype, "name", {
        value,
        writable: true,
        enumerable: false,
        configurable: true
      });
      Object.defineProperty(ErrorClass.prototype, execaErrorSymbol, {
        value: true,
        writable: false,
        enumerable: false,
        configurable: false
      });
    };
    isExecaError = (error) => isErrorInstance(error) && execaErrorSymbol in error;
    execaErrorSymbol = /* @__PURE__ */ Symbol("isExecaError");
    isErrorInstance = (value) => Object.prototype.toString.call(value) === "[object Error]";
    ExecaError = class extends Error {
    };
    setErrorName(ExecaError, ExecaError.name);
    ExecaSyncError = class extends Error {
    };
    setErrorName(ExecaSyncError, ExecaSyncError.name);
  }
});

// node_modules/human-signals/build/src/realtime.js
var getRealtimeSignals, getRealtimeSignal, SIGRTMIN, SIGRTMAX;
var init_realtime = __esm({
  "node_modules/human-signals/build/src/realtime.js"() {
    getRealtimeSignals = () => {
      const length = SIGRTMAX - SIGRTMIN + 1;
      return Array.from({ length }, getRealtimeSignal);
    };
    getRealtimeSignal = (value, index) => ({
      name: `SIGRT${index + 1}`,
      number: SIGRTMIN + index,
      action: "terminate",
      description: "Application-specific signal (realtime)",
      standard: "posix"
    });
    SIGRTMIN = 34;
    SIGRTMAX = 64;
  }
});

// node_modules/human-signals/build/src/core.js
var SIGNALS;
var init_core = __esm({
  "node_modules/human-signals/build/src/core.js"() {
    SIGNALS = [
      {
        name: "SIGHUP",
        number: 1,
        action: "terminate",
        description: "Terminal closed",
        standard: "posix"
      },
      {
        name: "SIGINT",
        number: 2,
        action: "terminate",
        description: "User interruption with CTRL-C",
        standard: "ansi"
      },
      {
        name: "SIGQUIT",
        number: 3,
        action: "core",
        description: "User interruption with CTRL-\\",
        standard: "posix"
      },
      {
        name: "SIGILL",
        number: 4,
        action: "core",
        description: "Invalid machine instruction",
        standard: "ansi"
      },
      {
        name: "SIGTRAP",
        number: 5,
        action: "core",
        description: "Debugger breakpoint",
        standard: "posix"
      },
      {
        name: "SIGABRT",
        number: 6,
        action: "core",
        description: "Aborted",
        standard: "ansi"
      },
      {
        name: "SIGIOT",
        number: 6,
        action: "core",
        description: "Aborted",
        standard: "bsd"
      },
      {
        name: "SIGBUS",
        number: 7,
        action: "core",
        description: "Bus error due to misaligned, non-existing address or paging error",
        standard: "bsd"
      },
      {
        name: "SIGEMT",
        number: 7,
        action: "terminate",
        description: "Command should be emulated but is not implemented",
        standard: "other"
      },
      {
        name: "SIGFPE",
        number: 8,
        action: "core",
        description: "Floating point arithmetic error",
        standard: "ansi"
      },
      {
        name: "SIGKILL",
        number: 9,
        action: "terminate",
        description: "Forced termination",
        standard: "posix",
        forced: true
      },
      {
        name: "SIGUSR1",
        number: 10,
        action: "terminate",
        description: "Application-specific signal",
        standard: "posix"
      },
      {
        name: "SIGSEGV",
        number: 11,
        action: "core",
        description: "Segmentation fault",
        standard: "ansi"
      },
      {
        name: "SIGUSR2",
        number: 12,
        action: "terminate",
        description: "Application-specific signal",
        standard: "posix"
      },
      {
        name: "SIGPIPE",
        number: 13,
        action: "terminate",
        description: "Broken pipe or socket",
        standard: "posix"
      },
      {
        name: "SIGALRM",
        number: 14,
        action: "terminate",
        description: "Timeout or timer",
        standard: "posix"
      },
      {
        name: "SIGTERM",
        number: 15,
        action: "terminate",
        description: "Termination",
        standard: "ansi"
      },
      {
        name: "SIGSTKFLT",
        number: 16,
        action: "terminate",
        description: "Stack is empty or overflowed",
        standard: "other"
      },
      {
        name: "SIGCHLD",
        number: 17,
        action: "ignore",
        description: "Child process terminated, paused or unpaused",
        standard: "posix"
      },
      {
        name: "SIGCLD",
        number: 17,
        action: "ignore",
        description: "Child process terminated, paused or unpaused",
        standard: "other"
      },
      {
        name: "SIGCONT",
        number: 18,
        action: "unpause",
        description: "Unpaused",
        standard: "posix",
        forced: true
      },
      {
        name: "SIGSTOP",
        number: 19,
        action: "pause",
        description: "Paused",
        standard: "posix",
        forced: true
      },
      {
        name: "SIGTSTP",
        number: 20,
        action: "pause",
        description: 'Paused using CTRL-Z or "suspend"',
        standard: "posix"
      },
      {
        name: "SIGTTIN",
        number: 21,
        action: "pause",
        description: "Background process cannot read terminal input",
        standard: "posix"
      },
      {
        name: "SIGBREAK",
        number: 21,
        action: "terminate",
        description: "User interruption with CTRL-BREAK",
        standard: "other"
      },
      {
        name: "SIGTTOU",
        number: 22,
        action: "pause",
        description: "Background process cannot write to terminal output",
        standard: "posix"
      },
      {
        name: "SIGURG",
        number: 23,
        action: "ignore",
        description: "Socket received out-of-band data",
        standard: "bsd"
      },
      {
        name: "SIGXCPU",
        number: 24,
        action: "core",
        description: "Process timed out",
        standard: "bsd"
      },
      {
        name: "SIGXFSZ",
        number: 25,
        action: "core",
        description: "File too big",
        standard: "bsd"
      },
      {
        name: "SIGVTALRM",
        number: 26,
        action: "terminate",
        description: "Timeout or timer",
        standard: "bsd"
      },
      {
        name: "SIGPROF",
        number: 27,
        action: "terminate",
        description: "Timeout or timer",
        standard: "bsd"
      },
      {
        name: "SIGWINCH",
        number: 28,
        action: "ignore",
        description: "Terminal window size changed",
        standard: "bsd"
      },
      {
        name: "SIGIO",
        number: 29,
        action: "terminate",
        description: "I/O is available",
        standard: "other"
      },
      {
        name: "SIGPOLL",
        number: 29,
        action: "terminate",
        description: "Watched event",
        standard: "other"
      },
      {
        name: "SIGINFO",
        number: 29,
        action: "ignore",
        description: "Request for process information",
        standard: "other"
      },
      {
        name: "SIGPWR",
        number: 30,
        action: "terminate",
        description: "Device running out of power",
        standard: "systemv"
      },
      {
        name: "SIGSYS",
        number: 31,
        action: "core",
        description: "Invalid system call",
        standard: "other"
      },
      {
        name: "SIGUNUSED",
        number: 31,
        action: "terminate",
        description: "Invalid system call",
        standard: "other"
      }
    ];
  }
});

// node_modules/human-signals/build/src/signals.js
import { constants } from "node:os";
var getSignals, normalizeSignal;
var init_signals = __esm({
  "node_modules/human-signals/build/src/signals.js"() {
    init_core();
    init_realtime();
    getSignals = () => {
      const realtimeSignals = getRealtimeSignals();
      const signals2 = [...SIGNALS, ...realtimeSignals].map(normalizeSignal);
      return signals2;
    };
    normalizeSignal = ({
      name,
      number: defaultNumber,
      description,
      action,
      forced = false,
      standard
    }) => {
      const {
        signals: { [name]: constantSignal }
      } = constants;
      const supported = constantSignal !== void 0;
      const number = supported ? constantSignal : defaultNumber;
      return { name, number, description, supported, action, forced, standard };
    };
  }
});

// node_modules/human-signals/build/src/main.js
import { constants as constants2 } from "node:os";
var getSignalsByName, getSignalByName, signalsByName, getSignalsByNumber, getSignalByNumber, findSignalByNumber, signalsByNumber;
var init_main = __esm({
  "node_modules/human-signals/build/src/main.js"() {
    init_realtime();
    init_signals();
    getSignalsByName = () => {
      const signals2 = getSignals();
      return Object.fromEntries(signals2.map(getSignalByName));
    };
    getSignalByName = ({
      name,
      number,
      description,
      supported,
      action,
      forced,
      standard
    }) => [name, { name, number, description, supported, action, forced, standard }];
    signalsByName = getSignalsByName();
    getSignalsByNumber = () => {
      const signals2 = getSignals();
      const length = SIGRTMAX + 1;
      const signalsA = Array.from(
        { length },
        (value, number) => getSignalByNumber(number, signals2)
      );
      return Object.assign({}, ...signalsA);
    };
    getSignalByNumber = (number, signals2) => {
      const signal = findSignalByNumber(number, signals2);
      if (signal === void 0) {
        return {};
      }
      const { name, description, supported, action, forced, standard } = signal;
      return {
        [number]: {
          name,
          number,
          description,
          supported,
          action,
          forced,
          standard
        }
      };
    };
    findSignalByNumber = (number, signals2) => {
      const signal = signals2.find(({ name }) => constants2.signals[name] === number);
      if (signal !== void 0) {
        return signal;
      }
      return signals2.find((signalA) => signalA.number === number);
    };
    signalsByNumber = getSignalsByNumber();
  }
});

// node_modules/execa/lib/terminate/signal.js
import { constants as constants3 } from "node:os";
var normalizeKillSignal, normalizeSignalArgument, normalizeSignal2, normalizeSignalInteger, getSignalsIntegerToName, signalsIntegerToName, normalizeSignalName, getAvailableSignals, getAvailableSignalNames, getAvailableSignalIntegers, getSignalDescription;
var init_signal = __esm({
  "node_modules/execa/lib/terminate/signal.js"() {
    init_main();
    normalizeKillSignal = (killSignal) => {
      const optionName = "option `killSignal`";
      if (killSignal === 0) {
        throw new TypeError(`Invalid ${optionName}: 0 cannot be used.`);
      }
      return normalizeSignal2(killSignal, optionName);
    };
    normalizeSignalArgument = (signal) => signal === 0 ? signal : normalizeSignal2(signal, "`subprocess.kill()`'s argument");
    normalizeSignal2 = (signalNameOrInteger, optionName) => {
      if (Number.isInteger(signalNameOrInteger)) {
        return normalizeSignalInteger(signalNameOrInteger, optionName);
      }
      if (typeof signalNameOrInteger === "string") {
        return normalizeSignalName(signalNameOrInteger, optionName);
      }
      throw new TypeError(`Invalid ${optionName} ${String(signalNameOrInteger)}: it must be a string or an integer.
${getAvailableSignals()}`);
    };
    normalizeSignalInteger = (signalInteger, optionName) => {
      if (signalsIntegerToName.has(signalInteger)) {
        return signalsIntegerToName.get(signalInteger);
      }
      throw new TypeError(`Invalid ${optionName} ${signalInteger}: this signal integer does not exist.
${getAvailableSignals()}`);
    };
    getSignalsIntegerToName = () => new Map(Object.entries(constants3.signals).reverse().map(([signalName, signalInteger]) => [signalInteger, signalName]));
    signalsIntegerToName = getSignalsIntegerToName();
    normalizeSignalName = (signalName, optionName) => {
      if (signalName in constants3.signals) {
        return signalName;
      }
      if (signalName.toUpperCase() in constants3.signals) {
        throw new TypeError(`Invalid ${optionName} '${signalName}': please rename it to '${signalName.toUpperCase()}'.`);
      }
      throw new TypeError(`Invalid ${optionName} '${signalName}': this signal name does not exist.
${getAvailableSignals()}`);
    };
    getAvailableSignals = () => `Available signal names: ${getAvailableSignalNames()}.
Available signal numbers: ${getAvailableSignalIntegers()}.`;
    getAvailableSignalNames = () => Object.keys(constants3.signals).sort().map((signalName) => `'${signalName}'`).join(", ");
    getAvailableSignalIntegers = () => [...new Set(Object.values(constants3.signals).sort((signalInteger, signalIntegerTwo) => signalInteger - signalIntegerTwo))].join(", ");
    getSignalDescription = (signal) => signalsByName[signal].description;
  }
});

// node_modules/execa/lib/terminate/kill.js
import { setTimeout as setTimeout2 } from "node:timers/promises";
var normalizeForceKillAfterDelay, DEFAULT_FORCE_KILL_TIMEOUT, subprocessKill, parseKillArguments, emitKillError, setKillTimeout, killOnTimeout;
var init_kill = __esm({
  "node_modules/execa/lib/terminate/kill.js"() {
    init_final_error();
    init_signal();
    normalizeForceKillAfterDelay = (forceKillAfterDelay) => {
      if (forceKillAfterDelay === false) {
        return forceKillAfterDelay;
      }
      if (forceKillAfterDelay === true) {
        return DEFAULT_FORCE_KILL_TIMEOUT;
      }
      if (!Number.isFinite(forceKillAfterDelay) || forceKillAfterDelay < 0) {
        throw new TypeError(`Expected the \`forceKillAfterDelay\` option to be a non-negative integer, got \`${forceKillAfterDelay}\` (${typeof forceKillAfterDelay})`);
      }
      return forceKillAfterDelay;
    };
    DEFAULT_FORCE_KILL_TIMEOUT = 1e3 * 5;
    subprocessKill = ({ kill, options: { forceKillAfterDelay, killSignal }, onInternalError, context, controller }, signalOrError, errorArgument) => {
      const { signal, error } = parseKillArguments(signalOrError, errorArgument, killSignal);
      emitKillError(error, onInternalError);
      const killResult = kill(signal);
      setKillTimeout({
        kill,
        signal,
        forceKillAfterDelay,
        killSignal,
        killResult,
        context,
        controller
      });
      return killResult;
    };
    parseKillArguments = (signalOrError, errorArgument, killSignal) => {
      const [signal = killSignal, error] = isErrorInstance(signalOrError) ? [void 0, signalOrError] : [signalOrError, errorArgument];
      if (typeof signal !== "string" && !Number.isInteger(signal)) {
        throw new TypeError(`The first argument must be an error instance or a signal name string/integer: ${String(signal)}`);
      }
      if (error !== void 0 && !isErrorInstance(error)) {
        throw new TypeError(`The second argument is optional. If specified, it must be an error instance: ${error}`);
      }
      return { signal: normalizeSignalArgument(signal), error };
    };
    emitKillError = (error, onInternalError) => {
      if (error !== void 0) {
        onInternalError.reject(error);
      }
    };
    setKillTimeout = async ({ kill, signal, forceKillAfterDelay, killSignal, killResult, context, controller }) => {
      if (signal === killSignal && killResult) {
        killOnTimeout({
          kill,
          forceKillAfterDelay,
          context,
          controllerSignal: controller.signal
        });
      }
    };
    killOnTimeout = async ({ kill, forceKillAfterDelay, context, controllerSignal }) => {
      if (forceKillAfterDelay === false) {
        return;
      }
      try {
        await setTimeout2(forceKillAfterDelay, void 0, { signal: controllerSignal });
        if (kill("SIGKILL")) {
          context.isForcefullyTerminated ??= true;
        }
      } catch {
      }
    };
  }
});

// node_modules/execa/lib/utils/abort-signal.js
import { once } from "node:events";
var onAbortedSignal;
var init_abort_signal = __esm({
  "node_modules/execa/lib/utils/abort-signal.js"() {
    onAbortedSignal = async (mainSignal, stopSignal) => {
      if (!mainSignal.aborted) {
        await once(mainSignal, "abort", { signal: stopSignal });
      }
    };
  }
});

// node_modules/execa/lib/terminate/cancel.js
var validateCancelSignal, throwOnCancel, terminateOnCancel;
var init_cancel = __esm({
  "node_modules/execa/lib/terminate/cancel.js"() {
    init_abort_signal();
    validateCancelSignal = ({ cancelSignal }) => {
      if (cancelSignal !== void 0 && Object.prototype.toString.call(cancelSignal) !== "[object AbortSignal]") {
        throw new Error(`The \`cancelSignal\` option must be an AbortSignal: ${String(cancelSignal)}`);
      }
    };
    throwOnCancel = ({ subprocess, cancelSignal, gracefulCancel, context, controller }) => cancelSignal === void 0 || gracefulCancel ? [] : [terminateOnCancel(subprocess, cancelSignal, context, controller)];
    terminateOnCancel = async (subprocess, cancelSignal, context, { signal }) => {
      await onAbortedSignal(cancelSignal, signal);
      context.terminationReason ??= "cancel";
      subprocess.kill();
      throw cancelSignal.reason;
    };
  }
});

// node_modules/execa/lib/ipc/validation.js
var validateIpcMethod, validateIpcOption, validateConnection, throwOnEarlyDisconnect, throwOnStrictDeadlockError, getStrictResponseError, throwOnMissingStrict, throwOnStrictDisconnect, getAbortDisconnectError, throwOnMissingParent, handleEpipeError, handleSerializationError, isSerializationError, SERIALIZATION_ERROR_CODES, SERIALIZATION_ERROR_MESSAGES, getMethodName, getNamespaceName, getOtherProcessName, disconnect;
var init_validation = __esm({
  "node_modules/execa/lib/ipc/validation.js"() {
    validateIpcMethod = ({ methodName, isSubprocess, ipc, isConnected: isConnected2 }) => {
      validateIpcOption(methodName, isSubprocess, ipc);
      validateConnection(methodName, isSubprocess, isConnected2);
    };
    validateIpcOption = (methodName, isSubprocess, ipc) => {
      if (!ipc) {
        throw new Error(`${getMethodName(methodName, isSubprocess)} can only be used if the \`ipc\` option is \`true\`.`);
      }
    };
    validateConnection = (methodName, isSubprocess, isConnected2) => {
      if (!isConnected2) {
        throw new Error(`${getMethodName(methodName, isSubprocess)} cannot be used: the ${getOtherProcessName(isSubprocess)} has already exited or disconnected.`);
      }
    };
    throwOnEarlyDisconnect = (isSubprocess) => {
      throw new Error(`${getMethodName("getOneMessage", isSubprocess)} could not complete: the ${getOtherProcessName(isSubprocess)} exited or disconnected.`);
    };
    throwOnStrictDeadlockError = (isSubprocess) => {
      throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} is sending a message too, instead of listening to incoming messages.
This can be fixed by both sending a message and listening to incoming messages at the same time:

const [receivedMessage] = await Promise.all([
	${getMethodName("getOneMessage", isSubprocess)},
	${getMethodName("sendMessage", isSubprocess, "message, {strict: true}")},
]);`);
    };
    getStrictResponseError = (error, isSubprocess) => new Error(`${getMethodName("sendMessage", isSubprocess)} failed when sending an acknowledgment response to the ${getOtherProcessName(isSubprocess)}.`, { cause: error });
    throwOnMissingStrict = (isSubprocess) => {
      throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} is not listening to incoming messages.`);
    };
    throwOnStrictDisconnect = (isSubprocess) => {
      throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} exited without listening to incoming messages.`);
    };
    getAbortDisconnectError = () => new Error(`\`cancelSignal\` aborted: the ${getOtherProcessName(true)} disconnected.`);
    throwOnMissingParent = () => {
      throw new Error("`getCancelSignal()` cannot be used without setting the `cancelSignal` subprocess option.");
    };
    handleEpipeError = ({ error, methodName, isSubprocess }) => {
      if (error.code === "EPIPE") {
        throw new Error(`${getMethodName(methodName, isSubprocess)} cannot be used: the ${getOtherProcessName(isSubprocess)} is disconnecting.`, { cause: error });
      }
    };
    handleSerializationError = ({ error, methodName, isSubprocess, message }) => {
      if (isSerializationError(error)) {
        throw new Error(`${getMethodName(methodName, isSubprocess)}'s argument type is invalid: the message cannot be serialized: ${String(message)}.`, { cause: error });
      }
    };
    isSerializationError = ({ code, message }) => SERIALIZATION_ERROR_CODES.has(code) || SERIALIZATION_ERROR_MESSAGES.some((serializationErrorMessage) => message.includes(serializationErrorMessage));
    SERIALIZATION_ERROR_CODES = /* @__PURE__ */ new Set([
      // Message is `undefined`
      "ERR_MISSING_ARGS",
      // Message is a function, a bigint, a symbol
      "ERR_INVALID_ARG_TYPE"
    ]);
    SERIALIZATION_ERROR_MESSAGES = [
      // Message is a promise or a proxy, with `serialization: 'advanced'`
      "could not be cloned",
      // Message has cycles, with `serialization: 'json'`
      "circular structure",
      // Message has cycles inside toJSON(), with `serialization: 'json'`
      "call stack size exceeded"
    ];
    getMethodName = (methodName, isSubprocess, parameters2 = "") => methodName === "cancelSignal" ? "`cancelSignal`'s `controller.abort()`" : `${getNamespaceName(isSubprocess)}${methodName}(${parameters2})`;
    getNamespaceName = (isSubprocess) => isSubprocess ? "" : "subprocess.";
    getOtherProcessName = (isSubprocess) => isSubprocess ? "parent process" : "subprocess";
    disconnect = (anyProcess) => {
      if (anyProcess.connected) {
        anyProcess.disconnect();
      }
    };
  }
});

// node_modules/execa/lib/utils/deferred.js
var createDeferred;
var init_deferred = __esm({
  "node_modules/execa/lib/utils/deferred.js"() {
    createDeferred = () => {
      const methods = {};
      const promise = new Promise((resolve, reject) => {
        Object.assign(methods, { resolve, reject });
      });
      return Object.assign(promise, methods);
    };
  }
});

// node_modules/execa/lib/arguments/fd-options.js
var getToStream, getFromStream, SUBPROCESS_OPTIONS, getFdNumber, parseFdNumber, validateFdNumber, getInvalidStdioOptionMessage, getInvalidStdioOption, getUsedDescriptor, getOptionName, serializeOptionValue;
var init_fd_options = __esm({
  "node_modules/execa/lib/arguments/fd-options.js"() {
    init_specific();
    getToStream = (destination, to = "stdin") => {
      const isWritable = true;
      const { options, fileDescriptors } = SUBPROCESS_OPTIONS.get(destination);
      const fdNumber = getFdNumber(fileDescriptors, to, isWritable);
      const destinationStream = destination.stdio[fdNumber];
      if (destinationStream === null) {
        throw new TypeError(getInvalidStdioOptionMessage(fdNumber, to, options, isWritable));
      }
      return destinationStream;
    };
    getFromStream = (source, from = "stdout") => {
      const isWritable = false;
      const { options, fileDescriptors } = SUBPROCESS_OPTIONS.get(source);
      const fdNumber = getFdNumber(fileDescriptors, from, isWritable);
      const sourceStream = fdNumber === "all" ? source.all : source.stdio[fdNumber];
      if (sourceStream === null || sourceStream === void 0) {
        throw new TypeError(getInvalidStdioOptionMessage(fdNumber, from, options, isWritable));
      }
      return sourceStream;
    };
    SUBPROCESS_OPTIONS = /* @__PURE__ */ new WeakMap();
    getFdNumber = (fileDescriptors, fdName, isWritable) => {
      const fdNumber = parseFdNumber(fdName, isWritable);
      validateFdNumber(fdNumber, fdName, isWritable, fileDescriptors);
      return fdNumber;
    };
    parseFdNumber = (fdName, isWritable) => {
      const fdNumber = parseFd(fdName);
      if (fdNumber !== void 0) {
        return fdNumber;
      }
      const { validOptions, defaultValue } = isWritable ? { validOptions: '"stdin"', defaultValue: "stdin" } : { validOptions: '"stdout", "stderr", "all"', defaultValue: "stdout" };
      throw new TypeError(`"${getOptionName(isWritable)}" must not be "${fdName}".
It must be ${validOptions} or "fd3", "fd4" (and so on).
It is optional and defaults to "${defaultValue}".`);
    };
    validateFdNumber = (fdNumber, fdName, isWritable, fileDescriptors) => {
      const fileDescriptor = fileDescriptors[getUsedDescriptor(fdNumber)];
      if (fileDescriptor === void 0) {
        throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. That file descriptor does not exist.
Please set the "stdio" option to ensure that file descriptor exists.`);
      }
      if (fileDescriptor.direction === "input" && !isWritable) {
        throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. It must be a readable stream, not writable.`);
      }
      if (fileDescriptor.direction !== "input" && isWritable) {
        throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. It must be a writable stream, not readable.`);
      }
    };
    getInvalidStdioOptionMessage = (fdNumber, fdName, options, isWritable) => {
      if (fdNumber === "all" && !options.all) {
        return `The "all" option must be true to use "from: 'all'".`;
      }
      const { optionName, optionValue } = getInvalidStdioOption(fdNumber, options);
      return `The "${optionName}: ${serializeOptionValue(optionValue)}" option is incompatible with using "${getOptionName(isWritable)}: ${serializeOptionValue(fdName)}".
Please set this option with "pipe" instead.`;
    };
    getInvalidStdioOption = (fdNumber, { stdin, stdout, stderr, stdio }) => {
      const usedDescriptor = getUsedDescriptor(fdNumber);
      if (usedDescriptor === 0 && stdin !== void 0) {
        return { optionName: "stdin", optionValue: stdin };
      }
      if (usedDescriptor === 1 && stdout !== void 0) {
        return { optionName: "stdout", optionValue: stdout };
      }
      if (usedDescriptor === 2 && stderr !== void 0) {
        return { optionName: "stderr", optionValue: stderr };
      }
      return { optionName: `stdio[${usedDescriptor}]`, optionValue: stdio[usedDescriptor] };
    };
    getUsedDescriptor = (fdNumber) => fdNumber === "all" ? 1 : fdNumber;
    getOptionName = (isWritable) => isWritable ? "to" : "from";
    serializeOptionValue = (value) => {
      if (typeof value === "string") {
        return `'${value}'`;
      }
      return typeof value === "number" ? `${value}` : "Stream";
    };
  }
});

// node_modules/execa/lib/utils/max-listeners.js
import { addAbortListener } from "node:events";
var incrementMaxListeners;
var init_max_listeners = __esm({
  "node_modules/execa/lib/utils/max-listeners.js"() {
    incrementMaxListeners = (eventEmitter, maxListenersIncrement, signal) => {
      const maxListeners = eventEmitter.getMaxListeners();
      if (maxListeners === 0 || maxListeners === Number.POSITIVE_INFINITY) {
        return;
      }
      eventEmitter.setMaxListeners(maxListeners + maxListenersIncrement);
      addAbortListener(signal, () => {
        eventEmitter.setMaxListeners(eventEmitter.getMaxListeners() - maxListenersIncrement);
      });
    };
  }
});

// node_modules/execa/lib/ipc/reference.js
var addReference, addReferenceCount, removeReference, removeReferenceCount, undoAddedReferences, redoAddedReferences;
var init_reference = __esm({
  "node_modules/execa/lib/ipc/reference.js"() {
    addReference = (channel, reference2) => {
      if (reference2) {
        addReferenceCount(channel);
      }
    };
    addReferenceCount = (channel) => {
      channel.refCounted();
    };
    removeReference = (channel, reference2) => {
      if (reference2) {
        removeReferenceCount(channel);
      }
    };
    removeReferenceCount = (channel) => {
      channel.unrefCounted();
    };
    undoAddedReferences = (channel, isSubprocess) => {
      if (isSubprocess) {
        removeReferenceCount(channel);
        removeReferenceCount(channel);
      }
    };
    redoAddedReferences = (channel, isSubprocess) => {
      if (isSubprocess) {
        addReferenceCount(channel);
        addReferenceCount(channel);
      }
    };
  }
});

// node_modules/execa/lib/ipc/incoming.js
import { once as once2 } from "node:events";
import { scheduler } from "node:timers/promises";
var onMessage, onDisconnect, INCOMING_MESSAGES;
var init_incoming = __esm({
  "node_modules/execa/lib/ipc/incoming.js"() {
    init_outgoing();
    init_reference();
    init_strict();
    init_graceful();
    onMessage = async ({ anyProcess, channel, isSubprocess, ipcEmitter }, wrappedMessage) => {
      if (handleStrictResponse(wrappedMessage) || handleAbort(wrappedMessage)) {
        return;
      }
      if (!INCOMING_MESSAGES.has(anyProcess)) {
        INCOMING_MESSAGES.set(anyProcess, []);
      }
      const incomingMessages = INCOMING_MESSAGES.get(anyProcess);
      incomingMessages.push(wrappedMessage);
      if (incomingMessages.length > 1) {
        return;
      }
      while (incomingMessages.length > 0) {
        await waitForOutgoingMessages(anyProcess, ipcEmitter, wrappedMessage);
        await scheduler.yield();
        const message = await handleStrictRequest({
          wrappedMessage: incomingMessages[0],
          anyProcess,
          channel,
          isSubprocess,
          ipcEmitter
        });
        incomingMessages.shift();
        ipcEmitter.emit("message", message);
        ipcEmitter.emit("message:done");
      }
    };
    onDisconnect = async ({ anyProcess, channel, isSubprocess, ipcEmitter, boundOnMessage }) => {
      abortOnDisconnect();
      const incomingMessages = INCOMING_MESSAGES.get(anyProcess);
      while (incomingMessages?.length > 0) {
        await once2(ipcEmitter, "message:done");
      }
      anyProcess.removeListener("message", boundOnMessage);
      redoAddedReferences(channel, isSubprocess);
      ipcEmitter.connected = false;
      ipcEmitter.emit("disconnect");
    };
    INCOMING_MESSAGES = /* @__PURE__ */ new WeakMap();
  }
});

// node_modules/execa/lib/ipc/forward.js
import { EventEmitter } from "node:events";
var getIpcEmitter, IPC_EMITTERS, forwardEvents, isConnected;
var init_forward = __esm({
  "node_modules/execa/lib/ipc/forward.js"() {
    init_incoming();
    init_reference();
    getIpcEmitter = (anyProcess, channel, isSubprocess) => {
      if (IPC_EMITTERS.has(anyProcess)) {
        return IPC_EMITTERS.get(anyProcess);
      }
      const ipcEmitter = new EventEmitter();
      ipcEmitter.connected = true;
      IPC_EMITTERS.set(anyProcess, ipcEmitter);
      forwardEvents({
        ipcEmitter,
        anyProcess,
        channel,
        isSubprocess
      });
      return ipcEmitter;
    };
    IPC_EMITTERS = /* @__PURE__ */ new WeakMap();
    forwardEvents = ({ ipcEmitter, anyProcess, channel, isSubprocess }) => {
      const boundOnMessage = onMessage.bind(void 0, {
        anyProcess,
        channel,
        isSubprocess,
        ipcEmitter
      });
      anyProcess.on("message", boundOnMessage);
      anyProcess.once("disconnect", onDisconnect.bind(void 0, {
        anyProcess,
        channel,
        isSubprocess,
        ipcEmitter,
        boundOnMessage
      }));
      undoAddedReferences(channel, isSubprocess);
    };
    isConnected = (anyProcess) => {
      const ipcEmitter = IPC_EMITTERS.get(anyProcess);
      return ipcEmitter === void 0 ? anyProcess.channel !== null : ipcEmitter.connected;
    };
  }
});

// node_modules/execa/lib/ipc/strict.js
import { once as once3 } from "node:events";
var handleSendStrict, count, validateStrictDeadlock, handleStrictRequest, handleStrictResponse, waitForStrictResponse, STRICT_RESPONSES, throwOnDisconnect, REQUEST_TYPE, RESPONSE_TYPE;
var init_strict = __esm({
  "node_modules/execa/lib/ipc/strict.js"() {
    init_deferred();
    init_max_listeners();
    init_send();
    init_validation();
    init_forward();
    init_outgoing();
    handleSendStrict = ({ anyProcess, channel, isSubprocess, message, strict }) => {
      if (!strict) {
        return message;
      }
      const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
      const hasListeners = hasMessageListeners(anyProcess, ipcEmitter);
      return {
        id: count++,
        type: REQUEST_TYPE,
        message,
        hasListeners
      };
    };
    count = 0n;
    validateStrictDeadlock = (outgoingMessages, wrappedMessage) => {
      if (wrappedMessage?.type !== REQUEST_TYPE || wrappedMessage.hasListeners) {
        return;
      }
      for (const { id } of outgoingMessages) {
        if (id !== void 0) {
          STRICT_RESPONSES[id].resolve({ isDeadlock: true, hasListeners: false });
        }
      }
    };
    handleStrictRequest = async ({ wrappedMessage, anyProcess, channel, isSubprocess, ipcEmitter }) => {
      if (wrappedMessage?.type !== REQUEST_TYPE || !anyProcess.connected) {
        return wrappedMessage;
      }
      const { id, message } = wrappedMessage;
      const response = { id, type: RESPONSE_TYPE, message: hasMessageListeners(anyProcess, ipcEmitter) };
      try {
        await sendMessage({
          anyProcess,
          channel,
          isSubprocess,
          ipc: true
        }, response);
      } catch (error) {
        ipcEmitter.emit("strict:error", error);
      }
      return message;
    };
    handleStrictResponse = (wrappedMessage) => {
      if (wrappedMessage?.type !== RESPONSE_TYPE) {
        return false;
      }
      const { id, message: hasListeners } = wrappedMessage;
      STRICT_RESPONSES[id]?.resolve({ isDeadlock: false, hasListeners });
      return true;
    };
    waitForStrictResponse = async (wrappedMessage, anyProcess, isSubprocess) => {
      if (wrappedMessage?.type !== REQUEST_TYPE) {
        return;
      }
      const deferred = createDeferred();
      STRICT_RESPONSES[wrappedMessage.id] = deferred;
      const controller = new AbortController();
      try {
        const { isDeadlock, hasListeners } = await Promise.race([
          deferred,
          throwOnDisconnect(anyProcess, isSubprocess, controller)
        ]);
        if (isDeadlock) {
          throwOnStrictDeadlockError(isSubprocess);
        }
        if (!hasListeners) {
          throwOnMissingStrict(isSubprocess);
        }
      } finally {
        controller.abort();
        delete STRICT_RESPONSES[wrappedMessage.id];
      }
    };
    STRICT_RESPONSES = {};
    throwOnDisconnect = async (anyProcess, isSubprocess, { signal }) => {
      incrementMaxListeners(anyProcess, 1, signal);
      await once3(anyProcess, "disconnect", { signal });
      throwOnStrictDisconnect(isSubprocess);
    };
    REQUEST_TYPE = "execa:ipc:request";
    RESPONSE_TYPE = "execa:ipc:response";
  }
});

// node_modules/execa/lib/ipc/outgoing.js
var startSendMessage, endSendMessage, waitForOutgoingMessages, OUTGOING_MESSAGES, hasMessageListeners, getMinListenerCount;
var init_outgoing = __esm({
  "node_modules/execa/lib/ipc/outgoing.js"() {
    init_deferred();
    init_specific();
    init_fd_options();
    init_strict();
    startSendMessage = (anyProcess, wrappedMessage, strict) => {
      if (!OUTGOING_MESSAGES.has(anyProcess)) {
        OUTGOING_MESSAGES.set(anyProcess, /* @__PURE__ */ new Set());
      }
      const outgoingMessages = OUTGOING_MESSAGES.get(anyProcess);
      const onMessageSent = createDeferred();
      const id = strict ? wrappedMessage.id : void 0;
      const outgoingMessage = { onMessageSent, id };
      outgoingMessages.add(outgoingMessage);
      return { outgoingMessages, outgoingMessage };
    };
    endSendMessage = ({ outgoingMessages, outgoingMessage }) => {
      outgoingMessages.delete(outgoingMessage);
      outgoingMessage.onMessageSent.resolve();
    };
    waitForOutgoingMessages = async (anyProcess, ipcEmitter, wrappedMessage) => {
      while (!hasMessageListeners(anyProcess, ipcEmitter) && OUTGOING_MESSAGES.get(anyProcess)?.size > 0) {
        const outgoingMessages = [...OUTGOING_MESSAGES.get(anyProcess)];
        validateStrictDeadlock(outgoingMessages, wrappedMessage);
        await Promise.all(outgoingMessages.map(({ onMessageSent }) => onMessageSent));
      }
    };
    OUTGOING_MESSAGES = /* @__PURE__ */ new WeakMap();
    hasMessageListeners = (anyProcess, ipcEmitter) => ipcEmitter.listenerCount("message") > getMinListenerCount(anyProcess);
    getMinListenerCount = (anyProcess) => SUBPROCESS_OPTIONS.has(anyProcess) && !getFdSpecificValue(SUBPROCESS_OPTIONS.get(anyProcess).options.buffer, "ipc") ? 1 : 0;
  }
});

// node_modules/execa/lib/ipc/send.js
import { promisify as promisify2 } from "node:util";
var sendMessage, sendMessageAsync, sendOneMessage, getSendMethod, PROCESS_SEND_METHODS;
var init_send = __esm({
  "node_modules/execa/lib/ipc/send.js"() {
    init_validation();
    init_outgoing();
    init_strict();
    sendMessage = ({ anyProcess, channel, isSubprocess, ipc }, message, { strict = false } = {}) => {
      const methodName = "sendMessage";
      validateIpcMethod({
        methodName,
        isSubprocess,
        ipc,
        isConnected: anyProcess.connected
      });
      return sendMessageAsync({
        anyProcess,
        channel,
        methodName,
        isSubprocess,
        message,
        strict
      });
    };
    sendMessageAsync = async ({ anyProcess, channel, methodName, isSubprocess, message, strict }) => {
      const wrappedMessage = handleSendStrict({
        anyProcess,
        channel,
        isSubprocess,
        message,
        strict
      });
      const outgoingMessagesState = startSendMessage(anyProcess, wrappedMessage, strict);
      try {
        await sendOneMessage({
          anyProcess,
          methodName,
          isSubprocess,
          wrappedMessage,
          message
        });
      } catch (error) {
        disconnect(anyProcess);
        throw error;
      } finally {
        endSendMessage(outgoingMessagesState);
      }
    };
    sendOneMessage = async ({ anyProcess, methodName, isSubprocess, wrappedMessage, message }) => {
      const sendMethod = getSendMethod(anyProcess);
      try {
        await Promise.all([
          waitForStrictResponse(wrappedMessage, anyProcess, isSubprocess),
          sendMethod(wrappedMessage)
        ]);
      } catch (error) {
        handleEpipeError({ error, methodName, isSubprocess });
        handleSerializationError({
          error,
          methodName,
          isSubprocess,
          message
        });
        throw error;
      }
    };
    getSendMethod = (anyProcess) => {
      if (PROCESS_SEND_METHODS.has(anyProcess)) {
        return PROCESS_SEND_METHODS.get(anyProcess);
      }
      const sendMethod = promisify2(anyProcess.send.bind(anyProcess));
      PROCESS_SEND_METHODS.set(anyProcess, sendMethod);
      return sendMethod;
    };
    PROCESS_SEND_METHODS = /* @__PURE__ */ new WeakMap();
  }
});

// node_modules/execa/lib/ipc/graceful.js
import { scheduler as scheduler2 } from "node:timers/promises";
var sendAbort, getCancelSignal, startIpc, cancelListening, handleAbort, GRACEFUL_CANCEL_TYPE, abortOnDisconnect, cancelController;
var init_graceful = __esm({
  "node_modules/execa/lib/ipc/graceful.js"() {
    init_send();
    init_forward();
    init_validation();
    sendAbort = (subprocess, message) => {
      const methodName = "cancelSignal";
      validateConnection(methodName, false, subprocess.connected);
      return sendOneMessage({
        anyProcess: subprocess,
        methodName,
        isSubprocess: false,
        wrappedMessage: { type: GRACEFUL_CANCEL_TYPE, message },
        message
      });
    };
    getCancelSignal = async ({ anyProcess, channel, isSubprocess, ipc }) => {
      await startIpc({
        anyProcess,
        channel,
        isSubprocess,
        ipc
      });
      return cancelController.signal;
    };
    startIpc = async ({ anyProcess, channel, isSubprocess, ipc }) => {
      if (cancelListening) {
        return;
      }
      cancelListening = true;
      if (!ipc) {
        throwOnMissingParent();
        return;
      }
      if (channel === null) {
        abortOnDisconnect();
        return;
      }
      getIpcEmitter(anyProcess, channel, isSubprocess);
      await scheduler2.yield();
    };
    cancelListening = false;
    handleAbort = (wrappedMessage) => {
      if (wrappedMessage?.type !== GRACEFUL_CANCEL_TYPE) {
        return false;
      }
      cancelController.abort(wrappedMessage.message);
      return true;
    };
    GRACEFUL_CANCEL_TYPE = "execa:ipc:cancel";
    abortOnDisconnect = () => {
      cancelController.abort(getAbortDisconnectError());
    };
    cancelController = new AbortController();
  }
});

// node_modules/execa/lib/terminate/graceful.js
var validateGracefulCancel, throwOnGracefulCancel, sendOnAbort, getReason;
var init_graceful2 = __esm({
  "node_modules/execa/lib/terminate/graceful.js"() {
    init_abort_signal();
    init_graceful();
    init_kill();
    validateGracefulCancel = ({ gracefulCancel, cancelSignal, ipc, serialization }) => {
      if (!gracefulCancel) {
        return;
      }
      if (cancelSignal === void 0) {
        throw new Error("The `cancelSignal` option must be defined when setting the `gracefulCancel` option.");
      }
      if (!ipc) {
        throw new Error("The `ipc` option cannot be false when setting the `gracefulCancel` option.");
      }
      if (serialization === "json") {
        throw new Error("The `serialization` option cannot be 'json' when setting the `gracefulCancel` option.");
      }
    };
    throwOnGracefulCancel = ({
      subprocess,
      cancelSignal,
      gracefulCancel,
      forceKillAfterDelay,
      context,
      controller
    }) => gracefulCancel ? [sendOnAbort({
      subprocess,
      cancelSignal,
      forceKillAfterDelay,
      context,
      controller
    })] : [];
    sendOnAbort = async ({ subprocess, cancelSignal, forceKillAfterDelay, context, controller: { signal } }) => {
      await onAbortedSignal(cancelSignal, signal);
      const reason = getReason(cancelSignal);
      await sendAbort(subprocess, reason);
      killOnTimeout({
        kill: subprocess.kill,
        forceKillAfterDelay,
        context,
        controllerSignal: signal
      });
      context.terminationReason ??= "gracefulCancel";
      throw cancelSignal.reason;
    };
    getReason = ({ reason }) => {
      if (!(reason instanceof DOMException)) {
        return reason;
      }
      const error = new Error(reason.message);
      Object.defineProperty(error, "stack", {
        value: reason.stack,
        enumerable: false,
        configurable: true,
        writable: true
      });
      return error;
    };
  }
});

// node_modules/execa/lib/terminate/timeout.js
import { setTimeout as setTimeout3 } from "node:timers/promises";
var validateTimeout, throwOnTimeout, killAfterTimeout;
var init_timeout = __esm({
  "node_modules/execa/lib/terminate/timeout.js"() {
    init_final_error();
    validateTimeout = ({ timeout }) => {
      if (timeout !== void 0 && (!Number.isFinite(timeout) || timeout < 0)) {
        throw new TypeError(`Expected the \`timeout\` option to be a non-negative integer, got \`${timeout}\` (${typeof timeout})`);
      }
    };
    throwOnTimeout = (subprocess, timeout, context, controller) => timeout === 0 || timeout === void 0 ? [] : [killAfterTimeout(subprocess, timeout, context, controller)];
    killAfterTimeout = async (subprocess, timeout, context, { signal }) => {
      await setTimeout3(timeout, void 0, { signal });
      context.terminationReason ??= "timeout";
      subprocess.kill();
      throw new DiscardedError();
    };
  }
});

// node_modules/execa/lib/methods/node.js
import { execPath, execArgv } from "node:process";
import path3 from "node:path";
var mapNode, handleNodeOption;
var init_node2 = __esm({
  "node_modules/execa/lib/methods/node.js"() {
    init_file_url();
    mapNode = ({ options }) => {
      if (options.node === false) {
        throw new TypeError('The "node" option cannot be false with `execaNode()`.');
      }
      return { options: { ...options, node: true } };
    };
    handleNodeOption = (file, commandArguments, {
      node: shouldHandleNode = false,
      nodePath = execPath,
      nodeOptions = execArgv.filter((nodeOption) => !nodeOption.startsWith("--inspect")),
      cwd,
      execPath: formerNodePath,
      ...options
    }) => {
      if (formerNodePath !== void 0) {
        throw new TypeError('The "execPath" option has been removed. Please use the "nodePath" option instead.');
      }
      const normalizedNodePath = safeNormalizeFileUrl(nodePath, 'The "nodePath" option');
      const resolvedNodePath = path3.resolve(cwd, normalizedNodePath);
      const newOptions = {
        ...options,
        nodePath: resolvedNodePath,
        node: shouldHandleNode,
        cwd
      };
      if (!shouldHandleNode) {
        return [file, commandArguments, newOptions];
      }
      if (path3.basename(file, ".exe") === "node") {
        throw new TypeError('When the "node" option is true, the first argument does not need to be "node".');
      }
      return [
        resolvedNodePath,
        [...nodeOptions, file, ...commandArguments],
        { ipc: true, ...newOptions, shell: false }
      ];
    };
  }
});

// node_modules/execa/lib/ipc/ipc-input.js
import { serialize } from "node:v8";
var validateIpcInputOption, validateAdvancedInput, validateJsonInput, validateIpcInput, sendIpcInput;
var init_ipc_input = __esm({
  "node_modules/execa/lib/ipc/ipc-input.js"() {
    validateIpcInputOption = ({ ipcInput, ipc, serialization }) => {
      if (ipcInput === void 0) {
        return;
      }
      if (!ipc) {
        throw new Error("The `ipcInput` option cannot be set unless the `ipc` option is `true`.");
      }
      validateIpcInput[serialization](ipcInput);
    };
    validateAdvancedInput = (ipcInput) => {
      try {
        serialize(ipcInput);
      } catch (error) {
        throw new Error("The `ipcInput` option is not serializable with a structured clone.", { cause: error });
      }
    };
    validateJsonInput = (ipcInput) => {
      try {
        JSON.stringify(ipcInput);
      } catch (error) {
        throw new Error("The `ipcInput` option is not serializable with JSON.", { cause: error });
      }
    };
    validateIpcInput = {
      advanced: validateAdvancedInput,
      json: validateJsonInput
    };
    sendIpcInput = async (subprocess, ipcInput) => {
      if (ipcInput === void 0) {
        return;
      }
      await subprocess.sendMessage(ipcInput);
    };
  }
});

// node_modules/execa/lib/arguments/encoding-option.js
var validateEncoding, TEXT_ENCODINGS, BINARY_ENCODINGS, ENCODINGS, getCorrectEncoding, ENCODING_ALIASES, serializeEncoding;
var init_encoding_option = __esm({
  "node_modules/execa/lib/arguments/encoding-option.js"() {
    validateEncoding = ({ encoding }) => {
      if (ENCODINGS.has(encoding)) {
        return;
      }
      const correctEncoding = getCorrectEncoding(encoding);
      if (correctEncoding !== void 0) {
        throw new TypeError(`Invalid option \`encoding: ${serializeEncoding(encoding)}\`.
Please rename it to ${serializeEncoding(correctEncoding)}.`);
      }
      const correctEncodings = [...ENCODINGS].map((correctEncoding2) => serializeEncoding(correctEncoding2)).join(", ");
      throw new TypeError(`Invalid option \`encoding: ${serializeEncoding(encoding)}\`.
Please rename it to one of: ${correctEncodings}.`);
    };
    TEXT_ENCODINGS = /* @__PURE__ */ new Set(["utf8", "utf16le"]);
    BINARY_ENCODINGS = /* @__PURE__ */ new Set(["buffer", "hex", "base64", "base64url", "latin1", "ascii"]);
    ENCODINGS = /* @__PURE__ */ new Set([...TEXT_ENCODINGS, ...BINARY_ENCODINGS]);
    getCorrectEncoding = (encoding) => {
      if (encoding === null) {
        return "buffer";
      }
      if (typeof encoding !== "string") {
        return;
      }
      const lowerEncoding = encoding.toLowerCase();
      if (lowerEncoding in ENCODING_ALIASES) {
        return ENCODING_ALIASES[lowerEncoding];
      }
      if (ENCODINGS.has(lowerEncoding)) {
        return lowerEncoding;
      }
    };
    ENCODING_ALIASES = {
      // eslint-disable-next-line unicorn/text-encoding-identifier-case
      "utf-8": "utf8",
      "utf-16le": "utf16le",
      "ucs-2": "utf16le",
      ucs2: "utf16le",
      binary: "latin1"
    };
    serializeEncoding = (encoding) => typeof encoding === "string" ? `"${encoding}"` : String(encoding);
  }
});

// node_modules/execa/lib/arguments/cwd.js
import { statSync } from "node:fs";
import path4 from "node:path";
import process5 from "node:process";
var normalizeCwd, getDefaultCwd, fixCwdError;
var init_cwd = __esm({
  "node_modules/execa/lib/arguments/cwd.js"() {
    init_file_url();
    normalizeCwd = (cwd = getDefaultCwd()) => {
      const cwdString = safeNormalizeFileUrl(cwd, 'The "cwd" option');
      return path4.resolve(cwdString);
    };
    getDefaultCwd = () => {
      try {
        return process5.cwd();
      } catch (error) {
        error.message = `The current directory does not exist.
${error.message}`;
        throw error;
      }
    };
    fixCwdError = (originalMessage, cwd) => {
      if (cwd === getDefaultCwd()) {
        return originalMessage;
      }
      let cwdStat;
      try {
        cwdStat = statSync(cwd);
      } catch (error) {
        return `The "cwd" option is invalid: ${cwd}.
${error.message}
${originalMessage}`;
      }
      if (!cwdStat.isDirectory()) {
        return `The "cwd" option is not a directory: ${cwd}.
${originalMessage}`;
      }
      return originalMessage;
    };
  }
});

// node_modules/execa/lib/arguments/options.js
import path5 from "node:path";
import process6 from "node:process";
var import_cross_spawn, normalizeOptions, addDefaultOptions, getEnv;
var init_options = __esm({
  "node_modules/execa/lib/arguments/options.js"() {
    import_cross_spawn = __toESM(require_cross_spawn(), 1);
    init_npm_run_path();
    init_kill();
    init_signal();
    init_cancel();
    init_graceful2();
    init_timeout();
    init_node2();
    init_ipc_input();
    init_encoding_option();
    init_cwd();
    init_file_url();
    init_specific();
    normalizeOptions = (filePath, rawArguments, rawOptions) => {
      rawOptions.cwd = normalizeCwd(rawOptions.cwd);
      const [processedFile, processedArguments, processedOptions] = handleNodeOption(filePath, rawArguments, rawOptions);
      const { command: file, args: commandArguments, options: initialOptions } = import_cross_spawn.default._parse(processedFile, processedArguments, processedOptions);
      const fdOptions = normalizeFdSpecificOptions(initialOptions);
      const options = addDefaultOptions(fdOptions);
      validateTimeout(options);
      validateEncoding(options);
      validateIpcInputOption(options);
      validateCancelSignal(options);
      validateGracefulCancel(options);
      options.shell = normalizeFileUrl(options.shell);
      options.env = getEnv(options);
      options.killSignal = normalizeKillSignal(options.killSignal);
      options.forceKillAfterDelay = normalizeForceKillAfterDelay(options.forceKillAfterDelay);
      options.lines = options.lines.map((lines, fdNumber) => lines && !BINARY_ENCODINGS.has(options.encoding) && options.buffer[fdNumber]);
      if (process6.platform === "win32" && path5.basename(file, ".exe") === "cmd") {
        commandArguments.unshift("/q");
      }
      return { file, commandArguments, options };
    };
    addDefaultOptions = ({
      extendEnv = true,
      preferLocal = false,
      cwd,
      localDir: localDirectory = cwd,
      encoding = "utf8",
      reject = true,
      cleanup = true,
      all = false,
      windowsHide = true,
      killSignal = "SIGTERM",
      forceKillAfterDelay = true,
      gracefulCancel = false,
      ipcInput,
      ipc = ipcInput !== void 0 || gracefulCancel,
      serialization = "advanced",
      ...options
    }) => ({
      ...options,
      extendEnv,
      preferLocal,
      cwd,
      localDirectory,
      encoding,
      reject,
      cleanup,
      all,
      windowsHide,
      killSignal,
      forceKillAfterDelay,
      gracefulCancel,
      ipcInput,
      ipc,
      serialization
    });
    getEnv = ({ env: envOption, extendEnv, preferLocal, node, localDirectory, nodePath }) => {
      const env = extendEnv ? { ...process6.env, ...envOption } : envOption;
      if (preferLocal || node) {
        return npmRunPathEnv({
          env,
          cwd: localDirectory,
          execPath: nodePath,
          preferLocal,
          addExecPath: node
        });
      }
      return env;
    };
  }
});

// node_modules/execa/lib/arguments/shell.js
var concatenateShell;
var init_shell = __esm({
  "node_modules/execa/lib/arguments/shell.js"() {
    concatenateShell = (file, commandArguments, options) => options.shell && commandArguments.length > 0 ? [[file, ...commandArguments].join(" "), [], options] : [file, commandArguments, options];
  }
});

// node_modules/strip-final-newline/index.js
function stripFinalNewline(input) {
  if (typeof input === "string") {
    return stripFinalNewlineString(input);
  }
  if (!(ArrayBuffer.isView(input) && input.BYTES_PER_ELEMENT === 1)) {
    throw new Error("Input must be a string or a Uint8Array");
  }
  return stripFinalNewlineBinary(input);
}
var stripFinalNewlineString, stripFinalNewlineBinary, LF, LF_BINARY, CR, CR_BINARY;
var init_strip_final_newline = __esm({
  "node_modules/strip-final-newline/index.js"() {
    stripFinalNewlineString = (input) => input.at(-1) === LF ? input.slice(0, input.at(-2) === CR ? -2 : -1) : input;
    stripFinalNewlineBinary = (input) => input.at(-1) === LF_BINARY ? input.subarray(0, input.at(-2) === CR_BINARY ? -2 : -1) : input;
    LF = "\n";
    LF_BINARY = LF.codePointAt(0);
    CR = "\r";
    CR_BINARY = CR.codePointAt(0);
  }
});

// node_modules/get-stream/node_modules/is-stream/index.js
function isStream(stream, { checkOpen = true } = {}) {
  return stream !== null && typeof stream === "object" && (stream.writable || stream.readable || !checkOpen || stream.writable === void 0 && stream.readable === void 0) && typeof stream.pipe === "function";
}
function isReadableStream(stream, { checkOpen = true } = {}) {
  return isStream(stream, { checkOpen }) && (stream.readable || !checkOpen) && typeof stream.read === "function" && typeof stream.readable === "boolean" && typeof stream.readableObjectMode === "boolean" && typeof stream.destroy === "function" && typeof stream.destroyed === "boolean";
}
var init_is_stream = __esm({
  "node_modules/get-stream/node_modules/is-stream/index.js"() {
  }
});

// node_modules/@sec-ant/readable-stream/dist/ponyfill/asyncIterator.js
function i() {
  return this[n].next();
}
function o(r) {
  return this[n].return(r);
}
function h({ preventCancel: r = false } = {}) {
  const e = this.getReader(), t = new c(
    e,
    r
  ), s = Object.create(u);
  return s[n] = t, s;
}
var a, c, n, u;
var init_asyncIterator = __esm({
  "node_modules/@sec-ant/readable-stream/dist/ponyfill/asyncIterator.js"() {
    a = Object.getPrototypeOf(
      Object.getPrototypeOf(
        /* istanbul ignore next */
        async function* () {
        }
      ).prototype
    );
    c = class {
      #t;
      #n;
      #r = false;
      #e = void 0;
      constructor(e, t) {
        this.#t = e, this.#n = t;
      }
      next() {
        const e = () => this.#s();
        return this.#e = this.#e ? this.#e.then(e, e) : e(), this.#e;
      }
      return(e) {
        const t = () => this.#i(e);
        return this.#e ? this.#e.then(t, t) : t();
      }
      async #s() {
        if (this.#r)
          return {
            done: true,
            value: void 0
          };
        let e;
        try {
          e = await this.#t.read();
        } catch (t) {
          throw this.#e = void 0, this.#r = true, this.#t.releaseLock(), t;
        }
        return e.done && (this.#e = void 0, this.#r = true, this.#t.releaseLock()), e;
      }
      async #i(e) {
        if (this.#r)
          return {
            done: true,
            value: e
          };
        if (this.#r = true, !this.#n) {
          const t = this.#t.cancel(e);
          return this.#t.releaseLock(), await t, {
            done: true,
            value: e
          };
        }
        return this.#t.releaseLock(), {
          done: true,
          value: e
        };
      }
    };
    n = /* @__PURE__ */ Symbol();
    Object.defineProperty(i, "name", { value: "next" });
    Object.defineProperty(o, "name", { value: "return" });
    u = Object.create(a, {
      next: {
        enumerable: true,
        configurable: true,
        writable: true,
        value: i
      },
      return: {
        enumerable: true,
        configurable: true,
        writable: true,
        value: o
      }
    });
  }
});

// node_modules/@sec-ant/readable-stream/dist/ponyfill/fromAnyIterable.js
var init_fromAnyIterable = __esm({
  "node_modules/@sec-ant/readable-stream/dist/ponyfill/fromAnyIterable.js"() {
  }
});

// node_modules/@sec-ant/readable-stream/dist/ponyfill/index.js
var init_ponyfill = __esm({
  "node_modules/@sec-ant/readable-stream/dist/ponyfill/index.js"() {
    init_asyncIterator();
    init_fromAnyIterable();
  }
});

// node_modules/get-stream/source/stream.js
var getAsyncIterable, toString, getStreamIterable, handleStreamEnd, nodeImports;
var init_stream = __esm({
  "node_modules/get-stream/source/stream.js"() {
    init_is_stream();
    init_ponyfill();
    getAsyncIterable = (stream) => {
      if (isReadableStream(stream, { checkOpen: false }) && nodeImports.on !== void 0) {
        return getStreamIterable(stream);
      }
      if (typeof stream?.[Symbol.asyncIterator] === "function") {
        return stream;
      }
      if (toString.call(stream) === "[object ReadableStream]") {
        return h.call(stream);
      }
      throw new TypeError("The first argument must be a Readable, a ReadableStream, or an async iterable.");
    };
    ({ toString } = Object.prototype);
    getStreamIterable = async function* (stream) {
      const controller = new AbortController();
      const state = {};
      handleStreamEnd(stream, controller, state);
      try {
        for await (const [chunk] of nodeImports.on(stream, "data", { signal: controller.signal })) {
          yield chunk;
        }
      } catch (error) {
        if (state.error !== void 0) {
          throw state.error;
        } else if (!controller.signal.aborted) {
          throw error;
        }
      } finally {
        stream.destroy();
      }
    };
    handleStreamEnd = async (stream, controller, state) => {
      try {
        await nodeImports.finished(stream, {
          cleanup: true,
          readable: true,
          writable: false,
          error: false
        });
      } catch (error) {
        state.error = error;
      } finally {
        controller.abort();
      }
    };
    nodeImports = {};
  }
});

// node_modules/get-stream/source/contents.js
var getStreamContents, appendFinalChunk, appendChunk, addNewChunk, getChunkType, objectToString2, MaxBufferError;
var init_contents = __esm({
  "node_modules/get-stream/source/contents.js"() {
    init_stream();
    getStreamContents = async (stream, { init: init2, convertChunk, getSize, truncateChunk, addChunk, getFinalChunk, finalize }, { maxBuffer = Number.POSITIVE_INFINITY } = {}) => {
      const asyncIterable = getAsyncIterable(stream);
      const state = init2();
      state.length = 0;
      try {
        for await (const chunk of asyncIterable) {
          const chunkType = getChunkType(chunk);
          const convertedChunk = convertChunk[chunkType](chunk, state);
          appendChunk({
            convertedChunk,
            state,
            getSize,
            truncateChunk,
            addChunk,
            maxBuffer
          });
        }
        appendFinalChunk({
          state,
          convertChunk,
          getSize,
          truncateChunk,
          addChunk,
          getFinalChunk,
          maxBuffer
        });
        return finalize(state);
      } catch (error) {
        const normalizedError = typeof error === "object" && error !== null ? error : new Error(error);
        normalizedError.bufferedData = finalize(state);
        throw normalizedError;
      }
    };
    appendFinalChunk = ({ state, getSize, truncateChunk, addChunk, getFinalChunk, maxBuffer }) => {
      const convertedChunk = getFinalChunk(state);
      if (convertedChunk !== void 0) {
        appendChunk({
          convertedChunk,
          state,
          getSize,
          truncateChunk,
          addChunk,
          maxBuffer
        });
      }
    };
    appendChunk = ({ convertedChunk, state, getSize, truncateChunk, addChunk, maxBuffer }) => {
      const chunkSize = getSize(convertedChunk);
      const newLength = state.length + chunkSize;
      if (newLength <= maxBuffer) {
        addNewChunk(convertedChunk, state, addChunk, newLength);
        return;
      }
      const truncatedChunk = truncateChunk(convertedChunk, maxBuffer - state.length);
      if (truncatedChunk !== void 0) {
        addNewChunk(truncatedChunk, state, addChunk, maxBuffer);
      }
      throw new MaxBufferError();
    };
    addNewChunk = (convertedChunk, state, addChunk, newLength) => {
      state.contents = addChunk(convertedChunk, state, newLength);
      state.length = newLength;
    };
    getChunkType = (chunk) => {
      const typeOfChunk = typeof chunk;
      if (typeOfChunk === "string") {
        return "string";
      }
      if (typeOfChunk !== "object" || chunk === null) {
        return "others";
      }
      if (globalThis.Buffer?.isBuffer(chunk)) {
        return "buffer";
      }
      const prototypeName = objectToString2.call(chunk);
      if (prototypeName === "[object ArrayBuffer]") {
        return "arrayBuffer";
      }
      if (prototypeName === "[object DataView]") {
        return "dataView";
      }
      if (Number.isInteger(chunk.byteLength) && Number.isInteger(chunk.byteOffset) && objectToString2.call(chunk.buffer) === "[object ArrayBuffer]") {
        return "typedArray";
      }
      return "others";
    };
    ({ toString: objectToString2 } = Object.prototype);
    MaxBufferError = class extends Error {
      name = "MaxBufferError";
      constructor() {
        super("maxBuffer exceeded");
      }
    };
  }
});

// node_modules/get-stream/source/utils.js
var identity2, noop, getContentsProperty, throwObjectStream, getLengthProperty;
var init_utils = __esm({
  "node_modules/get-stream/source/utils.js"() {
    identity2 = (value) => value;
    noop = () => void 0;
    getContentsProperty = ({ contents }) => contents;
    throwObjectStream = (chunk) => {
      throw new Error(`Streams in object mode are not supported: ${String(chunk)}`);
    };
    getLengthProperty = (convertedChunk) => convertedChunk.length;
  }
});

// node_modules/get-stream/source/array.js
async function getStreamAsArray(stream, options) {
  return getStreamContents(stream, arrayMethods, options);
}
var initArray, increment, addArrayChunk, arrayMethods;
var init_array = __esm({
  "node_modules/get-stream/source/array.js"() {
    init_contents();
    init_utils();
    initArray = () => ({ contents: [] });
    increment = () => 1;
    addArrayChunk = (convertedChunk, { contents }) => {
      contents.push(convertedChunk);
      return contents;
    };
    arrayMethods = {
      init: initArray,
      convertChunk: {
        string: identity2,
        buffer: identity2,
        arrayBuffer: identity2,
        dataView: identity2,
        typedArray: identity2,
        others: identity2
      },
      getSize: increment,
      truncateChunk: noop,
      addChunk: addArrayChunk,
      getFinalChunk: noop,
      finalize: getContentsProperty
    };
  }
});

// node_modules/get-stream/source/array-buffer.js
async function getStreamAsArrayBuffer(stream, options) {
  return getStreamContents(stream, arrayBufferMethods, options);
}
var initArrayBuffer, useTextEncoder, textEncoder2, useUint8Array, useUint8ArrayWithOffset, truncateArrayBufferChunk, addArrayBufferChunk, resizeArrayBufferSlow, resizeArrayBuffer, getNewContentsLength, SCALE_FACTOR, finalizeArrayBuffer, hasArrayBufferResize, arrayBufferMethods;
var init_array_buffer = __esm({
  "node_modules/get-stream/source/array-buffer.js"() {
    init_contents();
    init_utils();
    initArrayBuffer = () => ({ contents: new ArrayBuffer(0) });
    useTextEncoder = (chunk) => textEncoder2.encode(chunk);
    textEncoder2 = new TextEncoder();
    useUint8Array = (chunk) => new Uint8Array(chunk);
    useUint8ArrayWithOffset = (chunk) => new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    truncateArrayBufferChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);
    addArrayBufferChunk = (convertedChunk, { contents, length: previousLength }, length) => {
      const newContents = hasArrayBufferResize() ? resizeArrayBuffer(contents, length) : resizeArrayBufferSlow(contents, length);
      new Uint8Array(newContents).set(convertedChunk, previousLength);
      return newContents;
    };
    resizeArrayBufferSlow = (contents, length) => {
      if (length <= contents.byteLength) {
        return contents;
      }
      const arrayBuffer = new ArrayBuffer(getNewContentsLength(length));
      new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
      return arrayBuffer;
    };
    resizeArrayBuffer = (contents, length) => {
      if (length <= contents.maxByteLength) {
        contents.resize(length);
        return contents;
      }
      const arrayBuffer = new ArrayBuffer(length, { maxByteLength: getNewContentsLength(length) });
      new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
      return arrayBuffer;
    };
    getNewContentsLength = (length) => SCALE_FACTOR ** Math.ceil(Math.log(length) / Math.log(SCALE_FACTOR));
    SCALE_FACTOR = 2;
    finalizeArrayBuffer = ({ contents, length }) => hasArrayBufferResize() ? contents : contents.slice(0, length);
    hasArrayBufferResize = () => "resize" in ArrayBuffer.prototype;
    arrayBufferMethods = {
      init: initArrayBuffer,
      convertChunk: {
        string: useTextEncoder,
        buffer: useUint8Array,
        arrayBuffer: useUint8Array,
        dataView: useUint8ArrayWithOffset,
        typedArray: useUint8ArrayWithOffset,
        others: throwObjectStream
      },
      getSize: getLengthProperty,
      truncateChunk: truncateArrayBufferChunk,
      addChunk: addArrayBufferChunk,
      getFinalChunk: noop,
      finalize: finalizeArrayBuffer
    };
  }
});

// node_modules/get-stream/source/string.js
async function getStreamAsString(stream, options) {
  return getStreamContents(stream, stringMethods, options);
}
var initString, useTextDecoder, addStringChunk, truncateStringChunk, getFinalStringChunk, stringMethods;
var init_string = __esm({
  "node_modules/get-stream/source/string.js"() {
    init_contents();
    init_utils();
    initString = () => ({ contents: "", textDecoder: new TextDecoder() });
    useTextDecoder = (chunk, { textDecoder: textDecoder2 }) => textDecoder2.decode(chunk, { stream: true });
    addStringChunk = (convertedChunk, { contents }) => contents + convertedChunk;
    truncateStringChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);
    getFinalStringChunk = ({ textDecoder: textDecoder2 }) => {
      const finalChunk = textDecoder2.decode();
      return finalChunk === "" ? void 0 : finalChunk;
    };
    stringMethods = {
      init: initString,
      convertChunk: {
        string: identity2,
        buffer: useTextDecoder,
        arrayBuffer: useTextDecoder,
        dataView: useTextDecoder,
        typedArray: useTextDecoder,
        others: throwObjectStream
      },
      getSize: getLengthProperty,
      truncateChunk: truncateStringChunk,
      addChunk: addStringChunk,
      getFinalChunk: getFinalStringChunk,
      finalize: getContentsProperty
    };
  }
});

// node_modules/get-stream/source/exports.js
var init_exports = __esm({
  "node_modules/get-stream/source/exports.js"() {
    init_array();
    init_array_buffer();
    init_string();
    init_contents();
  }
});

// node_modules/get-stream/source/index.js
import { on } from "node:events";
import { finished } from "node:stream/promises";
var init_source = __esm({
  "node_modules/get-stream/source/index.js"() {
    init_stream();
    init_exports();
    Object.assign(nodeImports, { on, finished });
  }
});

// node_modules/execa/lib/io/max-buffer.js
var handleMaxBuffer, getMaxBufferUnit, checkIpcMaxBuffer, getMaxBufferMessage, getMaxBufferInfo, isMaxBufferSync, truncateMaxBufferSync, getMaxBufferSync;
var init_max_buffer = __esm({
  "node_modules/execa/lib/io/max-buffer.js"() {
    init_source();
    init_standard_stream();
    init_specific();
    handleMaxBuffer = ({ error, stream, readableObjectMode, lines, encoding, fdNumber }) => {
      if (!(error instanceof MaxBufferError)) {
        throw error;
      }
      if (fdNumber === "all") {
        return error;
      }
      const unit = getMaxBufferUnit(readableObjectMode, lines, encoding);
      error.maxBufferInfo = { fdNumber, unit };
      stream.destroy();
      throw error;
    };
    getMaxBufferUnit = (readableObjectMode, lines, encoding) => {
      if (readableObjectMode) {
        return "objects";
      }
      if (lines) {
        return "lines";
      }
      if (encoding === "buffer") {
        return "bytes";
      }
      return "characters";
    };
    checkIpcMaxBuffer = (subprocess, ipcOutput, maxBuffer) => {
      if (ipcOutput.length !== maxBuffer) {
        return;
      }
      const error = new MaxBufferError();
      error.maxBufferInfo = { fdNumber: "ipc" };
      throw error;
    };
    getMaxBufferMessage = (error, maxBuffer) => {
      const { streamName, threshold, unit } = getMaxBufferInfo(error, maxBuffer);
      return `Command's ${streamName} was larger than ${threshold} ${unit}`;
    };
    getMaxBufferInfo = (error, maxBuffer) => {
      if (error?.maxBufferInfo === void 0) {
        return { streamName: "output", threshold: maxBuffer[1], unit: "bytes" };
      }
      const { maxBufferInfo: { fdNumber, unit } } = error;
      delete error.maxBufferInfo;
      const threshold = getFdSpecificValue(maxBuffer, fdNumber);
      if (fdNumber === "ipc") {
        return { streamName: "IPC output", threshold, unit: "messages" };
      }
      return { streamName: getStreamName(fdNumber), threshold, unit };
    };
    isMaxBufferSync = (resultError, output, maxBuffer) => resultError?.code === "ENOBUFS" && output !== null && output.some((result2) => result2 !== null && result2.length > getMaxBufferSync(maxBuffer));
    truncateMaxBufferSync = (result2, isMaxBuffer, maxBuffer) => {
      if (!isMaxBuffer) {
        return result2;
      }
      const maxBufferValue = getMaxBufferSync(maxBuffer);
      return result2.length > maxBufferValue ? result2.slice(0, maxBufferValue) : result2;
    };
    getMaxBufferSync = ([, stdoutMaxBuffer]) => stdoutMaxBuffer;
  }
});

// node_modules/execa/lib/return/message.js
import { inspect as inspect2 } from "node:util";
var createMessages, getErrorPrefix, getForcefulSuffix, getOriginalMessage, serializeIpcMessage, serializeMessagePart, serializeMessageItem;
var init_message = __esm({
  "node_modules/execa/lib/return/message.js"() {
    init_strip_final_newline();
    init_uint_array();
    init_cwd();
    init_escape();
    init_max_buffer();
    init_signal();
    init_final_error();
    createMessages = ({
      stdio,
      all,
      ipcOutput,
      originalError,
      signal,
      signalDescription,
      exitCode,
      escapedCommand,
      timedOut,
      isCanceled,
      isGracefullyCanceled,
      isMaxBuffer,
      isForcefullyTerminated,
      forceKillAfterDelay,
      killSignal,
      maxBuffer,
      timeout,
      cwd
    }) => {
      const errorCode = originalError?.code;
      const prefix = getErrorPrefix({
        originalError,
        timedOut,
        timeout,
        isMaxBuffer,
        maxBuffer,
        errorCode,
        signal,
        signalDescription,
        exitCode,
        isCanceled,
        isGracefullyCanceled,
        isForcefullyTerminated,
        forceKillAfterDelay,
        killSignal
      });
      const originalMessage = getOriginalMessage(originalError, cwd);
      const suffix = originalMessage === void 0 ? "" : `
${originalMessage}`;
      const shortMessage = `${prefix}: ${escapedCommand}${suffix}`;
      const messageStdio = all === void 0 ? [stdio[2], stdio[1]] : [all];
      const message = [
        shortMessage,
        ...messageStdio,
        ...stdio.slice(3),
        ipcOutput.map((ipcMessage) => serializeIpcMessage(ipcMessage)).join("\n")
      ].map((messagePart) => escapeLines(stripFinalNewline(serializeMessagePart(messagePart)))).filter(Boolean).join("\n\n");
      return { originalMessage, shortMessage, message };
    };
    getErrorPrefix = ({
      originalError,
      timedOut,
      timeout,
      isMaxBuffer,
      maxBuffer,
      errorCode,
      signal,
      signalDescription,
      exitCode,
      isCanceled,
      isGracefullyCanceled,
      isForcefullyTerminated,
      forceKillAfterDelay,
      killSignal
    }) => {
      const forcefulSuffix = getForcefulSuffix(isForcefullyTerminated, forceKillAfterDelay);
      if (timedOut) {
        return `Command timed out after ${timeout} milliseconds${forcefulSuffix}`;
      }
      if (isGracefullyCanceled) {
        if (signal === void 0) {
          return `Command was gracefully canceled with exit code ${exitCode}`;
        }
        return isForcefullyTerminated ? `Command was gracefully canceled${forcefulSuffix}` : `Command was gracefully canceled with ${signal} (${signalDescription})`;
      }
      if (isCanceled) {
        return `Command was canceled${forcefulSuffix}`;
      }
      if (isMaxBuffer) {
        return `${getMaxBufferMessage(originalError, maxBuffer)}${forcefulSuffix}`;
      }
      if (errorCode !== void 0) {
        return `Command failed with ${errorCode}${forcefulSuffix}`;
      }
      if (isForcefullyTerminated) {
        return `Command was killed with ${killSignal} (${getSignalDescription(killSignal)})${forcefulSuffix}`;
      }
      if (signal !== void 0) {
        return `Command was killed with ${signal} (${signalDescription})`;
      }
      if (exitCode !== void 0) {
        return `Command failed with exit code ${exitCode}`;
      }
      return "Command failed";
    };
    getForcefulSuffix = (isForcefullyTerminated, forceKillAfterDelay) => isForcefullyTerminated ? ` and was forcefully terminated after ${forceKillAfterDelay} milliseconds` : "";
    getOriginalMessage = (originalError, cwd) => {
      if (originalError instanceof DiscardedError) {
        return;
      }
      const originalMessage = isExecaError(originalError) ? originalError.originalMessage : String(originalError?.message ?? originalError);
      const escapedOriginalMessage = escapeLines(fixCwdError(originalMessage, cwd));
      return escapedOriginalMessage === "" ? void 0 : escapedOriginalMessage;
    };
    serializeIpcMessage = (ipcMessage) => typeof ipcMessage === "string" ? ipcMessage : inspect2(ipcMessage);
    serializeMessagePart = (messagePart) => Array.isArray(messagePart) ? messagePart.map((messageItem) => stripFinalNewline(serializeMessageItem(messageItem))).filter(Boolean).join("\n") : serializeMessageItem(messagePart);
    serializeMessageItem = (messageItem) => {
      if (typeof messageItem === "string") {
        return messageItem;
      }
      if (isUint8Array(messageItem)) {
        return uint8ArrayToString(messageItem);
      }
      return "";
    };
  }
});

// node_modules/execa/lib/return/result.js
var makeSuccessResult, makeEarlyError, makeError, getErrorProperties, omitUndefinedProperties, normalizeExitPayload;
var init_result = __esm({
  "node_modules/execa/lib/return/result.js"() {
    init_signal();
    init_duration();
    init_final_error();
    init_message();
    makeSuccessResult = ({
      command,
      escapedCommand,
      stdio,
      all,
      ipcOutput,
      options: { cwd },
      startTime
    }) => omitUndefinedProperties({
      command,
      escapedCommand,
      cwd,
      durationMs: getDurationMs(startTime),
      failed: false,
      timedOut: false,
      isCanceled: false,
      isGracefullyCanceled: false,
      isTerminated: false,
      isMaxBuffer: false,
      isForcefullyTerminated: false,
      exitCode: 0,
      stdout: stdio[1],
      stderr: stdio[2],
      all,
      stdio,
      ipcOutput,
      pipedFrom: []
    });
    makeEarlyError = ({
      error,
      command,
      escapedCommand,
      fileDescriptors,
      options,
      startTime,
      isSync
    }) => makeError({
      error,
      command,
      escapedCommand,
      startTime,
      timedOut: false,
      isCanceled: false,
      isGracefullyCanceled: false,
      isMaxBuffer: false,
      isForcefullyTerminated: false,
      stdio: Array.from({ length: fileDescriptors.length }),
      ipcOutput: [],
      options,
      isSync
    });
    makeError = ({
      error: originalError,
      command,
      escapedCommand,
      startTime,
      timedOut,
      isCanceled,
      isGracefullyCanceled,
      isMaxBuffer,
      isForcefullyTerminated,
      exitCode: rawExitCode,
      signal: rawSignal,
      stdio,
      all,
      ipcOutput,
      options: {
        timeoutDuration,
        timeout = timeoutDuration,
        forceKillAfterDelay,
        killSignal,
        cwd,
        maxBuffer
      },
      isSync
    }) => {
      const { exitCode, signal, signalDescription } = normalizeExitPayload(rawExitCode, rawSignal);
      const { originalMessage, shortMessage, message } = createMessages({
        stdio,
        all,
        ipcOutput,
        originalError,
        signal,
        signalDescription,
        exitCode,
        escapedCommand,
        timedOut,
        isCanceled,
        isGracefullyCanceled,
        isMaxBuffer,
        isForcefullyTerminated,
        forceKillAfterDelay,
        killSignal,
        maxBuffer,
        timeout,
        cwd
      });
      const error = getFinalError(originalError, message, isSync);
      Object.assign(error, getErrorProperties({
        error,
        command,
        escapedCommand,
        startTime,
        timedOut,
        isCanceled,
        isGracefullyCanceled,
        isMaxBuffer,
        isForcefullyTerminated,
        exitCode,
        signal,
        signalDescription,
        stdio,
        all,
        ipcOutput,
        cwd,
        originalMessage,
        shortMessage
      }));
      return error;
    };
    getErrorProperties = ({
      error,
      command,
      escapedCommand,
      startTime,
      timedOut,
      isCanceled,
      isGracefullyCanceled,
      isMaxBuffer,
      isForcefullyTerminated,
      exitCode,
      signal,
      signalDescription,
      stdio,
      all,
      ipcOutput,
      cwd,
      originalMessage,
      shortMessage
    }) => omitUndefinedProperties({
      shortMessage,
      originalMessage,
      command,
      escapedCommand,
      cwd,
      durationMs: getDurationMs(startTime),
      failed: true,
      timedOut,
      isCanceled,
      isGracefullyCanceled,
      isTerminated: signal !== void 0,
      isMaxBuffer,
      isForcefullyTerminated,
      exitCode,
      signal,
      signalDescription,
      code: error.cause?.code,
      stdout: stdio[1],
      stderr: stdio[2],
      all,
      stdio,
      ipcOutput,
      pipedFrom: []
    });
    omitUndefinedProperties = (result2) => Object.fromEntries(Object.entries(result2).filter(([, value]) => value !== void 0));
    normalizeExitPayload = (rawExitCode, rawSignal) => {
      const exitCode = rawExitCode === null ? void 0 : rawExitCode;
      const signal = rawSignal === null ? void 0 : rawSignal;
      const signalDescription = signal === void 0 ? void 0 : getSignalDescription(rawSignal);
      return { exitCode, signal, signalDescription };
    };
  }
});

// node_modules/parse-ms/index.js
function parseNumber(milliseconds) {
  return {
    days: Math.trunc(milliseconds / 864e5),
    hours: Math.trunc(milliseconds / 36e5 % 24),
    minutes: Math.trunc(milliseconds / 6e4 % 60),
    seconds: Math.trunc(milliseconds / 1e3 % 60),
    milliseconds: Math.trunc(milliseconds % 1e3),
    microseconds: Math.trunc(toZeroIfInfinity(milliseconds * 1e3) % 1e3),
    nanoseconds: Math.trunc(toZeroIfInfinity(milliseconds * 1e6) % 1e3)
  };
}
function parseBigint(milliseconds) {
  return {
    days: milliseconds / 86400000n,
    hours: milliseconds / 3600000n % 24n,
    minutes: milliseconds / 60000n % 60n,
    seconds: milliseconds / 1000n % 60n,
    milliseconds: milliseconds % 1000n,
    microseconds: 0n,
    nanoseconds: 0n
  };
}
function parseMilliseconds(milliseconds) {
  switch (typeof milliseconds) {
    case "number": {
      if (Number.isFinite(milliseconds)) {
        return parseNumber(milliseconds);
      }
      break;
    }
    case "bigint": {
      return parseBigint(milliseconds);
    }
  }
  throw new TypeError("Expected a finite number or bigint");
}
var toZeroIfInfinity;
var init_parse_ms = __esm({
  "node_modules/parse-ms/index.js"() {
    toZeroIfInfinity = (value) => Number.isFinite(value) ? value : 0;
  }
});

// node_modules/pretty-ms/index.js
function prettyMilliseconds(milliseconds, options) {
  const isBigInt = typeof milliseconds === "bigint";
  if (!isBigInt && !Number.isFinite(milliseconds)) {
    throw new TypeError("Expected a finite number or bigint");
  }
  options = { ...options };
  const sign = milliseconds < 0 ? "-" : "";
  milliseconds = milliseconds < 0 ? -milliseconds : milliseconds;
  if (options.colonNotation) {
    options.compact = false;
    options.formatSubMilliseconds = false;
    options.separateMilliseconds = false;
    options.verbose = false;
  }
  if (options.compact) {
    options.unitCount = 1;
    options.secondsDecimalDigits = 0;
    options.millisecondsDecimalDigits = 0;
  }
  let result2 = [];
  const floorDecimals = (value, decimalDigits) => {
    const flooredInterimValue = Math.floor(value * 10 ** decimalDigits + SECOND_ROUNDING_EPSILON);
    const flooredValue = Math.round(flooredInterimValue) / 10 ** decimalDigits;
    return flooredValue.toFixed(decimalDigits);
  };
  const add = (value, long, short, valueString) => {
    if ((result2.length === 0 || !options.colonNotation) && isZero(value) && !(options.colonNotation && short === "m")) {
      return;
    }
    valueString ??= String(value);
    if (options.colonNotation) {
      const wholeDigits = valueString.includes(".") ? valueString.split(".")[0].length : valueString.length;
      const minLength = result2.length > 0 ? 2 : 1;
      valueString = "0".repeat(Math.max(0, minLength - wholeDigits)) + valueString;
    } else {
      valueString += options.verbose ? " " + pluralize(long, value) : short;
    }
    result2.push(valueString);
  };
  const parsed = parseMilliseconds(milliseconds);
  const days = BigInt(parsed.days);
  if (options.hideYearAndDays) {
    add(BigInt(days) * 24n + BigInt(parsed.hours), "hour", "h");
  } else {
    if (options.hideYear) {
      add(days, "day", "d");
    } else {
      add(days / 365n, "year", "y");
      add(days % 365n, "day", "d");
    }
    add(Number(parsed.hours), "hour", "h");
  }
  add(Number(parsed.minutes), "minute", "m");
  if (!options.hideSeconds) {
    if (options.separateMilliseconds || options.formatSubMilliseconds || !options.colonNotation && milliseconds < 1e3 && !options.subSecondsAsDecimals) {
      const seconds2 = Number(parsed.seconds);
      const milliseconds2 = Number(parsed.milliseconds);
      const microseconds = Number(parsed.microseconds);
      const nanoseconds = Number(parsed.nanoseconds);
      add(seconds2, "second", "s");
      if (options.formatSubMilliseconds) {
        add(milliseconds2, "millisecond", "ms");
        add(microseconds, "microsecond", "µs");
        add(nanoseconds, "nanosecond", "ns");
      } else {
        const millisecondsAndBelow = milliseconds2 + microseconds / 1e3 + nanoseconds / 1e6;
        const millisecondsDecimalDigits = typeof options.millisecondsDecimalDigits === "number" ? options.millisecondsDecimalDigits : 0;
        const roundedMilliseconds = millisecondsAndBelow >= 1 ? Math.round(millisecondsAndBelow) : Math.ceil(millisecondsAndBelow);
        const maximumMilliseconds = 1e3 - 10 ** -millisecondsDecimalDigits;
        const millisecondsString = millisecondsDecimalDigits ? Math.min(millisecondsAndBelow, maximumMilliseconds).toFixed(millisecondsDecimalDigits) : Math.min(roundedMilliseconds, maximumMilliseconds);
        add(
          Number.parseFloat(millisecondsString),
          "millisecond",
          "ms",
          millisecondsString
        );
      }
    } else {
      const seconds2 = (isBigInt ? Number(milliseconds % ONE_DAY_IN_MILLISECONDS) : milliseconds) / 1e3 % 60;
      const secondsDecimalDigits = typeof options.secondsDecimalDigits === "number" ? options.secondsDecimalDigits : 1;
      const secondsFixed = floorDecimals(seconds2, secondsDecimalDigits);
      const secondsString = options.keepDecimalsOnWholeSeconds ? secondsFixed : secondsFixed.replace(/\.0+$/, "");
      add(Number.parseFloat(secondsString), "second", "s", secondsString);
    }
  }
  if (result2.length === 0) {
    return sign + "0" + (options.verbose ? " milliseconds" : "ms");
  }
  const separator = options.colonNotation ? ":" : " ";
  if (typeof options.unitCount === "number") {
    result2 = result2.slice(0, Math.max(options.unitCount, 1));
  }
  return sign + result2.join(separator);
}
var isZero, pluralize, SECOND_ROUNDING_EPSILON, ONE_DAY_IN_MILLISECONDS;
var init_pretty_ms = __esm({
  "node_modules/pretty-ms/index.js"() {
    init_parse_ms();
    isZero = (value) => value === 0 || value === 0n;
    pluralize = (word, count3) => count3 === 1 || count3 === 1n ? word : `${word}s`;
    SECOND_ROUNDING_EPSILON = 1e-7;
    ONE_DAY_IN_MILLISECONDS = 24n * 60n * 60n * 1000n;
  }
});

// node_modules/execa/lib/verbose/error.js
var logError;
var init_error = __esm({
  "node_modules/execa/lib/verbose/error.js"() {
    init_log();
    logError = (result2, verboseInfo) => {
      if (result2.failed) {
        verboseLog({
          type: "error",
          verboseMessage: result2.shortMessage,
          verboseInfo,
          result: result2
        });
      }
    };
  }
});

// node_modules/execa/lib/verbose/complete.js
var logResult, logDuration;
var init_complete = __esm({
  "node_modules/execa/lib/verbose/complete.js"() {
    init_pretty_ms();
    init_values();
    init_log();
    init_error();
    logResult = (result2, verboseInfo) => {
      if (!isVerbose(verboseInfo)) {
        return;
      }
      logError(result2, verboseInfo);
      logDuration(result2, verboseInfo);
    };
    logDuration = (result2, verboseInfo) => {
      const verboseMessage = `(done in ${prettyMilliseconds(result2.durationMs)})`;
      verboseLog({
        type: "duration",
        verboseMessage,
        verboseInfo,
        result: result2
      });
    };
  }
});

// node_modules/execa/lib/return/reject.js
var handleResult;
var init_reject = __esm({
  "node_modules/execa/lib/return/reject.js"() {
    init_complete();
    handleResult = (result2, verboseInfo, { reject }) => {
      logResult(result2, verboseInfo);
      if (result2.failed && reject) {
        throw result2;
      }
      return result2;
    };
  }
});

// node_modules/execa/node_modules/is-stream/index.js
function isStream2(stream, { checkOpen = true } = {}) {
  return stream !== null && typeof stream === "object" && (stream.writable || stream.readable || !checkOpen || stream.writable === void 0 && stream.readable === void 0) && typeof stream.pipe === "function";
}
function isWritableStream(stream, { checkOpen = true } = {}) {
  return isStream2(stream, { checkOpen }) && (stream.writable || !checkOpen) && typeof stream.write === "function" && typeof stream.end === "function" && typeof stream.writable === "boolean" && typeof stream.writableObjectMode === "boolean" && typeof stream.destroy === "function" && typeof stream.destroyed === "boolean";
}
function isReadableStream2(stream, { checkOpen = true } = {}) {
  return isStream2(stream, { checkOpen }) && (stream.readable || !checkOpen) && typeof stream.read === "function" && typeof stream.readable === "boolean" && typeof stream.readableObjectMode === "boolean" && typeof stream.destroy === "function" && typeof stream.destroyed === "boolean";
}
function isDuplexStream(stream, options) {
  return isWritableStream(stream, options) && isReadableStream2(stream, options);
}
var init_is_stream2 = __esm({
  "node_modules/execa/node_modules/is-stream/index.js"() {
  }
});

// node_modules/execa/lib/stdio/type.js
var getStdioItemType, getTransformObjectType, getDuplexType, getTransformStreamType, validateNonGeneratorType, checkUndefinedOption, getGeneratorObjectType, checkBooleanOption, isGenerator, isAsyncGenerator, isSyncGenerator, isTransformOptions, isUrl, isRegularUrl, isFilePathObject, FILE_PATH_KEYS, isFilePathString, isUnknownStdioString, KNOWN_STDIO_STRINGS, isReadableStream3, isWritableStream2, isWebStream, isTransformStream, isAsyncIterableObject, isIterableObject, isObject, TRANSFORM_TYPES, FILE_TYPES, SPECIAL_DUPLICATE_TYPES_SYNC, SPECIAL_DUPLICATE_TYPES, FORBID_DUPLICATE_TYPES, TYPE_TO_MESSAGE;
var init_type = __esm({
  "node_modules/execa/lib/stdio/type.js"() {
    init_is_stream2();
    init_is_plain_obj();
    init_uint_array();
    getStdioItemType = (value, optionName) => {
      if (isAsyncGenerator(value)) {
        return "asyncGenerator";
      }
      if (isSyncGenerator(value)) {
        return "generator";
      }
      if (isUrl(value)) {
        return "fileUrl";
      }
      if (isFilePathObject(value)) {
        return "filePath";
      }
      if (isWebStream(value)) {
        return "webStream";
      }
      if (isStream2(value, { checkOpen: false })) {
        return "native";
      }
      if (isUint8Array(value)) {
        return "uint8Array";
      }
      if (isAsyncIterableObject(value)) {
        return "asyncIterable";
      }
      if (isIterableObject(value)) {
        return "iterable";
      }
      if (isTransformStream(value)) {
        return getTransformStreamType({ transform: value }, optionName);
      }
      if (isTransformOptions(value)) {
        return getTransformObjectType(value, optionName);
      }
      return "native";
    };
    getTransformObjectType = (value, optionName) => {
      if (isDuplexStream(value.transform, { checkOpen: false })) {
        return getDuplexType(value, optionName);
      }
      if (isTransformStream(value.transform)) {
        return getTransformStreamType(value, optionName);
      }
      return getGeneratorObjectType(value, optionName);
    };
    getDuplexType = (value, optionName) => {
      validateNonGeneratorType(value, optionName, "Duplex stream");
      return "duplex";
    };
    getTransformStreamType = (value, optionName) => {
      validateNonGeneratorType(value, optionName, "web TransformStream");
      return "webTransform";
    };
    validateNonGeneratorType = ({ final, binary, objectMode }, optionName, typeName) => {
      checkUndefinedOption(final, `${optionName}.final`, typeName);
      checkUndefinedOption(binary, `${optionName}.binary`, typeName);
      checkBooleanOption(objectMode, `${optionName}.objectMode`);
    };
    checkUndefinedOption = (value, optionName, typeName) => {
      if (value !== void 0) {
        throw new TypeError(`The \`${optionName}\` option can only be defined when using a generator, not a ${typeName}.`);
      }
    };
    getGeneratorObjectType = ({ transform, final, binary, objectMode }, optionName) => {
      if (transform !== void 0 && !isGenerator(transform)) {
        throw new TypeError(`The \`${optionName}.transform\` option must be a generator, a Duplex stream or a web TransformStream.`);
      }
      if (isDuplexStream(final, { checkOpen: false })) {
        throw new TypeError(`The \`${optionName}.final\` option must not be a Duplex stream.`);
      }
      if (isTransformStream(final)) {
        throw new TypeError(`The \`${optionName}.final\` option must not be a web TransformStream.`);
      }
      if (final !== void 0 && !isGenerator(final)) {
        throw new TypeError(`The \`${optionName}.final\` option must be a generator.`);
      }
      checkBooleanOption(binary, `${optionName}.binary`);
      checkBooleanOption(objectMode, `${optionName}.objectMode`);
      return isAsyncGenerator(transform) || isAsyncGenerator(final) ? "asyncGenerator" : "generator";
    };
    checkBooleanOption = (value, optionName) => {
      if (value !== void 0 && typeof value !== "boolean") {
        throw new TypeError(`The \`${optionName}\` option must use a boolean.`);
      }
    };
    isGenerator = (value) => isAsyncGenerator(value) || isSyncGenerator(value);
    isAsyncGenerator = (value) => Object.prototype.toString.call(value) === "[object AsyncGeneratorFunction]";
    isSyncGenerator = (value) => Object.prototype.toString.call(value) === "[object GeneratorFunction]";
    isTransformOptions = (value) => isPlainObject(value) && (value.transform !== void 0 || value.final !== void 0);
    isUrl = (value) => Object.prototype.toString.call(value) === "[object URL]";
    isRegularUrl = (value) => isUrl(value) && value.protocol !== "file:";
    isFilePathObject = (value) => isPlainObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => FILE_PATH_KEYS.has(key)) && isFilePathString(value.file);
    FILE_PATH_KEYS = /* @__PURE__ */ new Set(["file", "append"]);
    isFilePathString = (file) => typeof file === "string";
    isUnknownStdioString = (type, value) => type === "native" && typeof value === "string" && !KNOWN_STDIO_STRINGS.has(value);
    KNOWN_STDIO_STRINGS = /* @__PURE__ */ new Set(["ipc", "ignore", "inherit", "overlapped", "pipe"]);
    isReadableStream3 = (value) => Object.prototype.toString.call(value) === "[object ReadableStream]";
    isWritableStream2 = (value) => Object.prototype.toString.call(value) === "[object WritableStream]";
    isWebStream = (value) => isReadableStream3(value) || isWritableStream2(value);
    isTransformStream = (value) => isReadableStream3(value?.readable) && isWritableStream2(value?.writable);
    isAsyncIterableObject = (value) => isObject(value) && typeof value[Symbol.asyncIterator] === "function";
    isIterableObject = (value) => isObject(value) && typeof value[Symbol.iterator] === "function";
    isObject = (value) => typeof value === "object" && value !== null;
    TRANSFORM_TYPES = /* @__PURE__ */ new Set(["generator", "asyncGenerator", "duplex", "webTransform"]);
    FILE_TYPES = /* @__PURE__ */ new Set(["fileUrl", "filePath", "fileNumber"]);
    SPECIAL_DUPLICATE_TYPES_SYNC = /* @__PURE__ */ new Set(["fileUrl", "filePath"]);
    SPECIAL_DUPLICATE_TYPES = /* @__PURE__ */ new Set([...SPECIAL_DUPLICATE_TYPES_SYNC, "webStream", "nodeStream"]);
    FORBID_DUPLICATE_TYPES = /* @__PURE__ */ new Set(["webTransform", "duplex"]);
    TYPE_TO_MESSAGE = {
      generator: "a generator",
      asyncGenerator: "an async generator",
      fileUrl: "a file URL",
      filePath: "a file path string",
      fileNumber: "a file descriptor number",
      webStream: "a web stream",
      nodeStream: "a Node.js stream",
      webTransform: "a web TransformStream",
      duplex: "a Duplex stream",
      native: "any value",
      iterable: "an iterable",
      asyncIterable: "an async iterable",
      string: "a string",
      uint8Array: "a Uint8Array"
    };
  }
});

// node_modules/execa/lib/transform/object-mode.js
var getTransformObjectModes, getOutputObjectModes, getInputObjectModes, getFdObjectMode;
var init_object_mode = __esm({
  "node_modules/execa/lib/transform/object-mode.js"() {
    init_type();
    getTransformObjectModes = (objectMode, index, newTransforms, direction) => direction === "output" ? getOutputObjectModes(objectMode, index, newTransforms) : getInputObjectModes(objectMode, index, newTransforms);
    getOutputObjectModes = (objectMode, index, newTransforms) => {
      const writableObjectMode = index !== 0 && newTransforms[index - 1].value.readableObjectMode;
      const readableObjectMode = objectMode ?? writableObjectMode;
      return { writableObjectMode, readableObjectMode };
    };
    getInputObjectModes = (objectMode, index, newTransforms) => {
      const writableObjectMode = index === 0 ? objectMode === true : newTransforms[index - 1].value.readableObjectMode;
      const readableObjectMode = index !== newTransforms.length - 1 && (objectMode ?? writableObjectMode);
      return { writableObjectMode, readableObjectMode };
    };
    getFdObjectMode = (stdioItems, direction) => {
      const lastTransform = stdioItems.findLast(({ type }) => TRANSFORM_TYPES.has(type));
      if (lastTransform === void 0) {
        return false;
      }
      return direction === "input" ? lastTransform.value.writableObjectMode : lastTransform.value.readableObjectMode;
    };
  }
});

// node_modules/execa/lib/transform/normalize.js
var normalizeTransforms, getTransforms, normalizeTransform, normalizeDuplex, normalizeTransformStream, normalizeGenerator, sortTransforms;
var init_normalize = __esm({
  "node_modules/execa/lib/transform/normalize.js"() {
    init_is_plain_obj();
    init_encoding_option();
    init_type();
    init_object_mode();
    normalizeTransforms = (stdioItems, optionName, direction, options) => [
      ...stdioItems.filter(({ type }) => !TRANSFORM_TYPES.has(type)),
      ...getTransforms(stdioItems, optionName, direction, options)
    ];
    getTransforms = (stdioItems, optionName, direction, { encoding }) => {
      const transforms = stdioItems.filter(({ type }) => TRANSFORM_TYPES.has(type));
      const newTransforms = Array.from({ length: transforms.length });
      for (const [index, stdioItem] of Object.entries(transforms)) {
        newTransforms[index] = normalizeTransform({
          stdioItem,
          index: Number(index),
          newTransforms,
          optionName,
          direction,
          encoding
        });
      }
      return sortTransforms(newTransforms, direction);
    };
    normalizeTransform = ({ stdioItem, stdioItem: { type }, index, newTransforms, optionName, direction, encoding }) => {
      if (type === "duplex") {
        return normalizeDuplex({ stdioItem, optionName });
      }
      if (type === "webTransform") {
        return normalizeTransformStream({
          stdioItem,
          index,
          newTransforms,
          direction
        });
      }
      return normalizeGenerator({
        stdioItem,
        index,
        newTransforms,
        direction,
        encoding
      });
    };
    normalizeDuplex = ({
      stdioItem,
      stdioItem: {
        value: {
          transform,
          transform: { writableObjectMode, readableObjectMode },
          objectMode = readableObjectMode
        }
      },
      optionName
    }) => {
      if (objectMode && !readableObjectMode) {
        throw new TypeError(`The \`${optionName}.objectMode\` option can only be \`true\` if \`new Duplex({objectMode: true})\` is used.`);
      }
      if (!objectMode && readableObjectMode) {
        throw new TypeError(`The \`${optionName}.objectMode\` option cannot be \`false\` if \`new Duplex({objectMode: true})\` is used.`);
      }
      return {
        ...stdioItem,
        value: { transform, writableObjectMode, readableObjectMode }
      };
    };
    normalizeTransformStream = ({ stdioItem, stdioItem: { value }, index, newTransforms, direction }) => {
      const { transform, objectMode } = isPlainObject(value) ? value : { transform: value };
      const { writableObjectMode, readableObjectMode } = getTransformObjectModes(objectMode, index, newTransforms, direction);
      return {
        ...stdioItem,
        value: { transform, writableObjectMode, readableObjectMode }
      };
    };
    normalizeGenerator = ({ stdioItem, stdioItem: { value }, index, newTransforms, direction, encoding }) => {
      const {
        transform,
        final,
        binary: binaryOption = false,
        preserveNewlines = false,
        objectMode
      } = isPlainObject(value) ? value : { transform: value };
      const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
      const { writableObjectMode, readableObjectMode } = getTransformObjectModes(objectMode, index, newTransforms, direction);
      return {
        ...stdioItem,
        value: {
          transform,
          final,
          binary,
          preserveNewlines,
          writableObjectMode,
          readableObjectMode
        }
      };
    };
    sortTransforms = (newTransforms, direction) => direction === "input" ? newTransforms.reverse() : newTransforms;
  }
});

// node_modules/execa/lib/stdio/direction.js
import process7 from "node:process";
var getStreamDirection, getStdioItemDirection, KNOWN_DIRECTIONS, anyDirection, alwaysInput, guessStreamDirection, getStandardStreamDirection, DEFAULT_DIRECTION;
var init_direction = __esm({
  "node_modules/execa/lib/stdio/direction.js"() {
    init_is_stream2();
    init_type();
    getStreamDirection = (stdioItems, fdNumber, optionName) => {
      const directions = stdioItems.map((stdioItem) => getStdioItemDirection(stdioItem, fdNumber));
      if (directions.includes("input") && directions.includes("output")) {
        throw new TypeError(`The \`${optionName}\` option must not be an array of both readable and writable values.`);
      }
      return directions.find(Boolean) ?? DEFAULT_DIRECTION;
    };
    getStdioItemDirection = ({ type, value }, fdNumber) => KNOWN_DIRECTIONS[fdNumber] ?? guessStreamDirection[type](value);
    KNOWN_DIRECTIONS = ["input", "output", "output"];
    anyDirection = () => void 0;
    alwaysInput = () => "input";
    guessStreamDirection = {
      generator: anyDirection,
      asyncGenerator: anyDirection,
      fileUrl: anyDirection,
      filePath: anyDirection,
      iterable: alwaysInput,
      asyncIterable: alwaysInput,
      uint8Array: alwaysInput,
      webStream: (value) => isWritableStream2(value) ? "output" : "input",
      nodeStream(value) {
        if (!isReadableStream2(value, { checkOpen: false })) {
          return "output";
        }
        return isWritableStream(value, { checkOpen: false }) ? void 0 : "input";
      },
      webTransform: anyDirection,
      duplex: anyDirection,
      native(value) {
        const standardStreamDirection = getStandardStreamDirection(value);
        if (standardStreamDirection !== void 0) {
          return standardStreamDirection;
        }
        if (isStream2(value, { checkOpen: false })) {
          return guessStreamDirection.nodeStream(value);
        }
      }
    };
    getStandardStreamDirection = (value) => {
      if ([0, process7.stdin].includes(value)) {
        return "input";
      }
      if ([1, 2, process7.stdout, process7.stderr].includes(value)) {
        return "output";
      }
    };
    DEFAULT_DIRECTION = "output";
  }
});

// node_modules/execa/lib/ipc/array.js
var normalizeIpcStdioArray;
var init_array2 = __esm({
  "node_modules/execa/lib/ipc/array.js"() {
    normalizeIpcStdioArray = (stdioArray, ipc) => ipc && !stdioArray.includes("ipc") ? [...stdioArray, "ipc"] : stdioArray;
  }
});

// node_modules/execa/lib/stdio/stdio-option.js
var normalizeStdioOption, getStdioArray, hasAlias, addDefaultValue2, normalizeStdioSync, isOutputPipeOnly;
var init_stdio_option = __esm({
  "node_modules/execa/lib/stdio/stdio-option.js"() {
    init_standard_stream();
    init_array2();
    init_values();
    normalizeStdioOption = ({ stdio, ipc, buffer, ...options }, verboseInfo, isSync) => {
      const stdioArray = getStdioArray(stdio, options).map((stdioOption, fdNumber) => addDefaultValue2(stdioOption, fdNumber));
      return isSync ? normalizeStdioSync(stdioArray, buffer, verboseInfo) : normalizeIpcStdioArray(stdioArray, ipc);
    };
    getStdioArray = (stdio, options) => {
      if (stdio === void 0) {
        return STANDARD_STREAMS_ALIASES.map((alias) => options[alias]);
      }
      if (hasAlias(options)) {
        throw new Error(`It's not possible to provide \`stdio\` in combination with one of ${STANDARD_STREAMS_ALIASES.map((alias) => `\`${alias}\``).join(", ")}`);
      }
      if (typeof stdio === "string") {
        return [stdio, stdio, stdio];
      }
      if (!Array.isArray(stdio)) {
        throw new TypeError(`Expected \`stdio\` to be of type \`string\` or \`Array\`, got \`${typeof stdio}\``);
      }
      const length = Math.max(stdio.length, STANDARD_STREAMS_ALIASES.length);
      return Array.from({ length }, (_, fdNumber) => stdio[fdNumber]);
    };
    hasAlias = (options) => STANDARD_STREAMS_ALIASES.some((alias) => options[alias] !== void 0);
    addDefaultValue2 = (stdioOption, fdNumber) => {
      if (Array.isArray(stdioOption)) {
        return stdioOption.map((item) => addDefaultValue2(item, fdNumber));
      }
      if (stdioOption === null || stdioOption === void 0) {
        return fdNumber >= STANDARD_STREAMS_ALIASES.length ? "ignore" : "pipe";
      }
      return stdioOption;
    };
    normalizeStdioSync = (stdioArray, buffer, verboseInfo) => stdioArray.map((stdioOption, fdNumber) => !buffer[fdNumber] && fdNumber !== 0 && !isFullVerbose(verboseInfo, fdNumber) && isOutputPipeOnly(stdioOption) ? "ignore" : stdioOption);
    isOutputPipeOnly = (stdioOption) => stdioOption === "pipe" || Array.isArray(stdioOption) && stdioOption.every((item) => item === "pipe");
  }
});

// node_modules/execa/lib/stdio/native.js
import { readFileSync } from "node:fs";
import tty2 from "node:tty";
var handleNativeStream, handleNativeStreamSync, getTargetFd, getTargetFdNumber, handleNativeStreamAsync, getStandardStream;
var init_native = __esm({
  "node_modules/execa/lib/stdio/native.js"() {
    init_is_stream2();
    init_standard_stream();
    init_uint_array();
    init_fd_options();
    handleNativeStream = ({ stdioItem, stdioItem: { type }, isStdioArray, fdNumber, direction, isSync }) => {
      if (!isStdioArray || type !== "native") {
        return stdioItem;
      }
      return isSync ? handleNativeStreamSync({ stdioItem, fdNumber, direction }) : handleNativeStreamAsync({ stdioItem, fdNumber });
    };
    handleNativeStreamSync = ({ stdioItem, stdioItem: { value, optionName }, fdNumber, direction }) => {
      const targetFd = getTargetFd({
        value,
        optionName,
        fdNumber,
        direction
      });
      if (targetFd !== void 0) {
        return targetFd;
      }
      if (isStream2(value, { checkOpen: false })) {
        throw new TypeError(`The \`${optionName}: Stream\` option cannot both be an array and include a stream with synchronous methods.`);
      }
      return stdioItem;
    };
    getTargetFd = ({ value, optionName, fdNumber, direction }) => {
      const targetFdNumber = getTargetFdNumber(value, fdNumber);
      if (targetFdNumber === void 0) {
        return;
      }
      if (direction === "output") {
        return { type: "fileNumber", value: targetFdNumber, optionName };
      }
      if (tty2.isatty(targetFdNumber)) {
        throw new TypeError(`The \`${optionName}: ${serializeOptionValue(value)}\` option is invalid: it cannot be a TTY with synchronous methods.`);
      }
      return { type: "uint8Array", value: bufferToUint8Array(readFileSync(targetFdNumber)), optionName };
    };
    getTargetFdNumber = (value, fdNumber) => {
      if (value === "inherit") {
        return fdNumber;
      }
      if (typeof value === "number") {
        return value;
      }
      const standardStreamIndex = STANDARD_STREAMS.indexOf(value);
      if (standardStreamIndex !== -1) {
        return standardStreamIndex;
      }
    };
    handleNativeStreamAsync = ({ stdioItem, stdioItem: { value, optionName }, fdNumber }) => {
      if (value === "inherit") {
        return { type: "nodeStream", value: getStandardStream(fdNumber, value, optionName), optionName };
      }
      if (typeof value === "number") {
        return { type: "nodeStream", value: getStandardStream(value, value, optionName), optionName };
      }
      if (isStream2(value, { checkOpen: false })) {
        return { type: "nodeStream", value, optionName };
      }
      return stdioItem;
    };
    getStandardStream = (fdNumber, value, optionName) => {
      const standardStream = STANDARD_STREAMS[fdNumber];
      if (standardStream === void 0) {
        throw new TypeError(`The \`${optionName}: ${value}\` option is invalid: no such standard stream.`);
      }
      return standardStream;
    };
  }
});

// node_modules/execa/lib/stdio/input-option.js
var handleInputOptions, handleInputOption, getInputType, handleInputFileOption, getInputFileType;
var init_input_option = __esm({
  "node_modules/execa/lib/stdio/input-option.js"() {
    init_is_stream2();
    init_uint_array();
    init_type();
    handleInputOptions = ({ input, inputFile }, fdNumber) => fdNumber === 0 ? [
      ...handleInputOption(input),
      ...handleInputFileOption(inputFile)
    ] : [];
    handleInputOption = (input) => input === void 0 ? [] : [{
      type: getInputType(input),
      value: input,
      optionName: "input"
    }];
    getInputType = (input) => {
      if (isReadableStream2(input, { checkOpen: false })) {
        return "nodeStream";
      }
      if (typeof input === "string") {
        return "string";
      }
      if (isUint8Array(input)) {
        return "uint8Array";
      }
      throw new Error("The `input` option must be a string, a Uint8Array or a Node.js Readable stream.");
    };
    handleInputFileOption = (inputFile) => inputFile === void 0 ? [] : [{
      ...getInputFileType(inputFile),
      optionName: "inputFile"
    }];
    getInputFileType = (inputFile) => {
      if (isUrl(inputFile)) {
        return { type: "fileUrl", value: inputFile };
      }
      if (isFilePathString(inputFile)) {
        return { type: "filePath", value: { file: inputFile } };
      }
      throw new Error("The `inputFile` option must be a file path string or a file URL.");
    };
  }
});

// node_modules/execa/lib/stdio/duplicate.js
var filterDuplicates, getDuplicateStream, getOtherStdioItems, validateDuplicateStreamSync, getDuplicateStreamInstance, hasSameValue, validateDuplicateTransform, throwOnDuplicateStream;
var init_duplicate = __esm({
  "node_modules/execa/lib/stdio/duplicate.js"() {
    init_type();
    filterDuplicates = (stdioItems) => stdioItems.filter((stdioItemOne, indexOne) => stdioItems.every((stdioItemTwo, indexTwo) => stdioItemOne.value !== stdioItemTwo.value || indexOne >= indexTwo || stdioItemOne.type === "generator" || stdioItemOne.type === "asyncGenerator"));
    getDuplicateStream = ({ stdioItem: { type, value, optionName }, direction, fileDescriptors, isSync }) => {
      const otherStdioItems = getOtherStdioItems(fileDescriptors, type);
      if (otherStdioItems.length === 0) {
        return;
      }
      if (isSync) {
        validateDuplicateStreamSync({
          otherStdioItems,
          type,
          value,
          optionName,
          direction
        });
        return;
      }
      if (SPECIAL_DUPLICATE_TYPES.has(type)) {
        return getDuplicateStreamInstance({
          otherStdioItems,
          type,
          value,
          optionName,
          direction
        });
      }
      if (FORBID_DUPLICATE_TYPES.has(type)) {
        validateDuplicateTransform({
          otherStdioItems,
          type,
          value,
          optionName
        });
      }
    };
    getOtherStdioItems = (fileDescriptors, type) => fileDescriptors.flatMap(({ direction, stdioItems }) => stdioItems.filter((stdioItem) => stdioItem.type === type).map(((stdioItem) => ({ ...stdioItem, direction }))));
    validateDuplicateStreamSync = ({ otherStdioItems, type, value, optionName, direction }) => {
      if (SPECIAL_DUPLICATE_TYPES_SYNC.has(type)) {
        getDuplicateStreamInstance({
          otherStdioItems,
          type,
          value,
          optionName,
          direction
        });
      }
    };
    getDuplicateStreamInstance = ({ otherStdioItems, type, value, optionName, direction }) => {
      const duplicateStdioItems = otherStdioItems.filter((stdioItem) => hasSameValue(stdioItem, value));
      if (duplicateStdioItems.length === 0) {
        return;
      }
      const differentStdioItem = duplicateStdioItems.find((stdioItem) => stdioItem.direction !== direction);
      throwOnDuplicateStream(differentStdioItem, optionName, type);
      return direction === "output" ? duplicateStdioItems[0].stream : void 0;
    };
    hasSameValue = ({ type, value }, secondValue) => {
      if (type === "filePath") {
        return value.file === secondValue.file;
      }
      if (type === "fileUrl") {
        return value.href === secondValue.href;
      }
      return value === secondValue;
    };
    validateDuplicateTransform = ({ otherStdioItems, type, value, optionName }) => {
      const duplicateStdioItem = otherStdioItems.find(({ value: { transform } }) => transform === value.transform);
      throwOnDuplicateStream(duplicateStdioItem, optionName, type);
    };
    throwOnDuplicateStream = (stdioItem, optionName, type) => {
      if (stdioItem !== void 0) {
        throw new TypeError(`The \`${stdioItem.optionName}\` and \`${optionName}\` options must not target ${TYPE_TO_MESSAGE[type]} that is the same.`);
      }
    };
  }
});

// node_modules/execa/lib/stdio/handle.js
var handleStdio, getFileDescriptor, initializeStdioItems, initializeStdioItem, validateStdioArray, INVALID_STDIO_ARRAY_OPTIONS, validateStreams, validateFileStdio, validateFileObjectMode, getFinalFileDescriptors, getFinalFileDescriptor, addStreamProperties, cleanupCustomStreams, forwardStdio;
var init_handle = __esm({
  "node_modules/execa/lib/stdio/handle.js"() {
    init_standard_stream();
    init_normalize();
    init_object_mode();
    init_type();
    init_direction();
    init_stdio_option();
    init_native();
    init_input_option();
    init_duplicate();
    handleStdio = (addProperties3, options, verboseInfo, isSync) => {
      const stdio = normalizeStdioOption(options, verboseInfo, isSync);
      const initialFileDescriptors = stdio.map((stdioOption, fdNumber) => getFileDescriptor({
        stdioOption,
        fdNumber,
        options,
        isSync
      }));
      const fileDescriptors = getFinalFileDescriptors({
        initialFileDescriptors,
        addProperties: addProperties3,
        options,
        isSync
      });
      options.stdio = fileDescriptors.map(({ stdioItems }) => forwardStdio(stdioItems));
      return fileDescriptors;
    };
    getFileDescriptor = ({ stdioOption, fdNumber, options, isSync }) => {
      const optionName = getStreamName(fdNumber);
      const { stdioItems: initialStdioItems, isStdioArray } = initializeStdioItems({
        stdioOption,
        fdNumber,
        options,
        optionName
      });
      const direction = getStreamDirection(initialStdioItems, fdNumber, optionName);
      const stdioItems = initialStdioItems.map((stdioItem) => handleNativeStream({
        stdioItem,
        isStdioArray,
        fdNumber,
        direction,
        isSync
      }));
      const normalizedStdioItems = normalizeTransforms(stdioItems, optionName, direction, options);
      const objectMode = getFdObjectMode(normalizedStdioItems, direction);
      validateFileObjectMode(normalizedStdioItems, objectMode);
      return { direction, objectMode, stdioItems: normalizedStdioItems };
    };
    initializeStdioItems = ({ stdioOption, fdNumber, options, optionName }) => {
      const values = Array.isArray(stdioOption) ? stdioOption : [stdioOption];
      const initialStdioItems = [
        ...values.map((value) => initializeStdioItem(value, optionName)),
        ...handleInputOptions(options, fdNumber)
      ];
      const stdioItems = filterDuplicates(initialStdioItems);
      const isStdioArray = stdioItems.length > 1;
      validateStdioArray(stdioItems, isStdioArray, optionName);
      validateStreams(stdioItems);
      return { stdioItems, isStdioArray };
    };
    initializeStdioItem = (value, optionName) => ({
      type: getStdioItemType(value, optionName),
      value,
      optionName
    });
    validateStdioArray = (stdioItems, isStdioArray, optionName) => {
      if (stdioItems.length === 0) {
        throw new TypeError(`The \`${optionName}\` option must not be an empty array.`);
      }
      if (!isStdioArray) {
        return;
      }
      for (const { value, optionName: optionName2 } of stdioItems) {
        if (INVALID_STDIO_ARRAY_OPTIONS.has(value)) {
          throw new Error(`The \`${optionName2}\` option must not include \`${value}\`.`);
        }
      }
    };
    INVALID_STDIO_ARRAY_OPTIONS = /* @__PURE__ */ new Set(["ignore", "ipc"]);
    validateStreams = (stdioItems) => {
      for (const stdioItem of stdioItems) {
        validateFileStdio(stdioItem);
      }
    };
    validateFileStdio = ({ type, value, optionName }) => {
      if (isRegularUrl(value)) {
        throw new TypeError(`The \`${optionName}: URL\` option must use the \`file:\` scheme.
For example, you can use the \`pathToFileURL()\` method of the \`url\` core module.`);
      }
      if (isUnknownStdioString(type, value)) {
        throw new TypeError(`The \`${optionName}: { file: '...' }\` option must be used instead of \`${optionName}: '...'\`.`);
      }
    };
    validateFileObjectMode = (stdioItems, objectMode) => {
      if (!objectMode) {
        return;
      }
      const fileStdioItem = stdioItems.find(({ type }) => FILE_TYPES.has(type));
      if (fileStdioItem !== void 0) {
        throw new TypeError(`The \`${fileStdioItem.optionName}\` option cannot use both files and transforms in objectMode.`);
      }
    };
    getFinalFileDescriptors = ({ initialFileDescriptors, addProperties: addProperties3, options, isSync }) => {
      const fileDescriptors = [];
      try {
        for (const fileDescriptor of initialFileDescriptors) {
          fileDescriptors.push(getFinalFileDescriptor({
            fileDescriptor,
            fileDescriptors,
            addProperties: addProperties3,
            options,
            isSync
          }));
        }
        return fileDescriptors;
      } catch (error) {
        cleanupCustomStreams(fileDescriptors);
        throw error;
      }
    };
    getFinalFileDescriptor = ({
      fileDescriptor: { direction, objectMode, stdioItems },
      fileDescriptors,
      addProperties: addProperties3,
      options,
      isSync
    }) => {
      const finalStdioItems = stdioItems.map((stdioItem) => addStreamProperties({
        stdioItem,
        addProperties: addProperties3,
        direction,
        options,
        fileDescriptors,
        isSync
      }));
      return { direction, objectMode, stdioItems: finalStdioItems };
    };
    addStreamProperties = ({ stdioItem, addProperties: addProperties3, direction, options, fileDescriptors, isSync }) => {
      const duplicateStream = getDuplicateStream({
        stdioItem,
        direction,
        fileDescriptors,
        isSync
      });
      if (duplicateStream !== void 0) {
        return { ...stdioItem, stream: duplicateStream };
      }
      return {
        ...stdioItem,
        ...addProperties3[direction][stdioItem.type](stdioItem, options)
      };
    };
    cleanupCustomStreams = (fileDescriptors) => {
      for (const { stdioItems } of fileDescriptors) {
        for (const { stream } of stdioItems) {
          if (stream !== void 0 && !isStandardStream(stream)) {
            stream.destroy();
          }
        }
      }
    };
    forwardStdio = (stdioItems) => {
      if (stdioItems.length > 1) {
        return stdioItems.some(({ value: value2 }) => value2 === "overlapped") ? "overlapped" : "pipe";
      }
      const [{ type, value }] = stdioItems;
      return type === "native" ? value : "pipe";
    };
  }
});

// node_modules/execa/lib/stdio/handle-sync.js
import { readFileSync as readFileSync2 } from "node:fs";
var handleStdioSync, forbiddenIfSync, forbiddenNativeIfSync, throwInvalidSyncValue, addProperties, addPropertiesSync;
var init_handle_sync = __esm({
  "node_modules/execa/lib/stdio/handle-sync.js"() {
    init_uint_array();
    init_handle();
    init_type();
    handleStdioSync = (options, verboseInfo) => handleStdio(addPropertiesSync, options, verboseInfo, true);
    forbiddenIfSync = ({ type, optionName }) => {
      throwInvalidSyncValue(optionName, TYPE_TO_MESSAGE[type]);
    };
    forbiddenNativeIfSync = ({ optionName, value }) => {
      if (value === "ipc" || value === "overlapped") {
        throwInvalidSyncValue(optionName, `"${value}"`);
      }
      return {};
    };
    throwInvalidSyncValue = (optionName, value) => {
      throw new TypeError(`The \`${optionName}\` option cannot be ${value} with synchronous methods.`);
    };
    addProperties = {
      generator() {
      },
      asyncGenerator: forbiddenIfSync,
      webStream: forbiddenIfSync,
      nodeStream: forbiddenIfSync,
      webTransform: forbiddenIfSync,
      duplex: forbiddenIfSync,
      asyncIterable: forbiddenIfSync,
      native: forbiddenNativeIfSync
    };
    addPropertiesSync = {
      input: {
        ...addProperties,
        fileUrl: ({ value }) => ({ contents: [bufferToUint8Array(readFileSync2(value))] }),
        filePath: ({ value: { file } }) => ({ contents: [bufferToUint8Array(readFileSync2(file))] }),
        fileNumber: forbiddenIfSync,
        iterable: ({ value }) => ({ contents: [...value] }),
        string: ({ value }) => ({ contents: [value] }),
        uint8Array: ({ value }) => ({ contents: [value] })
      },
      output: {
        ...addProperties,
        fileUrl: ({ value }) => ({ path: value }),
        filePath: ({ value: { file, append } }) => ({ path: file, append }),
        fileNumber: ({ value }) => ({ path: value }),
        iterable: forbiddenIfSync,
        string: forbiddenIfSync,
        uint8Array: forbiddenIfSync
      }
    };
  }
});

// node_modules/execa/lib/io/strip-newline.js
var stripNewline, getStripFinalNewline;
var init_strip_newline = __esm({
  "node_modules/execa/lib/io/strip-newline.js"() {
    init_strip_final_newline();
    stripNewline = (value, { stripFinalNewline: stripFinalNewline2 }, fdNumber) => getStripFinalNewline(stripFinalNewline2, fdNumber) && value !== void 0 && !Array.isArray(value) ? stripFinalNewline(value) : value;
    getStripFinalNewline = (stripFinalNewline2, fdNumber) => fdNumber === "all" ? stripFinalNewline2[1] || stripFinalNewline2[2] : stripFinalNewline2[fdNumber];
  }
});

// node_modules/execa/lib/transform/split.js
var getSplitLinesGenerator, splitLinesSync, splitLinesItemSync, initializeSplitLines, splitGenerator, getNewlineLength, linesFinal, getAppendNewlineGenerator, appendNewlineGenerator, concatString, linesStringInfo, concatUint8Array, linesUint8ArrayInfo;
var init_split = __esm({
  "node_modules/execa/lib/transform/split.js"() {
    getSplitLinesGenerator = (binary, preserveNewlines, skipped, state) => binary || skipped ? void 0 : initializeSplitLines(preserveNewlines, state);
    splitLinesSync = (chunk, preserveNewlines, objectMode) => objectMode ? chunk.flatMap((item) => splitLinesItemSync(item, preserveNewlines)) : splitLinesItemSync(chunk, preserveNewlines);
    splitLinesItemSync = (chunk, preserveNewlines) => {
      const { transform, final } = initializeSplitLines(preserveNewlines, {});
      return [...transform(chunk), ...final()];
    };
    initializeSplitLines = (preserveNewlines, state) => {
      state.previousChunks = "";
      return {
        transform: splitGenerator.bind(void 0, state, preserveNewlines),
        final: linesFinal.bind(void 0, state)
      };
    };
    splitGenerator = function* (state, preserveNewlines, chunk) {
      if (typeof chunk !== "string") {
        yield chunk;
        return;
      }
      let { previousChunks } = state;
      let start2 = -1;
      for (let end = 0; end < chunk.length; end += 1) {
        if (chunk[end] === "\n") {
          const newlineLength = getNewlineLength(chunk, end, preserveNewlines, state);
          let line = chunk.slice(start2 + 1, end + 1 - newlineLength);
          if (previousChunks.length > 0) {
            line = concatString(previousChunks, line);
            previousChunks = "";
          }
          yield line;
          start2 = end;
        }
      }
      if (start2 !== chunk.length - 1) {
        previousChunks = concatString(previousChunks, chunk.slice(start2 + 1));
      }
      state.previousChunks = previousChunks;
    };
    getNewlineLength = (chunk, end, preserveNewlines, state) => {
      if (preserveNewlines) {
        return 0;
      }
      state.isWindowsNewline = end !== 0 && chunk[end - 1] === "\r";
      return state.isWindowsNewline ? 2 : 1;
    };
    linesFinal = function* ({ previousChunks }) {
      if (previousChunks.length > 0) {
        yield previousChunks;
      }
    };
    getAppendNewlineGenerator = ({ binary, preserveNewlines, readableObjectMode, state }) => binary || preserveNewlines || readableObjectMode ? void 0 : { transform: appendNewlineGenerator.bind(void 0, state) };
    appendNewlineGenerator = function* ({ isWindowsNewline = false }, chunk) {
      const { unixNewline, windowsNewline, LF: LF2, concatBytes } = typeof chunk === "string" ? linesStringInfo : linesUint8ArrayInfo;
      if (chunk.at(-1) === LF2) {
        yield chunk;
        return;
      }
      const newline = isWindowsNewline ? windowsNewline : unixNewline;
      yield concatBytes(chunk, newline);
    };
    concatString = (firstChunk, secondChunk) => `${firstChunk}${secondChunk}`;
    linesStringInfo = {
      windowsNewline: "\r\n",
      unixNewline: "\n",
      LF: "\n",
      concatBytes: concatString
    };
    concatUint8Array = (firstChunk, secondChunk) => {
      const chunk = new Uint8Array(firstChunk.length + secondChunk.length);
      chunk.set(firstChunk, 0);
      chunk.set(secondChunk, firstChunk.length);
      return chunk;
    };
    linesUint8ArrayInfo = {
      windowsNewline: new Uint8Array([13, 10]),
      unixNewline: new Uint8Array([10]),
      LF: 10,
      concatBytes: concatUint8Array
    };
  }
});

// node_modules/execa/lib/transform/validate.js
import { Buffer as Buffer2 } from "node:buffer";
var getValidateTransformInput, validateStringTransformInput, getValidateTransformReturn, validateObjectTransformReturn, validateStringTransformReturn, validateEmptyReturn;
var init_validate = __esm({
  "node_modules/execa/lib/transform/validate.js"() {
    init_uint_array();
    getValidateTransformInput = (writableObjectMode, optionName) => writableObjectMode ? void 0 : validateStringTransformInput.bind(void 0, optionName);
    validateStringTransformInput = function* (optionName, chunk) {
      if (typeof chunk !== "string" && !isUint8Array(chunk) && !Buffer2.isBuffer(chunk)) {
        throw new TypeError(`The \`${optionName}\` option's transform must use "objectMode: true" to receive as input: ${typeof chunk}.`);
      }
      yield chunk;
    };
    getValidateTransformReturn = (readableObjectMode, optionName) => readableObjectMode ? validateObjectTransformReturn.bind(void 0, optionName) : validateStringTransformReturn.bind(void 0, optionName);
    validateObjectTransformReturn = function* (optionName, chunk) {
      validateEmptyReturn(optionName, chunk);
      yield chunk;
    };
    validateStringTransformReturn = function* (optionName, chunk) {
      validateEmptyReturn(optionName, chunk);
      if (typeof chunk !== "string" && !isUint8Array(chunk)) {
        throw new TypeError(`The \`${optionName}\` option's function must yield a string or an Uint8Array, not ${typeof chunk}.`);
      }
      yield chunk;
    };
    validateEmptyReturn = (optionName, chunk) => {
      if (chunk === null || chunk === void 0) {
        throw new TypeError(`The \`${optionName}\` option's function must not call \`yield ${chunk}\`.
Instead, \`yield\` should either be called with a value, or not be called at all. For example:
  if (condition) { yield value; }`);
      }
    };
  }
});

// node_modules/execa/lib/transform/encoding-transform.js
import { Buffer as Buffer3 } from "node:buffer";
import { StringDecoder as StringDecoder2 } from "node:string_decoder";
var getEncodingTransformGenerator, encodingUint8ArrayGenerator, encodingStringGenerator, encodingStringFinal;
var init_encoding_transform = __esm({
  "node_modules/execa/lib/transform/encoding-transform.js"() {
    init_uint_array();
    getEncodingTransformGenerator = (binary, encoding, skipped) => {
      if (skipped) {
        return;
      }
      if (binary) {
        return { transform: encodingUint8ArrayGenerator.bind(void 0, new TextEncoder()) };
      }
      const stringDecoder = new StringDecoder2(encoding);
      return {
        transform: encodingStringGenerator.bind(void 0, stringDecoder),
        final: encodingStringFinal.bind(void 0, stringDecoder)
      };
    };
    encodingUint8ArrayGenerator = function* (textEncoder3, chunk) {
      if (Buffer3.isBuffer(chunk)) {
        yield bufferToUint8Array(chunk);
      } else if (typeof chunk === "string") {
        yield textEncoder3.encode(chunk);
      } else {
        yield chunk;
      }
    };
    encodingStringGenerator = function* (stringDecoder, chunk) {
      yield isUint8Array(chunk) ? stringDecoder.write(chunk) : chunk;
    };
    encodingStringFinal = function* (stringDecoder) {
      const lastChunk = stringDecoder.end();
      if (lastChunk !== "") {
        yield lastChunk;
      }
    };
  }
});

// node_modules/execa/lib/transform/run-async.js
import { callbackify } from "node:util";
var pushChunks, transformChunk, finalChunks, generatorFinalChunks, destroyTransform, identityGenerator;
var init_run_async = __esm({
  "node_modules/execa/lib/transform/run-async.js"() {
    pushChunks = callbackify(async (getChunks, state, getChunksArguments, transformStream) => {
      state.currentIterable = getChunks(...getChunksArguments);
      try {
        for await (const chunk of state.currentIterable) {
          transformStream.push(chunk);
        }
      } finally {
        delete state.currentIterable;
      }
    });
    transformChunk = async function* (chunk, generators, index) {
      if (index === generators.length) {
        yield chunk;
        return;
      }
      const { transform = identityGenerator } = generators[index];
      for await (const transformedChunk of transform(chunk)) {
        yield* transformChunk(transformedChunk, generators, index + 1);
      }
    };
    finalChunks = async function* (generators) {
      for (const [index, { final }] of Object.entries(generators)) {
        yield* generatorFinalChunks(final, Number(index), generators);
      }
    };
    generatorFinalChunks = async function* (final, index, generators) {
      if (final === void 0) {
        return;
      }
      for await (const finalChunk of final()) {
        yield* transformChunk(finalChunk, generators, index + 1);
      }
    };
    destroyTransform = callbackify(async ({ currentIterable }, error) => {
      if (currentIterable !== void 0) {
        await (error ? currentIterable.throw(error) : currentIterable.return());
        return;
      }
      if (error) {
        throw error;
      }
    });
    identityGenerator = function* (chunk) {
      yield chunk;
    };
  }
});

// node_modules/execa/lib/transform/run-sync.js
var pushChunksSync, runTransformSync, transformChunkSync, finalChunksSync, generatorFinalChunksSync, identityGenerator2;
var init_run_sync = __esm({
  "node_modules/execa/lib/transform/run-sync.js"() {
    pushChunksSync = (getChunksSync, getChunksArguments, transformStream, done) => {
      try {
        for (const chunk of getChunksSync(...getChunksArguments)) {
          transformStream.push(chunk);
        }
        done();
      } catch (error) {
        done(error);
      }
    };
    runTransformSync = (generators, chunks) => [
      ...chunks.flatMap((chunk) => [...transformChunkSync(chunk, generators, 0)]),
      ...finalChunksSync(generators)
    ];
    transformChunkSync = function* (chunk, generators, index) {
      if (index === generators.length) {
        yield chunk;
        return;
      }
      const { transform = identityGenerator2 } = generators[index];
      for (const transformedChunk of transform(chunk)) {
        yield* transformChunkSync(transformedChunk, generators, index + 1);
      }
    };
    finalChunksSync = function* (generators) {
      for (const [index, { final }] of Object.entries(generators)) {
        yield* generatorFinalChunksSync(final, Number(index), generators);
      }
    };
    generatorFinalChunksSync = function* (final, index, generators) {
      if (final === void 0) {
        return;
      }
      for (const finalChunk of final()) {
        yield* transformChunkSync(finalChunk, generators, index + 1);
      }
    };
    identityGenerator2 = function* (chunk) {
      yield chunk;
    };
  }
});

// node_modules/execa/lib/transform/generator.js
import { Transform, getDefaultHighWaterMark } from "node:stream";
var generatorToStream, runGeneratorsSync, addInternalGenerators;
var init_generator = __esm({
  "node_modules/execa/lib/transform/generator.js"() {
    init_type();
    init_split();
    init_validate();
    init_encoding_transform();
    init_run_async();
    init_run_sync();
    generatorToStream = ({
      value,
      value: { transform, final, writableObjectMode, readableObjectMode },
      optionName
    }, { encoding }) => {
      const state = {};
      const generators = addInternalGenerators(value, encoding, optionName);
      const transformAsync = isAsyncGenerator(transform);
      const finalAsync = isAsyncGenerator(final);
      const transformMethod = transformAsync ? pushChunks.bind(void 0, transformChunk, state) : pushChunksSync.bind(void 0, transformChunkSync);
      const finalMethod = transformAsync || finalAsync ? pushChunks.bind(void 0, finalChunks, state) : pushChunksSync.bind(void 0, finalChunksSync);
      const destroyMethod = transformAsync || finalAsync ? destroyTransform.bind(void 0, state) : void 0;
      const stream = new Transform({
        writableObjectMode,
        writableHighWaterMark: getDefaultHighWaterMark(writableObjectMode),
        readableObjectMode,
        readableHighWaterMark: getDefaultHighWaterMark(readableObjectMode),
        transform(chunk, encoding2, done) {
          transformMethod([chunk, generators, 0], this, done);
        },
        flush(done) {
          finalMethod([generators], this, done);
        },
        destroy: destroyMethod
      });
      return { stream };
    };
    runGeneratorsSync = (chunks, stdioItems, encoding, isInput) => {
      const generators = stdioItems.filter(({ type }) => type === "generator");
      const reversedGenerators = isInput ? generators.reverse() : generators;
      for (const { value, optionName } of reversedGenerators) {
        const generators2 = addInternalGenerators(value, encoding, optionName);
        chunks = runTransformSync(generators2, chunks);
      }
      return chunks;
    };
    addInternalGenerators = ({ transform, final, binary, writableObjectMode, readableObjectMode, preserveNewlines }, encoding, optionName) => {
      const state = {};
      return [
        { transform: getValidateTransformInput(writableObjectMode, optionName) },
        getEncodingTransformGenerator(binary, encoding, writableObjectMode),
        getSplitLinesGenerator(binary, preserveNewlines, writableObjectMode, state),
        { transform, final },
        { transform: getValidateTransformReturn(readableObjectMode, optionName) },
        getAppendNewlineGenerator({
          binary,
          preserveNewlines,
          readableObjectMode,
          state
        })
      ].filter(Boolean);
    };
  }
});

// node_modules/execa/lib/io/input-sync.js
var addInputOptionsSync, getInputFdNumbers, addInputOptionSync, applySingleInputGeneratorsSync, validateSerializable;
var init_input_sync = __esm({
  "node_modules/execa/lib/io/input-sync.js"() {
    init_generator();
    init_uint_array();
    init_type();
    addInputOptionsSync = (fileDescriptors, options) => {
      for (const fdNumber of getInputFdNumbers(fileDescriptors)) {
        addInputOptionSync(fileDescriptors, fdNumber, options);
      }
    };
    getInputFdNumbers = (fileDescriptors) => new Set(Object.entries(fileDescriptors).filter(([, { direction }]) => direction === "input").map(([fdNumber]) => Number(fdNumber)));
    addInputOptionSync = (fileDescriptors, fdNumber, options) => {
      const { stdioItems } = fileDescriptors[fdNumber];
      const allStdioItems = stdioItems.filter(({ contents }) => contents !== void 0);
      if (allStdioItems.length === 0) {
        return;
      }
      if (fdNumber !== 0) {
        const [{ type, optionName }] = allStdioItems;
        throw new TypeError(`Only the \`stdin\` option, not \`${optionName}\`, can be ${TYPE_TO_MESSAGE[type]} with synchronous methods.`);
      }
      const allContents = allStdioItems.map(({ contents }) => contents);
      const transformedContents = allContents.map((contents) => applySingleInputGeneratorsSync(contents, stdioItems));
      options.input = joinToUint8Array(transformedContents);
    };
    applySingleInputGeneratorsSync = (contents, stdioItems) => {
      const newContents = runGeneratorsSync(contents, stdioItems, "utf8", true);
      validateSerializable(newContents);
      return joinToUint8Array(newContents);
    };
    validateSerializable = (newContents) => {
      const invalidItem = newContents.find((item) => typeof item !== "string" && !isUint8Array(item));
      if (invalidItem !== void 0) {
        throw new TypeError(`The \`stdin\` option is invalid: when passing objects as input, a transform must be used to serialize them to strings or Uint8Arrays: ${invalidItem}.`);
      }
    };
  }
});

// node_modules/execa/lib/verbose/output.js
var shouldLogOutput, fdUsesVerbose, PIPED_STDIO_VALUES, logLines, logLinesSync, isPipingStream, logLine;
var init_output = __esm({
  "node_modules/execa/lib/verbose/output.js"() {
    init_encoding_option();
    init_type();
    init_log();
    init_values();
    shouldLogOutput = ({ stdioItems, encoding, verboseInfo, fdNumber }) => fdNumber !== "all" && isFullVerbose(verboseInfo, fdNumber) && !BINARY_ENCODINGS.has(encoding) && fdUsesVerbose(fdNumber) && (stdioItems.some(({ type, value }) => type === "native" && PIPED_STDIO_VALUES.has(value)) || stdioItems.every(({ type }) => TRANSFORM_TYPES.has(type)));
    fdUsesVerbose = (fdNumber) => fdNumber === 1 || fdNumber === 2;
    PIPED_STDIO_VALUES = /* @__PURE__ */ new Set(["pipe", "overlapped"]);
    logLines = async (linesIterable, stream, fdNumber, verboseInfo) => {
      for await (const line of linesIterable) {
        if (!isPipingStream(stream)) {
          logLine(line, fdNumber, verboseInfo);
        }
      }
    };
    logLinesSync = (linesArray, fdNumber, verboseInfo) => {
      for (const line of linesArray) {
        logLine(line, fdNumber, verboseInfo);
      }
    };
    isPipingStream = (stream) => stream._readableState.pipes.length > 0;
    logLine = (line, fdNumber, verboseInfo) => {
      const verboseMessage = serializeVerboseMessage(line);
      verboseLog({
        type: "output",
        verboseMessage,
        fdNumber,
        verboseInfo
      });
    };
  }
});

// node_modules/execa/lib/io/output-sync.js
import { writeFileSync, appendFileSync } from "node:fs";
var transformOutputSync, transformOutputResultSync, runOutputGeneratorsSync, serializeChunks, logOutputSync, writeToFiles;
var init_output_sync = __esm({
  "node_modules/execa/lib/io/output-sync.js"() {
    init_output();
    init_generator();
    init_split();
    init_uint_array();
    init_type();
    init_max_buffer();
    transformOutputSync = ({ fileDescriptors, syncResult: { output }, options, isMaxBuffer, verboseInfo }) => {
      if (output === null) {
        return { output: Array.from({ length: 3 }) };
      }
      const state = {};
      const outputFiles = /* @__PURE__ */ new Set([]);
      const transformedOutput = output.map((result2, fdNumber) => transformOutputResultSync({
        result: result2,
        fileDescriptors,
        fdNumber,
        state,
        outputFiles,
        isMaxBuffer,
        verboseInfo
      }, options));
      return { output: transformedOutput, ...state };
    };
    transformOutputResultSync = ({ result: result2, fileDescriptors, fdNumber, state, outputFiles, isMaxBuffer, verboseInfo }, { buffer, encoding, lines, stripFinalNewline: stripFinalNewline2, maxBuffer }) => {
      if (result2 === null) {
        return;
      }
      const truncatedResult = truncateMaxBufferSync(result2, isMaxBuffer, maxBuffer);
      const uint8ArrayResult = bufferToUint8Array(truncatedResult);
      const { stdioItems, objectMode } = fileDescriptors[fdNumber];
      const chunks = runOutputGeneratorsSync([uint8ArrayResult], stdioItems, encoding, state);
      const { serializedResult, finalResult = serializedResult } = serializeChunks({
        chunks,
        objectMode,
        encoding,
        lines,
        stripFinalNewline: stripFinalNewline2,
        fdNumber
      });
      logOutputSync({
        serializedResult,
        fdNumber,
        state,
        verboseInfo,
        encoding,
        stdioItems,
        objectMode
      });
      const returnedResult = buffer[fdNumber] ? finalResult : void 0;
      try {
        if (state.error === void 0) {
          writeToFiles(serializedResult, stdioItems, outputFiles);
        }
        return returnedResult;
      } catch (error) {
        state.error = error;
        return returnedResult;
      }
    };
    runOutputGeneratorsSync = (chunks, stdioItems, encoding, state) => {
      try {
        return runGeneratorsSync(chunks, stdioItems, encoding, false);
      } catch (error) {
        state.error = error;
        return chunks;
      }
    };
    serializeChunks = ({ chunks, objectMode, encoding, lines, stripFinalNewline: stripFinalNewline2, fdNumber }) => {
      if (objectMode) {
        return { serializedResult: chunks };
      }
      if (encoding === "buffer") {
        return { serializedResult: joinToUint8Array(chunks) };
      }
      const serializedResult = joinToString(chunks, encoding);
      if (lines[fdNumber]) {
        return { serializedResult, finalResult: splitLinesSync(serializedResult, !stripFinalNewline2[fdNumber], objectMode) };
      }
      return { serializedResult };
    };
    logOutputSync = ({ serializedResult, fdNumber, state, verboseInfo, encoding, stdioItems, objectMode }) => {
      if (!shouldLogOutput({
        stdioItems,
        encoding,
        verboseInfo,
        fdNumber
      })) {
        return;
      }
      const linesArray = splitLinesSync(serializedResult, false, objectMode);
      try {
        logLinesSync(linesArray, fdNumber, verboseInfo);
      } catch (error) {
        state.error ??= error;
      }
    };
    writeToFiles = (serializedResult, stdioItems, outputFiles) => {
      for (const { path: path27, append } of stdioItems.filter(({ type }) => FILE_TYPES.has(type))) {
        const pathString = typeof path27 === "string" ? path27 : path27.toString();
        if (append || outputFiles.has(pathString)) {
          appendFileSync(path27, serializedResult);
        } else {
          outputFiles.add(pathString);
          writeFileSync(path27, serializedResult);
        }
      }
    };
  }
});

// node_modules/execa/lib/resolve/all-sync.js
var getAllSync;
var init_all_sync = __esm({
  "node_modules/execa/lib/resolve/all-sync.js"() {
    init_uint_array();
    init_strip_newline();
    getAllSync = ([, stdout, stderr], options) => {
      if (!options.all) {
        return;
      }
      if (stdout === void 0) {
        return stderr;
      }
      if (stderr === void 0) {
        return stdout;
      }
      if (Array.isArray(stdout)) {
        return Array.isArray(stderr) ? [...stdout, ...stderr] : [...stdout, stripNewline(stderr, options, "all")];
      }
      if (Array.isArray(stderr)) {
        return [stripNewline(stdout, options, "all"), ...stderr];
      }
      if (isUint8Array(stdout) && isUint8Array(stderr)) {
        return concatUint8Arrays([stdout, stderr]);
      }
      return `${stdout}${stderr}`;
    };
  }
});

// node_modules/execa/lib/resolve/exit-async.js
import { once as once4 } from "node:events";
var waitForExit, waitForExitOrError, waitForSubprocessExit, waitForSuccessfulExit, isSubprocessErrorExit, isFailedExit;
var init_exit_async = __esm({
  "node_modules/execa/lib/resolve/exit-async.js"() {
    init_final_error();
    waitForExit = async (subprocess, context) => {
      const [exitCode, signal] = await waitForExitOrError(subprocess);
      context.isForcefullyTerminated ??= false;
      return [exitCode, signal];
    };
    waitForExitOrError = async (subprocess) => {
      const [spawnPayload, exitPayload] = await Promise.allSettled([
        once4(subprocess, "spawn"),
        once4(subprocess, "exit")
      ]);
      if (spawnPayload.status === "rejected") {
        return [];
      }
      return exitPayload.status === "rejected" ? waitForSubprocessExit(subprocess) : exitPayload.value;
    };
    waitForSubprocessExit = async (subprocess) => {
      try {
        return await once4(subprocess, "exit");
      } catch {
        return waitForSubprocessExit(subprocess);
      }
    };
    waitForSuccessfulExit = async (exitPromise) => {
      const [exitCode, signal] = await exitPromise;
      if (!isSubprocessErrorExit(exitCode, signal) && isFailedExit(exitCode, signal)) {
        throw new DiscardedError();
      }
      return [exitCode, signal];
    };
    isSubprocessErrorExit = (exitCode, signal) => exitCode === void 0 && signal === void 0;
    isFailedExit = (exitCode, signal) => exitCode !== 0 || signal !== null;
  }
});

// node_modules/execa/lib/resolve/exit-sync.js
var getExitResultSync, getResultError;
var init_exit_sync = __esm({
  "node_modules/execa/lib/resolve/exit-sync.js"() {
    init_final_error();
    init_max_buffer();
    init_exit_async();
    getExitResultSync = ({ error, status: exitCode, signal, output }, { maxBuffer }) => {
      const resultError = getResultError(error, exitCode, signal);
      const timedOut = resultError?.code === "ETIMEDOUT";
      const isMaxBuffer = isMaxBufferSync(resultError, output, maxBuffer);
      return {
        resultError,
        exitCode,
        signal,
        timedOut,
        isMaxBuffer
      };
    };
    getResultError = (error, exitCode, signal) => {
      if (error !== void 0) {
        return error;
      }
      return isFailedExit(exitCode, signal) ? new DiscardedError() : void 0;
    };
  }
});

// node_modules/execa/lib/methods/main-sync.js
import { spawnSync } from "node:child_process";
var execaCoreSync, handleSyncArguments, normalizeSyncOptions, validateSyncOptions, throwInvalidSyncOption, spawnSubprocessSync, runSubprocessSync, normalizeSpawnSyncOptions, getSyncResult;
var init_main_sync = __esm({
  "node_modules/execa/lib/methods/main-sync.js"() {
    init_command();
    init_options();
    init_shell();
    init_result();
    init_reject();
    init_handle_sync();
    init_strip_newline();
    init_input_sync();
    init_output_sync();
    init_max_buffer();
    init_all_sync();
    init_exit_sync();
    execaCoreSync = (rawFile, rawArguments, rawOptions) => {
      const { file, commandArguments, command, escapedCommand, startTime, verboseInfo, options, fileDescriptors } = handleSyncArguments(rawFile, rawArguments, rawOptions);
      const result2 = spawnSubprocessSync({
        file,
        commandArguments,
        options,
        command,
        escapedCommand,
        verboseInfo,
        fileDescriptors,
        startTime
      });
      return handleResult(result2, verboseInfo, options);
    };
    handleSyncArguments = (rawFile, rawArguments, rawOptions) => {
      const { command, escapedCommand, startTime, verboseInfo } = handleCommand(rawFile, rawArguments, rawOptions);
      const syncOptions = normalizeSyncOptions(rawOptions);
      const { file, commandArguments, options } = normalizeOptions(rawFile, rawArguments, syncOptions);
      validateSyncOptions(options);
      const fileDescriptors = handleStdioSync(options, verboseInfo);
      return {
        file,
        commandArguments,
        command,
        escapedCommand,
        startTime,
        verboseInfo,
        options,
        fileDescriptors
      };
    };
    normalizeSyncOptions = (options) => options.node && !options.ipc ? { ...options, ipc: false } : options;
    validateSyncOptions = ({ ipc, ipcInput, detached, cancelSignal }) => {
      if (ipcInput) {
        throwInvalidSyncOption("ipcInput");
      }
      if (ipc) {
        throwInvalidSyncOption("ipc: true");
      }
      if (detached) {
        throwInvalidSyncOption("detached: true");
      }
      if (cancelSignal) {
        throwInvalidSyncOption("cancelSignal");
      }
    };
    throwInvalidSyncOption = (value) => {
      throw new TypeError(`The "${value}" option cannot be used with synchronous methods.`);
    };
    spawnSubprocessSync = ({ file, commandArguments, options, command, escapedCommand, verboseInfo, fileDescriptors, startTime }) => {
      const syncResult = runSubprocessSync({
        file,
        commandArguments,
        options,
        command,
        escapedCommand,
        fileDescriptors,
        startTime
      });
      if (syncResult.failed) {
        return syncResult;
      }
      const { resultError, exitCode, signal, timedOut, isMaxBuffer } = getExitResultSync(syncResult, options);
      const { output, error = resultError } = transformOutputSync({
        fileDescriptors,
        syncResult,
        options,
        isMaxBuffer,
        verboseInfo
      });
      const stdio = output.map((stdioOutput, fdNumber) => stripNewline(stdioOutput, options, fdNumber));
      const all = stripNewline(getAllSync(output, options), options, "all");
      return getSyncResult({
        error,
        exitCode,
        signal,
        timedOut,
        isMaxBuffer,
        stdio,
        all,
        options,
        command,
        escapedCommand,
        startTime
      });
    };
    runSubprocessSync = ({ file, commandArguments, options, command, escapedCommand, fileDescriptors, startTime }) => {
      try {
        addInputOptionsSync(fileDescriptors, options);
        const normalizedOptions = normalizeSpawnSyncOptions(options);
        return spawnSync(...concatenateShell(file, commandArguments, normalizedOptions));
      } catch (error) {
        return makeEarlyError({
          error,
          command,
          escapedCommand,
          fileDescriptors,
          options,
          startTime,
          isSync: true
        });
      }
    };
    normalizeSpawnSyncOptions = ({ encoding, maxBuffer, ...options }) => ({ ...options, encoding: "buffer", maxBuffer: getMaxBufferSync(maxBuffer) });
    getSyncResult = ({ error, exitCode, signal, timedOut, isMaxBuffer, stdio, all, options, command, escapedCommand, startTime }) => error === void 0 ? makeSuccessResult({
      command,
      escapedCommand,
      stdio,
      all,
      ipcOutput: [],
      options,
      startTime
    }) : makeError({
      error,
      command,
      escapedCommand,
      timedOut,
      isCanceled: false,
      isGracefullyCanceled: false,
      isMaxBuffer,
      isForcefullyTerminated: false,
      exitCode,
      signal,
      stdio,
      all,
      ipcOutput: [],
      options,
      startTime,
      isSync: true
    });
  }
});

// node_modules/execa/lib/ipc/get-one.js
import { once as once5, on as on2 } from "node:events";
var getOneMessage, getOneMessageAsync, getMessage, throwOnDisconnect2, throwOnStrictError;
var init_get_one = __esm({
  "node_modules/execa/lib/ipc/get-one.js"() {
    init_validation();
    init_forward();
    init_reference();
    getOneMessage = ({ anyProcess, channel, isSubprocess, ipc }, { reference: reference2 = true, filter } = {}) => {
      validateIpcMethod({
        methodName: "getOneMessage",
        isSubprocess,
        ipc,
        isConnected: isConnected(anyProcess)
      });
      return getOneMessageAsync({
        anyProcess,
        channel,
        isSubprocess,
        filter,
        reference: reference2
      });
    };
    getOneMessageAsync = async ({ anyProcess, channel, isSubprocess, filter, reference: reference2 }) => {
      addReference(channel, reference2);
      const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
      const controller = new AbortController();
      try {
        return await Promise.race([
          getMessage(ipcEmitter, filter, controller),
          throwOnDisconnect2(ipcEmitter, isSubprocess, controller),
          throwOnStrictError(ipcEmitter, isSubprocess, controller)
        ]);
      } catch (error) {
        disconnect(anyProcess);
        throw error;
      } finally {
        controller.abort();
        removeReference(channel, reference2);
      }
    };
    getMessage = async (ipcEmitter, filter, { signal }) => {
      if (filter === void 0) {
        const [message] = await once5(ipcEmitter, "message", { signal });
        return message;
      }
      for await (const [message] of on2(ipcEmitter, "message", { signal })) {
        if (filter(message)) {
          return message;
        }
      }
    };
    throwOnDisconnect2 = async (ipcEmitter, isSubprocess, { signal }) => {
      await once5(ipcEmitter, "disconnect", { signal });
      throwOnEarlyDisconnect(isSubprocess);
    };
    throwOnStrictError = async (ipcEmitter, isSubprocess, { signal }) => {
      const [error] = await once5(ipcEmitter, "strict:error", { signal });
      throw getStrictResponseError(error, isSubprocess);
    };
  }
});

// node_modules/execa/lib/ipc/get-each.js
import { once as once6, on as on3 } from "node:events";
var getEachMessage, loopOnMessages, stopOnDisconnect, abortOnStrictError, iterateOnMessages, throwIfStrictError;
var init_get_each = __esm({
  "node_modules/execa/lib/ipc/get-each.js"() {
    init_validation();
    init_forward();
    init_reference();
    getEachMessage = ({ anyProcess, channel, isSubprocess, ipc }, { reference: reference2 = true } = {}) => loopOnMessages({
      anyProcess,
      channel,
      isSubprocess,
      ipc,
      shouldAwait: !isSubprocess,
      reference: reference2
    });
    loopOnMessages = ({ anyProcess, channel, isSubprocess, ipc, shouldAwait, reference: reference2 }) => {
      validateIpcMethod({
        methodName: "getEachMessage",
        isSubprocess,
        ipc,
        isConnected: isConnected(anyProcess)
      });
      addReference(channel, reference2);
      const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
      const controller = new AbortController();
      const state = {};
      stopOnDisconnect(anyProcess, ipcEmitter, controller);
      abortOnStrictError({
        ipcEmitter,
        isSubprocess,
        controller,
        state
      });
      return iterateOnMessages({
        anyProcess,
        channel,
        ipcEmitter,
        isSubprocess,
        shouldAwait,
        controller,
        state,
        reference: reference2
      });
    };
    stopOnDisconnect = async (anyProcess, ipcEmitter, controller) => {
      try {
        await once6(ipcEmitter, "disconnect", { signal: controller.signal });
        controller.abort();
      } catch {
      }
    };
    abortOnStrictError = async ({ ipcEmitter, isSubprocess, controller, state }) => {
      try {
        const [error] = await once6(ipcEmitter, "strict:error", { signal: controller.signal });
        state.error = getStrictResponseError(error, isSubprocess);
        controller.abort();
      } catch {
      }
    };
    iterateOnMessages = async function* ({ anyProcess, channel, ipcEmitter, isSubprocess, shouldAwait, controller, state, reference: reference2 }) {
      try {
        for await (const [message] of on3(ipcEmitter, "message", { signal: controller.signal })) {
          throwIfStrictError(state);
          yield message;
        }
      } catch {
        throwIfStrictError(state);
      } finally {
        controller.abort();
        removeReference(channel, reference2);
        if (!isSubprocess) {
          disconnect(anyProcess);
        }
        if (shouldAwait) {
          await anyProcess;
        }
      }
    };
    throwIfStrictError = ({ error }) => {
      if (error) {
        throw error;
      }
    };
  }
});

// node_modules/execa/lib/ipc/methods.js
import process8 from "node:process";
var addIpcMethods, getIpcExport, getIpcMethods;
var init_methods = __esm({
  "node_modules/execa/lib/ipc/methods.js"() {
    init_send();
    init_get_one();
    init_get_each();
    init_graceful();
    addIpcMethods = (subprocess, { ipc }) => {
      Object.assign(subprocess, getIpcMethods(subprocess, false, ipc));
    };
    getIpcExport = () => {
      const anyProcess = process8;
      const isSubprocess = true;
      const ipc = process8.channel !== void 0;
      return {
        ...getIpcMethods(anyProcess, isSubprocess, ipc),
        getCancelSignal: getCancelSignal.bind(void 0, {
          anyProcess,
          channel: anyProcess.channel,
          isSubprocess,
          ipc
        })
      };
    };
    getIpcMethods = (anyProcess, isSubprocess, ipc) => ({
      sendMessage: sendMessage.bind(void 0, {
        anyProcess,
        channel: anyProcess.channel,
        isSubprocess,
        ipc
      }),
      getOneMessage: getOneMessage.bind(void 0, {
        anyProcess,
        channel: anyProcess.channel,
        isSubprocess,
        ipc
      }),
      getEachMessage: getEachMessage.bind(void 0, {
        anyProcess,
        channel: anyProcess.channel,
        isSubprocess,
        ipc
      })
    });
  }
});

// node_modules/execa/lib/return/early-error.js
import { ChildProcess as ChildProcess2 } from "node:child_process";
import {
  PassThrough,
  Readable,
  Writable,
  Duplex
} from "node:stream";
var handleEarlyError, createDummyStreams, createDummyStream, readable, writable, duplex, handleDummyPromise;
var init_early_error = __esm({
  "node_modules/execa/lib/return/early-error.js"() {
    init_handle();
    init_result();
    init_reject();
    handleEarlyError = ({ error, command, escapedCommand, fileDescriptors, options, startTime, verboseInfo }) => {
      cleanupCustomStreams(fileDescriptors);
      const subprocess = new ChildProcess2();
      createDummyStreams(subprocess, fileDescriptors);
      Object.assign(subprocess, { readable, writable, duplex });
      const earlyError = makeEarlyError({
        error,
        command,
        escapedCommand,
        fileDescriptors,
        options,
        startTime,
        isSync: false
      });
      const promise = handleDummyPromise(earlyError, verboseInfo, options);
      return { subprocess, promise };
    };
    createDummyStreams = (subprocess, fileDescriptors) => {
      const stdin = createDummyStream();
      const stdout = createDummyStream();
      const stderr = createDummyStream();
      const extraStdio = Array.from({ length: fileDescriptors.length - 3 }, createDummyStream);
      const all = createDummyStream();
      const stdio = [stdin, stdout, stderr, ...extraStdio];
      Object.assign(subprocess, {
        stdin,
        stdout,
        stderr,
        all,
        stdio
      });
    };
    createDummyStream = () => {
      const stream = new PassThrough();
      stream.end();
      return stream;
    };
    readable = () => new Readable({ read() {
    } });
    writable = () => new Writable({ write() {
    } });
    duplex = () => new Duplex({ read() {
    }, write() {
    } });
    handleDummyPromise = async (error, verboseInfo, options) => handleResult(error, verboseInfo, options);
  }
});

// node_modules/execa/lib/stdio/handle-async.js
import { createReadStream, createWriteStream } from "node:fs";
import { Buffer as Buffer4 } from "node:buffer";
import { Readable as Readable2, Writable as Writable2, Duplex as Duplex2 } from "node:stream";
var handleStdioAsync, forbiddenIfAsync, addProperties2, addPropertiesAsync;
var init_handle_async = __esm({
  "node_modules/execa/lib/stdio/handle-async.js"() {
    init_generator();
    init_handle();
    init_type();
    handleStdioAsync = (options, verboseInfo) => handleStdio(addPropertiesAsync, options, verboseInfo, false);
    forbiddenIfAsync = ({ type, optionName }) => {
      throw new TypeError(`The \`${optionName}\` option cannot be ${TYPE_TO_MESSAGE[type]}.`);
    };
    addProperties2 = {
      fileNumber: forbiddenIfAsync,
      generator: generatorToStream,
      asyncGenerator: generatorToStream,
      nodeStream: ({ value }) => ({ stream: value }),
      webTransform({ value: { transform, writableObjectMode, readableObjectMode } }) {
        const objectMode = writableObjectMode || readableObjectMode;
        const stream = Duplex2.fromWeb(transform, { objectMode });
        return { stream };
      },
      duplex: ({ value: { transform } }) => ({ stream: transform }),
      native() {
      }
    };
    addPropertiesAsync = {
      input: {
        ...addProperties2,
        fileUrl: ({ value }) => ({ stream: createReadStream(value) }),
        filePath: ({ value: { file } }) => ({ stream: createReadStream(file) }),
        webStream: ({ value }) => ({ stream: Readable2.fromWeb(value) }),
        iterable: ({ value }) => ({ stream: Readable2.from(value) }),
        asyncIterable: ({ value }) => ({ stream: Readable2.from(value) }),
        string: ({ value }) => ({ stream: Readable2.from(value) }),
        uint8Array: ({ value }) => ({ stream: Readable2.from(Buffer4.from(value)) })
      },
      output: {
        ...addProperties2,
        fileUrl: ({ value }) => ({ stream: createWriteStream(value) }),
        filePath: ({ value: { file, append } }) => ({ stream: createWriteStream(file, append ? { flags: "a" } : {}) }),
        webStream: ({ value }) => ({ stream: Writable2.fromWeb(value) }),
        iterable: forbiddenIfAsync,
        asyncIterable: forbiddenIfAsync,
        string: forbiddenIfAsync,
        uint8Array: forbiddenIfAsync
      }
    };
  }
});

// node_modules/@sindresorhus/merge-streams/index.js
import { on as on4, once as once7 } from "node:events";
import { PassThrough as PassThroughStream, getDefaultHighWaterMark as getDefaultHighWaterMark2 } from "node:stream";
import { finished as finished2 } from "node:stream/promises";
function mergeStreams(streams) {
  if (!Array.isArray(streams)) {
    throw new TypeError(`Expected an array, got \`${typeof streams}\`.`);
  }
  for (const stream of streams) {
    validateStream(stream);
  }
  const objectMode = streams.some(({ readableObjectMode }) => readableObjectMode);
  const highWaterMark = getHighWaterMark(streams, objectMode);
  const passThroughStream = new MergedStream({
    objectMode,
    writableHighWaterMark: highWaterMark,
    readableHighWaterMark: highWaterMark
  });
  for (const stream of streams) {
    passThroughStream.add(stream);
  }
  return passThroughStream;
}
var getHighWaterMark, MergedStream, onMergedStreamFinished, onMergedStreamEnd, onInputStreamsUnpipe, validateStream, endWhenStreamsDone, afterMergedStreamFinished, onInputStreamEnd, onInputStreamUnpipe, endStream, errorOrAbortStream, isAbortError, abortStream, errorStream, noop2, updateMaxListeners, PASSTHROUGH_LISTENERS_COUNT, PASSTHROUGH_LISTENERS_PER_STREAM;
var init_merge_streams = __esm({
  "node_modules/@sindresorhus/merge-streams/index.js"() {
    getHighWaterMark = (streams, objectMode) => {
      if (streams.length === 0) {
        return getDefaultHighWaterMark2(objectMode);
      }
      const highWaterMarks = streams.filter(({ readableObjectMode }) => readableObjectMode === objectMode).map(({ readableHighWaterMark }) => readableHighWaterMark);
      return Math.max(...highWaterMarks);
    };
    MergedStream = class extends PassThroughStream {
      #streams = /* @__PURE__ */ new Set([]);
      #ended = /* @__PURE__ */ new Set([]);
      #aborted = /* @__PURE__ */ new Set([]);
      #onFinished;
      #unpipeEvent = /* @__PURE__ */ Symbol("unpipe");
      #streamPromises = /* @__PURE__ */ new WeakMap();
      add(stream) {
        validateStream(stream);
        if (this.#streams.has(stream)) {
          return;
        }
        this.#streams.add(stream);
        this.#onFinished ??= onMergedStreamFinished(this, this.#streams, this.#unpipeEvent);
        const streamPromise = endWhenStreamsDone({
          passThroughStream: this,
          stream,
          streams: this.#streams,
          ended: this.#ended,
          aborted: this.#aborted,
          onFinished: this.#onFinished,
          unpipeEvent: this.#unpipeEvent
        });
        this.#streamPromises.set(stream, streamPromise);
        stream.pipe(this, { end: false });
      }
      async remove(stream) {
        validateStream(stream);
        if (!this.#streams.has(stream)) {
          return false;
        }
        const streamPromise = this.#streamPromises.get(stream);
        if (streamPromise === void 0) {
          return false;
        }
        this.#streamPromises.delete(stream);
        stream.unpipe(this);
        await streamPromise;
        return true;
      }
    };
    onMergedStreamFinished = async (passThroughStream, streams, unpipeEvent) => {
      updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_COUNT);
      const controller = new AbortController();
      try {
        await Promise.race([
          onMergedStreamEnd(passThroughStream, controller),
          onInputStreamsUnpipe(passThroughStream, streams, unpipeEvent, controller)
        ]);
      } finally {
        controller.abort();
        updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_COUNT);
      }
    };
    onMergedStreamEnd = async (passThroughStream, { signal }) => {
      try {
        await finished2(passThroughStream, { signal, cleanup: true });
      } catch (error) {
        errorOrAbortStream(passThroughStream, error);
        throw error;
      }
    };
    onInputStreamsUnpipe = async (passThroughStream, streams, unpipeEvent, { signal }) => {
      for await (const [unpipedStream] of on4(passThroughStream, "unpipe", { signal })) {
        if (streams.has(unpipedStream)) {
          unpipedStream.emit(unpipeEvent);
        }
      }
    };
    validateStream = (stream) => {
      if (typeof stream?.pipe !== "function") {
        throw new TypeError(`Expected a readable stream, got: \`${typeof stream}\`.`);
      }
    };
    endWhenStreamsDone = async ({ passThroughStream, stream, streams, ended, aborted: aborted2, onFinished, unpipeEvent }) => {
      updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_PER_STREAM);
      const controller = new AbortController();
      try {
        await Promise.race([
          afterMergedStreamFinished(onFinished, stream, controller),
          onInputStreamEnd({
            passThroughStream,
            stream,
            streams,
            ended,
            aborted: aborted2,
            controller
          }),
          onInputStreamUnpipe({
            stream,
            streams,
            ended,
            aborted: aborted2,
            unpipeEvent,
            controller
          })
        ]);
      } finally {
        controller.abort();
        updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_PER_STREAM);
      }
      if (streams.size > 0 && streams.size === ended.size + aborted2.size) {
        if (ended.size === 0 && aborted2.size > 0) {
          abortStream(passThroughStream);
        } else {
          endStream(passThroughStream);
        }
      }
    };
    afterMergedStreamFinished = async (onFinished, stream, { signal }) => {
      try {
        await onFinished;
        if (!signal.aborted) {
          abortStream(stream);
        }
      } catch (error) {
        if (!signal.aborted) {
          errorOrAbortStream(stream, error);
        }
      }
    };
    onInputStreamEnd = async ({ passThroughStream, stream, streams, ended, aborted: aborted2, controller: { signal } }) => {
      try {
        await finished2(stream, {
          signal,
          cleanup: true,
          readable: true,
          writable: false
        });
        if (streams.has(stream)) {
          ended.add(stream);
        }
      } catch (error) {
        if (signal.aborted || !streams.has(stream)) {
          return;
        }
        if (isAbortError(error)) {
          aborted2.add(stream);
        } else {
          errorStream(passThroughStream, error);
        }
      }
    };
    onInputStreamUnpipe = async ({ stream, streams, ended, aborted: aborted2, unpipeEvent, controller: { signal } }) => {
      await once7(stream, unpipeEvent, { signal });
      if (!stream.readable) {
        return once7(signal, "abort", { signal });
      }
      streams.delete(stream);
      ended.delete(stream);
      aborted2.delete(stream);
    };
    endStream = (stream) => {
      if (stream.writable) {
        stream.end();
      }
    };
    errorOrAbortStream = (stream, error) => {
      if (isAbortError(error)) {
        abortStream(stream);
      } else {
        errorStream(stream, error);
      }
    };
    isAbortError = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
    abortStream = (stream) => {
      if (stream.readable || stream.writable) {
        stream.destroy();
      }
    };
    errorStream = (stream, error) => {
      if (!stream.destroyed) {
        stream.once("error", noop2);
        stream.destroy(error);
      }
    };
    noop2 = () => {
    };
    updateMaxListeners = (passThroughStream, increment2) => {
      const maxListeners = passThroughStream.getMaxListeners();
      if (maxListeners !== 0 && maxListeners !== Number.POSITIVE_INFINITY) {
        passThroughStream.setMaxListeners(maxListeners + increment2);
      }
    };
    PASSTHROUGH_LISTENERS_COUNT = 2;
    PASSTHROUGH_LISTENERS_PER_STREAM = 1;
  }
});

// node_modules/execa/lib/io/pipeline.js
import { finished as finished3 } from "node:stream/promises";
var pipeStreams, onSourceFinish, endDestinationStream, onDestinationFinish, abortSourceStream;
var init_pipeline = __esm({
  "node_modules/execa/lib/io/pipeline.js"() {
    init_standard_stream();
    pipeStreams = (source, destination) => {
      source.pipe(destination);
      onSourceFinish(source, destination);
      onDestinationFinish(source, destination);
    };
    onSourceFinish = async (source, destination) => {
      if (isStandardStream(source) || isStandardStream(destination)) {
        return;
      }
      try {
        await finished3(source, { cleanup: true, readable: true, writable: false });
      } catch {
      }
      endDestinationStream(destination);
    };
    endDestinationStream = (destination) => {
      if (destination.writable) {
        destination.end();
      }
    };
    onDestinationFinish = async (source, destination) => {
      if (isStandardStream(source) || isStandardStream(destination)) {
        return;
      }
      try {
        await finished3(destination, { cleanup: true, readable: false, writable: true });
      } catch {
      }
      abortSourceStream(source);
    };
    abortSourceStream = (source) => {
      if (source.readable) {
        source.destroy();
      }
    };
  }
});

// node_modules/execa/lib/io/output-async.js
var pipeOutputAsync, pipeTransform, SUBPROCESS_STREAM_PROPERTIES, pipeStdioItem, setStandardStreamMaxListeners, MAX_LISTENERS_INCREMENT;
var init_output_async = __esm({
  "node_modules/execa/lib/io/output-async.js"() {
    init_merge_streams();
    init_standard_stream();
    init_max_listeners();
    init_type();
    init_pipeline();
    pipeOutputAsync = (subprocess, fileDescriptors, controller) => {
      const pipeGroups = /* @__PURE__ */ new Map();
      for (const [fdNumber, { stdioItems, direction }] of Object.entries(fileDescriptors)) {
        for (const { stream } of stdioItems.filter(({ type }) => TRANSFORM_TYPES.has(type))) {
          pipeTransform(subprocess, stream, direction, fdNumber);
        }
        for (const { stream } of stdioItems.filter(({ type }) => !TRANSFORM_TYPES.has(type))) {
          pipeStdioItem({
            subprocess,
            stream,
            direction,
            fdNumber,
            pipeGroups,
            controller
          });
        }
      }
      for (const [outputStream, inputStreams] of pipeGroups.entries()) {
        const inputStream = inputStreams.length === 1 ? inputStreams[0] : mergeStreams(inputStreams);
        pipeStreams(inputStream, outputStream);
      }
    };
    pipeTransform = (subprocess, stream, direction, fdNumber) => {
      if (direction === "output") {
        pipeStreams(subprocess.stdio[fdNumber], stream);
      } else {
        pipeStreams(stream, subprocess.stdio[fdNumber]);
      }
      const streamProperty = SUBPROCESS_STREAM_PROPERTIES[fdNumber];
      if (streamProperty !== void 0) {
        subprocess[streamProperty] = stream;
      }
      subprocess.stdio[fdNumber] = stream;
    };
    SUBPROCESS_STREAM_PROPERTIES = ["stdin", "stdout", "stderr"];
    pipeStdioItem = ({ subprocess, stream, direction, fdNumber, pipeGroups, controller }) => {
      if (stream === void 0) {
        return;
      }
      setStandardStreamMaxListeners(stream, controller);
      const [inputStream, outputStream] = direction === "output" ? [stream, subprocess.stdio[fdNumber]] : [subprocess.stdio[fdNumber], stream];
      const outputStreams = pipeGroups.get(inputStream) ?? [];
      pipeGroups.set(inputStream, [...outputStreams, outputStream]);
    };
    setStandardStreamMaxListeners = (stream, { signal }) => {
      if (isStandardStream(stream)) {
        incrementMaxListeners(stream, MAX_LISTENERS_INCREMENT, signal);
      }
    };
    MAX_LISTENERS_INCREMENT = 2;
  }
});

// node_modules/signal-exit/dist/mjs/signals.js
var signals;
var init_signals2 = __esm({
  "node_modules/signal-exit/dist/mjs/signals.js"() {
    signals = [];
    signals.push("SIGHUP", "SIGINT", "SIGTERM");
    if (process.platform !== "win32") {
      signals.push(
        "SIGALRM",
        "SIGABRT",
        "SIGVTALRM",
        "SIGXCPU",
        "SIGXFSZ",
        "SIGUSR2",
        "SIGTRAP",
        "SIGSYS",
        "SIGQUIT",
        "SIGIOT"
        // should detect profiler and enable/disable accordingly.
        // see #21
        // 'SIGPROF'
      );
    }
    if (process.platform === "linux") {
      signals.push("SIGIO", "SIGPOLL", "SIGPWR", "SIGSTKFLT");
    }
  }
});

// node_modules/signal-exit/dist/mjs/index.js
var processOk, kExitEmitter, global2, ObjectDefineProperty, Emitter, SignalExitBase, signalExitWrap, SignalExitFallback, SignalExit, process9, onExit, load, unload;
var init_mjs = __esm({
  "node_modules/signal-exit/dist/mjs/index.js"() {
    init_signals2();
    processOk = (process10) => !!process10 && typeof process10 === "object" && typeof process10.removeListener === "function" && typeof process10.emit === "function" && typeof process10.reallyExit === "function" && typeof process10.listeners === "function" && typeof process10.kill === "function" && typeof process10.pid === "number" && typeof process10.on === "function";
    kExitEmitter = /* @__PURE__ */ Symbol.for("signal-exit emitter");
    global2 = globalThis;
    ObjectDefineProperty = Object.defineProperty.bind(Object);
    Emitter = class {
      emitted = {
        afterExit: false,
        exit: false
      };
      listeners = {
        afterExit: [],
        exit: []
      };
      count = 0;
      id = Math.random();
      constructor() {
        if (global2[kExitEmitter]) {
          return global2[kExitEmitter];
        }
        ObjectDefineProperty(global2, kExitEmitter, {
          value: this,
          writable: false,
          enumerable: false,
          configurable: false
        });
      }
      on(ev, fn) {
        this.listeners[ev].push(fn);
      }
      removeListener(ev, fn) {
        const list = this.listeners[ev];
        const i3 = list.indexOf(fn);
        if (i3 === -1) {
          return;
        }
        if (i3 === 0 && list.length === 1) {
          list.length = 0;
        } else {
          list.splice(i3, 1);
        }
      }
      emit(ev, code, signal) {
        if (this.emitted[ev]) {
          return false;
        }
        this.emitted[ev] = true;
        let ret = false;
        for (const fn of this.listeners[ev]) {
          ret = fn(code, signal) === true || ret;
        }
        if (ev === "exit") {
          ret = this.emit("afterExit", code, signal) || ret;
        }
        return ret;
      }
    };
    SignalExitBase = class {
    };
    signalExitWrap = (handler) => {
      return {
        onExit(cb, opts) {
          return handler.onExit(cb, opts);
        },
        load() {
          return handler.load();
        },
        unload() {
          return handler.unload();
        }
      };
    };
    SignalExitFallback = class extends SignalExitBase {
      onExit() {
        return () => {
        };
      }
      load() {
      }
      unload() {
      }
    };
    SignalExit = class extends SignalExitBase {
      // "SIGHUP" throws an `ENOSYS` error on Windows,
      // so use a supported signal instead
      /* c8 ignore start */
      #hupSig = process9.platform === "win32" ? "SIGINT" : "SIGHUP";
      /* c8 ignore stop */
      #emitter = new Emitter();
      #process;
      #originalProcessEmit;
      #originalProcessReallyExit;
      #sigListeners = {};
      #loaded = false;
      constructor(process10) {
        super();
        this.#process = process10;
        this.#sigListeners = {};
        for (const sig of signals) {
          this.#sigListeners[sig] = () => {
            const listeners = this.#process.listeners(sig);
            let { count: count3 } = this.#emitter;
            const p = process10;
            if (typeof p.__signal_exit_emitter__ === "object" && typeof p.__signal_exit_emitter__.count === "number") {
              count3 += p.__signal_exit_emitter__.count;
            }
            if (listeners.length === count3) {
              this.unload();
              const ret = this.#emitter.emit("exit", null, sig);
              const s = sig === "SIGHUP" ? this.#hupSig : sig;
              if (!ret)
                process10.kill(process10.pid, s);
            }
          };
        }
        this.#originalProcessReallyExit = process10.reallyExit;
        this.#originalProcessEmit = process10.emit;
      }
      onExit(cb, opts) {
        if (!processOk(this.#process)) {
          return () => {
          };
        }
        if (this.#loaded === false) {
          this.load();
        }
        const ev = opts?.alwaysLast ? "afterExit" : "exit";
        this.#emitter.on(ev, cb);
        return () => {
          this.#emitter.removeListener(ev, cb);
          if (this.#emitter.listeners["exit"].length === 0 && this.#emitter.listeners["afterExit"].length === 0) {
            this.unload();
          }
        };
      }
      load() {
        if (this.#loaded) {
          return;
        }
        this.#loaded = true;
        this.#emitter.count += 1;
        for (const sig of signals) {
          try {
            const fn = this.#sigListeners[sig];
            if (fn)
              this.#process.on(sig, fn);
          } catch (_) {
          }
        }
        this.#process.emit = (ev, ...a2) => {
          return this.#processEmit(ev, ...a2);
        };
        this.#process.reallyExit = (code) => {
          return this.#processReallyExit(code);
        };
      }
      unload() {
        if (!this.#loaded) {
          return;
        }
        this.#loaded = false;
        signals.forEach((sig) => {
          const listener = this.#sigListeners[sig];
          if (!listener) {
            throw new Error("Listener not defined for signal: " + sig);
          }
          try {
            this.#process.removeListener(sig, listener);
          } catch (_) {
          }
        });
        this.#process.emit = this.#originalProcessEmit;
        this.#process.reallyExit = this.#originalProcessReallyExit;
        this.#emitter.count -= 1;
      }
      #processReallyExit(code) {
        if (!processOk(this.#process)) {
          return 0;
        }
        this.#process.exitCode = code || 0;
        this.#emitter.emit("exit", this.#process.exitCode, null);
        return this.#originalProcessReallyExit.call(this.#process, this.#process.exitCode);
      }
      #processEmit(ev, ...args) {
        const og = this.#originalProcessEmit;
        if (ev === "exit" && processOk(this.#process)) {
          if (typeof args[0] === "number") {
            this.#process.exitCode = args[0];
          }
          const ret = og.call(this.#process, ev, ...args);
          this.#emitter.emit("exit", this.#process.exitCode, null);
          return ret;
        } else {
          return og.call(this.#process, ev, ...args);
        }
      }
    };
    process9 = globalThis.process;
    ({
      onExit: (
        /**
         * Called when the process is exiting, whether via signal, explicit
         * exit, or running out of stuff to do.
         *
         * If the global process object is not suitable for instrumentation,
         * then this will be a no-op.
         *
         * Returns a function that may be used to unload signal-exit.
         */
        onExit
      ),
      load: (
        /**
         * Load the listeners.  Likely you never need to call this, unless
         * doing a rather deep integration with signal-exit functionality.
         * Mostly exposed for the benefit of testing.
         *
         * @internal
         */
        load
      ),
      unload: (
        /**
         * Unload the listeners.  Likely you never need to call this, unless
         * doing a rather deep integration with signal-exit functionality.
         * Mostly exposed for the benefit of testing.
         *
         * @internal
         */
        unload
      )
    } = signalExitWrap(processOk(process9) ? new SignalExit(process9) : new SignalExitFallback()));
  }
});

// node_modules/execa/lib/terminate/cleanup.js
import { addAbortListener as addAbortListener2 } from "node:events";
var cleanupOnExit;
var init_cleanup = __esm({
  "node_modules/execa/lib/terminate/cleanup.js"() {
    init_mjs();
    cleanupOnExit = (subprocess, { cleanup, detached }, { signal }) => {
      if (!cleanup || detached) {
        return;
      }
      const removeExitHandler = onExit(() => {
        subprocess.kill();
      });
      addAbortListener2(signal, () => {
        removeExitHandler();
      });
    };
  }
});

// node_modules/execa/lib/pipe/pipe-arguments.js
var normalizePipeArguments, getDestinationStream, getDestination, mapDestinationArguments, getSourceStream;
var init_pipe_arguments = __esm({
  "node_modules/execa/lib/pipe/pipe-arguments.js"() {
    init_parameters();
    init_duration();
    init_fd_options();
    init_file_url();
    normalizePipeArguments = ({ source, sourcePromise, boundOptions, createNested }, ...pipeArguments) => {
      const startTime = getStartTime();
      const {
        destination,
        destinationStream,
        destinationError,
        from,
        unpipeSignal
      } = getDestinationStream(boundOptions, createNested, pipeArguments);
      const { sourceStream, sourceError } = getSourceStream(source, from);
      const { options: sourceOptions, fileDescriptors } = SUBPROCESS_OPTIONS.get(source);
      return {
        sourcePromise,
        sourceStream,
        sourceOptions,
        sourceError,
        destination,
        destinationStream,
        destinationError,
        unpipeSignal,
        fileDescriptors,
        startTime
      };
    };
    getDestinationStream = (boundOptions, createNested, pipeArguments) => {
      try {
        const {
          destination,
          pipeOptions: { from, to, unpipeSignal } = {}
        } = getDestination(boundOptions, createNested, ...pipeArguments);
        const destinationStream = getToStream(destination, to);
        return {
          destination,
          destinationStream,
          from,
          unpipeSignal
        };
      } catch (error) {
        return { destinationError: error };
      }
    };
    getDestination = (boundOptions, createNested, firstArgument, ...pipeArguments) => {
      if (Array.isArray(firstArgument)) {
        const destination = createNested(mapDestinationArguments, boundOptions)(firstArgument, ...pipeArguments);
        return { destination, pipeOptions: boundOptions };
      }
      if (typeof firstArgument === "string" || firstArgument instanceof URL || isDenoExecPath(firstArgument)) {
        if (Object.keys(boundOptions).length > 0) {
          throw new TypeError('Please use .pipe("file", ..., options) or .pipe(execa("file", ..., options)) instead of .pipe(options)("file", ...).');
        }
        const [rawFile, rawArguments, rawOptions] = normalizeParameters(firstArgument, ...pipeArguments);
        const destination = createNested(mapDestinationArguments)(rawFile, rawArguments, rawOptions);
        return { destination, pipeOptions: rawOptions };
      }
      if (SUBPROCESS_OPTIONS.has(firstArgument)) {
        if (Object.keys(boundOptions).length > 0) {
          throw new TypeError("Please use .pipe(options)`command` or .pipe($(options)`command`) instead of .pipe(options)($`command`).");
        }
        return { destination: firstArgument, pipeOptions: pipeArguments[0] };
      }
      throw new TypeError(`The first argument must be a template string, an options object, or an Execa subprocess: ${firstArgument}`);
    };
    mapDestinationArguments = ({ options }) => ({ options: { ...options, stdin: "pipe", piped: true } });
    getSourceStream = (source, from) => {
      try {
        const sourceStream = getFromStream(source, from);
        return { sourceStream };
      } catch (error) {
        return { sourceError: error };
      }
    };
  }
});

// node_modules/execa/lib/pipe/throw.js
var handlePipeArgumentsError, getPipeArgumentsError, createNonCommandError, PIPE_COMMAND_MESSAGE;
var init_throw = __esm({
  "node_modules/execa/lib/pipe/throw.js"() {
    init_result();
    init_pipeline();
    handlePipeArgumentsError = ({
      sourceStream,
      sourceError,
      destinationStream,
      destinationError,
      fileDescriptors,
      sourceOptions,
      startTime
    }) => {
      const error = getPipeArgumentsError({
        sourceStream,
        sourceError,
        destinationStream,
        destinationError
      });
      if (error !== void 0) {
        throw createNonCommandError({
          error,
          fileDescriptors,
          sourceOptions,
          startTime
        });
      }
    };
    getPipeArgumentsError = ({ sourceStream, sourceError, destinationStream, destinationError }) => {
      if (sourceError !== void 0 && destinationError !== void 0) {
        return destinationError;
      }
      if (destinationError !== void 0) {
        abortSourceStream(sourceStream);
        return destinationError;
      }
      if (sourceError !== void 0) {
        endDestinationStream(destinationStream);
        return sourceError;
      }
    };
    createNonCommandError = ({ error, fileDescriptors, sourceOptions, startTime }) => makeEarlyError({
      error,
      command: PIPE_COMMAND_MESSAGE,
      escapedCommand: PIPE_COMMAND_MESSAGE,
      fileDescriptors,
      options: sourceOptions,
      startTime,
      isSync: false
    });
    PIPE_COMMAND_MESSAGE = "source.pipe(destination)";
  }
});

// node_modules/execa/lib/pipe/sequence.js
var waitForBothSubprocesses;
var init_sequence = __esm({
  "node_modules/execa/lib/pipe/sequence.js"() {
    waitForBothSubprocesses = async (subprocessPromises) => {
      const [
        { status: sourceStatus, reason: sourceReason, value: sourceResult = sourceReason },
        { status: destinationStatus, reason: destinationReason, value: destinationResult = destinationReason }
      ] = await subprocessPromises;
      if (!destinationResult.pipedFrom.includes(sourceResult)) {
        destinationResult.pipedFrom.push(sourceResult);
      }
      if (destinationStatus === "rejected") {
        throw destinationResult;
      }
      if (sourceStatus === "rejected") {
        throw sourceResult;
      }
      return destinationResult;
    };
  }
});

// node_modules/execa/lib/pipe/streaming.js
import { finished as finished4 } from "node:stream/promises";
var pipeSubprocessStream, pipeFirstSubprocessStream, pipeMoreSubprocessStream, cleanupMergedStreamsMap, MERGED_STREAMS, SOURCE_LISTENERS_PER_PIPE, DESTINATION_LISTENERS_PER_PIPE;
var init_streaming = __esm({
  "node_modules/execa/lib/pipe/streaming.js"() {
    init_merge_streams();
    init_max_listeners();
    init_pipeline();
    pipeSubprocessStream = (sourceStream, destinationStream, maxListenersController) => {
      const mergedStream = MERGED_STREAMS.has(destinationStream) ? pipeMoreSubprocessStream(sourceStream, destinationStream) : pipeFirstSubprocessStream(sourceStream, destinationStream);
      incrementMaxListeners(sourceStream, SOURCE_LISTENERS_PER_PIPE, maxListenersController.signal);
      incrementMaxListeners(destinationStream, DESTINATION_LISTENERS_PER_PIPE, maxListenersController.signal);
      cleanupMergedStreamsMap(destinationStream);
      return mergedStream;
    };
    pipeFirstSubprocessStream = (sourceStream, destinationStream) => {
      const mergedStream = mergeStreams([sourceStream]);
      pipeStreams(mergedStream, destinationStream);
      MERGED_STREAMS.set(destinationStream, mergedStream);
      return mergedStream;
    };
    pipeMoreSubprocessStream = (sourceStream, destinationStream) => {
      const mergedStream = MERGED_STREAMS.get(destinationStream);
      mergedStream.add(sourceStream);
      return mergedStream;
    };
    cleanupMergedStreamsMap = async (destinationStream) => {
      try {
        await finished4(destinationStream, { cleanup: true, readable: false, writable: true });
      } catch {
      }
      MERGED_STREAMS.delete(destinationStream);
    };
    MERGED_STREAMS = /* @__PURE__ */ new WeakMap();
    SOURCE_LISTENERS_PER_PIPE = 2;
    DESTINATION_LISTENERS_PER_PIPE = 1;
  }
});

// node_modules/execa/lib/pipe/abort.js
import { aborted } from "node:util";
var unpipeOnAbort, unpipeOnSignalAbort;
var init_abort = __esm({
  "node_modules/execa/lib/pipe/abort.js"() {
    init_throw();
    unpipeOnAbort = (unpipeSignal, unpipeContext) => unpipeSignal === void 0 ? [] : [unpipeOnSignalAbort(unpipeSignal, unpipeContext)];
    unpipeOnSignalAbort = async (unpipeSignal, { sourceStream, mergedStream, fileDescriptors, sourceOptions, startTime }) => {
      await aborted(unpipeSignal, sourceStream);
      await mergedStream.remove(sourceStream);
      const error = new Error("Pipe canceled by `unpipeSignal` option.");
      throw createNonCommandError({
        error,
        fileDescriptors,
        sourceOptions,
        startTime
      });
    };
  }
});

// node_modules/execa/lib/pipe/setup.js
var pipeToSubprocess, handlePipePromise, getSubprocessPromises;
var init_setup = __esm({
  "node_modules/execa/lib/pipe/setup.js"() {
    init_is_plain_obj();
    init_pipe_arguments();
    init_throw();
    init_sequence();
    init_streaming();
    init_abort();
    pipeToSubprocess = (sourceInfo, ...pipeArguments) => {
      if (isPlainObject(pipeArguments[0])) {
        return pipeToSubprocess.bind(void 0, {
          ...sourceInfo,
          boundOptions: { ...sourceInfo.boundOptions, ...pipeArguments[0] }
        });
      }
      const { destination, ...normalizedInfo } = normalizePipeArguments(sourceInfo, ...pipeArguments);
      const promise = handlePipePromise({ ...normalizedInfo, destination });
      promise.pipe = pipeToSubprocess.bind(void 0, {
        ...sourceInfo,
        source: destination,
        sourcePromise: promise,
        boundOptions: {}
      });
      return promise;
    };
    handlePipePromise = async ({
      sourcePromise,
      sourceStream,
      sourceOptions,
      sourceError,
      destination,
      destinationStream,
      destinationError,
      unpipeSignal,
      fileDescriptors,
      startTime
    }) => {
      const subprocessPromises = getSubprocessPromises(sourcePromise, destination);
      handlePipeArgumentsError({
        sourceStream,
        sourceError,
        destinationStream,
        destinationError,
        fileDescriptors,
        sourceOptions,
        startTime
      });
      const maxListenersController = new AbortController();
      try {
        const mergedStream = pipeSubprocessStream(sourceStream, destinationStream, maxListenersController);
        return await Promise.race([
          waitForBothSubprocesses(subprocessPromises),
          ...unpipeOnAbort(unpipeSignal, {
            sourceStream,
            mergedStream,
            sourceOptions,
            fileDescriptors,
            startTime
          })
        ]);
      } finally {
        maxListenersController.abort();
      }
    };
    getSubprocessPromises = (sourcePromise, destination) => Promise.allSettled([sourcePromise, destination]);
  }
});

// node_modules/execa/lib/io/iterate.js
import { on as on5 } from "node:events";
import { getDefaultHighWaterMark as getDefaultHighWaterMark3 } from "node:stream";
var iterateOnSubprocessStream, stopReadingOnExit, iterateForResult, stopReadingOnStreamEnd, iterateOnStream, DEFAULT_OBJECT_HIGH_WATER_MARK, HIGH_WATER_MARK, iterateOnData, getGenerators;
var init_iterate = __esm({
  "node_modules/execa/lib/io/iterate.js"() {
    init_encoding_transform();
    init_split();
    init_run_sync();
    iterateOnSubprocessStream = ({ subprocessStdout, subprocess, binary, shouldEncode, encoding, preserveNewlines }) => {
      const controller = new AbortController();
      stopReadingOnExit(subprocess, controller);
      return iterateOnStream({
        stream: subprocessStdout,
        controller,
        binary,
        shouldEncode: !subprocessStdout.readableObjectMode && shouldEncode,
        encoding,
        shouldSplit: !subprocessStdout.readableObjectMode,
        preserveNewlines
      });
    };
    stopReadingOnExit = async (subprocess, controller) => {
      try {
        await subprocess;
      } catch {
      } finally {
        controller.abort();
      }
    };
    iterateForResult = ({ stream, onStreamEnd, lines, encoding, stripFinalNewline: stripFinalNewline2, allMixed }) => {
      const controller = new AbortController();
      stopReadingOnStreamEnd(onStreamEnd, controller, stream);
      const objectMode = stream.readableObjectMode && !allMixed;
      return iterateOnStream({
        stream,
        controller,
        binary: encoding === "buffer",
        shouldEncode: !objectMode,
        encoding,
        shouldSplit: !objectMode && lines,
        preserveNewlines: !stripFinalNewline2
      });
    };
    stopReadingOnStreamEnd = async (onStreamEnd, controller, stream) => {
      try {
        await onStreamEnd;
      } catch {
        stream.destroy();
      } finally {
        controller.abort();
      }
    };
    iterateOnStream = ({ stream, controller, binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) => {
      const onStdoutChunk = on5(stream, "data", {
        signal: controller.signal,
        highWaterMark: HIGH_WATER_MARK,
        // Backward compatibility with older name for this option
        // See https://github.com/nodejs/node/pull/52080#discussion_r1525227861
        // @todo Remove after removing support for Node 21
        highWatermark: HIGH_WATER_MARK
      });
      return iterateOnData({
        onStdoutChunk,
        controller,
        binary,
        shouldEncode,
        encoding,
        shouldSplit,
        preserveNewlines
      });
    };
    DEFAULT_OBJECT_HIGH_WATER_MARK = getDefaultHighWaterMark3(true);
    HIGH_WATER_MARK = DEFAULT_OBJECT_HIGH_WATER_MARK;
    iterateOnData = async function* ({ onStdoutChunk, controller, binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) {
      const generators = getGenerators({
        binary,
        shouldEncode,
        encoding,
        shouldSplit,
        preserveNewlines
      });
      try {
        for await (const [chunk] of onStdoutChunk) {
          yield* transformChunkSync(chunk, generators, 0);
        }
      } catch (error) {
        if (!controller.signal.aborted) {
          throw error;
        }
      } finally {
        yield* finalChunksSync(generators);
      }
    };
    getGenerators = ({ binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) => [
      getEncodingTransformGenerator(binary, encoding, !shouldEncode),
      getSplitLinesGenerator(binary, preserveNewlines, !shouldSplit, {})
    ].filter(Boolean);
  }
});

// node_modules/execa/lib/io/contents.js
import { setImmediate as setImmediate2 } from "node:timers/promises";
var getStreamOutput, logOutputAsync, resumeStream, getStreamContents2, getBufferedData, handleBufferedData;
var init_contents2 = __esm({
  "node_modules/execa/lib/io/contents.js"() {
    init_source();
    init_uint_array();
    init_output();
    init_iterate();
    init_max_buffer();
    init_strip_newline();
    getStreamOutput = async ({ stream, onStreamEnd, fdNumber, encoding, buffer, maxBuffer, lines, allMixed, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => {
      const logPromise = logOutputAsync({
        stream,
        onStreamEnd,
        fdNumber,
        encoding,
        allMixed,
        verboseInfo,
        streamInfo
      });
      if (!buffer) {
        await Promise.all([resumeStream(stream), logPromise]);
        return;
      }
      const stripFinalNewlineValue = getStripFinalNewline(stripFinalNewline2, fdNumber);
      const iterable = iterateForResult({
        stream,
        onStreamEnd,
        lines,
        encoding,
        stripFinalNewline: stripFinalNewlineValue,
        allMixed
      });
      const [output] = await Promise.all([
        getStreamContents2({
          stream,
          iterable,
          fdNumber,
          encoding,
          maxBuffer,
          lines
        }),
        logPromise
      ]);
      return output;
    };
    logOutputAsync = async ({ stream, onStreamEnd, fdNumber, encoding, allMixed, verboseInfo, streamInfo: { fileDescriptors } }) => {
      if (!shouldLogOutput({
        stdioItems: fileDescriptors[fdNumber]?.stdioItems,
        encoding,
        verboseInfo,
        fdNumber
      })) {
        return;
      }
      const linesIterable = iterateForResult({
        stream,
        onStreamEnd,
        lines: true,
        encoding,
        stripFinalNewline: true,
        allMixed
      });
      await logLines(linesIterable, stream, fdNumber, verboseInfo);
    };
    resumeStream = async (stream) => {
      await setImmediate2();
      if (stream.readableFlowing === null) {
        stream.resume();
      }
    };
    getStreamContents2 = async ({ stream, stream: { readableObjectMode }, iterable, fdNumber, encoding, maxBuffer, lines }) => {
      try {
        if (readableObjectMode || lines) {
          return await getStreamAsArray(iterable, { maxBuffer });
        }
        if (encoding === "buffer") {
          return new Uint8Array(await getStreamAsArrayBuffer(iterable, { maxBuffer }));
        }
        return await getStreamAsString(iterable, { maxBuffer });
      } catch (error) {
        return handleBufferedData(handleMaxBuffer({
          error,
          stream,
          readableObjectMode,
          lines,
          encoding,
          fdNumber
        }));
      }
    };
    getBufferedData = async (streamPromise) => {
      try {
        return await streamPromise;
      } catch (error) {
        return handleBufferedData(error);
      }
    };
    handleBufferedData = ({ bufferedData }) => isArrayBuffer(bufferedData) ? new Uint8Array(bufferedData) : bufferedData;
  }
});

// node_modules/execa/lib/resolve/wait-stream.js
import { finished as finished5 } from "node:stream/promises";
var waitForStream, handleStdinDestroy, spyOnStdinDestroy, setStdinCleanedUp, handleStreamError, shouldIgnoreStreamError, isInputFileDescriptor, isStreamAbort, isStreamEpipe;
var init_wait_stream = __esm({
  "node_modules/execa/lib/resolve/wait-stream.js"() {
    waitForStream = async (stream, fdNumber, streamInfo, { isSameDirection, stopOnExit = false } = {}) => {
      const state = handleStdinDestroy(stream, streamInfo);
      const abortController = new AbortController();
      try {
        await Promise.race([
          ...stopOnExit ? [streamInfo.exitPromise] : [],
          finished5(stream, { cleanup: true, signal: abortController.signal })
        ]);
      } catch (error) {
        if (!state.stdinCleanedUp) {
          handleStreamError(error, fdNumber, streamInfo, isSameDirection);
        }
      } finally {
        abortController.abort();
      }
    };
    handleStdinDestroy = (stream, { originalStreams: [originalStdin], subprocess }) => {
      const state = { stdinCleanedUp: false };
      if (stream === originalStdin) {
        spyOnStdinDestroy(stream, subprocess, state);
      }
      return state;
    };
    spyOnStdinDestroy = (subprocessStdin, subprocess, state) => {
      const { _destroy } = subprocessStdin;
      subprocessStdin._destroy = (...destroyArguments) => {
        setStdinCleanedUp(subprocess, state);
        _destroy.call(subprocessStdin, ...destroyArguments);
      };
    };
    setStdinCleanedUp = ({ exitCode, signalCode }, state) => {
      if (exitCode !== null || signalCode !== null) {
        state.stdinCleanedUp = true;
      }
    };
    handleStreamError = (error, fdNumber, streamInfo, isSameDirection) => {
      if (!shouldIgnoreStreamError(error, fdNumber, streamInfo, isSameDirection)) {
        throw error;
      }
    };
    shouldIgnoreStreamError = (error, fdNumber, streamInfo, isSameDirection = true) => {
      if (streamInfo.propagating) {
        return isStreamEpipe(error) || isStreamAbort(error);
      }
      streamInfo.propagating = true;
      return isInputFileDescriptor(streamInfo, fdNumber) === isSameDirection ? isStreamEpipe(error) : isStreamAbort(error);
    };
    isInputFileDescriptor = ({ fileDescriptors }, fdNumber) => fdNumber !== "all" && fileDescriptors[fdNumber].direction === "input";
    isStreamAbort = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
    isStreamEpipe = (error) => error?.code === "EPIPE";
  }
});

// node_modules/execa/lib/resolve/stdio.js
var waitForStdioStreams, waitForSubprocessStream;
var init_stdio = __esm({
  "node_modules/execa/lib/resolve/stdio.js"() {
    init_contents2();
    init_wait_stream();
    waitForStdioStreams = ({ subprocess, encoding, buffer, maxBuffer, lines, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => subprocess.stdio.map((stream, fdNumber) => waitForSubprocessStream({
      stream,
      fdNumber,
      encoding,
      buffer: buffer[fdNumber],
      maxBuffer: maxBuffer[fdNumber],
      lines: lines[fdNumber],
      allMixed: false,
      stripFinalNewline: stripFinalNewline2,
      verboseInfo,
      streamInfo
    }));
    waitForSubprocessStream = async ({ stream, fdNumber, encoding, buffer, maxBuffer, lines, allMixed, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => {
      if (!stream) {
        return;
      }
      const onStreamEnd = waitForStream(stream, fdNumber, streamInfo);
      if (isInputFileDescriptor(streamInfo, fdNumber)) {
        await onStreamEnd;
        return;
      }
      const [output] = await Promise.all([
        getStreamOutput({
          stream,
          onStreamEnd,
          fdNumber,
          encoding,
          buffer,
          maxBuffer,
          lines,
          allMixed,
          stripFinalNewline: stripFinalNewline2,
          verboseInfo,
          streamInfo
        }),
        onStreamEnd
      ]);
      return output;
    };
  }
});

// node_modules/execa/lib/resolve/all-async.js
var makeAllStream, waitForAllStream, getAllStream, getAllMixed;
var init_all_async = __esm({
  "node_modules/execa/lib/resolve/all-async.js"() {
    init_merge_streams();
    init_stdio();
    makeAllStream = ({ stdout, stderr }, { all }) => all && (stdout || stderr) ? mergeStreams([stdout, stderr].filter(Boolean)) : void 0;
    waitForAllStream = ({ subprocess, encoding, buffer, maxBuffer, lines, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => waitForSubprocessStream({
      ...getAllStream(subprocess, buffer),
      fdNumber: "all",
      encoding,
      maxBuffer: maxBuffer[1] + maxBuffer[2],
      lines: lines[1] || lines[2],
      allMixed: getAllMixed(subprocess),
      stripFinalNewline: stripFinalNewline2,
      verboseInfo,
      streamInfo
    });
    getAllStream = ({ stdout, stderr, all }, [, bufferStdout, bufferStderr]) => {
      const buffer = bufferStdout || bufferStderr;
      if (!buffer) {
        return { stream: all, buffer };
      }
      if (!bufferStdout) {
        return { stream: stderr, buffer };
      }
      if (!bufferStderr) {
        return { stream: stdout, buffer };
      }
      return { stream: all, buffer };
    };
    getAllMixed = ({ all, stdout, stderr }) => all && stdout && stderr && stdout.readableObjectMode !== stderr.readableObjectMode;
  }
});

// node_modules/execa/lib/verbose/ipc.js
var shouldLogIpc, logIpcOutput;
var init_ipc = __esm({
  "node_modules/execa/lib/verbose/ipc.js"() {
    init_log();
    init_values();
    shouldLogIpc = (verboseInfo) => isFullVerbose(verboseInfo, "ipc");
    logIpcOutput = (message, verboseInfo) => {
      const verboseMessage = serializeVerboseMessage(message);
      verboseLog({
        type: "ipc",
        verboseMessage,
        fdNumber: "ipc",
        verboseInfo
      });
    };
  }
});

// node_modules/execa/lib/ipc/buffer-messages.js
var waitForIpcOutput, getBufferedIpcOutput;
var init_buffer_messages = __esm({
  "node_modules/execa/lib/ipc/buffer-messages.js"() {
    init_max_buffer();
    init_ipc();
    init_specific();
    init_get_each();
    waitForIpcOutput = async ({
      subprocess,
      buffer: bufferArray,
      maxBuffer: maxBufferArray,
      ipc,
      ipcOutput,
      verboseInfo
    }) => {
      if (!ipc) {
        return ipcOutput;
      }
      const isVerbose2 = shouldLogIpc(verboseInfo);
      const buffer = getFdSpecificValue(bufferArray, "ipc");
      const maxBuffer = getFdSpecificValue(maxBufferArray, "ipc");
      for await (const message of loopOnMessages({
        anyProcess: subprocess,
        channel: subprocess.channel,
        isSubprocess: false,
        ipc,
        shouldAwait: false,
        reference: true
      })) {
        if (buffer) {
          checkIpcMaxBuffer(subprocess, ipcOutput, maxBuffer);
          ipcOutput.push(message);
        }
        if (isVerbose2) {
          logIpcOutput(message, verboseInfo);
        }
      }
      return ipcOutput;
    };
    getBufferedIpcOutput = async (ipcOutputPromise, ipcOutput) => {
      await Promise.allSettled([ipcOutputPromise]);
      return ipcOutput;
    };
  }
});

// node_modules/execa/lib/resolve/wait-subprocess.js
import { once as once8 } from "node:events";
var waitForSubprocessResult, waitForOriginalStreams, waitForCustomStreamsEnd, throwOnSubprocessError;
var init_wait_subprocess = __esm({
  "node_modules/execa/lib/resolve/wait-subprocess.js"() {
    init_is_stream2();
    init_timeout();
    init_cancel();
    init_graceful2();
    init_standard_stream();
    init_type();
    init_contents2();
    init_buffer_messages();
    init_ipc_input();
    init_all_async();
    init_stdio();
    init_exit_async();
    init_wait_stream();
    waitForSubprocessResult = async ({
      subprocess,
      options: {
        encoding,
        buffer,
        maxBuffer,
        lines,
        timeoutDuration: timeout,
        cancelSignal,
        gracefulCancel,
        forceKillAfterDelay,
        stripFinalNewline: stripFinalNewline2,
        ipc,
        ipcInput
      },
      context,
      verboseInfo,
      fileDescriptors,
      originalStreams,
      onInternalError,
      controller
    }) => {
      const exitPromise = waitForExit(subprocess, context);
      const streamInfo = {
        originalStreams,
        fileDescriptors,
        subprocess,
        exitPromise,
        propagating: false
      };
      const stdioPromises = waitForStdioStreams({
        subprocess,
        encoding,
        buffer,
        maxBuffer,
        lines,
        stripFinalNewline: stripFinalNewline2,
        verboseInfo,
        streamInfo
      });
      const allPromise = waitForAllStream({
        subprocess,
        encoding,
        buffer,
        maxBuffer,
        lines,
        stripFinalNewline: stripFinalNewline2,
        verboseInfo,
        streamInfo
      });
      const ipcOutput = [];
      const ipcOutputPromise = waitForIpcOutput({
        subprocess,
        buffer,
        maxBuffer,
        ipc,
        ipcOutput,
        verboseInfo
      });
      const originalPromises = waitForOriginalStreams(originalStreams, subprocess, streamInfo);
      const customStreamsEndPromises = waitForCustomStreamsEnd(fileDescriptors, streamInfo);
      try {
        return await Promise.race([
          Promise.all([
            {},
            waitForSuccessfulExit(exitPromise),
            Promise.all(stdioPromises),
            allPromise,
            ipcOutputPromise,
            sendIpcInput(subprocess, ipcInput),
            ...originalPromises,
            ...customStreamsEndPromises
          ]),
          onInternalError,
          throwOnSubprocessError(subprocess, controller),
          ...throwOnTimeout(subprocess, timeout, context, controller),
          ...throwOnCancel({
            subprocess,
            cancelSignal,
            gracefulCancel,
            context,
            controller
          }),
          ...throwOnGracefulCancel({
            subprocess,
            cancelSignal,
            gracefulCancel,
            forceKillAfterDelay,
            context,
            controller
          })
        ]);
      } catch (error) {
        context.terminationReason ??= "other";
        return Promise.all([
          { error },
          exitPromise,
          Promise.all(stdioPromises.map((stdioPromise) => getBufferedData(stdioPromise))),
          getBufferedData(allPromise),
          getBufferedIpcOutput(ipcOutputPromise, ipcOutput),
          Promise.allSettled(originalPromises),
          Promise.allSettled(customStreamsEndPromises)
        ]);
      }
    };
    waitForOriginalStreams = (originalStreams, subprocess, streamInfo) => originalStreams.map((stream, fdNumber) => stream === subprocess.stdio[fdNumber] ? void 0 : waitForStream(stream, fdNumber, streamInfo));
    waitForCustomStreamsEnd = (fileDescriptors, streamInfo) => fileDescriptors.flatMap(({ stdioItems }, fdNumber) => stdioItems.filter(({ value, stream = value }) => isStream2(stream, { checkOpen: false }) && !isStandardStream(stream)).map(({ type, value, stream = value }) => waitForStream(stream, fdNumber, streamInfo, {
      isSameDirection: TRANSFORM_TYPES.has(type),
      stopOnExit: type === "native"
    })));
    throwOnSubprocessError = async (subprocess, { signal }) => {
      const [error] = await once8(subprocess, "error", { signal });
      throw error;
    };
  }
});

// node_modules/execa/lib/convert/concurrent.js
var initializeConcurrentStreams, addConcurrentStream, waitForConcurrentStreams;
var init_concurrent = __esm({
  "node_modules/execa/lib/convert/concurrent.js"() {
    init_deferred();
    initializeConcurrentStreams = () => ({
      readableDestroy: /* @__PURE__ */ new WeakMap(),
      writableFinal: /* @__PURE__ */ new WeakMap(),
      writableDestroy: /* @__PURE__ */ new WeakMap()
    });
    addConcurrentStream = (concurrentStreams, stream, waitName) => {
      const weakMap = concurrentStreams[waitName];
      if (!weakMap.has(stream)) {
        weakMap.set(stream, []);
      }
      const promises = weakMap.get(stream);
      const promise = createDeferred();
      promises.push(promise);
      const resolve = promise.resolve.bind(promise);
      return { resolve, promises };
    };
    waitForConcurrentStreams = async ({ resolve, promises }, subprocess) => {
      resolve();
      const [isSubprocessExit] = await Promise.race([
        Promise.allSettled([true, subprocess]),
        Promise.all([false, ...promises])
      ]);
      return !isSubprocessExit;
    };
  }
});

// node_modules/execa/lib/convert/shared.js
import { finished as finished6 } from "node:stream/promises";
var safeWaitForSubprocessStdin, safeWaitForSubprocessStdout, waitForSubprocessStdin, waitForSubprocessStdout, waitForSubprocess, destroyOtherStream;
var init_shared = __esm({
  "node_modules/execa/lib/convert/shared.js"() {
    init_wait_stream();
    safeWaitForSubprocessStdin = async (subprocessStdin) => {
      if (subprocessStdin === void 0) {
        return;
      }
      try {
        await waitForSubprocessStdin(subprocessStdin);
      } catch {
      }
    };
    safeWaitForSubprocessStdout = async (subprocessStdout) => {
      if (subprocessStdout === void 0) {
        return;
      }
      try {
        await waitForSubprocessStdout(subprocessStdout);
      } catch {
      }
    };
    waitForSubprocessStdin = async (subprocessStdin) => {
      await finished6(subprocessStdin, { cleanup: true, readable: false, writable: true });
    };
    waitForSubprocessStdout = async (subprocessStdout) => {
      await finished6(subprocessStdout, { cleanup: true, readable: true, writable: false });
    };
    waitForSubprocess = async (subprocess, error) => {
      await subprocess;
      if (error) {
        throw error;
      }
    };
    destroyOtherStream = (stream, isOpen, error) => {
      if (error && !isStreamAbort(error)) {
        stream.destroy(error);
      } else if (isOpen) {
        stream.destroy();
      }
    };
  }
});

// node_modules/execa/lib/convert/readable.js
import { Readable as Readable3 } from "node:stream";
import { callbackify as callbackify2 } from "node:util";
var createReadable, getSubprocessStdout, getReadableOptions, getReadableMethods, onRead, onStdoutFinished, onReadableDestroy, destroyOtherReadable;
var init_readable = __esm({
  "node_modules/execa/lib/convert/readable.js"() {
    init_encoding_option();
    init_fd_options();
    init_iterate();
    init_deferred();
    init_concurrent();
    init_shared();
    createReadable = ({ subprocess, concurrentStreams, encoding }, { from, binary: binaryOption = true, preserveNewlines = true } = {}) => {
      const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
      const { subprocessStdout, waitReadableDestroy } = getSubprocessStdout(subprocess, from, concurrentStreams);
      const { readableEncoding, readableObjectMode, readableHighWaterMark } = getReadableOptions(subprocessStdout, binary);
      const { read: read2, onStdoutDataDone } = getReadableMethods({
        subprocessStdout,
        subprocess,
        binary,
        encoding,
        preserveNewlines
      });
      const readable2 = new Readable3({
        read: read2,
        destroy: callbackify2(onReadableDestroy.bind(void 0, { subprocessStdout, subprocess, waitReadableDestroy })),
        highWaterMark: readableHighWaterMark,
        objectMode: readableObjectMode,
        encoding: readableEncoding
      });
      onStdoutFinished({
        subprocessStdout,
        onStdoutDataDone,
        readable: readable2,
        subprocess
      });
      return readable2;
    };
    getSubprocessStdout = (subprocess, from, concurrentStreams) => {
      const subprocessStdout = getFromStream(subprocess, from);
      const waitReadableDestroy = addConcurrentStream(concurrentStreams, subprocessStdout, "readableDestroy");
      return { subprocessStdout, waitReadableDestroy };
    };
    getReadableOptions = ({ readableEncoding, readableObjectMode, readableHighWaterMark }, binary) => binary ? { readableEncoding, readableObjectMode, readableHighWaterMark } : { readableEncoding, readableObjectMode: true, readableHighWaterMark: DEFAULT_OBJECT_HIGH_WATER_MARK };
    getReadableMethods = ({ subprocessStdout, subprocess, binary, encoding, preserveNewlines }) => {
      const onStdoutDataDone = createDeferred();
      const onStdoutData = iterateOnSubprocessStream({
        subprocessStdout,
        subprocess,
        binary,
        shouldEncode: !binary,
        encoding,
        preserveNewlines
      });
      return {
        read() {
          onRead(this, onStdoutData, onStdoutDataDone);
        },
        onStdoutDataDone
      };
    };
    onRead = async (readable2, onStdoutData, onStdoutDataDone) => {
      try {
        const { value, done } = await onStdoutData.next();
        if (done) {
          onStdoutDataDone.resolve();
        } else {
          readable2.push(value);
        }
      } catch {
      }
    };
    onStdoutFinished = async ({ subprocessStdout, onStdoutDataDone, readable: readable2, subprocess, subprocessStdin }) => {
      try {
        await waitForSubprocessStdout(subprocessStdout);
        await subprocess;
        await safeWaitForSubprocessStdin(subprocessStdin);
        await onStdoutDataDone;
        if (readable2.readable) {
          readable2.push(null);
        }
      } catch (error) {
        await safeWaitForSubprocessStdin(subprocessStdin);
        destroyOtherReadable(readable2, error);
      }
    };
    onReadableDestroy = async ({ subprocessStdout, subprocess, waitReadableDestroy }, error) => {
      if (await waitForConcurrentStreams(waitReadableDestroy, subprocess)) {
        destroyOtherReadable(subprocessStdout, error);
        await waitForSubprocess(subprocess, error);
      }
    };
    destroyOtherReadable = (stream, error) => {
      destroyOtherStream(stream, stream.readable, error);
    };
  }
});

// node_modules/execa/lib/convert/writable.js
import { Writable as Writable3 } from "node:stream";
import { callbackify as callbackify3 } from "node:util";
var createWritable, getSubprocessStdin, getWritableMethods, onWrite, onWritableFinal, onStdinFinished, onWritableDestroy, destroyOtherWritable;
var init_writable = __esm({
  "node_modules/execa/lib/convert/writable.js"() {
    init_fd_options();
    init_concurrent();
    init_shared();
    createWritable = ({ subprocess, concurrentStreams }, { to } = {}) => {
      const { subprocessStdin, waitWritableFinal, waitWritableDestroy } = getSubprocessStdin(subprocess, to, concurrentStreams);
      const writable2 = new Writable3({
        ...getWritableMethods(subprocessStdin, subprocess, waitWritableFinal),
        destroy: callbackify3(onWritableDestroy.bind(void 0, {
          subprocessStdin,
          subprocess,
          waitWritableFinal,
          waitWritableDestroy
        })),
        highWaterMark: subprocessStdin.writableHighWaterMark,
        objectMode: subprocessStdin.writableObjectMode
      });
      onStdinFinished(subprocessStdin, writable2);
      return writable2;
    };
    getSubprocessStdin = (subprocess, to, concurrentStreams) => {
      const subprocessStdin = getToStream(subprocess, to);
      const waitWritableFinal = addConcurrentStream(concurrentStreams, subprocessStdin, "writableFinal");
      const waitWritableDestroy = addConcurrentStream(concurrentStreams, subprocessStdin, "writableDestroy");
      return { subprocessStdin, waitWritableFinal, waitWritableDestroy };
    };
    getWritableMethods = (subprocessStdin, subprocess, waitWritableFinal) => ({
      write: onWrite.bind(void 0, subprocessStdin),
      final: callbackify3(onWritableFinal.bind(void 0, subprocessStdin, subprocess, waitWritableFinal))
    });
    onWrite = (subprocessStdin, chunk, encoding, done) => {
      if (subprocessStdin.write(chunk, encoding)) {
        done();
      } else {
        subprocessStdin.once("drain", done);
      }
    };
    onWritableFinal = async (subprocessStdin, subprocess, waitWritableFinal) => {
      if (await waitForConcurrentStreams(waitWritableFinal, subprocess)) {
        if (subprocessStdin.writable) {
          subprocessStdin.end();
        }
        await subprocess;
      }
    };
    onStdinFinished = async (subprocessStdin, writable2, subprocessStdout) => {
      try {
        await waitForSubprocessStdin(subprocessStdin);
        if (writable2.writable) {
          writable2.end();
        }
      } catch (error) {
        await safeWaitForSubprocessStdout(subprocessStdout);
        destroyOtherWritable(writable2, error);
      }
    };
    onWritableDestroy = async ({ subprocessStdin, subprocess, waitWritableFinal, waitWritableDestroy }, error) => {
      await waitForConcurrentStreams(waitWritableFinal, subprocess);
      if (await waitForConcurrentStreams(waitWritableDestroy, subprocess)) {
        destroyOtherWritable(subprocessStdin, error);
        await waitForSubprocess(subprocess, error);
      }
    };
    destroyOtherWritable = (stream, error) => {
      destroyOtherStream(stream, stream.writable, error);
    };
  }
});

// node_modules/execa/lib/convert/duplex.js
import { Duplex as Duplex3 } from "node:stream";
import { callbackify as callbackify4 } from "node:util";
var createDuplex, onDuplexDestroy;
var init_duplex = __esm({
  "node_modules/execa/lib/convert/duplex.js"() {
    init_encoding_option();
    init_readable();
    init_writable();
    createDuplex = ({ subprocess, concurrentStreams, encoding }, { from, to, binary: binaryOption = true, preserveNewlines = true } = {}) => {
      const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
      const { subprocessStdout, waitReadableDestroy } = getSubprocessStdout(subprocess, from, concurrentStreams);
      const { subprocessStdin, waitWritableFinal, waitWritableDestroy } = getSubprocessStdin(subprocess, to, concurrentStreams);
      const { readableEncoding, readableObjectMode, readableHighWaterMark } = getReadableOptions(subprocessStdout, binary);
      const { read: read2, onStdoutDataDone } = getReadableMethods({
        subprocessStdout,
        subprocess,
        binary,
        encoding,
        preserveNewlines
      });
      const duplex2 = new Duplex3({
        read: read2,
        ...getWritableMethods(subprocessStdin, subprocess, waitWritableFinal),
        destroy: callbackify4(onDuplexDestroy.bind(void 0, {
          subprocessStdout,
          subprocessStdin,
          subprocess,
          waitReadableDestroy,
          waitWritableFinal,
          waitWritableDestroy
        })),
        readableHighWaterMark,
        writableHighWaterMark: subprocessStdin.writableHighWaterMark,
        readableObjectMode,
        writableObjectMode: subprocessStdin.writableObjectMode,
        encoding: readableEncoding
      });
      onStdoutFinished({
        subprocessStdout,
        onStdoutDataDone,
        readable: duplex2,
        subprocess,
        subprocessStdin
      });
      onStdinFinished(subprocessStdin, duplex2, subprocessStdout);
      return duplex2;
    };
    onDuplexDestroy = async ({ subprocessStdout, subprocessStdin, subprocess, waitReadableDestroy, waitWritableFinal, waitWritableDestroy }, error) => {
      await Promise.all([
        onReadableDestroy({ subprocessStdout, subprocess, waitReadableDestroy }, error),
        onWritableDestroy({
          subprocessStdin,
          subprocess,
          waitWritableFinal,
          waitWritableDestroy
        }, error)
      ]);
    };
  }
});

// node_modules/execa/lib/convert/iterable.js
var createIterable, iterateOnStdoutData;
var init_iterable = __esm({
  "node_modules/execa/lib/convert/iterable.js"() {
    init_encoding_option();
    init_fd_options();
    init_iterate();
    createIterable = (subprocess, encoding, {
      from,
      binary: binaryOption = false,
      preserveNewlines = false
    } = {}) => {
      const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
      const subprocessStdout = getFromStream(subprocess, from);
      const onStdoutData = iterateOnSubprocessStream({
        subprocessStdout,
        subprocess,
        binary,
        shouldEncode: true,
        encoding,
        preserveNewlines
      });
      return iterateOnStdoutData(onStdoutData, subprocessStdout, subprocess);
    };
    iterateOnStdoutData = async function* (onStdoutData, subprocessStdout, subprocess) {
      try {
        yield* onStdoutData;
      } finally {
        if (subprocessStdout.readable) {
          subprocessStdout.destroy();
        }
        await subprocess;
      }
    };
  }
});

// node_modules/execa/lib/convert/add.js
var addConvertedStreams;
var init_add = __esm({
  "node_modules/execa/lib/convert/add.js"() {
    init_concurrent();
    init_readable();
    init_writable();
    init_duplex();
    init_iterable();
    addConvertedStreams = (subprocess, { encoding }) => {
      const concurrentStreams = initializeConcurrentStreams();
      subprocess.readable = createReadable.bind(void 0, { subprocess, concurrentStreams, encoding });
      subprocess.writable = createWritable.bind(void 0, { subprocess, concurrentStreams });
      subprocess.duplex = createDuplex.bind(void 0, { subprocess, concurrentStreams, encoding });
      subprocess.iterable = createIterable.bind(void 0, subprocess, encoding);
      subprocess[Symbol.asyncIterator] = createIterable.bind(void 0, subprocess, encoding, {});
    };
  }
});

// node_modules/execa/lib/methods/promise.js
var mergePromise, nativePromisePrototype, descriptors;
var init_promise = __esm({
  "node_modules/execa/lib/methods/promise.js"() {
    mergePromise = (subprocess, promise) => {
      for (const [property, descriptor] of descriptors) {
        const value = descriptor.value.bind(promise);
        Reflect.defineProperty(subprocess, property, { ...descriptor, value });
      }
    };
    nativePromisePrototype = (async () => {
    })().constructor.prototype;
    descriptors = ["then", "catch", "finally"].map((property) => [
      property,
      Reflect.getOwnPropertyDescriptor(nativePromisePrototype, property)
    ]);
  }
});

// node_modules/execa/lib/methods/main-async.js
import { setMaxListeners } from "node:events";
import { spawn } from "node:child_process";
var execaCoreAsync, handleAsyncArguments, handleAsyncOptions, spawnSubprocessAsync, handlePromise, getAsyncResult;
var init_main_async = __esm({
  "node_modules/execa/lib/methods/main-async.js"() {
    init_source();
    init_command();
    init_options();
    init_fd_options();
    init_shell();
    init_methods();
    init_result();
    init_reject();
    init_early_error();
    init_handle_async();
    init_strip_newline();
    init_output_async();
    init_kill();
    init_cleanup();
    init_setup();
    init_all_async();
    init_wait_subprocess();
    init_add();
    init_deferred();
    init_promise();
    execaCoreAsync = (rawFile, rawArguments, rawOptions, createNested) => {
      const { file, commandArguments, command, escapedCommand, startTime, verboseInfo, options, fileDescriptors } = handleAsyncArguments(rawFile, rawArguments, rawOptions);
      const { subprocess, promise } = spawnSubprocessAsync({
        file,
        commandArguments,
        options,
        startTime,
        verboseInfo,
        command,
        escapedCommand,
        fileDescriptors
      });
      subprocess.pipe = pipeToSubprocess.bind(void 0, {
        source: subprocess,
        sourcePromise: promise,
        boundOptions: {},
        createNested
      });
      mergePromise(subprocess, promise);
      SUBPROCESS_OPTIONS.set(subprocess, { options, fileDescriptors });
      return subprocess;
    };
    handleAsyncArguments = (rawFile, rawArguments, rawOptions) => {
      const { command, escapedCommand, startTime, verboseInfo } = handleCommand(rawFile, rawArguments, rawOptions);
      const { file, commandArguments, options: normalizedOptions } = normalizeOptions(rawFile, rawArguments, rawOptions);
      const options = handleAsyncOptions(normalizedOptions);
      const fileDescriptors = handleStdioAsync(options, verboseInfo);
      return {
        file,
        commandArguments,
        command,
        escapedCommand,
        startTime,
        verboseInfo,
        options,
        fileDescriptors
      };
    };
    handleAsyncOptions = ({ timeout, signal, ...options }) => {
      if (signal !== void 0) {
        throw new TypeError('The "signal" option has been renamed to "cancelSignal" instead.');
      }
      return { ...options, timeoutDuration: timeout };
    };
    spawnSubprocessAsync = ({ file, commandArguments, options, startTime, verboseInfo, command, escapedCommand, fileDescriptors }) => {
      let subprocess;
      try {
        subprocess = spawn(...concatenateShell(file, commandArguments, options));
      } catch (error) {
        return handleEarlyError({
          error,
          command,
          escapedCommand,
          fileDescriptors,
          options,
          startTime,
          verboseInfo
        });
      }
      const controller = new AbortController();
      setMaxListeners(Number.POSITIVE_INFINITY, controller.signal);
      const originalStreams = [...subprocess.stdio];
      pipeOutputAsync(subprocess, fileDescriptors, controller);
      cleanupOnExit(subprocess, options, controller);
      const context = {};
      const onInternalError = createDeferred();
      subprocess.kill = subprocessKill.bind(void 0, {
        kill: subprocess.kill.bind(subprocess),
        options,
        onInternalError,
        context,
        controller
      });
      subprocess.all = makeAllStream(subprocess, options);
      addConvertedStreams(subprocess, options);
      addIpcMethods(subprocess, options);
      const promise = handlePromise({
        subprocess,
        options,
        startTime,
        verboseInfo,
        fileDescriptors,
        originalStreams,
        command,
        escapedCommand,
        context,
        onInternalError,
        controller
      });
      return { subprocess, promise };
    };
    handlePromise = async ({ subprocess, options, startTime, verboseInfo, fileDescriptors, originalStreams, command, escapedCommand, context, onInternalError, controller }) => {
      const [
        errorInfo,
        [exitCode, signal],
        stdioResults,
        allResult,
        ipcOutput
      ] = await waitForSubprocessResult({
        subprocess,
        options,
        context,
        verboseInfo,
        fileDescriptors,
        originalStreams,
        onInternalError,
        controller
      });
      controller.abort();
      onInternalError.resolve();
      const stdio = stdioResults.map((stdioResult, fdNumber) => stripNewline(stdioResult, options, fdNumber));
      const all = stripNewline(allResult, options, "all");
      const result2 = getAsyncResult({
        errorInfo,
        exitCode,
        signal,
        stdio,
        all,
        ipcOutput,
        context,
        options,
        command,
        escapedCommand,
        startTime
      });
      return handleResult(result2, verboseInfo, options);
    };
    getAsyncResult = ({ errorInfo, exitCode, signal, stdio, all, ipcOutput, context, options, command, escapedCommand, startTime }) => "error" in errorInfo ? makeError({
      error: errorInfo.error,
      command,
      escapedCommand,
      timedOut: context.terminationReason === "timeout",
      isCanceled: context.terminationReason === "cancel" || context.terminationReason === "gracefulCancel",
      isGracefullyCanceled: context.terminationReason === "gracefulCancel",
      isMaxBuffer: errorInfo.error instanceof MaxBufferError,
      isForcefullyTerminated: context.isForcefullyTerminated,
      exitCode,
      signal,
      stdio,
      all,
      ipcOutput,
      options,
      startTime,
      isSync: false
    }) : makeSuccessResult({
      command,
      escapedCommand,
      stdio,
      all,
      ipcOutput,
      options,
      startTime
    });
  }
});

// node_modules/execa/lib/methods/bind.js
var mergeOptions, mergeOption, DEEP_OPTIONS;
var init_bind = __esm({
  "node_modules/execa/lib/methods/bind.js"() {
    init_is_plain_obj();
    init_specific();
    mergeOptions = (boundOptions, options) => {
      const newOptions = Object.fromEntries(
        Object.entries(options).map(([optionName, optionValue]) => [
          optionName,
          mergeOption(optionName, boundOptions[optionName], optionValue)
        ])
      );
      return { ...boundOptions, ...newOptions };
    };
    mergeOption = (optionName, boundOptionValue, optionValue) => {
      if (DEEP_OPTIONS.has(optionName) && isPlainObject(boundOptionValue) && isPlainObject(optionValue)) {
        return { ...boundOptionValue, ...optionValue };
      }
      return optionValue;
    };
    DEEP_OPTIONS = /* @__PURE__ */ new Set(["env", ...FD_SPECIFIC_OPTIONS]);
  }
});

// node_modules/execa/lib/methods/create.js
var createExeca, callBoundExeca, parseArguments;
var init_create = __esm({
  "node_modules/execa/lib/methods/create.js"() {
    init_is_plain_obj();
    init_parameters();
    init_template();
    init_main_sync();
    init_main_async();
    init_bind();
    createExeca = (mapArguments, boundOptions, deepOptions, setBoundExeca) => {
      const createNested = (mapArguments2, boundOptions2, setBoundExeca2) => createExeca(mapArguments2, boundOptions2, deepOptions, setBoundExeca2);
      const boundExeca = (...execaArguments) => callBoundExeca({
        mapArguments,
        deepOptions,
        boundOptions,
        setBoundExeca,
        createNested
      }, ...execaArguments);
      if (setBoundExeca !== void 0) {
        setBoundExeca(boundExeca, createNested, boundOptions);
      }
      return boundExeca;
    };
    callBoundExeca = ({ mapArguments, deepOptions = {}, boundOptions = {}, setBoundExeca, createNested }, firstArgument, ...nextArguments) => {
      if (isPlainObject(firstArgument)) {
        return createNested(mapArguments, mergeOptions(boundOptions, firstArgument), setBoundExeca);
      }
      const { file, commandArguments, options, isSync } = parseArguments({
        mapArguments,
        firstArgument,
        nextArguments,
        deepOptions,
        boundOptions
      });
      return isSync ? execaCoreSync(file, commandArguments, options) : execaCoreAsync(file, commandArguments, options, createNested);
    };
    parseArguments = ({ mapArguments, firstArgument, nextArguments, deepOptions, boundOptions }) => {
      const callArguments2 = isTemplateString(firstArgument) ? parseTemplates(firstArgument, nextArguments) : [firstArgument, ...nextArguments];
      const [initialFile, initialArguments, initialOptions] = normalizeParameters(...callArguments2);
      const mergedOptions = mergeOptions(mergeOptions(deepOptions, boundOptions), initialOptions);
      const {
        file = initialFile,
        commandArguments = initialArguments,
        options = mergedOptions,
        isSync = false
      } = mapArguments({ file: initialFile, commandArguments: initialArguments, options: mergedOptions });
      return {
        file,
        commandArguments,
        options,
        isSync
      };
    };
  }
});

// node_modules/execa/lib/methods/command.js
var mapCommandAsync, mapCommandSync, parseCommand, parseCommandString, SPACES_REGEXP;
var init_command2 = __esm({
  "node_modules/execa/lib/methods/command.js"() {
    mapCommandAsync = ({ file, commandArguments }) => parseCommand(file, commandArguments);
    mapCommandSync = ({ file, commandArguments }) => ({ ...parseCommand(file, commandArguments), isSync: true });
    parseCommand = (command, unusedArguments) => {
      if (unusedArguments.length > 0) {
        throw new TypeError(`The command and its arguments must be passed as a single string: ${command} ${unusedArguments}.`);
      }
      const [file, ...commandArguments] = parseCommandString(command);
      return { file, commandArguments };
    };
    parseCommandString = (command) => {
      if (typeof command !== "string") {
        throw new TypeError(`The command must be a string: ${String(command)}.`);
      }
      const trimmedCommand = command.trim();
      if (trimmedCommand === "") {
        return [];
      }
      const tokens = [];
      for (const token of trimmedCommand.split(SPACES_REGEXP)) {
        const previousToken = tokens.at(-1);
        if (previousToken && previousToken.endsWith("\\")) {
          tokens[tokens.length - 1] = `${previousToken.slice(0, -1)} ${token}`;
        } else {
          tokens.push(token);
        }
      }
      return tokens;
    };
    SPACES_REGEXP = / +/g;
  }
});

// node_modules/execa/lib/methods/script.js
var setScriptSync, mapScriptAsync, mapScriptSync, getScriptOptions, getScriptStdinOption, deepScriptOptions;
var init_script = __esm({
  "node_modules/execa/lib/methods/script.js"() {
    setScriptSync = (boundExeca, createNested, boundOptions) => {
      boundExeca.sync = createNested(mapScriptSync, boundOptions);
      boundExeca.s = boundExeca.sync;
    };
    mapScriptAsync = ({ options }) => getScriptOptions(options);
    mapScriptSync = ({ options }) => ({ ...getScriptOptions(options), isSync: true });
    getScriptOptions = (options) => ({ options: { ...getScriptStdinOption(options), ...options } });
    getScriptStdinOption = ({ input, inputFile, stdio }) => input === void 0 && inputFile === void 0 && stdio === void 0 ? { stdin: "inherit" } : {};
    deepScriptOptions = { preferLocal: true };
  }
});

// node_modules/execa/index.js
var execa, execaSync, execaCommand, execaCommandSync, execaNode, $, sendMessage2, getOneMessage2, getEachMessage2, getCancelSignal2;
var init_execa = __esm({
  "node_modules/execa/index.js"() {
    init_create();
    init_command2();
    init_node2();
    init_script();
    init_methods();
    execa = createExeca(() => ({}));
    execaSync = createExeca(() => ({ isSync: true }));
    execaCommand = createExeca(mapCommandAsync);
    execaCommandSync = createExeca(mapCommandSync);
    execaNode = createExeca(mapNode);
    $ = createExeca(mapScriptAsync, {}, deepScriptOptions, setScriptSync);
    ({
      sendMessage: sendMessage2,
      getOneMessage: getOneMessage2,
      getEachMessage: getEachMessage2,
      getCancelSignal: getCancelSignal2
    } = getIpcExport());
  }
});

// src/backends/types.ts
var BackendError;
var init_types = __esm({
  "src/backends/types.ts"() {
    "use strict";
    BackendError = class extends Error {
      constructor(message, logTail) {
        super(message);
        this.logTail = logTail;
        this.name = "BackendError";
      }
      logTail;
    };
  }
});

// src/backends/probe.ts
async function probeDeployment(url, alive = () => true) {
  if (!alive()) return false;
  try {
    const res = await fetch(`${url}/instance_name`, { signal: AbortSignal.timeout(2e3), redirect: "manual" });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false;
  }
}
var init_probe = __esm({
  "src/backends/probe.ts"() {
    "use strict";
  }
});

// src/runtime.ts
function typescriptLoaderArgs() {
  const preload = new URL(fromSource ? "./loader/preload.ts" : "./loader.js", import.meta.url).href;
  return [...fromSource ? ["--import", import.meta.resolve("tsx")] : [], "--import", preload];
}
function childEntry(name) {
  const relative = fromSource ? SOURCES[name] : `./${name}.js`;
  return new URL(relative, import.meta.url).pathname;
}
var fromSource, SOURCES;
var init_runtime = __esm({
  "src/runtime.ts"() {
    "use strict";
    fromSource = import.meta.url.endsWith(".ts");
    SOURCES = {
      "embedded-server": "./backends/embedded/server.ts",
      "config-probe": "./config/probe.ts",
      "sandbox-launch": "./action/sandbox-launch.ts"
    };
  }
});

// src/log-tail.ts
var LogTail;
var init_log_tail = __esm({
  "src/log-tail.ts"() {
    "use strict";
    LogTail = class {
      constructor(max2 = 200) {
        this.max = max2;
      }
      max;
      lines = [];
      partial = "";
      push(chunk) {
        const text = this.partial + chunk.toString();
        const parts = text.split("\n");
        this.partial = parts.pop() ?? "";
        this.lines.push(...parts);
        if (this.lines.length > this.max) this.lines.splice(0, this.lines.length - this.max);
      }
      tail(n2 = 50) {
        const all = this.partial ? [...this.lines, this.partial] : this.lines;
        return all.slice(-n2).join("\n");
      }
    };
  }
});

// src/child-env.ts
function childEnv(env = process.env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) if (v !== void 0 && !ACTION_ONLY.test(k)) out[k] = v;
  return out;
}
var ACTION_ONLY;
var init_child_env = __esm({
  "src/child-env.ts"() {
    "use strict";
    ACTION_ONLY = /^(INPUT_|ACTIONS_)|^(GITHUB_TOKEN|GH_TOKEN|CONVEX_ADMIN_KEY|CONVEX_DEPLOY_KEY|GITHUB_ENV|GITHUB_PATH|GITHUB_OUTPUT|GITHUB_STATE|GITHUB_STEP_SUMMARY)$/i;
  }
});

// src/backends/embedded/index.ts
import path6 from "node:path";
import { randomBytes } from "node:crypto";
async function startEmbedded(opts) {
  const functionsDir = path6.resolve(opts.projectDir, opts.functionsDir ?? "convex");
  const adminKey = `embedded|${randomBytes(24).toString("hex")}`;
  const log = new LogTail();
  const started = performance.now();
  const child = execa(process.execPath, [...typescriptLoaderArgs(), childEntry("embedded-server")], {
    cwd: opts.projectDir,
    extendEnv: false,
    env: {
      ...childEnv(),
      RACE_CHECK_FUNCTIONS_DIR: functionsDir,
      RACE_CHECK_ADMIN_KEY: adminKey,
      RACE_CHECK_DEPLOYMENT_ENV: JSON.stringify(opts.deploymentEnv ?? {}),
      ...opts.callLatencyMs !== void 0 && { RACE_CHECK_CALL_LATENCY_MS: String(opts.callLatencyMs) }
    },
    stdin: "ignore",
    buffer: false,
    reject: false,
    // Killed with us if we exit without stopping it.
    cleanup: true,
    forceKillAfterDelay: 2e3
  });
  child.stderr?.on("data", (c3) => log.push(c3));
  const timeoutMs = opts.startupTimeoutMs ?? 3e4;
  const ready = await new Promise((resolve, reject) => {
    let pending = "";
    const timer = setTimeout(
      () => reject(new BackendError(`embedded backend not ready after ${timeoutMs} ms`, log.tail())),
      timeoutMs
    );
    child.stdout?.on("data", (c3) => {
      log.push(c3);
      pending += c3.toString();
      let nl;
      while ((nl = pending.indexOf("\n")) >= 0) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        if (line.startsWith('{"ready":true')) {
          clearTimeout(timer);
          resolve(JSON.parse(line));
        }
      }
    });
    void child.then((r) => {
      clearTimeout(timer);
      reject(
        new BackendError(
          `embedded backend exited during start-up (${r.signal ? `signal ${r.signal}` : `exit code ${r.exitCode}`})`,
          log.tail()
        )
      );
    });
  }).catch(async (e) => {
    child.kill("SIGKILL");
    await child.catch(() => void 0);
    throw e;
  });
  let exited = false;
  void child.then(() => exited = true);
  const url = `http://127.0.0.1:${ready.port}`;
  let stopping;
  const admin = async (method, route) => {
    const res = await fetch(`${url}/_race-check/${route}`, {
      method,
      headers: { authorization: `Convex ${adminKey}` },
      signal: AbortSignal.timeout(1e4)
    });
    if (!res.ok) {
      await res.arrayBuffer();
      throw new Error(`embedded backend answered ${res.status} to ${route}`);
    }
    return await res.json();
  };
  const clock = async (to) => (await admin(to === void 0 ? "GET" : "POST", to === void 0 ? "clock" : `clock?to=${Math.ceil(to)}`)).now;
  return {
    url,
    siteUrl: `http://127.0.0.1:${ready.sitePort}`,
    adminKey,
    kind: "embedded",
    startupMs: performance.now() - started,
    logTail: (n2) => log.tail(n2),
    probe: () => probeDeployment(url, () => !exited),
    fire: {
      arm: async (requests) => void await admin("GET", `arrivals?arm=${requests}`),
      takeArrivals: async () => (await admin("GET", "arrivals").catch(() => void 0))?.arrivals
    },
    // Read from the deployment's own timers, not its root system table: components schedule too.
    scheduled: {
      list: async () => {
        const state = await admin("GET", "scheduled");
        return [
          ...state.pending.map((p) => ({ ...p, state: "pending" })),
          ...state.running ? [{ path: "(scheduled work)", state: "inProgress", dueAt: state.now }] : []
        ];
      },
      now: () => clock(),
      advanceTo: async (ms2) => void await clock(ms2),
      pollMs: 2
    },
    reset: async (opts2) => void await admin("POST", opts2?.timeLimitMs ? `reset?timeLimit=${Math.ceil(opts2.timeLimitMs)}` : "reset"),
    logs: { take: async () => await admin("GET", "logs") },
    stop: () => stopping ??= (async () => {
      if (!exited) child.kill("SIGTERM");
      await child.catch(() => void 0);
    })()
  };
}
var init_embedded = __esm({
  "src/backends/embedded/index.ts"() {
    "use strict";
    init_execa();
    init_types();
    init_probe();
    init_runtime();
    init_log_tail();
    init_child_env();
  }
});

// src/backends/in-process.ts
var IN_PROCESS_URLS;
var init_in_process = __esm({
  "src/backends/in-process.ts"() {
    "use strict";
    IN_PROCESS_URLS = { cloud: "https://embedded.convex.cloud", site: "https://embedded.convex.site" };
  }
});

// src/backends/embedded/console-capture.ts
function format2(value) {
  if (typeof value === "string") return value;
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
  try {
    return JSON.stringify(value, (_k, v) => typeof v === "bigint" ? `${v}n` : v) ?? String(value);
  } catch {
    return String(value);
  }
}
var LEVELS, KEEP, ConsoleCapture, SCHEDULED_ERROR;
var init_console_capture = __esm({
  "src/backends/embedded/console-capture.ts"() {
    "use strict";
    LEVELS = ["log", "info", "warn", "error", "debug"];
    KEEP = 5e3;
    ConsoleCapture = class {
      lines = [];
      dropped = 0;
      saved = /* @__PURE__ */ new Map();
      /**
       * Replaces console.log/info/warn/error/debug until `restore`. `tee`: still write them where they
       * went (the embedded backend's output is only its log tail, which shows what preceded a crash).
       */
      install(opts = {}) {
        for (const level of LEVELS) {
          const original = console[level];
          this.saved.set(level, original);
          console[level] = (...args) => {
            this.push(level, args);
            if (opts.tee) original.apply(console, args);
          };
        }
        return this;
      }
      restore() {
        for (const [level, fn] of this.saved) console[level] = fn;
        this.saved.clear();
      }
      take() {
        const batch = {
          lines: this.lines,
          dropped: this.dropped,
          scheduledErrors: this.lines.filter((line) => SCHEDULED_ERROR.test(line)).length
        };
        this.lines = [];
        this.dropped = 0;
        return batch;
      }
      push(level, args) {
        if (this.lines.length >= KEEP) {
          this.dropped++;
          return;
        }
        const text = args.map(format2).join(" ");
        this.lines.push(`[${level.toUpperCase()}] ${text}`);
      }
    };
    SCHEDULED_ERROR = /^\[ERROR\] Error when running scheduled function /;
  }
});

// src/backends/embedded/function-error.ts
import { ConvexError, convexToJson } from "convex/values";
function errorReply(e) {
  const err2 = e instanceof Error ? e : new Error(String(e));
  const data = err2.data;
  if (err2.name === "ConvexError" || data !== void 0) {
    return {
      errorMessage: `Uncaught ConvexError: ${err2.message}`,
      ...data !== void 0 && { errorData: convexToJson(data) }
    };
  }
  return { errorMessage: `Uncaught ${err2.name || "Error"}: ${err2.message}` };
}
function clientError(e) {
  const reply = errorReply(e);
  if (reply.errorData === void 0) return new Error(reply.errorMessage);
  const error = new ConvexError(reply.errorMessage);
  error.data = e.data;
  return error;
}
var init_function_error = __esm({
  "src/backends/embedded/function-error.ts"() {
    "use strict";
  }
});

// node_modules/convex-test/dist/transactionMetrics.js
function zeroMetrics() {
  return {
    bytesRead: 0,
    bytesWritten: 0,
    documentsRead: 0,
    documentsWritten: 0,
    databaseQueries: 0,
    functionsScheduled: 0,
    scheduledFunctionArgsBytes: 0
  };
}
var READ_METRIC_KEYS, MiB, DEFAULT_TRANSACTION_LIMITS, TransactionMetricsTracker;
var init_transactionMetrics = __esm({
  "node_modules/convex-test/dist/transactionMetrics.js"() {
    READ_METRIC_KEYS = [
      "bytesRead",
      "documentsRead",
      "databaseQueries"
    ];
    MiB = 1 << 20;
    DEFAULT_TRANSACTION_LIMITS = {
      bytesRead: 16 * MiB,
      bytesWritten: 16 * MiB,
      documentsRead: 32e3,
      databaseQueries: 4096,
      documentsWritten: 16e3,
      functionsScheduled: 1e3,
      scheduledFunctionArgsBytes: 16 * MiB
    };
    TransactionMetricsTracker = class {
      _config;
      _layers = [];
      constructor(config = false) {
        this._config = config;
      }
      // Mirrors `DatabaseFake.startTransaction`. Pushes a layer for the new
      // transaction: the top-level layer uses the configured limits; a nested
      // layer inherits its parent's usage plus any tighter `transactionLimits`.
      startTransaction(transactionLimits) {
        const parent = this._current();
        this._layers.push(parent === void 0 ? this._rootLayer() : this._childLayer(parent, transactionLimits));
      }
      // Mirrors `DatabaseFake.commit`. Pops the layer and folds all of its usage
      // into the parent. Folding into nothing at the top level just ends tracking.
      commit() {
        const child = this._pop();
        const parent = this._current();
        if (parent !== void 0) {
          parent.metrics = { ...child.metrics };
        }
      }
      // Mirrors `DatabaseFake.rollbackWrites`. Pops the layer, discarding its
      // writes. Reads still fold into the parent (they happened), but the writes
      // were undone so they don't count against the transaction.
      rollback() {
        const child = this._pop();
        const parent = this._current();
        if (parent !== void 0) {
          for (const key of READ_METRIC_KEYS) {
            parent.metrics[key] = child.metrics[key];
          }
        }
      }
      trackRead(docSizeBytes) {
        const layer = this._current();
        if (layer === void 0) {
          return;
        }
        layer.metrics.bytesRead += docSizeBytes;
        layer.metrics.documentsRead += 1;
        if (layer.enforce) {
          if (layer.metrics.bytesRead > layer.limits.bytesRead) {
            throw new Error(`Read too much data in a single function execution (limit: ${layer.limits.bytesRead} bytes). This is a Convex limit: https://docs.convex.dev/production/state/limits`);
          }
          if (layer.metrics.documentsRead > layer.limits.documentsRead) {
            throw new Error(`Scanned too many documents in a single function execution (limit: ${layer.limits.documentsRead}). This is a Convex limit: https://docs.convex.dev/production/state/limits`);
          }
        }
      }
      trackWrite(docSizeBytes) {
        const layer = this._current();
        if (layer === void 0) {
          return;
        }
        layer.metrics.bytesWritten += docSizeBytes;
        layer.metrics.documentsWritten += 1;
        if (layer.enforce) {
          if (layer.metrics.bytesWritten > layer.limits.bytesWritten) {
            throw new Error(`Wrote too much data in a single function execution (limit: ${layer.limits.bytesWritten} bytes). This is a Convex limit: https://docs.convex.dev/production/state/limits`);
          }
          if (layer.metrics.documentsWritten > layer.limits.documentsWritten) {
            throw new Error(`Wrote too many documents in a single function execution (limit: ${layer.limits.documentsWritten}). This is a Convex limit: https://docs.convex.dev/production/state/limits`);
          }
        }
      }
      trackIndexRange() {
        const layer = this._current();
        if (layer === void 0) {
          return;
        }
        layer.metrics.databaseQueries += 1;
        if (layer.enforce) {
          if (layer.metrics.databaseQueries > layer.limits.databaseQueries) {
            throw new Error(`Too many index ranges read in a single function execution (limit: ${layer.limits.databaseQueries}). This is a Convex limit: https://docs.convex.dev/production/state/limits`);
          }
        }
      }
      trackScheduledFunction(argsSizeBytes) {
        const layer = this._current();
        if (layer === void 0) {
          return;
        }
        layer.metrics.functionsScheduled += 1;
        layer.metrics.scheduledFunctionArgsBytes += argsSizeBytes;
        if (layer.enforce) {
          if (layer.metrics.functionsScheduled > layer.limits.functionsScheduled) {
            throw new Error(`Scheduled too many functions in a single function execution (limit: ${layer.limits.functionsScheduled}). This is a Convex limit: https://docs.convex.dev/production/state/limits`);
          }
          if (layer.metrics.scheduledFunctionArgsBytes > layer.limits.scheduledFunctionArgsBytes) {
            throw new Error(`Scheduled function arguments too large in a single function execution (limit: ${layer.limits.scheduledFunctionArgsBytes} bytes). This is a Convex limit: https://docs.convex.dev/production/state/limits`);
          }
        }
      }
      getTransactionMetrics() {
        const layer = this._current();
        if (layer === void 0) {
          throw new Error("Transaction not started");
        }
        const { metrics, limits } = layer;
        return {
          bytesRead: {
            used: metrics.bytesRead,
            remaining: limits.bytesRead - metrics.bytesRead
          },
          bytesWritten: {
            used: metrics.bytesWritten,
            remaining: limits.bytesWritten - metrics.bytesWritten
          },
          databaseQueries: {
            used: metrics.databaseQueries,
            remaining: limits.databaseQueries - metrics.databaseQueries
          },
          documentsRead: {
            used: metrics.documentsRead,
            remaining: limits.documentsRead - metrics.documentsRead
          },
          documentsWritten: {
            used: metrics.documentsWritten,
            remaining: limits.documentsWritten - metrics.documentsWritten
          },
          functionsScheduled: {
            used: metrics.functionsScheduled,
            remaining: limits.functionsScheduled - metrics.functionsScheduled
          },
          scheduledFunctionArgsBytes: {
            used: metrics.scheduledFunctionArgsBytes,
            remaining: limits.scheduledFunctionArgsBytes - metrics.scheduledFunctionArgsBytes
          }
        };
      }
      _current() {
        return this._layers[this._layers.length - 1];
      }
      _pop() {
        const layer = this._layers.pop();
        if (layer === void 0) {
          throw new Error("Transaction not started");
        }
        return layer;
      }
      _rootLayer() {
        if (this._config === false) {
          return {
            metrics: zeroMetrics(),
            limits: { ...DEFAULT_TRANSACTION_LIMITS },
            enforce: false
          };
        }
        if (this._config === true) {
          return {
            metrics: zeroMetrics(),
            limits: { ...DEFAULT_TRANSACTION_LIMITS },
            enforce: true
          };
        }
        return {
          metrics: zeroMetrics(),
          limits: { ...DEFAULT_TRANSACTION_LIMITS, ...this._config },
          enforce: true
        };
      }
      _childLayer(parent, transactionLimits) {
        const limits = { ...parent.limits };
        if (transactionLimits !== void 0) {
          for (const key of Object.keys(limits)) {
            const requested = transactionLimits[key];
            if (requested !== void 0) {
              limits[key] = Math.min(parent.limits[key], parent.metrics[key] + requested);
            }
          }
        }
        return {
          // Start from the parent's accumulated usage so the global limit applies
          // to the whole transaction, not just this nested call.
          metrics: { ...parent.metrics },
          limits,
          enforce: parent.enforce || transactionLimits !== void 0
        };
      }
    };
  }
});

// node_modules/convex-test/dist/index.js
import { AsyncLocalStorage } from "node:async_hooks";
import { actionGeneric, getFunctionAddress, httpActionGeneric, makeFunctionReference, mutationGeneric, queryGeneric } from "convex/server";
import { CommitTsPlaceholder, compareValues, convexToJson as convexToJson2, getConvexSize, getDocumentSize, jsonToConvex } from "convex/values";
function tableNameFromId(id) {
  const match = id.match(/^[0-9]+/);
  if (!match || match[0].length === id.length) {
    return null;
  }
  return id.slice(match[0].length);
}
function deserializeConvexErrorData(thrown) {
  if (typeof thrown === "object" && thrown !== null && /* @__PURE__ */ Symbol.for("ConvexError") in thrown && typeof thrown.data === "string") {
    try {
      thrown.data = jsonToConvex(JSON.parse(thrown.data));
    } catch {
    }
  }
  return thrown;
}
function isSimpleObject(value) {
  const isObject2 = typeof value === "object";
  const prototype = Object.getPrototypeOf(value);
  const isSimple = prototype === null || prototype === Object.prototype || // Objects generated from other contexts (e.g. across Node.js `vm` modules) will not satisfy the previous
  // conditions but are still simple objects.
  prototype?.constructor?.name === "Object";
  return isObject2 && isSimple;
}
function hasPendingValues(value) {
  if (value instanceof CommitTsPlaceholder) {
    return true;
  }
  if (Array.isArray(value)) {
    return value.some(hasPendingValues);
  }
  if (value !== null && value !== void 0 && isSimpleObject(value)) {
    return Object.values(value).some(hasPendingValues);
  }
  return false;
}
function resolvePendingValues(value) {
  return substituteCommitTs(value, MAX_COMMIT_TS);
}
function resolveCommittedValues(value, commitTs) {
  return substituteCommitTs(value, commitTs);
}
function substituteCommitTs(value, commitTs) {
  if (!hasPendingValues(value)) {
    return value;
  }
  if (value instanceof CommitTsPlaceholder) {
    return commitTs;
  }
  if (Array.isArray(value)) {
    return value.map((v) => substituteCommitTs(v, commitTs));
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [
    k,
    substituteCommitTs(v, commitTs)
  ]));
}
function evaluateFieldPath(fieldPath, document) {
  const pathParts = fieldPath.split(".");
  let result2 = document;
  for (const p of pathParts) {
    result2 = result2 !== void 0 && result2 !== null && isSimpleObject(result2) ? result2[p] : void 0;
  }
  return result2 === void 0 ? void 0 : resolvePendingValues(result2);
}
function evaluateFilter(document, filter) {
  if (filter.$eq !== void 0) {
    return compareValues(evaluateFilter(document, filter.$eq[0]), evaluateFilter(document, filter.$eq[1])) === 0;
  }
  if (filter.$neq !== void 0) {
    return compareValues(evaluateFilter(document, filter.$neq[0]), evaluateFilter(document, filter.$neq[1])) !== 0;
  }
  if (filter.$and !== void 0) {
    return filter.$and.every((child) => evaluateFilter(document, child));
  }
  if (filter.$or !== void 0) {
    return filter.$or.some((child) => evaluateFilter(document, child));
  }
  if (filter.$not !== void 0) {
    return !evaluateFilter(document, filter.$not);
  }
  if (filter.$gt !== void 0) {
    return evaluateFilter(document, filter.$gt[0]) > evaluateFilter(document, filter.$gt[1]);
  }
  if (filter.$gte !== void 0) {
    return evaluateFilter(document, filter.$gte[0]) >= evaluateFilter(document, filter.$gte[1]);
  }
  if (filter.$lt !== void 0) {
    return evaluateFilter(document, filter.$lt[0]) < evaluateFilter(document, filter.$lt[1]);
  }
  if (filter.$lte !== void 0) {
    return evaluateFilter(document, filter.$lte[0]) <= evaluateFilter(document, filter.$lte[1]);
  }
  if (filter.$add !== void 0) {
    return evaluateFilter(document, filter.$add[0]) + evaluateFilter(document, filter.$add[1]);
  }
  if (filter.$sub !== void 0) {
    return evaluateFilter(document, filter.$sub[0]) - evaluateFilter(document, filter.$sub[1]);
  }
  if (filter.$mul !== void 0) {
    return evaluateFilter(document, filter.$mul[0]) * evaluateFilter(document, filter.$mul[1]);
  }
  if (filter.$div !== void 0) {
    return evaluateFilter(document, filter.$div[0]) / evaluateFilter(document, filter.$div[1]);
  }
  if (filter.$mod !== void 0) {
    return evaluateFilter(document, filter.$mod[0]) % evaluateFilter(document, filter.$mod[1]);
  }
  if (filter.$field !== void 0) {
    return evaluateFieldPath(filter.$field, document);
  }
  if (filter.$literal !== void 0) {
    return evaluateQueryValue(filter.$literal);
  }
  throw new Error(`not implemented: ${JSON.stringify(filter)}`);
}
function evaluateRangeFilter(document, expr) {
  const result2 = evaluateFieldPath(expr.fieldPath, document);
  const value = evaluateQueryValue(expr.value);
  switch (expr.type) {
    case "Eq":
      return compareValues(result2, value) === 0;
    case "Gt":
      return compareValues(result2, value) > 0;
    case "Gte":
      return compareValues(result2, value) >= 0;
    case "Lt":
      return compareValues(result2, value) < 0;
    case "Lte":
      return compareValues(result2, value) <= 0;
  }
}
function evaluateValue(value) {
  if (typeof value === "object" && value !== null && "$undefined" in value) {
    return void 0;
  }
  return jsonToConvex(value);
}
function evaluateQueryValue(value) {
  const evaluatedValue = evaluateValue(value);
  return evaluatedValue === void 0 ? void 0 : resolvePendingValues(evaluatedValue);
}
function evaluateSearchFilter(document, filter) {
  const result2 = evaluateFieldPath(filter.fieldPath, document);
  switch (filter.type) {
    case "Eq":
      return compareValues(result2, evaluateQueryValue(filter.value)) === 0;
    case "Search": {
      const queryTerms = filter.value.toLowerCase().split(/\s+/).filter((term) => term.length > 0);
      const documentWords = result2.split(/\s+/).map((word) => word.toLowerCase());
      return queryTerms.some((queryTerm) => documentWords.some((word) => word.startsWith(queryTerm)));
    }
  }
}
function cosineSimilarity(vecA, vecB) {
  let dotProduct = 0;
  let normA = 0;
  let normB = 0;
  for (let i3 = 0; i3 < vecA.length; i3++) {
    dotProduct += vecA[i3] * vecB[i3];
    normA += vecA[i3] * vecA[i3];
    normB += vecB[i3] * vecB[i3];
  }
  if (normA === 0 || normB === 0) {
    return 0;
  } else {
    return dotProduct / (Math.sqrt(normA) * Math.sqrt(normB));
  }
}
function validateIndexRangeExpression(source, fields) {
  let fieldIndex = 0;
  let state = "eq";
  for (const [filterIndex, filter] of source.range.entries()) {
    if (state === "done") {
      throw new Error(`Incorrect operator used in \`withIndex\`, cannot chain more operators after both \`.gt\` and \`.lt\` were already used, got \`${printIndexOperator(filter)}\`.`);
    }
    const filterType = filter.type == "Gt" || filter.type == "Gte" ? "gt" : filter.type == "Lt" || filter.type == "Lte" ? "lt" : "eq";
    switch (`${state}|${filterType}`) {
      // Allow to operate on the current indexed field
      case "eq|eq":
      case "eq|gt":
      case "eq|lt":
        if (filter.fieldPath === fields[fieldIndex]) {
          fieldIndex += 1;
          state = filterType;
          continue;
        }
        throw new Error(`Incorrect field used in \`withIndex\`, expected "${fields[fieldIndex]}", got "${filter.fieldPath}"`);
      // Allow to operate on the previous field (gt and lt must operate on same field)
      case "lt|gt":
      case "gt|lt":
        if (fieldIndex > 0 && filter.fieldPath === fields[fieldIndex - 1]) {
          state = "done";
          continue;
        }
        throw new Error(`Incorrect field used in \`withIndex\`, \`.gt\` and \`.lt\` must operate on the same field, expected "${fields[fieldIndex - 1]}", got "${filter.fieldPath}"`);
      default:
        throw new Error(`Incorrect operator used in \`withIndex\`, cannot chain \`.${filter.type.toLowerCase()}()\` after \`.${source.range[filterIndex - 1].type.toLowerCase()}()\``);
    }
  }
}
function printIndexOperator(filter) {
  return `.${filter.type.toLowerCase()}(${filter.fieldPath}, ${JSON.stringify(filter.value)})`;
}
function validateFieldNames(validator) {
  if (validator.type === "object") {
    Object.keys(validator.value).forEach((fieldName) => {
      if (!isValidIdentifier(fieldName)) {
        throw new Error(`Field names must be valid identifiers, got "${fieldName}"`);
      }
    });
  }
  if (validator.type === "union") {
    validator.value.forEach(validateFieldNames);
  }
}
function isValidIdentifier(name) {
  return /(^_(id|creationTime)$)|^[a-zA-Z][a-zA-Z0-9_]*$/.test(name);
}
function validateValidator(validator, value) {
  switch (validator.type) {
    case "null": {
      if (value !== null) {
        throw new Error(`Validator error: Expected \`null\`, got \`${value}\``);
      }
      return;
    }
    case "number": {
      if (typeof value !== "number") {
        throw new Error(`Validator error: Expected \`number\`, got \`${value}\``);
      }
      return;
    }
    case "bigint": {
      if (typeof value !== "bigint") {
        throw new Error(`Validator error: Expected \`bigint\`, got \`${value}\``);
      }
      return;
    }
    case "commitTs": {
      if (typeof value !== "bigint" && !(value instanceof CommitTsPlaceholder)) {
        throw new Error(`Validator error: Expected \`v.commitTs()\`, got \`${value}\``);
      }
      return;
    }
    case "boolean": {
      if (typeof value !== "boolean") {
        throw new Error(`Validator error: Expected \`boolean\`, got \`${value}\``);
      }
      return;
    }
    case "string": {
      if (typeof value !== "string") {
        throw new Error(`Validator error: Expected \`string\`, got \`${value}\``);
      }
      return;
    }
    case "bytes": {
      if (!(value instanceof ArrayBuffer)) {
        throw new Error(`Validator error: Expected \`ArrayBuffer\`, got \`${value}\``);
      }
      return;
    }
    case "any": {
      return;
    }
    case "literal": {
      if (value !== validator.value) {
        throw new Error(`Validator error: Expected \`${validator.value}\`, got \`${value}\``);
      }
      return;
    }
    case "id": {
      if (typeof value !== "string") {
        throw new Error(`Validator error: Expected \`string\`, got \`${value}\``);
      }
      if (tableNameFromId(value) !== validator.tableName) {
        throw new Error(`Validator error: Expected ID for table "${validator.tableName}", got \`${value}\``);
      }
      return;
    }
    case "array": {
      if (!Array.isArray(value)) {
        throw new Error(`Validator error: Expected \`Array\`, got \`${value}\``);
      }
      for (const v of value) {
        validateValidator(validator.value, v);
      }
      return;
    }
    case "union": {
      let isValid = false;
      for (const v of validator.value) {
        try {
          validateValidator(v, value);
          isValid = true;
          break;
        } catch {
        }
      }
      if (!isValid) {
        throw new Error(`Validator error: Expected one of ${validator.value.map((v) => v.type).join(", ")}, got \`${JSON.stringify(convexToJson2(value))}\``);
      }
      return;
    }
    case "object": {
      if (typeof value !== "object") {
        throw new Error(`Validator error: Expected \`object\`, got \`${value}\``);
      }
      if (!isSimpleObject(value)) {
        throw new Error(`Validator error: Expected a plain old JavaScript \`object\`, got \`${value}\``);
      }
      for (const [k, { fieldType, optional }] of Object.entries(validator.value)) {
        if (value[k] === void 0) {
          if (!optional) {
            throw new Error(`Validator error: Missing required field \`${k}\` in object`);
          }
        } else {
          validateValidator(fieldType, value[k]);
        }
      }
      for (const k of Object.keys(value)) {
        if (validator.value[k] === void 0) {
          throw new Error(`Validator error: Unexpected field \`${k}\` in object`);
        }
      }
      return;
    }
  }
}
function syscallImpl() {
  return (op, jsonArgs) => {
    const args = JSON.parse(jsonArgs);
    const db = getDb();
    switch (op) {
      case "1.0/getSnapshotTs": {
        return JSON.stringify(convexToJson2(getTransactionManager().getSnapshotTs()));
      }
      case "1.0/queryStream": {
        const { query } = args;
        const tracker = getTransactionManager().getMetricsTracker();
        tracker?.trackIndexRange();
        const queryId = db.startQuery(query);
        return JSON.stringify({ queryId });
      }
      case "1.0/queryCleanup": {
        return JSON.stringify({});
      }
      case "1.0/db/normalizeId": {
        const idString = args.idString;
        const tableName = tableNameFromId(idString);
        return JSON.stringify({
          id: tableName === args.table ? idString : null
        });
      }
      default: {
        throw new Error(`\`convexTest\` does not support syscall: "${op}"`);
      }
    }
  };
}
function base64UrlEncode(value) {
  const bytes = new TextEncoder().encode(value);
  let binary = "";
  for (const byte of bytes) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
function createTestJwt(identity3) {
  const claims = /* @__PURE__ */ Object.create(null);
  for (const [attribute, value] of Object.entries(identity3)) {
    if (value === void 0 || attribute === "tokenIdentifier") {
      continue;
    }
    const claimName = Object.hasOwn(JWT_CLAIM_BY_IDENTITY_ATTRIBUTE, attribute) ? JWT_CLAIM_BY_IDENTITY_ATTRIBUTE[attribute] : attribute;
    claims[claimName] = value;
  }
  claims.iss = identity3.issuer;
  claims.sub = identity3.subject;
  const header = base64UrlEncode(JSON.stringify({ alg: "none", typ: "JWT" }));
  const payload = base64UrlEncode(JSON.stringify(claims));
  return `${header}.${payload}.`;
}
async function runScheduledFunction({ db, jobId, componentPath, functionPath: functionPath2, args, name }) {
  const requestMetadata = {
    ip: null,
    userAgent: null,
    requestId: newRequestId(),
    scheduledFunctionId: jobId,
    authToken: null
  };
  await requestMetadataStorage.run(requestMetadata, () => authStorage.run(new AuthFake(), async () => {
    const canceled = await withAuth().runInComponent(componentPath, async () => {
      const job = db.get("_scheduled_functions", jobId);
      if (!job)
        return true;
      if (job.state.kind === "canceled") {
        return true;
      }
      if (job.state.kind !== "pending") {
        throw new Error(`\`convexTest\` invariant error: Unexpected scheduled function state when starting it: ${job.state.kind}`);
      }
      db.patch("_scheduled_functions", jobId, {
        state: { kind: "inProgress" }
      });
      return false;
    });
    if (canceled) {
      return;
    }
    try {
      await withAuth().fun(functionPath2, args);
    } catch (error) {
      console.error(`Error when running scheduled function ${name}`, error);
      await withAuth().runInComponent(componentPath, async () => {
        db.patch("_scheduled_functions", jobId, {
          state: { kind: "failed" },
          completedTime: Date.now()
        });
      });
      return;
    }
    await withAuth().runInComponent(componentPath, async () => {
      const job = db.get("_scheduled_functions", jobId);
      if (job.state.kind !== "inProgress") {
        throw new Error(`\`convexTest\` invariant error: Unexpected scheduled function state after it finished running: ${job.state.kind}`);
      }
      db.patch("_scheduled_functions", jobId, {
        state: { kind: "success" }
      });
    });
  }));
}
function asyncSyscallImpl() {
  return async (op, jsonArgs) => {
    const args = JSON.parse(jsonArgs);
    const db = getDb();
    const tracker = getTransactionManager().getMetricsTracker();
    function getAndTrack(table, id) {
      const doc = db.get(table, id);
      if (doc !== null) {
        tracker?.trackRead(getDocumentSize(doc));
      }
      return doc;
    }
    switch (op) {
      case "1.0/get": {
        const { table, id } = args;
        tracker?.trackIndexRange();
        const doc = getAndTrack(table, id);
        return JSON.stringify(convexToJson2(doc));
      }
      case "1.0/queryStreamNext": {
        const { value, done } = db.queryNext(args.queryId);
        if (!done && value !== null) {
          tracker?.trackRead(getDocumentSize(value));
        }
        return JSON.stringify(convexToJson2({ value, done }));
      }
      case "1.0/queryPage": {
        const { query, cursor, endCursor, pageSize, maximumRowsRead, maximumBytesRead } = args;
        const ctx = executionContextStorage.getStore();
        if (ctx) {
          ctx.paginatedQueries += 1;
          if (ctx.paginatedQueries > 1) {
            throw new Error("Only a single paginated query (`.paginate()`) is allowed per function execution. Calling `.paginate()` more than once in a single Convex function fails at runtime in a deployed backend. This is a Convex limit: https://docs.convex.dev/database/pagination");
          }
        }
        const { page, isDone, continueCursor, splitCursor, pageStatus } = db.paginate({
          query,
          cursor,
          endCursor,
          pageSize,
          maximumRowsRead,
          maximumBytesRead
        });
        if (tracker) {
          tracker.trackIndexRange();
          for (const doc of page) {
            tracker.trackRead(getDocumentSize(doc));
          }
        }
        return JSON.stringify(convexToJson2({
          page,
          isDone,
          continueCursor,
          splitCursor,
          pageStatus
        }));
      }
      case "1.0/insert": {
        const _id = db.insert(args.table, jsonToConvex(args.value));
        tracker?.trackWrite(getConvexSize(db.get(args.table, _id)));
        return JSON.stringify({ _id });
      }
      case "1.0/shallowMerge": {
        const { table, id, value } = args;
        getAndTrack(table, id);
        db.patch(table, id, value);
        tracker?.trackWrite(getConvexSize(db.get(table, id)));
        return JSON.stringify({});
      }
      case "1.0/replace": {
        const { table, id, value } = args;
        getAndTrack(table, id);
        db.replace(table, id, value);
        tracker?.trackWrite(getConvexSize(db.get(table, id)));
        return JSON.stringify({});
      }
      case "1.0/remove": {
        const { table, id } = args;
        getAndTrack(table, id);
        db.delete(table, id);
        tracker?.trackWrite(0);
        return JSON.stringify({});
      }
      case "1.0/getTransactionMetrics": {
        if (tracker) {
          return JSON.stringify(convexToJson2(tracker.getTransactionMetrics()));
        }
        throw new Error("getTransactionMetrics() can only be called from a query or mutation. It is not available in actions or outside of a Convex function.");
      }
      case "1.0/getFunctionMetadata": {
        const ctx = executionContextStorage.getStore();
        if (!ctx) {
          throw new Error("getFunctionMetadata() can only be called from within a Convex function.");
        }
        return JSON.stringify(convexToJson2({
          name: ctx.udfPath,
          componentPath: ctx.componentPath
        }));
      }
      case "1.0/getRequestMetadata": {
        const ctx = executionContextStorage.getStore();
        const requestMetadata = requestMetadataStorage.getStore();
        if (ctx === void 0 || requestMetadata === void 0) {
          throw new Error("getRequestMetadata() can only be called from a mutation, action or HTTP action. It is not available in queries or outside of a Convex function.");
        }
        if (ctx.udfType === "query") {
          throw new Error("getRequestMetadata() can only be called from a mutation, action or HTTP action. It is not available in queries.");
        }
        return JSON.stringify(convexToJson2(requestMetadata));
      }
      case "1.0/getDeploymentMetadata": {
        return JSON.stringify(convexToJson2({
          name: "test",
          region: null,
          class: "s16"
        }));
      }
      case "1.0/actions/query": {
        const { name, args: queryArgs } = args;
        return JSON.stringify(convexToJson2(await withAuth().runQuery(makeFunctionReference(name), queryArgs)));
      }
      case "1.0/actions/mutation": {
        const { name, args: mutationArgs } = args;
        return JSON.stringify(convexToJson2(await withAuth().runMutation(makeFunctionReference(name), mutationArgs)));
      }
      case "1.0/actions/action": {
        const { name, args: actionArgs } = args;
        return JSON.stringify(convexToJson2(await withAuth().runAction(makeFunctionReference(name), actionArgs)));
      }
      case "1.0/runUdf": {
        const { udfType, name, reference: reference2, functionHandle, args: udfArgsJson, transactionLimits } = args;
        const udfArgs = jsonToConvex(udfArgsJson);
        const functionPath2 = getFunctionPathFromAddress({
          name,
          reference: reference2,
          functionHandle
        });
        if (udfType === "query") {
          return JSON.stringify(convexToJson2(await withAuth().queryFromPath(functionPath2, udfArgs, transactionLimits)));
        }
        if (udfType === "snapshotQuery") {
          return JSON.stringify(convexToJson2(await withAuth().snapshotQueryFromPath(functionPath2, udfArgs, transactionLimits)));
        }
        if (udfType === "mutation") {
          return JSON.stringify(convexToJson2(await withAuth().mutationFromPath(functionPath2, udfArgs, transactionLimits)));
        }
        throw new Error(`\`convexTest\` does not support udf type: "${udfType}"`);
      }
      case "1.0/createFunctionHandle": {
        const { name, reference: reference2, functionHandle } = args;
        const functionPath2 = getFunctionPathFromAddress({
          name,
          reference: reference2,
          functionHandle
        });
        const handle = createFunctionHandle(functionPath2);
        return JSON.stringify(handle);
      }
      case "1.0/actions/schedule": {
        return await withAuth().run(async () => {
          return await getSyscalls().asyncSyscall("1.0/schedule", jsonArgs);
        });
      }
      case "1.0/schedule": {
        const { name, reference: reference2, functionHandle, args: fnArgs, ts: tsInSecs } = args;
        const functionAddress = { name, reference: reference2, functionHandle };
        const functionPath2 = getFunctionPathFromAddress(functionAddress);
        const parsedArgs = jsonToConvex(fnArgs);
        if (hasPendingValues(parsedArgs)) {
          throw new Error(`Invalid arguments for "${functionPath2.udfPath}": a scheduled function cannot take an unresolved placeholder value.`);
        }
        tracker?.trackScheduledFunction(getConvexSize(parsedArgs));
        const jobId = db.insert("_scheduled_functions", {
          args: [parsedArgs],
          name: functionPath2.udfPath,
          scheduledTime: tsInSecs * 1e3,
          state: { kind: "pending" }
        });
        const componentPath = getCurrentComponentPath();
        const capturedGlobal = getConvexGlobal();
        const scheduler3 = capturedGlobal.scheduler;
        nestedTxStorage.exit(() => {
          scheduler3.timerScheduled();
          frameworkSetTimeout(() => {
            scheduler3.timerFired();
            const promise = convexGlobalStorage.run(capturedGlobal, () => runScheduledFunction({
              db,
              jobId,
              componentPath,
              functionPath: functionPath2,
              args: parsedArgs,
              name
            })).finally(() => {
              scheduler3.finish(promise);
            });
            scheduler3.add(promise);
          }, Math.max(0, tsInSecs * 1e3 - Date.now()));
        });
        return JSON.stringify(convexToJson2(jobId));
      }
      case "1.0/actions/cancel_job": {
        await withAuth().run(async () => {
          await getSyscalls().asyncSyscall("1.0/cancel_job", jsonArgs);
        });
        return JSON.stringify({});
      }
      case "1.0/actions/vectorSearch": {
        const { query: { indexName, limit, vector, expressions } } = args;
        const results = db.vectorSearch(
          indexName,
          vector,
          // Probably an unintentional implementation in Convex
          // where expressions is only a single expression
          expressions === null ? [] : [expressions],
          limit
        );
        return JSON.stringify(convexToJson2({ results }));
      }
      case "1.0/cancel_job": {
        const { id } = args;
        db.patch("_scheduled_functions", id, { state: { kind: "canceled" } });
        return JSON.stringify({});
      }
      case "1.0/storageDelete": {
        const { storageId } = args;
        await writeToDatabase(async (db2) => {
          db2.delete("_storage", storageId);
        });
        return JSON.stringify({});
      }
      case "1.0/storageGetUrl": {
        const { storageId } = args;
        const metadata = db.get("_storage", storageId);
        if (metadata === null) {
          return JSON.stringify(null);
        }
        const { sha256 } = metadata;
        const url = "https://some-deployment.convex.cloud/api/storage/" + sha256;
        return JSON.stringify(convexToJson2(url));
      }
      case "1.0/storageGenerateUploadUrl": {
        const url = "https://some-deployment.convex.cloud/api/storage/upload?token=" + Math.random();
        return JSON.stringify(convexToJson2(url));
      }
      case "1.0/count": {
        const { table } = args;
        const queryId = db.startQuery({
          source: { type: "FullTableScan", tableName: table, order: "asc" },
          operators: []
        });
        let count3 = 0;
        while (true) {
          const result2 = db.queryNext(queryId);
          if (result2.done) {
            break;
          }
          count3 += 1;
        }
        return JSON.stringify(count3);
      }
      case "1.0/auditLog": {
        return JSON.stringify(null);
      }
      default: {
        throw new Error(`\`convexTest\` does not support async syscall: "${op}"`);
      }
    }
  };
}
function jsSyscallImpl() {
  return async (op, args) => {
    const db = getDb();
    switch (op) {
      case "storage/storeBlob": {
        const { blob } = args;
        const storageId = await writeToDatabase(async (db2) => {
          return db2.insert("_storage", {
            size: blob.size,
            sha256: await blobSha(blob)
          });
        });
        db.storeFile(storageId, blob);
        return storageId;
      }
      case "storage/getBlob": {
        const { storageId } = args;
        return db.getFile(storageId);
      }
      default: {
        throw new Error(`\`convexTest\` does not support js syscall: "${op}"`);
      }
    }
  };
}
async function writeToDatabase(impl) {
  const db = getDb();
  if (!getTransactionManager().isInTransaction()) {
    return await withAuth().run(async () => {
      return await impl(db);
    });
  } else {
    return await impl(db);
  }
}
async function blobSha(blob) {
  const arrayBuffer = await blob.arrayBuffer();
  const hashBuffer = await crypto.subtle.digest("SHA-256", arrayBuffer);
  const hashArray = new Uint8Array(hashBuffer);
  return btoa(String.fromCharCode(...hashArray));
}
function getComponentInfo(componentPath) {
  const convex = getConvexGlobal();
  if (convex.components[componentPath] === void 0) {
    throw new Error(`Component "${componentPath}" is not registered. Call "t.registerComponent".`);
  }
  return convex.components[componentPath];
}
function getDbForComponent(componentPath) {
  return getComponentInfo(componentPath).db;
}
function getDb() {
  return getDbForComponent(getCurrentComponentPath());
}
function getTransactionManager() {
  return getConvexGlobal().transactionManager;
}
function getCurrentComponentPath() {
  return executionContextStorage.getStore()?.componentPath ?? ROOT_COMPONENT_PATH;
}
function getModules() {
  return getModulesForComponent(getCurrentComponentPath());
}
function getModulesForComponent(componentPath) {
  return getComponentInfo(componentPath).modules;
}
function getSyscalls() {
  return getConvexGlobal();
}
function moduleCache(specifiedModules) {
  const modules = specifiedModules ?? import.meta.glob("../../../convex/**/*.*s");
  const prefix = findModulesRoot(Object.keys(modules), specifiedModules !== void 0);
  const modulesWithoutExtension = Object.fromEntries(Object.entries(modules).map(([path27, module]) => [
    path27.replace(/\.[^.]+$/, ""),
    module
  ]));
  return async (path27) => {
    const module = modulesWithoutExtension[prefix + path27];
    if (module === void 0) {
      throw new Error(`Could not find module for: "${path27}"`);
    }
    return await module();
  };
}
function findModulesRoot(modulesPaths, userProvidedModules) {
  const generatedFilePath = modulesPaths.find((path27) => path27.includes("_generated"));
  if (generatedFilePath !== void 0) {
    return generatedFilePath.split("_generated", 2)[0];
  }
  throw new Error('Could not find the "_generated" directory, make sure to run `npx convex dev` or `npx convex codegen`. ' + (userProvidedModules ? 'Make sure your `import.meta.glob` includes the files in the "_generated" directory' : 'If your Convex functions aren\'t defined in a directory called "convex" sibling to your node_modules, provide the second argument to `convexTest`'));
}
function newRequestId() {
  return `fake-request-id-${nextRequestId++}`;
}
function getConvexGlobal() {
  const store = convexGlobalStorage.getStore();
  if (!store) {
    throw new Error("No active convexTest context. Make sure you are calling methods on the object returned by convexTest().");
  }
  return store;
}
function frameworkSetTimeout(cb, ms2) {
  return globalOverridesStorage.exit(() => globalThis.setTimeout(cb, ms2));
}
function disallowedInTransaction(name) {
  return () => {
    throw new Error(`\`${name}\` is not supported in Convex queries or mutations. Move this code to an action; a mutation can start one with \`ctx.scheduler.runAfter(0, ...)\`.`);
  };
}
function transactionGlobalOverrides() {
  return {
    fetch: disallowedInTransaction("fetch"),
    setTimeout: disallowedInTransaction("setTimeout"),
    clearTimeout: disallowedInTransaction("clearTimeout"),
    setInterval: disallowedInTransaction("setInterval"),
    clearInterval: disallowedInTransaction("clearInterval")
  };
}
function installGlobalProxies() {
  const g = globalThis;
  for (const key of PATCHABLE_GLOBALS) {
    if (!(key in g))
      continue;
    const descriptor = Object.getOwnPropertyDescriptor(g, key);
    const installedSetter = (
      // eslint-disable-next-line @typescript-eslint/unbound-method -- Compare accessor identity without calling it.
      descriptor?.get && globalProxySetters.get(descriptor.get)
    );
    if (installedSetter && installedSetter === descriptor.set)
      continue;
    if (descriptor?.configurable === false)
      continue;
    let originalDescriptor = descriptor;
    for (let prototype = Object.getPrototypeOf(g); !originalDescriptor && prototype; prototype = Object.getPrototypeOf(prototype)) {
      originalDescriptor = Object.getOwnPropertyDescriptor(prototype, key);
    }
    if (!originalDescriptor)
      continue;
    const defaultDescriptor = originalDescriptor;
    const get = () => {
      const store = globalOverridesStorage.getStore();
      if (store && key in store)
        return store[key];
      return "value" in defaultDescriptor ? defaultDescriptor.value : defaultDescriptor.get?.call(g);
    };
    const set = (value) => {
      const store = globalOverridesStorage.getStore();
      if (store) {
        store[key] = value;
      } else if ("value" in defaultDescriptor && defaultDescriptor.writable) {
        defaultDescriptor.value = value;
      } else if (defaultDescriptor.set) {
        defaultDescriptor.set.call(g, value);
      } else {
        throw new TypeError(`Cannot assign to read only global '${key}'`);
      }
    };
    try {
      Object.defineProperty(g, key, {
        get,
        set,
        configurable: true,
        enumerable: descriptor?.enumerable ?? false
      });
      globalProxySetters.set(get, set);
    } catch {
    }
  }
}
function runWithGlobalOverrides(overrides, handler) {
  installGlobalProxies();
  return globalOverridesStorage.run(overrides, handler);
}
function ensureGlobalProxy() {
  if (_globalProxyInstalled)
    return;
  _globalProxyInstalled = true;
  installGlobalProxies();
  global.Convex = {
    get syscall() {
      return getConvexGlobal().syscall;
    },
    get asyncSyscall() {
      return getConvexGlobal().asyncSyscall;
    },
    get jsSyscall() {
      return getConvexGlobal().jsSyscall;
    }
  };
}
function convexTest(schemaOrOptions, modules) {
  let schema = void 0;
  let limitsConfig = false;
  function isSchemaDefinition(schemaOrOptions2) {
    return schemaOrOptions2 !== null && typeof schemaOrOptions2 === "object" && "tables" in schemaOrOptions2 && typeof schemaOrOptions2.tables === "object";
  }
  if (schemaOrOptions === void 0) {
  } else if (isSchemaDefinition(schemaOrOptions)) {
    schema = schemaOrOptions;
  } else {
    const opts = schemaOrOptions;
    schema = opts.schema;
    modules = opts.modules;
    limitsConfig = opts.transactionLimits ?? false;
  }
  const rootDb = new DatabaseFake(schema ?? null, ROOT_COMPONENT_PATH);
  const convexGlobal = {
    components: {
      [ROOT_COMPONENT_PATH]: {
        db: rootDb,
        modules: moduleCache(modules)
      }
    },
    transactionManager: new TransactionManager(limitsConfig),
    scheduler: new Scheduler(),
    syscall: syscallImpl(),
    asyncSyscall: asyncSyscallImpl(),
    jsSyscall: jsSyscallImpl()
  };
  ensureGlobalProxy();
  function wrapInContext(obj) {
    const result2 = {};
    for (const key of Object.keys(obj)) {
      const val = obj[key];
      result2[key] = typeof val === "function" ? (...args) => convexGlobalStorage.run(convexGlobal, () => val(...args)) : val;
    }
    return result2;
  }
  function registerComponent(componentPath, schema2, glob) {
    const componentInfo = {
      db: new DatabaseFake(schema2, componentPath),
      modules: moduleCache(glob)
    };
    convexGlobal.components[componentPath] = componentInfo;
  }
  function testAccessor(auth, requestOptions) {
    return {
      ...wrapInContext(withAuth(auth, requestOptions)),
      withIdentity(identity3) {
        const subject = identity3.subject ?? "" + simpleHash(JSON.stringify(identity3));
        const issuer = identity3.issuer ?? "https://convex.test";
        const tokenIdentifier = identity3.tokenIdentifier ?? `${issuer}|${subject}`;
        const fullIdentity = { ...identity3, subject, issuer, tokenIdentifier };
        return testAccessor(new AuthFake(fullIdentity, createTestJwt(fullIdentity)), requestOptions);
      },
      withRequestMetadata(metadata) {
        return testAccessor(auth, {
          ip: metadata.ip ?? null,
          userAgent: metadata.userAgent ?? null
        });
      }
    };
  }
  return {
    ...testAccessor(new AuthFake(), DEFAULT_REQUEST_OPTIONS),
    registerComponent
  };
}
function yieldThroughRealTimers() {
  return new Promise((r) => realSetTimeout(r, 0));
}
function withAuth(auth = authStorage.getStore() ?? new AuthFake(), requestOptions = DEFAULT_REQUEST_OPTIONS) {
  function authForComponent(componentPath) {
    const ctx = executionContextStorage.getStore();
    const isCrossComponent = ctx !== void 0 && componentPath !== ctx.componentPath;
    return isCrossComponent ? new AuthFake() : auth;
  }
  function requestMetadataForExecution() {
    return requestMetadataStorage.getStore() ?? {
      ip: requestOptions.ip,
      userAgent: requestOptions.userAgent,
      requestId: newRequestId(),
      scheduledFunctionId: null,
      authToken: auth.token
    };
  }
  const runMutationWithHandler = async (handler, args, extraCtx = {}, functionPath2, isNested, transactionLimits) => {
    const m = mutationGeneric({
      handler: (ctx, a2) => {
        const testCtx = {
          ...ctx,
          auth: authStorage.getStore() ?? auth,
          ...extraCtx
        };
        return runWithGlobalOverrides(transactionGlobalOverrides(), () => handler(testCtx, a2));
      }
    });
    const transactionManager = getTransactionManager();
    const authForChild = authForComponent(functionPath2.componentPath);
    const parentCtx = executionContextStorage.getStore();
    const childCtx = {
      componentPath: functionPath2.componentPath,
      udfPath: functionPath2.udfPath,
      udfType: "mutation",
      depth: (parentCtx?.depth ?? 0) + 1,
      paginatedQueries: 0
    };
    const requestMetadata = requestMetadataForExecution();
    await transactionManager.begin(isNested, transactionLimits);
    try {
      const childLock = new NestedLock();
      const invokeRaw = () => m.invokeMutation(JSON.stringify(convexToJson2([parseArgs(args)])));
      const invokeInContext = () => executionContextStorage.run(childCtx, () => requestMetadataStorage.run(requestMetadata, () => authStorage.run(authForChild, invokeRaw)));
      const rawResult = await nestedTxStorage.run(childLock, invokeInContext);
      const commitTs = transactionManager.commit(isNested);
      const result2 = jsonToConvex(JSON.parse(rawResult));
      return commitTs === null ? result2 : resolveCommittedValues(result2, commitTs);
    } catch (e) {
      transactionManager.rollback(isNested);
      throw deserializeConvexErrorData(e);
    }
  };
  const runQueryWithHandler = async (handler, args, functionPath2, isNested, transactionLimits) => {
    const q = queryGeneric({
      handler: (ctx, a2) => {
        const testCtx = { ...ctx, auth: authStorage.getStore() ?? auth };
        return runWithGlobalOverrides(transactionGlobalOverrides(), () => handler(testCtx, a2));
      }
    });
    const transactionManager = getTransactionManager();
    const authForChild = authForComponent(functionPath2.componentPath);
    const parentCtx = executionContextStorage.getStore();
    const childCtx = {
      componentPath: functionPath2.componentPath,
      udfPath: functionPath2.udfPath,
      udfType: "query",
      depth: (parentCtx?.depth ?? 0) + 1,
      paginatedQueries: 0
    };
    const requestMetadata = requestMetadataForExecution();
    await transactionManager.begin(isNested, transactionLimits);
    try {
      const childLock = new NestedLock();
      const invokeRaw = () => q.invokeQuery(JSON.stringify(convexToJson2([parseArgs(args)])));
      const invokeInContext = () => executionContextStorage.run(childCtx, () => requestMetadataStorage.run(requestMetadata, () => authStorage.run(authForChild, invokeRaw)));
      const rawResult = await nestedTxStorage.run(childLock, invokeInContext);
      const result2 = jsonToConvex(JSON.parse(rawResult));
      if (!isNested && hasPendingValues(result2)) {
        throw new Error(`Function ${functionPath2.udfPath} return value invalid: queries cannot return an unresolved placeholder value.`);
      }
      return result2;
    } catch (e) {
      throw deserializeConvexErrorData(e);
    } finally {
      transactionManager.rollback(isNested);
    }
  };
  const runActionWithHandler = async (handler, args, functionPath2, ctxRunQuery, ctxRunMutation, ctxRunAction) => {
    const a2 = actionGeneric({
      handler: (ctx, innerArgs) => {
        const testCtx = {
          ...ctx,
          runQuery: ctxRunQuery,
          runMutation: ctxRunMutation,
          runAction: ctxRunAction,
          auth: authStorage.getStore() ?? auth
        };
        return runWithGlobalOverrides({}, () => handler(testCtx, innerArgs));
      }
    });
    const authForChild = authForComponent(functionPath2.componentPath);
    const parentCtx = executionContextStorage.getStore();
    const childCtx = {
      componentPath: functionPath2.componentPath,
      udfPath: functionPath2.udfPath,
      udfType: "action",
      depth: (parentCtx?.depth ?? 0) + 1,
      paginatedQueries: 0
    };
    const requestMetadata = requestMetadataForExecution();
    return await executionContextStorage.run(childCtx, async () => {
      try {
        const rawResult = await requestMetadataStorage.run(requestMetadata, () => authStorage.run(authForChild, () => a2.invokeAction(requestMetadata.requestId, JSON.stringify(convexToJson2([parseArgs(args)])))));
        return jsonToConvex(JSON.parse(rawResult));
      } catch (e) {
        throw deserializeConvexErrorData(e);
      }
    });
  };
  const byTypeWithPath = {
    queryFromPath: async (functionPath2, args, transactionLimits) => {
      const parentLock = nestedTxStorage.getStore() ?? null;
      const isNested = parentLock !== null;
      if (parentLock) {
        await parentLock.acquire();
      }
      try {
        const resolved = await resolveFunction(functionPath2, "query");
        validateFunctionArgs(resolved.args, args ?? {}, resolved.functionPath, isNested);
        const result2 = await runQueryWithHandler(resolved.handler, args, resolved.functionPath, isNested, transactionLimits);
        validateReturnValue(resolved.returns, result2, "query", resolved.functionPath);
        return result2;
      } finally {
        if (parentLock) {
          parentLock.release();
        }
      }
    },
    snapshotQueryFromPath: async (functionPath2, args, transactionLimits) => {
      const parentLock = nestedTxStorage.getStore() ?? null;
      if (parentLock) {
        await parentLock.acquire();
      }
      const transactionManager = getTransactionManager();
      const stashed = transactionManager.stashWrites();
      try {
        const resolved = await resolveFunction(functionPath2, "query");
        validateFunctionArgs(
          resolved.args,
          args ?? {},
          resolved.functionPath,
          // Only reachable from inside a mutation.
          /* allowPendingValues */
          true
        );
        const result2 = await runQueryWithHandler(
          resolved.handler,
          args,
          resolved.functionPath,
          // isNested=true to avoid re-acquiring the top-level lock
          // (we're inside a mutation that already holds it).
          /* isNested */
          true,
          transactionLimits
        );
        validateReturnValue(resolved.returns, result2, "query", resolved.functionPath);
        return result2;
      } finally {
        transactionManager.restoreWrites(stashed);
        if (parentLock) {
          parentLock.release();
        }
      }
    },
    mutationFromPath: async (functionPath2, args, transactionLimits) => {
      const parentLock = nestedTxStorage.getStore() ?? null;
      const isNested = parentLock !== null;
      if (parentLock) {
        await parentLock.acquire();
      }
      try {
        const resolved = await resolveFunction(functionPath2, "mutation");
        validateFunctionArgs(resolved.args, args ?? {}, resolved.functionPath, isNested);
        const result2 = await runMutationWithHandler(resolved.handler, args, {}, resolved.functionPath, isNested, transactionLimits);
        validateReturnValue(resolved.returns, result2, "mutation", resolved.functionPath);
        return result2;
      } finally {
        if (parentLock) {
          parentLock.release();
        }
      }
    },
    actionFromPath: async (functionPath2, args) => {
      const resolved = await resolveFunction(functionPath2, "action");
      validateFunctionArgs(
        resolved.args,
        args ?? {},
        resolved.functionPath,
        /* allowPendingValues */
        false
      );
      const result2 = await runActionWithHandler(resolved.handler, args, resolved.functionPath, byTypeWithPath.runQuery, byTypeWithPath.runMutation, byTypeWithPath.runAction);
      validateReturnValue(resolved.returns, result2, "action", resolved.functionPath);
      return result2;
    },
    runQuery: async (functionReference, args) => {
      const functionPath2 = getFunctionPathFromReference(functionReference);
      return await byTypeWithPath.queryFromPath(functionPath2, args);
    },
    runMutation: async (functionReference, args) => {
      const functionPath2 = getFunctionPathFromReference(functionReference);
      return await byTypeWithPath.mutationFromPath(functionPath2, args);
    },
    runAction: async (functionReference, args) => {
      const functionPath2 = getFunctionPathFromReference(functionReference);
      return await byTypeWithPath.actionFromPath(functionPath2, args);
    }
  };
  const byType = {
    query: async (functionReferenceOrHandler, args) => {
      if (typeof functionReferenceOrHandler === "function") {
        return await runQueryWithHandler(
          functionReferenceOrHandler,
          args ?? {},
          { componentPath: getCurrentComponentPath(), udfPath: "inline" },
          /* isNested */
          false
        );
      }
      const functionPath2 = getFunctionPathFromReference(functionReferenceOrHandler);
      return await byTypeWithPath.queryFromPath(functionPath2, args);
    },
    mutation: async (functionReferenceOrHandler, args) => {
      if (typeof functionReferenceOrHandler === "function") {
        return await runMutationWithHandler(
          functionReferenceOrHandler,
          args ?? {},
          /* extraCtx */
          {},
          { componentPath: getCurrentComponentPath(), udfPath: "inline" },
          /* isNested */
          false
        );
      }
      const functionPath2 = getFunctionPathFromReference(functionReferenceOrHandler);
      return await byTypeWithPath.mutationFromPath(functionPath2, args);
    },
    action: async (functionReferenceOrHandler, args) => {
      if (typeof functionReferenceOrHandler === "function") {
        return await runActionWithHandler(functionReferenceOrHandler, args ?? {}, { componentPath: getCurrentComponentPath(), udfPath: "inline" }, byTypeWithPath.runQuery, byTypeWithPath.runMutation, byTypeWithPath.runAction);
      }
      const functionPath2 = getFunctionPathFromReference(functionReferenceOrHandler);
      return await byTypeWithPath.actionFromPath(functionPath2, args);
    }
  };
  const run = async (componentPath, handler) => {
    const a2 = actionGeneric({
      handler: async (ctx) => {
        return await runMutationWithHandler(
          handler,
          {},
          {
            storage: ctx.storage
            // ActionCtx support was added in 0.0.40, removed in 0.0.41, should be added back in the future.
            // runAction: ctx.runAction.bind(ctx),
            // vectorSearch: ctx.vectorSearch.bind(ctx),
          },
          // Fake mutation path.
          {
            componentPath,
            udfPath: "custom"
          },
          false
        );
      }
    });
    const requestMetadata = requestMetadataForExecution();
    try {
      const rawResult = await requestMetadataStorage.run(requestMetadata, () => a2.invokeAction(requestMetadata.requestId, JSON.stringify(convexToJson2([{}]))));
      return jsonToConvex(JSON.parse(rawResult));
    } catch (e) {
      throw deserializeConvexErrorData(e);
    }
  };
  return {
    ...byType,
    ...byTypeWithPath,
    runInComponent: run,
    run: async (handler) => {
      return await run(getCurrentComponentPath(), handler);
    },
    fun: async (functionPath2, args) => {
      const { func } = await resolveFunction(functionPath2, "any");
      if (func.isQuery) {
        return await byTypeWithPath.queryFromPath(functionPath2, args);
      }
      if (func.isMutation) {
        return await byTypeWithPath.mutationFromPath(functionPath2, args);
      }
      if (func.isAction) {
        return await byTypeWithPath.actionFromPath(functionPath2, args);
      }
    },
    fetch: async (path27, init2) => {
      const router = (await getModules()("http"))["default"];
      if (!path27.startsWith("/")) {
        throw new Error(`Path given to \`t.fetch\` must start with a \`/\``);
      }
      const url = new URL(`https://some.convex.site${path27}`);
      const found = router.lookup(url.pathname, init2?.method ?? "GET");
      if (!found) {
        return new Response(`No HttpAction routed for ${url.pathname}`, {
          status: 404
        });
      }
      const [func] = found;
      const a2 = httpActionGeneric((ctx, a3) => {
        const testCtx = {
          ...ctx,
          runQuery: byType.query,
          runMutation: byType.mutation,
          runAction: byType.action,
          auth
        };
        return runWithGlobalOverrides({}, () => getHandler(func)(testCtx, a3));
      });
      const httpCtx = {
        componentPath: getCurrentComponentPath(),
        udfPath: "http",
        udfType: "http",
        depth: 0,
        paginatedQueries: 0
      };
      const requestMetadata = requestMetadataForExecution();
      const response = await executionContextStorage.run(httpCtx, () => requestMetadataStorage.run(requestMetadata, () => a2.invokeHttpAction(new Request(url, init2))));
      return response;
    },
    finishInProgressScheduledFunctions: () => getConvexGlobal().scheduler.finishInProgressScheduledFunctions(),
    finishAllScheduledFunctions: async (advanceTimers, maxIterations = 100) => {
      const { scheduler: scheduler3 } = getConvexGlobal();
      const originalSetTimeout = globalOverridesStorage.exit(() => globalThis.setTimeout);
      const advanceTimersIfActive = () => {
        const currentSetTimeout = globalOverridesStorage.exit(() => globalThis.setTimeout);
        if (currentSetTimeout !== originalSetTimeout) {
          throw new Error("finishAllScheduledFunctions: timers were restored or replaced while waiting for scheduled functions.");
        }
        advanceTimers();
      };
      const maxIdleTurns = 20;
      let idleTurns2 = 0;
      for (let i3 = 0; i3 < maxIterations; i3++) {
        advanceTimersIfActive();
        if (!scheduler3.anyFunctionsRunning()) {
          if (!scheduler3.anyPendingTimers() || idleTurns2 >= maxIdleTurns) {
            return;
          }
          idleTurns2 += 1;
          await yieldThroughRealTimers();
          continue;
        }
        idleTurns2 = 0;
        let timer;
        try {
          await new Promise((resolve, reject) => {
            const pump = () => {
              try {
                advanceTimersIfActive();
                timer = realSetTimeout(pump, 0);
              } catch (error) {
                reject(error);
              }
            };
            void scheduler3.finishInProgressScheduledFunctions().then(resolve, reject);
            pump();
          });
        } finally {
          realClearTimeout(timer);
        }
      }
      throw new Error("finishAllScheduledFunctions: too many iterations. Check for infinitely recursive scheduled functions, or increase maxIterations.");
    }
  };
}
function parseArgs(args) {
  if (args === void 0) {
    return {};
  }
  if (!isSimpleObject(args)) {
    throw new Error(`The arguments to a Convex function must be an object. Received: ${args}`);
  }
  return args;
}
function validateFunctionArgs(argsValidator, args, functionPath2, allowPendingValues) {
  if (!allowPendingValues && hasPendingValues(args)) {
    throw new Error(`Invalid arguments for "${functionPath2.udfPath}": an unresolved placeholder value can only be passed to a query or mutation called from a mutation`);
  }
  validateValidator(argsValidator, resolvePendingValues(args));
}
function validateReturnValue(returnsValidator, result2, functionType, functionPath2) {
  if (returnsValidator !== null) {
    try {
      validateValidator(returnsValidator, resolvePendingValues(result2));
    } catch (e) {
      throw new Error(`Return value validation failed for ${functionType} "${functionPath2.udfPath}":
${e.message}`);
    }
  }
}
function createFunctionHandle(functionPath2) {
  return `function://${functionPath2.componentPath};${functionPath2.udfPath}`;
}
function parseFunctionHandle(handle) {
  const [componentPath, udfPath] = handle.split("function://")[1].split(";");
  return { componentPath, udfPath };
}
function getFunctionPathFromAddress(functionAddress) {
  if (functionAddress.functionHandle !== void 0) {
    return parseFunctionHandle(functionAddress.functionHandle);
  }
  if (functionAddress.name !== void 0) {
    return {
      udfPath: functionAddress.name,
      componentPath: getCurrentComponentPath()
    };
  }
  if (functionAddress.reference !== void 0) {
    const childComponentName = functionAddress.reference.split("/")[2];
    let componentPath = childComponentName;
    if (getCurrentComponentPath().length > 0) {
      componentPath = `${getCurrentComponentPath()}/${componentPath}`;
    }
    const functionNameWithSlashes = functionAddress.reference.split("/").slice(3).join("/");
    const filepath = functionNameWithSlashes.split("/").slice(0, -1).join("/");
    const functionName = functionNameWithSlashes.split("/").pop();
    return {
      udfPath: `${filepath}:${functionName}`,
      componentPath
    };
  }
  throw new Error("Function address not supported");
}
function getFunctionPathFromReference(functionReference) {
  return getFunctionPathFromAddress(getFunctionAddress(functionReference));
}
function getHandler(func) {
  return "_handler" in func ? func["_handler"] : func;
}
async function resolveFunction(functionPath2, type) {
  const [modulePath, maybeExportName] = functionPath2.udfPath.split(":");
  const exportName = maybeExportName === void 0 ? "default" : maybeExportName;
  const module = await getModulesForComponent(functionPath2.componentPath)(modulePath);
  const func = module[exportName];
  if (func === void 0) {
    throw new Error(`Expected a Convex function exported from module "${modulePath}" as \`${exportName}\`, but there is no such export.`);
  }
  const handler = getHandler(func);
  if (typeof handler !== "function") {
    throw new Error(`Expected a Convex function exported from module "${modulePath}" as \`${exportName}\`, but got: ${func}`);
  }
  switch (type) {
    case "query":
      if (!func.isQuery) {
        throw new Error(`Expected a query function, but the function exported from module "${modulePath}" as \`${exportName}\` is not a query.`);
      }
      break;
    case "mutation":
      if (!func.isMutation) {
        throw new Error(`Expected a mutation function, but the function exported from module "${modulePath}" as \`${exportName}\` is not a mutation.`);
      }
      break;
    case "action":
      if (!func.isAction) {
        throw new Error(`Expected an action function, but the function exported from module "${modulePath}" as \`${exportName}\` is not an action.`);
      }
      break;
    case "any":
      break;
    default:
      throw type;
  }
  const args = JSON.parse(func.exportArgs());
  if (args.type !== "object" && args.type !== "any") {
    throw new Error(`Invalid JSON returned from ${modulePath}.js:${exportName}.exportArgs(): Args validator must be an object or any`);
  }
  const returns = JSON.parse(func.exportReturns());
  return { func, functionPath: functionPath2, handler, returns, args };
}
function simpleHash(string) {
  let hash2 = 0;
  for (let i3 = 0; i3 < string.length; i3++) {
    const char = string.charCodeAt(i3);
    hash2 = (hash2 << 5) - hash2 + char;
    hash2 = hash2 & hash2;
  }
  return hash2;
}
var TYPICAL_CONVEX_ID_LENGTH, ROOT_COMPONENT_PATH, NestedLock, nestedTxStorage, authStorage, convexGlobalStorage, DatabaseFake, MAX_COMMIT_TS, AuthFake, JWT_CLAIM_BY_IDENTITY_ATTRIBUTE, executionContextStorage, requestMetadataStorage, DEFAULT_REQUEST_OPTIONS, nextRequestId, PATCHABLE_GLOBALS, globalOverridesStorage, globalProxySetters, _globalProxyInstalled, Scheduler, TransactionManager, realSetTimeout, realClearTimeout;
var init_dist = __esm({
  "node_modules/convex-test/dist/index.js"() {
    init_transactionMetrics();
    TYPICAL_CONVEX_ID_LENGTH = 32;
    ROOT_COMPONENT_PATH = "";
    NestedLock = class {
      _lock = null;
      _release = null;
      async acquire() {
        while (this._lock !== null) {
          await this._lock;
        }
        this._lock = new Promise((resolve) => {
          this._release = resolve;
        });
      }
      release() {
        this._lock = null;
        this._release();
        this._release = null;
      }
    };
    nestedTxStorage = new AsyncLocalStorage();
    authStorage = new AsyncLocalStorage();
    convexGlobalStorage = new AsyncLocalStorage();
    DatabaseFake = class {
      _componentPath;
      _documents = {};
      _storage = {};
      _nextQueryId = 1;
      _nextDocId = 1e4;
      _lastCreationTime = 0;
      _queryResults = {};
      // Pending writes for each level of transaction nesting.
      // Whenever a child mutation begins, a new level is created for all
      // components.
      // - When a mutation performs updates, they are staged in the last
      //   level of writes for the mutation's component.
      // - When a child mutation commits, the writes are merged up one level.
      // - When the top-level mutation commits, the writes are applied to the
      //   database.
      // - When a mutation is rolled back, last level of writes is discarded.
      _writes = [];
      _schema;
      constructor(schema, componentPath) {
        this._schema = schema === null ? null : {
          schemaValidation: schema.schemaValidation,
          tables: new Map(Object.entries(schema.tables).map(([name, tableSchema]) => [
            name,
            tableSchema.export()
          ]))
        };
        this._componentPath = componentPath;
        this.validateSchema();
      }
      // Called by TransactionManager.begin.
      startTransaction() {
        this._writes.push({});
      }
      get(tableName, id) {
        this._validateId(tableName, id);
        for (let i3 = this._writes.length - 1; i3 >= 0; i3--) {
          const write = this._writes[i3][id];
          if (write !== void 0) {
            return write;
          }
        }
        return this._documents[id] ?? null;
      }
      // Note that this is not the format the real backend
      // uses for IDs.
      _generateId(table) {
        const counterPadLen = TYPICAL_CONVEX_ID_LENGTH - table.length;
        const counter = this._nextDocId.toString().padStart(counterPadLen, "0");
        const id = counter + table;
        this._nextDocId += 1;
        return id;
      }
      storeFile(storageId, blob) {
        this._storage[storageId] = blob;
      }
      getFile(storageId) {
        if (this.get("_storage", storageId) === null) {
          return null;
        }
        return this._storage[storageId];
      }
      _addWrite(id, newValue) {
        if (this._writes.length === 0) {
          throw new Error(`Write outside of transaction ${id}`);
        }
        this._writes[this._writes.length - 1][id] = newValue;
      }
      insert(table, value) {
        this._validate(table, value);
        const _id = this._generateId(table);
        const now = Date.now();
        const _creationTime = now <= this._lastCreationTime ? this._lastCreationTime + 1e-3 : now;
        this._lastCreationTime = _creationTime;
        this._addWrite(_id, { ...value, _id, _creationTime });
        return _id;
      }
      patch(tableName, id, value) {
        this._validateId(tableName, id);
        if (typeof value !== "object") {
          throw new Error(`Invalid argument \`value\` in \`db.patch\`, expected object but got '${typeof value}': ${value}`);
        }
        const document = this.get(tableName, id);
        if (document === null) {
          throw new Error(`Patch on non-existent document with ID "${id}"`);
        }
        const { _id, _creationTime, ...fields } = document;
        if (value._id !== void 0 && value._id !== _id) {
          throw new Error(`Provided \`_id\` field value "${value._id}" does not match the document ID "${_id}"`);
        }
        if (value._creationTime !== void 0 && value._creationTime !== _creationTime) {
          throw new Error(`Provided \`_creationTime\` field value ${value._creationTime} does not match the document's creation time ${_creationTime}`);
        }
        delete value["_id"];
        delete value["_creationTime"];
        const convexValue = {};
        for (const [key, v] of Object.entries(value)) {
          convexValue[key] = evaluateValue(v);
        }
        const merged = { ...fields, ...convexValue };
        this._validate(tableNameFromId(_id), merged);
        this._addWrite(id, { _id, _creationTime, ...merged });
      }
      replace(tableName, id, value) {
        this._validateId(tableName, id);
        if (typeof value !== "object") {
          throw new Error(`Invalid argument \`value\` in \`db.replace\`, expected object but got '${typeof value}': ${value}`);
        }
        const document = this.get(tableName, id);
        if (document === null) {
          throw new Error(`Replace on non-existent document with ID "${id}"`);
        }
        if (value._id !== void 0 && value._id !== document._id) {
          throw new Error(`Provided \`_id\` field value "${value._id}" does not match the document ID "${document._id}"`);
        }
        if (value._creationTime !== void 0 && value._creationTime !== document._creationTime) {
          throw new Error(`Provided \`_creationTime\` field value ${value._creationTime} does not match the document's creation time ${document._creationTime}`);
        }
        delete value["_id"];
        delete value["_creationTime"];
        const convexValue = {};
        for (const [key, v] of Object.entries(value)) {
          convexValue[key] = evaluateValue(v);
        }
        this._validate(tableNameFromId(document._id), convexValue);
        this._addWrite(id, {
          ...convexValue,
          _id: document._id,
          _creationTime: document._creationTime
        });
      }
      delete(tableName, id) {
        this._validateId(tableName, id);
        const document = this.get(tableName, id);
        if (document === null) {
          throw new Error("Delete on non-existent doc");
        }
        this._addWrite(id, null);
      }
      _validateId(expectedTableName, id) {
        if (typeof id !== "string") {
          throw new Error(`Invalid argument \`id\`, expected string but got '${typeof id}': ${id}`);
        }
        if (expectedTableName === void 0) {
          return;
        }
        if (typeof expectedTableName !== "string") {
          throw new Error(`Invalid argument \`tableName\`, expected string but got '${typeof expectedTableName}': ${expectedTableName}`);
        }
        const actualTableName = tableNameFromId(id);
        if (actualTableName === null) {
          throw new Error(`Invalid argument \`id\`, expected ID value but got '${id}'`);
        }
        if (actualTableName !== expectedTableName) {
          throw new Error(`Invalid argument \`id\`, expected ID in table '${expectedTableName}' but got ID in table '${actualTableName}'`);
        }
      }
      commit(commitTs = null) {
        const lastWrites = this._writes.pop();
        if (!lastWrites) {
          throw new Error("Transaction already committed or rolled back");
        }
        for (const [id, write] of Object.entries(lastWrites)) {
          const _id = id;
          if (this._writes.length === 0) {
            if (write === null) {
              delete this._documents[_id];
            } else {
              this._documents[_id] = commitTs === null ? write : resolveCommittedValues(write, commitTs);
            }
          } else {
            this._addWrite(_id, write);
          }
        }
      }
      rollbackWrites() {
        if (this._writes.length === 0) {
          throw new Error("Transaction already committed or rolled back");
        }
        this._writes.pop();
      }
      // Temporarily hide all pending writes so reads only see committed state.
      stashWrites() {
        const stashed = this._writes;
        this._writes = [];
        return stashed;
      }
      restoreWrites(stashed) {
        this._writes = stashed;
      }
      _validate(tableName, doc) {
        if (this._schema === null || !this._schema.schemaValidation) {
          return;
        }
        const validator = this._schema.tables.get(tableName)?.documentType;
        if (validator === void 0) {
          return;
        }
        validateValidator(validator, resolvePendingValues(doc));
      }
      startQuery(query) {
        const id = this._nextQueryId;
        const results = this._evaluateQuery(query);
        this._queryResults[id] = results;
        this._nextQueryId += 1;
        return id;
      }
      queryNext(queryId) {
        const results = this._queryResults[queryId];
        if (results === void 0) {
          throw new Error("Bad queryId");
        }
        if (results.length === 0) {
          return { value: null, done: true };
        } else {
          return { value: results.shift(), done: false };
        }
      }
      _encodeCursor(doc, fieldPaths) {
        const keys = fieldPaths.map((fp) => evaluateFieldPath(fp, doc));
        return JSON.stringify(keys.map((k) => k === void 0 ? null : JSON.stringify(convexToJson2(k))));
      }
      _docIsAfterCursor(doc, cursorKeys, fieldPaths, order) {
        const orderMultiplier = order === "asc" ? 1 : -1;
        for (let i3 = 0; i3 < fieldPaths.length; i3++) {
          const docVal = evaluateFieldPath(fieldPaths[i3], doc);
          const cursorVal = cursorKeys[i3];
          const cmp = compareValues(docVal, cursorVal);
          if (cmp !== 0)
            return cmp * orderMultiplier;
        }
        return 0;
      }
      paginate({ query, cursor, endCursor, pageSize, maximumRowsRead, maximumBytesRead }) {
        const { sortedDocs, filterFn, fieldPathsToSortBy, order } = this._resolveQuerySource(query);
        const cursorFields = fieldPathsToSortBy.includes("_id") ? fieldPathsToSortBy : [...fieldPathsToSortBy, "_id"];
        const parseCursor = (c3) => {
          if (!c3)
            return null;
          return JSON.parse(c3).map((k) => k === null ? void 0 : jsonToConvex(JSON.parse(k)));
        };
        const cursorKeys = cursor !== "_end_cursor" ? parseCursor(cursor) : null;
        const hasEndBoundary = !!endCursor && endCursor !== "_end_cursor";
        const endCursorKeys = hasEndBoundary ? parseCursor(endCursor) : null;
        const page = [];
        let isInPage = cursor === null;
        let isDone = false;
        let continueCursor = "_end_cursor";
        let splitCursor = null;
        let pageStatus = null;
        let rowsRead = 0;
        let bytesRead = 0;
        const readDocCursors = [];
        for (let i3 = 0; i3 < sortedDocs.length; i3++) {
          const doc = sortedDocs[i3];
          const isLastDoc = i3 === sortedDocs.length - 1;
          if (!isInPage) {
            if (cursor === "_end_cursor") {
              continue;
            } else if (cursorKeys) {
              if (this._docIsAfterCursor(doc, cursorKeys, cursorFields, order) > 0) {
                isInPage = true;
              } else {
                continue;
              }
            }
          }
          if (hasEndBoundary && endCursorKeys) {
            const cmp = this._docIsAfterCursor(doc, endCursorKeys, cursorFields, order);
            if (cmp >= 0) {
              if (cmp === 0) {
                rowsRead += 1;
                bytesRead += getDocumentSize(doc);
                readDocCursors.push(this._encodeCursor(doc, cursorFields));
                if (filterFn(doc)) {
                  page.push(doc);
                }
                continueCursor = this._encodeCursor(doc, cursorFields);
              }
              break;
            }
          }
          rowsRead += 1;
          bytesRead += getDocumentSize(doc);
          readDocCursors.push(this._encodeCursor(doc, cursorFields));
          let hitLimit = false;
          if (maximumRowsRead && rowsRead >= maximumRowsRead) {
            hitLimit = true;
          }
          if (maximumBytesRead && bytesRead >= maximumBytesRead) {
            hitLimit = true;
          }
          if (filterFn(doc)) {
            page.push(doc);
          }
          if (hitLimit) {
            pageStatus = "SplitRequired";
            continueCursor = this._encodeCursor(doc, cursorFields);
            break;
          }
          if (!endCursor && page.length >= pageSize) {
            if (isLastDoc) {
            } else {
              continueCursor = this._encodeCursor(doc, cursorFields);
            }
            break;
          }
        }
        if (continueCursor === "_end_cursor") {
          isDone = true;
        }
        if (pageStatus === "SplitRequired" && readDocCursors.length >= 2) {
          const midIdx = Math.floor((readDocCursors.length - 1) / 2);
          splitCursor = readDocCursors[midIdx];
        } else if (pageStatus === null && rowsRead > pageSize + 1 && readDocCursors.length >= 2) {
          pageStatus = "SplitRecommended";
          const midIdx = Math.floor((readDocCursors.length - 1) / 2);
          splitCursor = readDocCursors[midIdx];
        }
        return {
          page,
          isDone,
          continueCursor,
          splitCursor,
          pageStatus
        };
      }
      _iterateDocs(tableName, callback) {
        const isInTable = (id) => tableNameFromId(id) === tableName;
        const ids = new Set(Object.keys(this._documents).filter(isInTable));
        for (let i3 = 0; i3 < this._writes.length; i3++) {
          for (const id of Object.keys(this._writes[i3]).filter(isInTable)) {
            ids.add(id);
          }
        }
        for (const id of ids) {
          const document = this.get(tableName, id);
          if (document !== null) {
            callback(document);
          }
        }
      }
      /**
       * Resolves the query source: loads documents matching the source (table scan,
       * index range, or search), sorts them, and returns along with the compiled
       * operator filter function. This separates "rows entering the pipeline"
       * (sortedDocs) from "rows exiting" (after filterFn), which is needed for
       * maximumRowsRead tracking in paginate().
       */
      _resolveQuerySource(query) {
        const source = query.source;
        const results = [];
        let fieldPathsToSortBy;
        let order;
        switch (source.type) {
          case "FullTableScan": {
            const tableName = source.tableName;
            this._iterateDocs(tableName, (doc) => {
              results.push(doc);
            });
            order = source.order ?? "asc";
            fieldPathsToSortBy = ["_creationTime"];
            break;
          }
          case "IndexRange": {
            const [tableName, indexName] = source.indexName.split(".");
            order = source.order ?? "asc";
            let fields;
            if (indexName === "by_creation_time") {
              fields = ["_creationTime", "_id"];
            } else if (indexName === "by_id") {
              fields = ["_id"];
            } else {
              const indexes = this._schema?.tables.get(tableName)?.indexes;
              const index = indexes?.find(({ indexDescriptor }) => indexDescriptor === indexName);
              if (index === void 0) {
                throw new Error(`Cannot use index "${indexName}" for table "${tableName}" because it is not declared in the schema.`);
              }
              fields = index.fields.concat(["_creationTime", "_id"]);
            }
            fieldPathsToSortBy = fields;
            validateIndexRangeExpression(source, fields);
            this._iterateDocs(tableName, (doc) => {
              if (source.range.every((filter) => evaluateRangeFilter(doc, filter))) {
                results.push(doc);
              }
            });
            break;
          }
          case "Search": {
            const [tableName] = source.indexName.split(".");
            this._iterateDocs(tableName, (doc) => {
              if (source.filters.every((filter) => evaluateSearchFilter(doc, filter))) {
                results.push(doc);
              }
            });
            fieldPathsToSortBy = [];
            order = "asc";
            break;
          }
        }
        const filters = query.operators.filter((operator) => "filter" in operator).map((operator) => operator.filter);
        const limit = query.operators.filter((operator) => "limit" in operator)[0] ?? null;
        results.sort((a2, b) => {
          const orderMultiplier = order === "asc" ? 1 : -1;
          let v = 0;
          for (const fp of fieldPathsToSortBy) {
            v = compareValues(evaluateFieldPath(fp, a2), evaluateFieldPath(fp, b));
            if (v !== 0) {
              return v * orderMultiplier;
            }
          }
          return v * orderMultiplier;
        });
        const filterFn = (doc) => filters.every((f) => evaluateFilter(doc, f));
        return {
          sortedDocs: results,
          filterFn,
          limit: limit?.limit ?? null,
          fieldPathsToSortBy,
          order
        };
      }
      _evaluateQuery(query) {
        const { sortedDocs, filterFn, limit } = this._resolveQuerySource(query);
        let results = sortedDocs.filter(filterFn);
        if (limit !== null) {
          results = results.slice(0, limit);
        }
        return results;
      }
      vectorSearch(tableAndIndexName, vector, expressions, limit) {
        const results = [];
        const [tableName, indexName] = tableAndIndexName.split(".");
        this._iterateDocs(tableName, (doc) => {
          if (expressions.every((filter) => evaluateFilter(doc, filter))) {
            results.push(doc);
          }
        });
        const vectorIndexes = this._schema?.tables.get(tableName)?.vectorIndexes;
        const vectorIndex = vectorIndexes?.find(({ indexDescriptor }) => indexDescriptor === indexName);
        if (vectorIndex === void 0) {
          throw new Error(`Cannot use vector index "${indexName}" for table "${tableName}" because it is not declared in the schema.`);
        }
        const { vectorField } = vectorIndex;
        const idsAndScores = results.map((doc) => {
          const score = cosineSimilarity(vector, doc[vectorField]);
          return { _id: doc._id, _score: score };
        });
        idsAndScores.sort((a2, b) => b._score - a2._score);
        return idsAndScores.slice(0, limit);
      }
      validateSchema() {
        this._schema?.tables.forEach((table, tableName) => {
          if (!isValidIdentifier(tableName)) {
            throw new Error(`Table names must be valid identifiers, got "${tableName}"`);
          }
          validateFieldNames(table.documentType);
          table.indexes.forEach(({ indexDescriptor }) => {
            if (!isValidIdentifier(indexDescriptor)) {
              throw new Error(`Index names must be valid identifiers, got "${indexDescriptor}"`);
            }
          });
        });
      }
      get componentPath() {
        return this._componentPath;
      }
    };
    MAX_COMMIT_TS = 2n ** 63n - 1n;
    AuthFake = class {
      _userIdentity;
      _token;
      constructor(_userIdentity = null, _token = null) {
        this._userIdentity = _userIdentity;
        this._token = _token;
      }
      getUserIdentity() {
        return Promise.resolve(this._userIdentity);
      }
      get token() {
        return this._token;
      }
    };
    JWT_CLAIM_BY_IDENTITY_ATTRIBUTE = {
      subject: "sub",
      issuer: "iss",
      name: "name",
      givenName: "given_name",
      familyName: "family_name",
      nickname: "nickname",
      preferredUsername: "preferred_username",
      profileUrl: "profile",
      pictureUrl: "picture",
      email: "email",
      emailVerified: "email_verified",
      gender: "gender",
      birthday: "birthdate",
      timezone: "zoneinfo",
      language: "locale",
      phoneNumber: "phone_number",
      phoneNumberVerified: "phone_number_verified",
      address: "address",
      updatedAt: "updated_at"
    };
    executionContextStorage = new AsyncLocalStorage();
    requestMetadataStorage = new AsyncLocalStorage();
    DEFAULT_REQUEST_OPTIONS = { ip: null, userAgent: null };
    nextRequestId = 0;
    PATCHABLE_GLOBALS = [
      "setTimeout",
      "clearTimeout",
      "setInterval",
      "clearInterval",
      "fetch",
      "Date",
      "Math",
      "console",
      "process",
      "crypto",
      "Crypto",
      "CryptoKey",
      "SubtleCrypto",
      "atob",
      "btoa",
      "Request",
      "Response",
      "Headers",
      "URL",
      "URLSearchParams",
      "AbortController",
      "TextEncoder",
      "TextDecoder",
      "structuredClone",
      "queueMicrotask",
      "performance"
    ];
    globalOverridesStorage = new AsyncLocalStorage();
    globalProxySetters = /* @__PURE__ */ new WeakMap();
    _globalProxyInstalled = false;
    Scheduler = class {
      _inFlight = /* @__PURE__ */ new Set();
      // Number of setTimeouts registered for scheduled functions that haven't
      // fired yet. Timers registered while real timers were active cannot be
      // fired by advancing fake timers — they need real event loop turns —
      // so `finishAllScheduledFunctions` uses this to know whether to keep
      // yielding instead of returning early.
      _pendingTimerCount = 0;
      timerScheduled() {
        this._pendingTimerCount += 1;
      }
      timerFired() {
        this._pendingTimerCount -= 1;
      }
      anyPendingTimers() {
        return this._pendingTimerCount > 0;
      }
      add(promise) {
        this._inFlight.add(promise);
      }
      finish(promise) {
        this._inFlight.delete(promise);
      }
      anyFunctionsRunning() {
        return this._inFlight.size > 0;
      }
      async finishInProgressScheduledFunctions() {
        while (this._inFlight.size > 0) {
          await Promise.all(this._inFlight);
        }
      }
    };
    TransactionManager = class {
      // The DatabaseFake is used in the Convex global,
      // and so it restricts `convexTest` to run one function
      // at a time.
      // We force sequential execution to make sure actions
      // can run mutations in parallel.
      _waitOnCurrentFunction = null;
      _markTransactionDone = null;
      // Tracks bandwidth usage and enforces limits for the current top-level
      // transaction (null when none is in progress). Like the per-component
      // `DatabaseFake`, it owns a stack of nested transaction layers; we drive its
      // `startTransaction` / `commit` / `rollback` in lockstep with the databases'.
      _metricsTracker = null;
      _limitsConfig;
      // The latest committed transaction's timestamp, in Unix nanoseconds.
      // Zero represents the initial empty database, before any commits.
      _lastCommitTs = 0n;
      constructor(limitsConfig = false) {
        this._limitsConfig = limitsConfig;
      }
      async begin(isNested, transactionLimits) {
        if (!isNested) {
          while (this._waitOnCurrentFunction !== null) {
            await this._waitOnCurrentFunction;
          }
          this._waitOnCurrentFunction = new Promise((resolve) => {
            this._markTransactionDone = resolve;
          });
          this._metricsTracker = new TransactionMetricsTracker(this._limitsConfig);
        }
        const convex = getConvexGlobal();
        for (const component of Object.values(convex.components)) {
          component.db.startTransaction();
        }
        this._metricsTracker?.startTransaction(transactionLimits);
      }
      // Used to distinguish between mutation and action execution
      // environment.
      isInTransaction() {
        return this._waitOnCurrentFunction !== null;
      }
      // The metrics tracker, or null when not inside a transaction.
      getMetricsTracker() {
        return this._metricsTracker;
      }
      getSnapshotTs() {
        if (!this.isInTransaction()) {
          throw new Error("getSnapshotTs() can only be called from a query or mutation.");
        }
        return this._lastCommitTs;
      }
      // Returns the transaction's commit timestamp, or null for a nested commit,
      // whose writes stay pending until the outermost transaction commits.
      commit(isNested) {
        let commitTs = null;
        if (!isNested) {
          const nowNanos = BigInt(Date.now()) * 1000000n;
          commitTs = nowNanos > this._lastCommitTs ? nowNanos : this._lastCommitTs + 1n;
          this._lastCommitTs = commitTs;
        }
        const convex = getConvexGlobal();
        for (const component of Object.values(convex.components)) {
          component.db.commit(commitTs);
        }
        this._metricsTracker?.commit();
        this._endTransaction(isNested);
        return commitTs;
      }
      rollback(isNested) {
        const convex = getConvexGlobal();
        for (const component of Object.values(convex.components)) {
          component.db.rollbackWrites();
        }
        this._metricsTracker?.rollback();
        this._endTransaction(isNested);
      }
      _endTransaction(isNested) {
        if (this._markTransactionDone === null) {
          throw new Error("Transaction not started");
        }
        if (!isNested) {
          this._metricsTracker = null;
          this._waitOnCurrentFunction = null;
          this._markTransactionDone();
          this._markTransactionDone = null;
        }
      }
      stashWrites() {
        const convex = getConvexGlobal();
        const stashed = /* @__PURE__ */ new Map();
        for (const [path27, component] of Object.entries(convex.components)) {
          stashed.set(path27, component.db.stashWrites());
        }
        return stashed;
      }
      restoreWrites(stashed) {
        const convex = getConvexGlobal();
        for (const [path27, writes] of stashed) {
          convex.components[path27].db.restoreWrites(writes);
        }
      }
    };
    realSetTimeout = globalThis.setTimeout.bind(globalThis);
    realClearTimeout = globalThis.clearTimeout.bind(globalThis);
  }
});

// src/config/project-files.ts
import { access, readdir } from "node:fs/promises";
import path7 from "node:path";
async function listModules(functionsDir) {
  const found = [];
  async function walk2(dir) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const full = path7.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (await componentDefinition(full) === void 0) await walk2(full);
      } else if (SOURCE.test(entry.name) && !SKIP.test(entry.name) && !entry.name.includes(" ")) {
        found.push(path7.relative(functionsDir, full).split(path7.sep).join("/"));
      }
    }
  }
  await walk2(functionsDir);
  return found.sort();
}
async function componentDefinition(dir) {
  for (const name of ["convex.config.ts", "convex.config.js"]) {
    const file = path7.join(dir, name);
    if (await access(file).then(
      () => true,
      () => false
    ))
      return file;
  }
  return void 0;
}
var SOURCE, SKIP;
var init_project_files = __esm({
  "src/config/project-files.ts"() {
    "use strict";
    SOURCE = /\.(ts|tsx|js|mjs|jsx|mts)$/;
    SKIP = /(\.d\.ts|\.test\.[jt]sx?|\.spec\.[jt]sx?|\.config\.[jt]s)$/;
  }
});

// src/config/component-tree.ts
import path8 from "node:path";
import { pathToFileURL } from "node:url";
async function readComponentTree(functionsDir) {
  const file = await componentDefinition(functionsDir);
  if (file === void 0) return [];
  let app;
  try {
    app = (await import(pathToFileURL(file).href)).default ?? {};
  } catch (e) {
    throw new Error(`cannot load ${file}: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`, { cause: e });
  }
  return children(app, file);
}
function children(definition, where) {
  return (definition._childComponents ?? []).map(([name, child]) => {
    const dir = child.componentDefinitionPath;
    if (typeof dir !== "string") {
      throw new Error(`component "${name}" used in ${where} was not loaded through race-check's loader`);
    }
    return { name, dir: path8.resolve(dir), children: children(child, path8.join(dir, "convex.config")) };
  });
}
var init_component_tree = __esm({
  "src/config/component-tree.ts"() {
    "use strict";
    init_project_files();
  }
});

// src/backends/embedded/scheduled-timers.ts
import { AsyncLocalStorage as AsyncLocalStorage2 } from "node:async_hooks";
function asScheduling(path27, fn) {
  return scheduling.run({ path: path27 }, fn);
}
function setTimerSink(next) {
  sink = next;
  if (installed) return;
  installed = true;
  const patched = function setTimeout4(callback, ms2, ...args) {
    const call = scheduling.getStore();
    if (!call || !sink || typeof callback !== "function") {
      return realSetTimeout2(callback, ms2, ...args);
    }
    const delay = Math.max(0, Number(ms2) || 0);
    const run = () => scheduling.exit(() => callback(...args));
    return sink({ path: call.path, dueAt: Date.now() + delay, run });
  };
  Object.assign(patched, realSetTimeout2);
  globalThis.setTimeout = patched;
}
var scheduling, sink, installed, realSetTimeout2;
var init_scheduled_timers = __esm({
  "src/backends/embedded/scheduled-timers.ts"() {
    "use strict";
    scheduling = new AsyncLocalStorage2();
    installed = false;
    realSetTimeout2 = globalThis.setTimeout;
  }
});

// src/backends/embedded/scheduling.ts
function roundTrip(callLatencyMs = DEFAULT_CALL_LATENCY_MS) {
  return (point) => new Promise((resolve) => {
    if (point.phase === "call" && callLatencyMs > 0) setTimeout(resolve, callLatencyMs);
    else setImmediate(resolve);
  });
}
function setScheduler(scheduler3) {
  current = scheduler3 ?? roundTrip();
}
function schedulingPoint(point) {
  return current(point);
}
var DEFAULT_CALL_LATENCY_MS, current;
var init_scheduling = __esm({
  "src/backends/embedded/scheduling.ts"() {
    "use strict";
    DEFAULT_CALL_LATENCY_MS = 1;
    current = roundTrip();
  }
});

// src/backends/embedded/modules.ts
import { AsyncLocalStorage as AsyncLocalStorage3 } from "node:async_hooks";
import { stat } from "node:fs/promises";
import { clearTimeout as clearTimer, setTimeout as setTimer } from "node:timers";
import path9 from "node:path";
import { pathToFileURL as pathToFileURL2 } from "node:url";
import { getFunctionName } from "convex/server";
async function buildModuleMap(functionsDir) {
  const st = await stat(functionsDir).catch(() => void 0);
  if (!st?.isDirectory()) throw new Error(`functions directory not found: ${functionsDir}`);
  const files = await listModules(functionsDir);
  if (!files.some((f) => f.startsWith("_generated/"))) {
    throw new Error(
      `${path9.join(functionsDir, "_generated")} is missing: run \`npx convex codegen\` in the project first`
    );
  }
  const map = {};
  for (const file of files) {
    const url = pathToFileURL2(path9.join(functionsDir, file)).href;
    let loaded;
    const modulePath = file.replace(/\.[^./]+$/, "");
    map[`./convex/${file}`] = () => loaded ??= import(url).then((mod) => instrumentModule(mod, modulePath));
  }
  return map;
}
function isRegisteredFunction(value) {
  return typeof value === "function" && "_handler" in value && ("isQuery" in value || "isMutation" in value || "isAction" in value);
}
function setExecutionObserver(next) {
  observer = next;
}
function withinTimeLimit(path27, limited, run) {
  const arrivedAt = requestArrival.getStore();
  const body = () => requestArrival.exit(run);
  const ms2 = timeLimitMs;
  if (!limited || ms2 === void 0) return body();
  const left = (arrivedAt ?? performance.now()) + ms2 - performance.now();
  if (left <= 0) return Promise.reject(new TimeLimitError(path27, ms2));
  return new Promise((resolve, reject) => {
    const timer = setTimer(() => reject(new TimeLimitError(path27, ms2)), left);
    body().then(
      (value) => {
        clearTimer(timer);
        resolve(value);
      },
      (error) => {
        clearTimer(timer);
        reject(error);
      }
    );
  });
}
function instrumentModule(mod, modulePath) {
  const out = { ...mod };
  for (const [name, value] of Object.entries(mod)) {
    if (isRouter(value)) instrumentRouter(value);
    if (!isRegisteredFunction(value)) continue;
    const original = value._handler;
    const path27 = `${modulePath}:${name}`;
    const instrument = value.isAction ? withSchedulingPoints : value.isMutation ? withMarkedScheduler : void 0;
    const handler = async (ctx, args) => {
      const done = observer?.(path27);
      try {
        const result2 = await withinTimeLimit(
          path27,
          !value.isAction,
          async () => original(instrument ? instrument(ctx) : ctx, args)
        );
        done?.({ ok: true, value: result2 });
        return result2;
      } catch (error) {
        done?.({ ok: false, error });
        throw error;
      }
    };
    out[name] = Object.assign((...args) => value(...args), value, { _handler: handler });
  }
  return out;
}
function isRouter(value) {
  return typeof value === "object" && value !== null && value.exactRoutes instanceof Map && value.prefixRoutes instanceof Map;
}
function instrumentRouter(router) {
  if (instrumented.has(router)) return;
  instrumented.add(router);
  const wrap2 = (action) => Object.assign(Object.create(Object.getPrototypeOf(action)), action, {
    _handler: (ctx, request) => action._handler(withSchedulingPoints(ctx), request)
  });
  for (const methods of [...router.exactRoutes.values(), ...router.prefixRoutes.values()]) {
    for (const [key, action] of methods) methods.set(key, wrap2(action));
  }
}
function referencePath(ref2) {
  try {
    return getFunctionName(ref2);
  } catch {
    return typeof ref2 === "string" ? ref2 : "<function>";
  }
}
function pointed(kind2, fn) {
  return async (ref2, ...rest) => {
    const p = referencePath(ref2);
    await schedulingPoint({ kind: kind2, phase: "call", path: p });
    let outcome;
    try {
      const value = await fn(ref2, ...rest);
      outcome = { ok: true, value };
      return value;
    } catch (error) {
      outcome = { ok: false, error };
      throw error;
    } finally {
      await schedulingPoint({ kind: kind2, phase: "return", path: p, outcome });
    }
  };
}
function markedScheduler(scheduler3, point) {
  const schedule = (method) => (when, ref2, args) => {
    const path27 = referencePath(ref2);
    const call = (r) => asScheduling(path27, () => scheduler3[method](when, r, args));
    return point ? pointed("schedule", call)(ref2) : call(ref2);
  };
  return {
    cancel: (...a2) => scheduler3.cancel(...a2),
    runAfter: schedule("runAfter"),
    runAt: schedule("runAt")
  };
}
function withMarkedScheduler(ctx) {
  const scheduler3 = ctx.scheduler;
  return scheduler3 ? { ...ctx, scheduler: markedScheduler(scheduler3, false) } : ctx;
}
function withSchedulingPoints(ctx) {
  const call = (k) => ctx[k].bind(ctx);
  const scheduler3 = ctx.scheduler;
  return {
    ...ctx,
    runQuery: pointed("runQuery", call("runQuery")),
    runMutation: pointed("runMutation", call("runMutation")),
    runAction: pointed("runAction", call("runAction")),
    ...scheduler3 && { scheduler: markedScheduler(scheduler3, true) }
  };
}
var observer, timeLimitMs, requestArrival, TimeLimitError, instrumented;
var init_modules = __esm({
  "src/backends/embedded/modules.ts"() {
    "use strict";
    init_project_files();
    init_scheduled_timers();
    init_scheduling();
    requestArrival = new AsyncLocalStorage3();
    TimeLimitError = class extends Error {
      constructor(path27, ms2) {
        super(`${path27} ran past the time limit (${ms2} ms, the op timeout) and was ended; nothing it wrote was kept`);
      }
    };
    instrumented = /* @__PURE__ */ new WeakSet();
  }
});

// src/backends/embedded/components.ts
async function loadComponents(functionsDir) {
  const out = [];
  const byDir = /* @__PURE__ */ new Map();
  async function walk2(nodes, parent) {
    for (const node of nodes) {
      const instancePath = parent === void 0 ? node.name : `${parent}/${node.name}`;
      let loaded = byDir.get(node.dir);
      if (!loaded) {
        loaded = loadDefinitionDir(instancePath, node.dir);
        byDir.set(node.dir, loaded);
      }
      out.push({ path: instancePath, dir: node.dir, ...await loaded });
      await walk2(node.children, instancePath);
    }
  }
  await walk2(await readComponentTree(functionsDir), void 0);
  return out;
}
async function loadDefinitionDir(name, dir) {
  const modules = await buildModuleMap(dir);
  const keys = Object.keys(modules);
  if (!keys.some((k) => k.includes("/_generated/"))) {
    throw new Error(
      `component "${name}" (${dir}) has no _generated/ directory: run \`npx convex dev\` once to generate it`
    );
  }
  const schemaKey = keys.find((k) => /^\.\/convex\/schema\.[^/]+$/.test(k));
  const schema = schemaKey ? (await modules[schemaKey]()).default : void 0;
  return { schema, modules };
}
function registerComponents(t, regs) {
  for (const reg of regs) t.registerComponent(reg.path, reg.schema ?? null, reg.modules);
}
var init_components = __esm({
  "src/backends/embedded/components.ts"() {
    "use strict";
    init_component_tree();
    init_modules();
  }
});

// src/backends/embedded/deployment.ts
function replaceEnv(env, urls) {
  const saved = { ...process.env };
  for (const name of Object.keys(process.env)) delete process.env[name];
  Object.assign(process.env, env, { CONVEX_CLOUD_URL: urls.cloud, CONVEX_SITE_URL: urls.site });
  return saved;
}
var EmbeddedFunctions;
var init_deployment = __esm({
  "src/backends/embedded/deployment.ts"() {
    "use strict";
    init_dist();
    init_components();
    init_modules();
    EmbeddedFunctions = class _EmbeddedFunctions {
      constructor(modules, schema, components) {
        this.modules = modules;
        this.schema = schema;
        this.components = components;
        for (const [key, load2] of Object.entries(modules)) {
          this.byModule.set(key.replace(/^\.\/convex\//, "").replace(/\.[^./]+$/, ""), load2);
        }
      }
      modules;
      schema;
      components;
      byModule = /* @__PURE__ */ new Map();
      static async load(functionsDir) {
        const modules = await buildModuleMap(functionsDir);
        const schemaKey = Object.keys(modules).find((k) => /^\.\/convex\/schema\.[^/]+$/.test(k));
        const schema = schemaKey ? (await modules[schemaKey]()).default : void 0;
        return new _EmbeddedFunctions(modules, schema, await loadComponents(functionsDir));
      }
      /**
       * Imports every module (components' too) now: an import takes file I/O, and a module first
       * loaded mid-schedule would stall it. One that fails to load says so when it is used.
       */
      async importAll() {
        const all = [this.modules, ...this.components.map((c3) => c3.modules)].flatMap((m) => Object.values(m));
        await Promise.all(all.map((load2) => load2().catch(() => void 0)));
      }
      /**
       * A new convex-test instance: its own documents, id counter and transaction lock, every
       * component registered. Imported modules stay cached. Convex's transaction limits are on
       * (16,000 documents written, 1 MiB documents...): code that breaks them fails as in production.
       */
      fresh() {
        const t = convexTest({ schema: this.schema, modules: this.modules, transactionLimits: true });
        registerComponents(t, this.components);
        return t;
      }
      /** The app's modules by path ("ledgerItems"), without `_generated`. */
      *appModules() {
        for (const entry of this.byModule) if (!entry[0].startsWith("_generated")) yield entry;
      }
      /** The function at `udfPath` ("module:function", "module" for a default export), if there is one. */
      async find(udfPath) {
        const [rawModule, exportName = "default"] = udfPath.split(":");
        const modulePath = rawModule.replace(/\.(js|ts)$/, "");
        const load2 = this.byModule.get(modulePath);
        if (!load2 || modulePath.startsWith("_generated") || modulePath.startsWith("_system")) return void 0;
        const fn = (await load2())[exportName];
        if (!isRegisteredFunction(fn)) return void 0;
        const kind2 = fn.isQuery ? "query" : fn.isMutation ? "mutation" : "action";
        return { kind: kind2, path: `${modulePath}:${exportName}`, isInternal: fn.isInternal === true };
      }
    };
  }
});

// src/backends/embedded/in-process.ts
import { getFunctionName as getFunctionName2, makeFunctionReference as makeFunctionReference2 } from "convex/server";
function canonical(udfPath) {
  const [module, name = "default"] = udfPath.split(":");
  return `${module.replace(/\.(js|ts)$/, "")}:${name}`;
}
async function withDeploymentEnv(env, fn) {
  const saved = replaceEnv(env, IN_PROCESS_URLS);
  try {
    return await fn();
  } finally {
    for (const name of Object.keys(process.env)) delete process.env[name];
    Object.assign(process.env, saved);
  }
}
async function withInProcessDeployment(functionsDir, env, fn) {
  const capture = new ConsoleCapture().install();
  try {
    return await withDeploymentEnv(env, async () => await fn(await InProcessDeployment.load(functionsDir), capture));
  } finally {
    capture.restore();
  }
}
function cap(s) {
  return s[0].toUpperCase() + s.slice(1);
}
var InProcessDeployment, Session;
var init_in_process2 = __esm({
  "src/backends/embedded/in-process.ts"() {
    "use strict";
    init_in_process();
    init_console_capture();
    init_function_error();
    init_deployment();
    init_modules();
    init_scheduled_timers();
    init_scheduling();
    InProcessDeployment = class _InProcessDeployment {
      constructor(functions) {
        this.functions = functions;
      }
      functions;
      static async load(functionsDir) {
        const functions = await EmbeddedFunctions.load(functionsDir);
        await functions.importAll();
        return new _InProcessDeployment(functions);
      }
      fresh() {
        return new Session(this, this.functions.fresh());
      }
      async resolve(ref2) {
        const udfPath = typeof ref2 === "string" ? ref2 : getFunctionName2(ref2);
        const found = await this.functions.find(udfPath);
        if (!found) throw new Error(`Could not find public function for '${canonical(udfPath)}'.`);
        return found;
      }
      /** convex-test has no hooks of its own: these are the instrumented modules' process-wide ones. */
      attach(hooks) {
        setScheduler(hooks.scheduler);
        setTimerSink(hooks.timers);
        setExecutionObserver(hooks.observer);
        return () => {
          setScheduler(void 0);
          setTimerSink(void 0);
          setExecutionObserver(void 0);
        };
      }
    };
    Session = class {
      constructor(deployment, t) {
        this.deployment = deployment;
        this.t = t;
      }
      deployment;
      t;
      /** Runs a resolved function with the caller's rights, answering as the HTTP API would. */
      async call(fn, args, who, expected) {
        if (who.asClient && fn.isInternal) throw new Error(`Could not find public function for '${fn.path}'.`);
        if (expected && expected !== fn.kind) {
          throw new Error(`Trying to execute ${fn.path} as ${cap(expected)}, but it is defined as ${cap(fn.kind)}.`);
        }
        const accessor = who.identity ? this.t.withIdentity(who.identity) : this.t;
        try {
          return await accessor[fn.kind](makeFunctionReference2(fn.path), args ?? {});
        } catch (e) {
          throw who.asClient ? clientError(e) : e;
        }
      }
      /** An HTTP action (`convex/http.ts`), as a request to the site would run it. */
      async fetch(path27, init2, who) {
        const accessor = who.identity ? this.t.withIdentity(who.identity) : this.t;
        return await accessor.fetch(path27, init2);
      }
      /**
       * What setup, invariants and custom checks get as `admin`: the ConvexHttpClient methods they
       * use, answered in-process with admin rights (internal functions allowed).
       */
      admin() {
        const run = (expected) => async (ref2, args) => this.call(await this.deployment.resolve(ref2), args, { asClient: false }, expected);
        return {
          query: run("query"),
          mutation: run("mutation"),
          action: run("action"),
          function: async (ref2, _component, args) => this.call(await this.deployment.resolve(ref2), args, { asClient: false })
        };
      }
    };
  }
});

// src/backends/admin.ts
import { ConvexHttpClient } from "convex/browser";
function adminClient(url, adminKey) {
  const admin = new ConvexHttpClient(url, {
    skipConvexDeploymentUrlCheck: true,
    logger: false,
    fetch: async (input, init2) => {
      const res = await fetch(input, { ...init2, redirect: "manual" });
      refuseRedirect(res, input instanceof Request ? input.url : String(input));
      return res;
    }
  });
  admin.setAdminAuth(adminKey);
  return admin;
}
function refuseRedirect(res, requestUrl) {
  if (res.type !== "opaqueredirect" && (res.status < 300 || res.status > 399)) return;
  void res.body?.cancel().catch(() => void 0);
  const location = res.headers.get("location");
  let where = "another address";
  try {
    if (location) where = new URL(location, requestUrl).host || where;
  } catch {
  }
  throw new Error(`the deployment redirected to ${where}; redirects are not followed`);
}
async function callFunction(client, path27, args) {
  return await client.function(path27, void 0, args);
}
var init_admin = __esm({
  "src/backends/admin.ts"() {
    "use strict";
  }
});

// src/backends/scheduled-jobs.ts
import { makeFunctionReference as makeFunctionReference3 } from "convex/server";
function systemScheduledJobs(admin, clock = { now: async () => Date.now() }) {
  const ref2 = makeFunctionReference3(SCHEDULED_JOBS_FUNCTION);
  const componentsRef = makeFunctionReference3(COMPONENTS_FUNCTION);
  const jobsOf = async (componentId, prefix) => {
    const jobs = [];
    let cursor = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      const result2 = await admin.query(ref2, { componentId, paginationOpts: { numItems: PAGE, cursor } });
      for (const row of result2.page) {
        const job = toJob(row);
        if (job) jobs.push(prefix ? { ...job, path: `${prefix}/${job.path}` } : job);
      }
      if (result2.isDone) return jobs;
      cursor = result2.continueCursor;
    }
    throw new Error(`more than ${PAGE * MAX_PAGES} scheduled functions pending`);
  };
  return {
    ...clock,
    async list() {
      const components = (await admin.query(componentsRef, {}).catch((e) => {
        if (isFunctionNotFound(e)) return [];
        throw e;
      })).filter((c3) => c3.path !== "");
      const all = await Promise.all([jobsOf(null, ""), ...components.map((c3) => jobsOf(c3.id, c3.path))]);
      return all.flat();
    }
  };
}
function isFunctionNotFound(e) {
  const message = e instanceof Error ? e.message : String(e);
  return /Couldn't find system module /.test(message) || /Couldn't find "[^"]+" in module /.test(message) || /Could not find (public )?function for '/.test(message);
}
function toJob(row) {
  const state = row.state?.type;
  if (state !== "pending" && state !== "inProgress") return void 0;
  const next = row.nextTs;
  const ns = typeof next === "bigint" ? next : typeof next === "number" ? BigInt(Math.round(next)) : void 0;
  if (ns === void 0) return void 0;
  return { path: String(row.udfPath ?? "?"), state, dueAt: Number(ns / 1000000n) };
}
var SCHEDULED_JOBS_FUNCTION, COMPONENTS_FUNCTION, PAGE, MAX_PAGES;
var init_scheduled_jobs = __esm({
  "src/backends/scheduled-jobs.ts"() {
    "use strict";
    SCHEDULED_JOBS_FUNCTION = "_system/frontend/paginatedScheduledJobs";
    COMPONENTS_FUNCTION = "_system/frontend/components:list";
    PAGE = 500;
    MAX_PAGES = 20;
  }
});

// src/backends/deployment-env.ts
async function setDeploymentEnv(url, adminKey, env) {
  const changes = Object.entries(env).map(([name, value]) => ({ name, value }));
  if (changes.length === 0) return;
  const res = await fetch(`${url}/api/update_environment_variables`, {
    method: "POST",
    headers: { authorization: `Convex ${adminKey}`, "content-type": "application/json" },
    body: JSON.stringify({ changes }),
    redirect: "manual",
    signal: AbortSignal.timeout(3e4)
  });
  refuseRedirect(res, url);
  if (!res.ok) {
    const text = await res.text().catch(() => "");
    throw new Error(`setting the deployment's environment variables failed: HTTP ${res.status} ${text.slice(0, 200)}`);
  }
  await res.arrayBuffer().catch(() => void 0);
}
var init_deployment_env = __esm({
  "src/backends/deployment-env.ts"() {
    "use strict";
    init_admin();
  }
});

// src/backends/local/platform.ts
function releaseTarget(platform2 = process.platform, arch = process.arch) {
  switch (`${platform2}/${arch}`) {
    case "linux/x64":
      return "x86_64-unknown-linux-gnu";
    case "linux/arm64":
      return "aarch64-unknown-linux-gnu";
    case "darwin/x64":
      return "x86_64-apple-darwin";
    case "darwin/arm64":
      return "aarch64-apple-darwin";
    case "win32/x64":
      return "x86_64-pc-windows-msvc";
    default:
      return void 0;
  }
}
function assetName(target) {
  return `convex-local-backend-${target}.zip`;
}
function executableName(platform2 = process.platform) {
  return platform2 === "win32" ? "convex-local-backend.exe" : "convex-local-backend";
}
var init_platform = __esm({
  "src/backends/local/platform.ts"() {
    "use strict";
  }
});

// src/backends/local/cache.ts
import os from "node:os";
import path10 from "node:path";
import { access as access2, constants as constants4 } from "node:fs/promises";
function cacheRoot(env = process.env) {
  if (env.RACE_CHECK_CACHE_DIR) return path10.resolve(env.RACE_CHECK_CACHE_DIR);
  if (env.RUNNER_TOOL_CACHE) return path10.join(env.RUNNER_TOOL_CACHE, "convex-local-backend");
  const home = os.homedir();
  const base = process.platform === "win32" ? env.LOCALAPPDATA ?? path10.join(home, "AppData", "Local") : process.platform === "darwin" ? path10.join(home, "Library", "Caches") : env.XDG_CACHE_HOME ?? path10.join(home, ".cache");
  return path10.join(base, "race-check", "convex-local-backend");
}
function cacheEntry(root, version, target) {
  const versionDir = path10.join(root, version);
  return {
    dir: path10.join(versionDir, target),
    binary: path10.join(versionDir, target, executableName()),
    marker: path10.join(versionDir, `${target}.complete`)
  };
}
async function isCached(entry) {
  try {
    await access2(entry.marker);
    await access2(entry.binary, constants4.X_OK);
    return true;
  } catch {
    return false;
  }
}
var init_cache = __esm({
  "src/backends/local/cache.ts"() {
    "use strict";
    init_platform();
  }
});

// node_modules/fflate/esm/index.mjs
import { createRequire } from "module";
function inflateSync(data, opts) {
  return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
function strFromU8(dat, latin1) {
  if (latin1) {
    var r = "";
    for (var i3 = 0; i3 < dat.length; i3 += 16384)
      r += String.fromCharCode.apply(null, dat.subarray(i3, i3 + 16384));
    return r;
  } else if (td) {
    return td.decode(dat);
  } else {
    var _a2 = dutf8(dat), s = _a2.s, r = _a2.r;
    if (r.length)
      err(8);
    return s;
  }
}
function unzipSync(data, opts) {
  var files = {};
  var e = data.length - 22;
  for (; b4(data, e) != 101010256; --e) {
    if (!e || data.length - e > 65558)
      err(13);
  }
  ;
  var c3 = b2(data, e + 8);
  if (!c3)
    return {};
  var o2 = b4(data, e + 16);
  var z = b4(data, e - 20) == 117853008;
  if (z) {
    var ze = b4(data, e - 12);
    z = b4(data, ze) == 101075792;
    if (z) {
      c3 = b4(data, ze + 32);
      o2 = b4(data, ze + 48);
    }
  }
  var fltr = opts && opts.filter;
  for (var i3 = 0; i3 < c3; ++i3) {
    var _a2 = zh(data, o2, z), c_2 = _a2[0], sc = _a2[1], su = _a2[2], fn = _a2[3], no = _a2[4], off = _a2[5], b = slzh(data, off);
    o2 = no;
    if (!fltr || fltr({
      name: fn,
      size: sc,
      originalSize: su,
      compression: c_2
    })) {
      if (!c_2)
        files[fn] = slc(data, b, b + sc);
      else if (c_2 == 8)
        files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
      else
        err(14, "unknown compression type " + c_2);
    }
  }
  return files;
}
var require2, _a, Worker, isMarkedAsUntransferable, u8, u16, i32, fleb, fdeb, clim, freb, _a, fl, revfl, _b, fd, revfd, rev, x, i2, hMap, flt, i2, i2, i2, i2, fdt, i2, flrm, fdrm, max, bits, bits16, shft, slc, ec, err, inflt, et, b2, b4, b8, td, tds, dutf8, slzh, zh, z64hs;
var init_esm = __esm({
  "node_modules/fflate/esm/index.mjs"() {
    require2 = createRequire("/");
    try {
      _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
    } catch (e) {
    }
    u8 = Uint8Array;
    u16 = Uint16Array;
    i32 = Int32Array;
    fleb = new u8([
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      2,
      2,
      2,
      2,
      3,
      3,
      3,
      3,
      4,
      4,
      4,
      4,
      5,
      5,
      5,
      5,
      0,
      /* unused */
      0,
      0,
      /* impossible */
      0
    ]);
    fdeb = new u8([
      0,
      0,
      0,
      0,
      1,
      1,
      2,
      2,
      3,
      3,
      4,
      4,
      5,
      5,
      6,
      6,
      7,
      7,
      8,
      8,
      9,
      9,
      10,
      10,
      11,
      11,
      12,
      12,
      13,
      13,
      /* unused */
      0,
      0
    ]);
    clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
    freb = function(eb, start2) {
      var b = new u16(31);
      for (var i3 = 0; i3 < 31; ++i3) {
        b[i3] = start2 += 1 << eb[i3 - 1];
      }
      var r = new i32(b[30]);
      for (var i3 = 1; i3 < 30; ++i3) {
        for (var j = b[i3]; j < b[i3 + 1]; ++j) {
          r[j] = j - b[i3] << 5 | i3;
        }
      }
      return { b, r };
    };
    _a = freb(fleb, 2);
    fl = _a.b;
    revfl = _a.r;
    fl[28] = 258, revfl[258] = 28;
    _b = freb(fdeb, 0);
    fd = _b.b;
    revfd = _b.r;
    rev = new u16(32768);
    for (i2 = 0; i2 < 32768; ++i2) {
      x = (i2 & 43690) >> 1 | (i2 & 21845) << 1;
      x = (x & 52428) >> 2 | (x & 13107) << 2;
      x = (x & 61680) >> 4 | (x & 3855) << 4;
      rev[i2] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
    }
    hMap = (function(cd, mb, r) {
      var s = cd.length;
      var i3 = 0;
      var l = new u16(mb);
      for (; i3 < s; ++i3) {
        if (cd[i3])
          ++l[cd[i3] - 1];
      }
      var le = new u16(mb);
      for (i3 = 1; i3 < mb; ++i3) {
        le[i3] = le[i3 - 1] + l[i3 - 1] << 1;
      }
      var co;
      if (r) {
        co = new u16(1 << mb);
        var rvb = 15 - mb;
        for (i3 = 0; i3 < s; ++i3) {
          if (cd[i3]) {
            var sv = i3 << 4 | cd[i3];
            var r_1 = mb - cd[i3];
            var v = le[cd[i3] - 1]++ << r_1;
            for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
              co[rev[v] >> rvb] = sv;
            }
          }
        }
      } else {
        co = new u16(s);
        for (i3 = 0; i3 < s; ++i3) {
          if (cd[i3]) {
            co[i3] = rev[le[cd[i3] - 1]++] >> 15 - cd[i3];
          }
        }
      }
      return co;
    });
    flt = new u8(288);
    for (i2 = 0; i2 < 144; ++i2)
      flt[i2] = 8;
    for (i2 = 144; i2 < 256; ++i2)
      flt[i2] = 9;
    for (i2 = 256; i2 < 280; ++i2)
      flt[i2] = 7;
    for (i2 = 280; i2 < 288; ++i2)
      flt[i2] = 8;
    fdt = new u8(32);
    for (i2 = 0; i2 < 32; ++i2)
      fdt[i2] = 5;
    flrm = /* @__PURE__ */ hMap(flt, 9, 1);
    fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
    max = function(a2) {
      var m = a2[0];
      for (var i3 = 1; i3 < a2.length; ++i3) {
        if (a2[i3] > m)
          m = a2[i3];
      }
      return m;
    };
    bits = function(d, p, m) {
      var o2 = p / 8 | 0;
      return (d[o2] | d[o2 + 1] << 8) >> (p & 7) & m;
    };
    bits16 = function(d, p) {
      var o2 = p / 8 | 0;
      return (d[o2] | d[o2 + 1] << 8 | d[o2 + 2] << 16) >> (p & 7);
    };
    shft = function(p) {
      return (p + 7) / 8 | 0;
    };
    slc = function(v, s, e) {
      if (s == null || s < 0)
        s = 0;
      if (e == null || e > v.length)
        e = v.length;
      return new u8(v.subarray(s, e));
    };
    ec = [
      "unexpected EOF",
      "invalid block type",
      "invalid length/literal",
      "invalid distance",
      "stream finished",
      "no stream handler",
      ,
      // determined by compression function
      "no callback",
      "invalid UTF-8 data",
      "extra field too long",
      "date not in range 1980-2099",
      "filename too long",
      "stream finishing",
      "invalid zip data"
      // determined by unknown compression method
    ];
    err = function(ind, msg, nt) {
      var e = new Error(msg || ec[ind]);
      e.code = ind;
      if (Error.captureStackTrace)
        Error.captureStackTrace(e, err);
      if (!nt)
        throw e;
      return e;
    };
    inflt = function(dat, st, buf, dict) {
      var sl = dat.length, dl = dict ? dict.length : 0;
      if (!sl || st.f && !st.l)
        return buf || new u8(0);
      var noBuf = !buf;
      var resize = noBuf || st.i != 2;
      var noSt = st.i;
      if (noBuf)
        buf = new u8(sl * 3);
      var cbuf = function(l2) {
        var bl = buf.length;
        if (l2 > bl) {
          var nbuf = new u8(Math.max(bl * 2, l2));
          nbuf.set(buf);
          buf = nbuf;
        }
      };
      var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
      var tbts = sl * 8;
      do {
        if (!lm) {
          final = bits(dat, pos, 1);
          var type = bits(dat, pos + 1, 3);
          pos += 3;
          if (!type) {
            var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
            if (t > sl) {
              if (noSt)
                err(0);
              break;
            }
            if (resize)
              cbuf(bt + l);
            buf.set(dat.subarray(s, t), bt);
            st.b = bt += l, st.p = pos = t * 8, st.f = final;
            continue;
          } else if (type == 1)
            lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
          else if (type == 2) {
            var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
            var tl = hLit + bits(dat, pos + 5, 31) + 1;
            pos += 14;
            var ldt = new u8(tl);
            var clt = new u8(19);
            for (var i3 = 0; i3 < hcLen; ++i3) {
              clt[clim[i3]] = bits(dat, pos + i3 * 3, 7);
            }
            pos += hcLen * 3;
            var clb = max(clt), clbmsk = (1 << clb) - 1;
            var clm = hMap(clt, clb, 1);
            for (var i3 = 0; i3 < tl; ) {
              var r = clm[bits(dat, pos, clbmsk)];
              pos += r & 15;
              var s = r >> 4;
              if (s < 16) {
                ldt[i3++] = s;
              } else {
                var c3 = 0, n2 = 0;
                if (s == 16)
                  n2 = 3 + bits(dat, pos, 3), pos += 2, c3 = ldt[i3 - 1];
                else if (s == 17)
                  n2 = 3 + bits(dat, pos, 7), pos += 3;
                else if (s == 18)
                  n2 = 11 + bits(dat, pos, 127), pos += 7;
                while (n2--)
                  ldt[i3++] = c3;
              }
            }
            var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
            lbt = max(lt);
            dbt = max(dt);
            lm = hMap(lt, lbt, 1);
            dm = hMap(dt, dbt, 1);
          } else
            err(1);
          if (pos > tbts) {
            if (noSt)
              err(0);
            break;
          }
        }
        if (resize)
          cbuf(bt + 131072);
        var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
        var lpos = pos;
        for (; ; lpos = pos) {
          var c3 = lm[bits16(dat, pos) & lms], sym = c3 >> 4;
          pos += c3 & 15;
          if (pos > tbts) {
            if (noSt)
              err(0);
            break;
          }
          if (!c3)
            err(2);
          if (sym < 256)
            buf[bt++] = sym;
          else if (sym == 256) {
            lpos = pos, lm = null;
            break;
          } else {
            var add = sym - 254;
            if (sym > 264) {
              var i3 = sym - 257, b = fleb[i3];
              add = bits(dat, pos, (1 << b) - 1) + fl[i3];
              pos += b;
            }
            var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
            if (!d)
              err(3);
            pos += d & 15;
            var dt = fd[dsym];
            if (dsym > 3) {
              var b = fdeb[dsym];
              dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
            }
            if (pos > tbts) {
              if (noSt)
                err(0);
              break;
            }
            if (resize)
              cbuf(bt + 131072);
            var end = bt + add;
            if (bt < dt) {
              var shift = dl - dt, dend = Math.min(dt, end);
              if (shift + bt < 0)
                err(3);
              for (; bt < dend; ++bt)
                buf[bt] = dict[shift + bt];
            }
            for (; bt < end; ++bt)
              buf[bt] = buf[bt - dt];
          }
        }
        st.l = lm, st.p = lpos, st.b = bt, st.f = final;
        if (lm)
          final = 1, st.m = lbt, st.d = dm, st.n = dbt;
      } while (!final);
      return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
    };
    et = /* @__PURE__ */ new u8(0);
    b2 = function(d, b) {
      return d[b] | d[b + 1] << 8;
    };
    b4 = function(d, b) {
      return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
    };
    b8 = function(d, b) {
      return b4(d, b) + b4(d, b + 4) * 4294967296;
    };
    td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
    tds = 0;
    try {
      td.decode(et, { stream: true });
      tds = 1;
    } catch (e) {
    }
    dutf8 = function(d) {
      for (var r = "", i3 = 0; ; ) {
        var c3 = d[i3++];
        var eb = (c3 > 127) + (c3 > 223) + (c3 > 239);
        if (i3 + eb > d.length)
          return { s: r, r: slc(d, i3 - 1) };
        if (!eb)
          r += String.fromCharCode(c3);
        else if (eb == 3) {
          c3 = ((c3 & 15) << 18 | (d[i3++] & 63) << 12 | (d[i3++] & 63) << 6 | d[i3++] & 63) - 65536, r += String.fromCharCode(55296 | c3 >> 10, 56320 | c3 & 1023);
        } else if (eb & 1)
          r += String.fromCharCode((c3 & 31) << 6 | d[i3++] & 63);
        else
          r += String.fromCharCode((c3 & 15) << 12 | (d[i3++] & 63) << 6 | d[i3++] & 63);
      }
    };
    slzh = function(d, b) {
      return b + 30 + b2(d, b + 26) + b2(d, b + 28);
    };
    zh = function(d, b, z) {
      var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
      var _a2 = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a2[0], su = _a2[1], off = _a2[2];
      return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
    };
    z64hs = function(d, b, l, z, sc, su, off) {
      var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
      var nf = nsc + nsu + noff;
      if (z && nf) {
        for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
          if (b2(d, b) == 1) {
            return [
              nsc ? b8(d, b + 4 + 8 * nsu) : sc,
              nsu ? b8(d, b + 4) : su,
              noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
              1
            ];
          }
        }
        if (z < 2)
          err(13);
      }
      return [sc, su, off, 0];
    };
  }
});

// src/backends/local/http.ts
async function fetchBytes(url, limits, signal) {
  const controller = new AbortController();
  let why2 = "aborted";
  const abort = (reason) => {
    why2 = reason;
    controller.abort();
  };
  const onOuterAbort = () => abort("aborted");
  signal?.addEventListener("abort", onOuterAbort, { once: true });
  if (signal?.aborted) abort("aborted");
  let timer = setTimeout(() => abort(`no answer within ${limits.connectMs / 1e3} s`), limits.connectMs);
  try {
    let res;
    try {
      res = await fetch(url, { signal: controller.signal });
    } catch (e) {
      throw new FetchFailure(controller.signal.aborted ? why2 : describeFetchError(e));
    }
    if (!res.ok || !res.body) {
      await res.body?.cancel().catch(() => void 0);
      throw new FetchFailure(`HTTP ${res.status}${res.status === 404 ? " (no such release or asset)" : ""}`);
    }
    const chunks = [];
    let size = 0;
    const stalled = () => abort(`download stalled for ${limits.stallMs / 1e3} s`);
    clearTimeout(timer);
    timer = setTimeout(stalled, limits.stallMs);
    try {
      for await (const chunk of res.body) {
        clearTimeout(timer);
        timer = setTimeout(stalled, limits.stallMs);
        chunks.push(chunk);
        size += chunk.byteLength;
      }
    } catch (e) {
      throw new FetchFailure(controller.signal.aborted ? why2 : describeFetchError(e));
    }
    return concat(chunks, size);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onOuterAbort);
  }
}
async function fetchJson(url, timeoutMs, signal) {
  const text = new TextDecoder().decode(await fetchBytes(url, { connectMs: timeoutMs, stallMs: timeoutMs }, signal));
  try {
    return JSON.parse(text);
  } catch {
    throw new FetchFailure("answer is not JSON");
  }
}
function describeFetchError(e) {
  const err2 = e;
  const code = err2?.cause?.code;
  if (code) return CODES[code] ?? code;
  return err2?.cause?.message ?? err2?.message ?? String(e);
}
function concat(chunks, size) {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c3 of chunks) {
    out.set(c3, offset);
    offset += c3.byteLength;
  }
  return out;
}
var FetchFailure, CODES;
var init_http = __esm({
  "src/backends/local/http.ts"() {
    "use strict";
    FetchFailure = class extends Error {
    };
    CODES = {
      ENOTFOUND: "host not found, no network or DNS? (ENOTFOUND)",
      EAI_AGAIN: "DNS lookup failed, no network? (EAI_AGAIN)",
      ECONNREFUSED: "connection refused (ECONNREFUSED)",
      ECONNRESET: "connection reset (ECONNRESET)",
      ENETUNREACH: "network unreachable (ENETUNREACH)",
      ETIMEDOUT: "connection timed out (ETIMEDOUT)"
    };
  }
});

// src/backends/local/download.ts
import path11 from "node:path";
import { randomBytes as randomBytes2 } from "node:crypto";
import { chmod, mkdir, rename, rm, writeFile } from "node:fs/promises";
async function downloadToCache(url, entry, limits, signal) {
  const zip = await fetchBytes(url, limits, signal);
  const name = executableName();
  let files;
  try {
    files = unzipSync(zip, { filter: (f) => path11.posix.basename(f.name) === name });
  } catch (e) {
    throw new FetchFailure(`not a readable zip (${e.message})`);
  }
  const binary = Object.values(files)[0];
  if (!binary) throw new FetchFailure(`the zip holds no ${name}`);
  await mkdir(entry.dir, { recursive: true });
  const temp = path11.join(entry.dir, `.${name}.${randomBytes2(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, binary, { mode: 493 });
    await chmod(temp, 493);
    await rename(temp, entry.binary);
  } finally {
    await rm(temp, { force: true });
  }
  await writeFile(entry.marker, `${(/* @__PURE__ */ new Date()).toISOString()} ${url}
`);
}
var init_download = __esm({
  "src/backends/local/download.ts"() {
    "use strict";
    init_esm();
    init_http();
    init_platform();
  }
});

// src/backends/local/version.ts
function checkVersionInput(requested) {
  const value = requested?.trim() || PINNED_BACKEND_VERSION;
  if (value === "latest" || TAG.test(value) && !value.includes("..")) return value;
  throw new ConfigError(
    `--convex-backend-version: "${requested}" is not a convex-local-backend release tag (expected e.g. ${PINNED_BACKEND_VERSION}, or latest)`
  );
}
async function resolveVersion(requested, opts) {
  if (requested !== "latest") return requested;
  let answer;
  try {
    answer = await fetchJson(opts.versionUrl, opts.timeoutMs, opts.signal);
  } catch (e) {
    if (!(e instanceof FetchFailure)) throw e;
    throw new BackendError(
      `obtain binary: could not resolve convex-backend-version "latest" at ${opts.versionUrl} (${e.message}); pin a release tag with --convex-backend-version, pass --convex-backend-binary PATH (action input convex-backend-binary), or use --backend embedded`
    );
  }
  const version = answer?.version;
  if (typeof version !== "string" || !TAG.test(version)) {
    throw new BackendError(
      `obtain binary: ${opts.versionUrl} answered without a release tag; pin one with --convex-backend-version (e.g. ${PINNED_BACKEND_VERSION})`
    );
  }
  return version;
}
var PINNED_BACKEND_VERSION, DEFAULT_VERSION_URL, TAG;
var init_version = __esm({
  "src/backends/local/version.ts"() {
    "use strict";
    init_types();
    init_errors();
    init_http();
    PINNED_BACKEND_VERSION = "precompiled-2026-09-15-4e9b83a";
    DEFAULT_VERSION_URL = "https://version.convex.dev/v1/local_backend_version";
    TAG = /^precompiled-\d{4}-\d{2}-\d{2}-[\w.-]+$/;
  }
});

// src/backends/local/binary.ts
import { constants as constants5 } from "node:fs";
import { access as access3, stat as stat2 } from "node:fs/promises";
import path12 from "node:path";
async function obtainBinary(opts = {}) {
  if (opts.binaryPath) return { path: await checkExecutable(opts.binaryPath), source: "path" };
  const env = opts.env ?? process.env;
  const requested = checkVersionInput(opts.version);
  const target = releaseTarget();
  if (!target) {
    throw new BackendError(
      `obtain binary: convex-local-backend has no release for ${process.platform}/${process.arch}; ${WAYS_OUT}`
    );
  }
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const version = await resolveVersion(requested, {
    versionUrl: env.RACE_CHECK_CONVEX_VERSION_URL || DEFAULT_VERSION_URL,
    timeoutMs: limits.versionApiMs,
    signal: opts.signal
  });
  const entry = cacheEntry(cacheRoot(env), version, target);
  if (await isCached(entry)) return { path: entry.binary, version, source: "cache" };
  const base = (env.RACE_CHECK_CONVEX_DOWNLOAD_BASE || DEFAULT_DOWNLOAD_BASE).replace(/\/+$/, "");
  const url = `${base}/${version}/${assetName(target)}`;
  opts.onDownload?.(url);
  try {
    await downloadToCache(url, entry, limits, opts.signal);
  } catch (e) {
    const reason = e instanceof FetchFailure ? e.message : `could not write ${entry.dir} (${e.message})`;
    throw new BackendError(
      `obtain binary: convex-local-backend ${version} is not cached in ${entry.dir} and downloading ${url} failed: ${reason}; ${WAYS_OUT}`
    );
  }
  return { path: entry.binary, version, source: "download" };
}
async function checkExecutable(raw) {
  const file = path12.resolve(raw);
  const info = await stat2(file).catch(() => void 0);
  if (!info?.isFile()) throw new ConfigError(`--convex-backend-binary: ${raw} is not a file`);
  try {
    await access3(file, constants5.X_OK);
  } catch {
    throw new ConfigError(`--convex-backend-binary: ${raw} is not executable (chmod +x it)`);
  }
  return file;
}
var DEFAULT_DOWNLOAD_BASE, DEFAULT_LIMITS, WAYS_OUT;
var init_binary = __esm({
  "src/backends/local/binary.ts"() {
    "use strict";
    init_errors();
    init_types();
    init_cache();
    init_download();
    init_http();
    init_platform();
    init_version();
    DEFAULT_DOWNLOAD_BASE = "https://github.com/convex/convex-backend/releases/download";
    DEFAULT_LIMITS = { versionApiMs: 1e4, connectMs: 15e3, stallMs: 3e4 };
    WAYS_OUT = "pass --convex-backend-binary PATH (action input convex-backend-binary) to a binary you have, or use --backend embedded";
  }
});

// src/backends/local/redact.ts
function redact2(text, secrets) {
  let out = text;
  for (const s of secrets) if (s && s.length >= 8) out = out.split(s).join("[redacted]");
  return out;
}
var init_redact = __esm({
  "src/backends/local/redact.ts"() {
    "use strict";
  }
});

// src/backends/local/deploy.ts
import path13 from "node:path";
import { createRequire as createRequire2 } from "node:module";
import { stripVTControlCharacters as stripVTControlCharacters2 } from "node:util";
import { readFile, stat as stat3, writeFile as writeFile2 } from "node:fs/promises";
async function projectConvexCli(projectDir) {
  let pkgFile;
  try {
    pkgFile = createRequire2(path13.join(path13.resolve(projectDir), "package.json")).resolve("convex/package.json");
  } catch {
    throw new ConfigError(
      `backend local deploys your functions with your project's convex package, and none is installed for ${projectDir} (run npm install)`
    );
  }
  const pkg = JSON.parse(await readFile(pkgFile, "utf8"));
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin?.convex;
  if (!bin) throw new ConfigError(`${pkgFile} names no convex command`);
  return path13.join(path13.dirname(pkgFile), bin);
}
function deployArgs(envFile, codegen) {
  return ["deploy", "--env-file", envFile, "--typecheck", "disable", "--codegen", codegen ? "enable" : "disable"];
}
function deployEnv(env = process.env) {
  const out = {};
  for (const [k, v] of Object.entries(childEnv(env))) if (!/^CONVEX_/i.test(k)) out[k] = v;
  out.CI ||= "1";
  return out;
}
async function deployFunctions(opts) {
  const cli = await projectConvexCli(opts.projectDir);
  if (!/^[\w|:.+/=-]+$/.test(opts.adminKey)) throw new BackendError("deploy: the admin key has unexpected characters");
  const envFile = path13.join(opts.workDir, "deploy.env");
  await writeFile2(envFile, `CONVEX_SELF_HOSTED_URL=${opts.url}
CONVEX_SELF_HOSTED_ADMIN_KEY=${opts.adminKey}
`, {
    mode: 384
  });
  const generated = path13.join(opts.projectDir, opts.functionsDir ?? "convex", "_generated");
  const codegen = !(await stat3(generated).catch(() => void 0))?.isDirectory();
  const timeoutMs = opts.timeoutMs ?? DEPLOY_TIMEOUT_MS;
  const started = performance.now();
  const r = await execa(process.execPath, [cli, ...deployArgs(envFile, codegen)], {
    cwd: opts.projectDir,
    env: deployEnv(),
    extendEnv: false,
    stdin: "ignore",
    all: true,
    reject: false,
    timeout: timeoutMs,
    cancelSignal: opts.signal,
    cleanup: true
  });
  if (!r.failed) return { durationMs: performance.now() - started };
  throw new BackendError(
    `deploy: \`convex deploy\` of ${opts.projectDir} to the local backend failed (${whyFailed(r, timeoutMs)})`,
    outputTail(deployOutput(r, [opts.adminKey]))
  );
}
function whyFailed(r, timeoutMs) {
  if (r.timedOut) return `did not finish within ${timeoutMs / 1e3} s`;
  if (r.isCanceled) return "interrupted";
  return r.signal ? `killed by ${r.signal}` : `exit code ${r.exitCode}`;
}
function deployOutput(r, secrets) {
  return stripVTControlCharacters2(redact2(String(r.all ?? ""), secrets)).trimEnd();
}
function outputTail(output) {
  return output.split("\n").slice(-TAIL_LINES).join("\n") || void 0;
}
var DEPLOY_TIMEOUT_MS, TAIL_LINES;
var init_deploy = __esm({
  "src/backends/local/deploy.ts"() {
    "use strict";
    init_child_env();
    init_execa();
    init_errors();
    init_types();
    init_redact();
    DEPLOY_TIMEOUT_MS = 5 * 6e4;
    TAIL_LINES = 50;
  }
});

// src/backends/local/ports.ts
import net from "node:net";
async function freePorts(count3) {
  const servers = [];
  try {
    const ports = [];
    for (let i3 = 0; i3 < count3; i3++) {
      const server = net.createServer();
      servers.push(server);
      await new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(0, "127.0.0.1", () => resolve());
      });
      ports.push(server.address().port);
    }
    return ports;
  } finally {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  }
}
var init_ports = __esm({
  "src/backends/local/ports.ts"() {
    "use strict";
  }
});

// src/backends/local/launch.ts
import os2 from "node:os";
import path14 from "node:path";
import readline from "node:readline";
import { stripVTControlCharacters as stripVTControlCharacters3 } from "node:util";
import { randomBytes as randomBytes3 } from "node:crypto";
import { createWriteStream as createWriteStream2, rmSync } from "node:fs";
import { mkdtemp, rm as rm2 } from "node:fs/promises";
async function launchBackend(opts) {
  const instanceName = `race-check-${randomBytes3(5).toString("hex")}`;
  const instanceSecret = randomBytes3(32).toString("hex");
  registerSecret(instanceSecret);
  const adminKey = await keygen(opts, instanceName, instanceSecret);
  registerSecret(adminKey);
  const secrets = [instanceSecret, adminKey];
  const dataDir = await mkdtemp(path14.join(opts.tmpDir ?? os2.tmpdir(), "race-check-local-"));
  const logFile = path14.join(opts.logDir || process.env.RUNNER_TEMP || os2.tmpdir(), `${instanceName}.log`);
  const spawned = {};
  const removeExitHook = onExit(() => {
    const child = spawned.child;
    if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  });
  const log = new LogTail(500);
  const logStream = createWriteStream2(logFile, { flags: "a", mode: 384 });
  logStream.on("error", () => void 0);
  const started = performance.now();
  let port, sitePort;
  try {
    [port, sitePort] = await freePorts(2);
  } catch (e) {
    logStream.end();
    await rm2(dataDir, { recursive: true, force: true });
    removeExitHook();
    throw new BackendError(`start: no free loopback port (${e.message})`);
  }
  const url = `http://127.0.0.1:${port}`;
  const running = execa(
    opts.binary,
    [
      "--port",
      String(port),
      "--site-proxy-port",
      String(sitePort),
      "--instance-name",
      instanceName,
      "--instance-secret",
      instanceSecret,
      "--local-storage",
      path14.join(dataDir, "storage"),
      "--disable-beacon",
      path14.join(dataDir, "convex_local_backend.sqlite3")
    ],
    {
      cwd: dataDir,
      env: { ...childEnv(), ...opts.env },
      extendEnv: false,
      stdin: "ignore",
      all: true,
      buffer: false,
      reject: false,
      cleanup: true,
      forceKillAfterDelay: opts.graceMs ?? 5e3
    }
  );
  spawned.child = running;
  const logClosed = captureLines(running, (line) => {
    const clean2 = stripVTControlCharacters3(redact2(line, secrets));
    log.push(`${clean2}
`);
    logStream.write(`${clean2}
`);
  }).then(() => new Promise((resolve) => logStream.end(resolve)));
  let exited = false;
  const exit = running.then((r) => {
    exited = true;
    return r;
  });
  const tail = (n2 = TAIL_LINES2) => log.tail(n2);
  let stopping;
  const stop = () => stopping ??= (async () => {
    if (!exited) running.kill("SIGTERM");
    await exit;
    await logClosed;
    await rm2(dataDir, { recursive: true, force: true });
    removeExitHook();
  })();
  try {
    await waitReady({ url, instanceName, timeoutMs: opts.startupTimeoutMs, exit, signal: opts.signal });
  } catch (e) {
    await stop();
    if (e instanceof BackendError) throw new BackendError(`${e.message}; log: ${logFile}`, tail());
    throw e;
  }
  return {
    url,
    siteUrl: `http://127.0.0.1:${sitePort}`,
    adminKey,
    instanceName,
    dataDir,
    logFile,
    pid: running.pid,
    startupMs: performance.now() - started,
    isAlive: () => !exited,
    logTail: tail,
    stop
  };
}
async function keygen(opts, instanceName, instanceSecret) {
  const r = await execa(
    opts.binary,
    ["keygen", "admin-key", "--instance-name", instanceName, "--instance-secret", instanceSecret],
    {
      env: { ...childEnv(), ...opts.env },
      extendEnv: false,
      stdin: "ignore",
      reject: false,
      timeout: KEYGEN_TIMEOUT_MS,
      cancelSignal: opts.signal
    }
  );
  const key = String(r.stdout ?? "").trim();
  if (!r.failed && key && !/\s/.test(key)) return key;
  const why2 = r.code ? `could not run ${opts.binary} (${r.code})` : r.timedOut ? `\`keygen admin-key\` did not finish within ${KEYGEN_TIMEOUT_MS / 1e3} s` : r.isCanceled ? "interrupted" : `\`keygen admin-key\` failed (${r.signal ? `signal ${r.signal}` : `exit code ${r.exitCode}`}); releases before May 2026 lack it, pick a newer --convex-backend-version`;
  const output = redact2(`${String(r.stderr ?? "")}
${String(r.stdout ?? "")}`.trim(), [instanceSecret]);
  throw new BackendError(`start: ${why2}`, output.split("\n").slice(-TAIL_LINES2).join("\n") || void 0);
}
async function waitReady(args) {
  const controller = new AbortController();
  let interrupted = () => void 0;
  const onAbort = () => interrupted();
  args.signal?.addEventListener("abort", onAbort, { once: true });
  let timer;
  try {
    await Promise.race([
      poll(args.url, args.instanceName, controller.signal),
      args.exit.then((r) => {
        throw new BackendError(
          r.code ? `start: could not run convex-local-backend (${r.code})` : `start: convex-local-backend exited during start-up (${r.signal ? `signal ${r.signal}` : `exit code ${r.exitCode}`})`
        );
      }),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(
            new BackendError(
              `start: convex-local-backend did not answer GET /instance_name within ${args.timeoutMs / 1e3} s; raise --startup-timeout (action input startup-timeout) on a slow runner`
            )
          ),
          args.timeoutMs
        );
      }),
      new Promise((_, reject) => {
        interrupted = () => reject(new BackendError("start: interrupted while convex-local-backend was starting"));
        if (args.signal?.aborted) interrupted();
      })
    ]);
  } finally {
    clearTimeout(timer);
    controller.abort();
    args.signal?.removeEventListener("abort", onAbort);
  }
}
async function poll(url, instanceName, signal) {
  while (!signal.aborted) {
    try {
      const res = await fetch(`${url}/instance_name`, { signal: AbortSignal.any([signal, AbortSignal.timeout(2e3)]) });
      const text = (await res.text()).trim();
      if (res.ok && text === instanceName) return;
      if (res.ok) {
        throw new BackendError(
          `start: another backend ("${text.slice(0, 60)}") answered on ${url}; the port was taken after it was picked, run again`
        );
      }
    } catch (e) {
      if (e instanceof BackendError) throw e;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return new Promise(() => void 0);
}
function captureLines(child, onLine) {
  if (!child.all) return Promise.resolve();
  const lines = readline.createInterface({ input: child.all, crlfDelay: Infinity });
  lines.on("line", onLine);
  return new Promise((resolve) => lines.once("close", resolve));
}
var KEYGEN_TIMEOUT_MS, POLL_MS, TAIL_LINES2;
var init_launch = __esm({
  "src/backends/local/launch.ts"() {
    "use strict";
    init_child_env();
    init_execa();
    init_mjs();
    init_log_tail();
    init_secrets();
    init_types();
    init_ports();
    init_redact();
    KEYGEN_TIMEOUT_MS = 3e4;
    POLL_MS = 100;
    TAIL_LINES2 = 50;
  }
});

// src/backends/local/index.ts
async function startLocal(opts) {
  const binary = await obtainBinary({
    version: opts.convexBackendVersion,
    binaryPath: opts.convexBackendBinary,
    env: opts.env,
    signal: opts.signal,
    onDownload: (url) => process.stderr.write(`race-check: downloading ${url}
`)
  });
  const backend = await launchBackend({
    binary: binary.path,
    startupTimeoutMs: opts.startupTimeoutMs ?? DEFAULT_STARTUP_TIMEOUT_MS,
    graceMs: opts.graceMs,
    tmpDir: opts.tmpDir,
    logDir: opts.logDir,
    env: opts.backendEnv,
    signal: opts.signal
  });
  try {
    await setDeploymentEnv(backend.url, backend.adminKey, opts.deploymentEnv ?? {}).catch((e) => {
      throw new BackendError(e instanceof Error ? e.message : String(e));
    });
    await deployFunctions({
      projectDir: opts.projectDir,
      functionsDir: opts.functionsDir,
      url: backend.url,
      adminKey: backend.adminKey,
      workDir: backend.dataDir,
      signal: opts.signal
    });
  } catch (e) {
    const backendTail = backend.logTail(TAIL_LINES2);
    await backend.stop();
    if (!(e instanceof BackendError)) throw e;
    throw new BackendError(
      `${e.message}; backend log: ${backend.logFile}`,
      [e.logTail && `convex deploy output:
${e.logTail}`, backendTail && `convex-local-backend log:
${backendTail}`].filter(Boolean).join("\n\n") || void 0
    );
  }
  return {
    url: backend.url,
    siteUrl: backend.siteUrl,
    adminKey: backend.adminKey,
    kind: "local",
    startupMs: backend.startupMs,
    probe: () => probeDeployment(backend.url, backend.isAlive),
    // The binary runs on this machine: its clock is ours.
    scheduled: { ...systemScheduledJobs(adminClient(backend.url, backend.adminKey)), pollMs: 25 },
    logTail: backend.logTail,
    logFile: backend.logFile,
    stop: backend.stop
  };
}
var DEFAULT_STARTUP_TIMEOUT_MS;
var init_local = __esm({
  "src/backends/local/index.ts"() {
    "use strict";
    init_types();
    init_admin();
    init_probe();
    init_scheduled_jobs();
    init_deployment_env();
    init_binary();
    init_deploy();
    init_launch();
    DEFAULT_STARTUP_TIMEOUT_MS = 6e4;
  }
});

// src/backends/url.ts
function isLoopback(url) {
  return LOOPBACK.test(url.hostname);
}
function checkDeploymentUrl(raw, allowRemote = false, flag2 = "--url") {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${flag2}: "${withoutCredentials(raw)}" is not a URL (expected e.g. http://127.0.0.1:3210)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(`${flag2}: "${withoutCredentials(raw)}" must be an http:// or https:// URL`);
  }
  if (url.username || url.password) {
    throw new ConfigError(`${flag2}: put no credentials in the URL (the admin key comes from CONVEX_ADMIN_KEY)`);
  }
  if (!isLoopback(url) && !allowRemote) {
    throw new ConfigError(
      `${flag2}: ${url.origin} is not on this machine; stress rounds against a shared or production deployment hurt real users. Pass --allow-remote (action input allow-remote: true) if you really mean it`
    );
  }
  return url;
}
function withoutCredentials(raw) {
  const at = raw.lastIndexOf("@");
  if (at < 0) return raw;
  const scheme = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.exec(raw)?.[0] ?? "";
  return `${scheme}***@${raw.slice(at + 1)}`;
}
async function connectUrl(opts) {
  if (!opts.url) throw new ConfigError("backend url needs --url (or action input convex-url)");
  const url = checkDeploymentUrl(opts.url, opts.allowRemote);
  if (!opts.adminKey) {
    throw new ConfigError(
      "backend url needs an admin key: set CONVEX_ADMIN_KEY (action input admin-key) so setup and invariant reads can call internal functions"
    );
  }
  return {
    url: url.origin,
    siteUrl: siteUrlFor(url, opts.siteUrl, opts.allowRemote),
    adminKey: opts.adminKey,
    kind: "url",
    probe: () => probeDeployment(url.origin),
    // The deployment's clock is taken to be ours: a remote one off by seconds only moves the
    // horizon's edge by as much.
    scheduled: { ...systemScheduledJobs(adminClient(url.origin, opts.adminKey)), pollMs: 50 },
    stop: async () => void 0
  };
}
function siteUrlFor(url, given, allowRemote = false) {
  if (given) return checkDeploymentUrl(given, allowRemote, "--site-url").origin;
  if (url.hostname.endsWith(".convex.cloud"))
    return `${url.protocol}//${url.hostname.replace(/\.convex\.cloud$/, ".convex.site")}`;
  return void 0;
}
var LOOPBACK;
var init_url = __esm({
  "src/backends/url.ts"() {
    "use strict";
    init_errors();
    init_admin();
    init_probe();
    init_scheduled_jobs();
    LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;
  }
});

// src/version.ts
var VERSION;
var init_version2 = __esm({
  "src/version.ts"() {
    "use strict";
    VERSION = true ? "1.0.0" : JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;
  }
});

// src/backends/preview/authorize.ts
function provisionHost(env = process.env) {
  return (env.CONVEX_PROVISION_HOST || "https://api.convex.dev").replace(/\/$/, "");
}
async function authorizePreview(key, previewName, signal) {
  let res;
  try {
    res = await fetch(`${provisionHost()}/api/deployment/authorize_preview`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${key.key}`,
        "content-type": "application/json",
        "convex-client": `race-check-${VERSION}`
      },
      body: JSON.stringify({
        previewName,
        projectSelection: { kind: "teamAndProjectSlugs", teamSlug: key.teamSlug, projectSlug: key.projectSlug }
      }),
      redirect: "manual",
      signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(3e4)]) : AbortSignal.timeout(3e4)
    });
  } catch (e) {
    throw new BackendError(`could not ask Convex for the preview deployment's admin key: ${e.message}`);
  }
  const text = await res.text().catch(() => "");
  if (res.status !== 200) {
    throw new BackendError(
      `Convex refused the preview deployment's admin key for "${previewName}": HTTP ${res.status} ${redact2(text, [key.key]).slice(0, 300)}`
    );
  }
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new BackendError("the answer with the preview deployment's admin key was not JSON");
  }
  if (typeof body.adminKey !== "string" || typeof body.url !== "string") {
    throw new BackendError("the answer with the preview deployment's admin key named no adminKey and url");
  }
  registerSecret(body.adminKey);
  return { url: body.url, adminKey: body.adminKey };
}
var init_authorize = __esm({
  "src/backends/preview/authorize.ts"() {
    "use strict";
    init_version2();
    init_secrets();
    init_redact();
    init_types();
  }
});

// src/backends/preview/deploy.ts
import { readFile as readFile2, writeFile as writeFile3 } from "node:fs/promises";
import path15 from "node:path";
function previewDeployArgs(o2) {
  return [
    "deploy",
    "--env-file",
    o2.envFile,
    o2.claim === "create" ? "--preview-create" : "--preview-name",
    o2.name,
    "--cmd",
    o2.cmd,
    "--cmd-url-env-var-name",
    URL_VARIABLE,
    "--typecheck",
    "disable",
    "--codegen",
    o2.codegen ? "enable" : "disable"
  ];
}
async function deployToPreview(o2) {
  const cli = await projectConvexCli(o2.projectDir);
  if (/[\r\n]/.test(o2.key)) throw new BackendError("deploy: the deploy key has unexpected characters");
  const envFile = path15.join(o2.workDir, "preview.env");
  await writeFile3(envFile, `CONVEX_DEPLOY_KEY=${o2.key}
`, { mode: 384 });
  const urlFile = path15.join(o2.workDir, "preview-url");
  const script = path15.join(o2.workDir, "report-url.cjs");
  await writeFile3(
    script,
    `require("node:fs").writeFileSync(process.env.RACE_CHECK_PREVIEW_URL_FILE, process.env.${URL_VARIABLE} || "");
`
  );
  const cmd = [process.execPath, script].map(shellWord).join(" ");
  const timeoutMs = o2.timeoutMs ?? DEPLOY_TIMEOUT_MS2;
  const r = await execa(
    process.execPath,
    [cli, ...previewDeployArgs({ envFile, name: o2.name, claim: o2.claim, cmd, codegen: o2.codegen })],
    {
      cwd: o2.projectDir,
      env: {
        ...deployEnv(),
        // The CLI's own override of where it claims deployments (api.convex.dev otherwise).
        ...process.env.CONVEX_PROVISION_HOST && { CONVEX_PROVISION_HOST: process.env.CONVEX_PROVISION_HOST },
        RACE_CHECK_PREVIEW_URL_FILE: urlFile
      },
      extendEnv: false,
      stdin: "ignore",
      all: true,
      reject: false,
      timeout: timeoutMs,
      cancelSignal: o2.signal,
      cleanup: true
    }
  );
  const output = deployOutput(r, [o2.key]);
  if (r.failed) {
    const why2 = whyFailed(r, timeoutMs);
    throw new BackendError(
      `deploy: \`convex deploy --preview-${o2.claim === "create" ? "create" : "name"} ${o2.name}\` failed (${why2})`,
      outputTail(output)
    );
  }
  const url = (await readFile2(urlFile, "utf8").catch(() => "")).trim();
  if (!url) {
    throw new BackendError(
      "deploy: `convex deploy` finished but never ran --cmd with the preview deployment's URL (is the project's convex CLI older than --cmd-url-env-var-name?)",
      outputTail(output)
    );
  }
  return { url, output };
}
function shellWord(word) {
  if (/["$`%!]/.test(word) || process.platform !== "win32" && word.includes("\\")) {
    throw new BackendError(`deploy: ${word} cannot be passed through the shell --cmd runs in`);
  }
  return `"${word}"`;
}
var DEPLOY_TIMEOUT_MS2, URL_VARIABLE;
var init_deploy2 = __esm({
  "src/backends/preview/deploy.ts"() {
    "use strict";
    init_execa();
    init_deploy();
    init_types();
    DEPLOY_TIMEOUT_MS2 = 10 * 6e4;
    URL_VARIABLE = "RACE_CHECK_PREVIEW_URL";
  }
});

// src/backends/preview/key.ts
function deployKeyKind(key) {
  const [prefix, secret] = key.split("|");
  const parts = prefix.split(":");
  if (secret !== void 0 && parts[0] === "preview" && parts.length === 3) return "preview";
  if (/^project:/.test(key)) return "project";
  if (/^dev:/.test(key)) return "dev";
  if (/^prod:/.test(key) || !key.includes(":")) return "prod";
  return "other";
}
function checkPreviewKey(key, source) {
  if (!key) {
    throw new ConfigError(
      `backend preview needs a Convex preview deploy key: set ${source} to one generated in the project's settings in the Convex dashboard (Preview Deploy Keys)`
    );
  }
  const kind2 = deployKeyKind(key);
  if (kind2 === "prod") {
    throw new ConfigError(
      `${source} holds a production deploy key: backend preview races a throwaway preview deployment and never production; use a preview deploy key (preview:<team>:<project>|…) from the project's settings`
    );
  }
  if (kind2 !== "preview") {
    throw new ConfigError(
      `${source} holds a ${kind2 === "other" ? "deploy" : kind2} key, not a preview deploy key (preview:<team>:<project>|…); generate one in the project's settings in the Convex dashboard`
    );
  }
  const [, teamSlug, projectSlug] = key.split("|")[0].split(":");
  return { key, teamSlug, projectSlug };
}
function defaultPreviewName(env, shard) {
  const branch = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || "local";
  const slug = branch.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40) || "branch";
  return `race-check-${slug}${shard ? `-shard-${shard.index}-of-${shard.count}` : ""}`;
}
var init_key = __esm({
  "src/backends/preview/key.ts"() {
    "use strict";
    init_errors();
  }
});

// src/backends/preview/index.ts
import { mkdtemp as mkdtemp2, rm as rm3, stat as stat4 } from "node:fs/promises";
import os3 from "node:os";
import path16 from "node:path";
function checkPreviewOptions(opts) {
  checkPreviewKey(opts.deployKey, DEPLOY_KEY_SOURCE);
  if (!opts.allowRemote) {
    throw new ConfigError(
      "backend preview deploys to and races a Convex cloud deployment, which is not on this machine; stress rounds are real traffic on your Convex team. Pass --allow-remote (action input allow-remote: true) if you mean it"
    );
  }
}
async function startPreview(opts) {
  checkPreviewOptions(opts);
  const key = checkPreviewKey(opts.deployKey, DEPLOY_KEY_SOURCE);
  registerSecret(key.key);
  const name = opts.previewName ?? defaultPreviewName(process.env);
  const began = performance.now();
  const workDir = await mkdtemp2(path16.join(os3.tmpdir(), "race-check-preview-"));
  const generated = path16.join(opts.projectDir, opts.functionsDir ?? "convex", "_generated");
  const codegen = !(await stat4(generated).catch(() => void 0))?.isDirectory();
  const deploy = (claim) => deployToPreview({ projectDir: opts.projectDir, codegen, key: key.key, name, claim, workDir, signal: opts.signal });
  try {
    process.stderr.write(`race-check: deploying your functions to the Convex preview deployment "${name}"
`);
    const { url } = await deploy("create");
    const credentials = await authorizePreview(key, name, opts.signal);
    if (new URL(credentials.url).origin !== new URL(url).origin) {
      throw new BackendError(
        `the deploy key's preview deployment "${name}" is at ${credentials.url}, but convex deploy pushed to ${url}`
      );
    }
    const env = opts.deploymentEnv ?? {};
    if (Object.keys(env).length > 0) {
      await setDeploymentEnv(credentials.url, credentials.adminKey, env).catch((e) => {
        throw new BackendError(e instanceof Error ? e.message : String(e));
      });
      await deploy("reuse");
    }
    const backend = await connectUrl({
      ...opts,
      url: credentials.url,
      adminKey: credentials.adminKey,
      allowRemote: true
    });
    process.stderr.write(
      `race-check: racing ${backend.url} (preview deployment "${name}"; the next run of this name replaces it, and Convex deletes it after its preview retention)
`
    );
    return { ...backend, kind: "preview", startupMs: performance.now() - began };
  } finally {
    await rm3(workDir, { recursive: true, force: true });
  }
}
var DEPLOY_KEY_SOURCE;
var init_preview = __esm({
  "src/backends/preview/index.ts"() {
    "use strict";
    init_errors();
    init_secrets();
    init_deployment_env();
    init_types();
    init_url();
    init_authorize();
    init_deploy2();
    init_key();
    init_key();
    DEPLOY_KEY_SOURCE = "CONVEX_DEPLOY_KEY (action input deploy-key)";
  }
});

// src/backends/index.ts
import path17 from "node:path";
function parseBackendKind(value) {
  const kind2 = value ?? "embedded";
  if (!BACKEND_KINDS.includes(kind2)) {
    throw new ConfigError(`--backend: unknown backend "${value}"; expected one of ${BACKEND_KINDS.join(", ")}`);
  }
  return kind2;
}
async function startBackend(kind2, opts) {
  if (opts.url) checkDeploymentUrl(opts.url, opts.allowRemote);
  const adminKey = checkSecretValue(opts.adminKey, "the admin key (CONVEX_ADMIN_KEY, action input admin-key)");
  const backend = await start(kind2, { ...opts, adminKey });
  registerSecret(backend.adminKey);
  return backend;
}
async function start(kind2, opts) {
  switch (kind2) {
    case "embedded":
      return await startEmbedded(opts);
    case "local":
      return await startLocal(opts);
    case "url":
      return await connectUrl(opts);
    case "preview":
      return await startPreview(opts);
    default:
      throw new ConfigError(`backend "${kind2}" is not available in this version`);
  }
}
async function withInProcessBackend(opts, fn) {
  const functionsDir = path17.resolve(opts.projectDir, opts.functionsDir ?? "convex");
  return await withInProcessDeployment(functionsDir, opts.deploymentEnv ?? {}, fn);
}
var BACKEND_KINDS;
var init_backends = __esm({
  "src/backends/index.ts"() {
    "use strict";
    init_errors();
    init_secrets();
    init_embedded();
    init_in_process2();
    init_local();
    init_preview();
    init_url();
    BACKEND_KINDS = ["embedded", "local", "url", "preview"];
  }
});

// src/config/function-ref.ts
import { getFunctionName as getFunctionName3 } from "convex/server";
function functionPath(ref2) {
  if (typeof ref2 === "string") {
    if (!PATH.test(ref2)) throw new Error(`"${ref2}" is not a Convex function path (expected "module:function")`);
    return ref2.includes(":") ? ref2.replace(/\.(js|ts)(?=:)/, "") : `${ref2}:default`;
  }
  let name;
  try {
    name = getFunctionName3(ref2);
  } catch {
    throw new Error(`expected a "module:function" string or an api/internal reference, got ${describe(ref2)}`);
  }
  return name.includes(":") ? name : `${name}:default`;
}
function describe(value) {
  if (value === null) return "null";
  if (typeof value === "function") return "a function";
  return typeof value;
}
var PATH;
var init_function_ref = __esm({
  "src/config/function-ref.ts"() {
    "use strict";
    PATH = /^[A-Za-z0-9_][\w/.-]*(:[A-Za-z_$][\w$]*)?$/;
  }
});

// src/config/functions.ts
import { readFile as readFile3 } from "node:fs/promises";
import path18 from "node:path";
async function scanFunctions(functionsDir) {
  const found = /* @__PURE__ */ new Map();
  for (const file of await listModules(functionsDir)) {
    if (file.startsWith("_generated/") || /^(schema|auth\.config)\.[^/]+$/.test(file)) continue;
    const source = await readFile3(path18.join(functionsDir, file), "utf8");
    const module = file.replace(/\.[^./]+$/, "");
    for (const m of source.matchAll(/export\s+const\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*([A-Za-z_$][\w$]*)?/g)) {
      const builder = m[2] ?? "";
      const b = BUILDER.exec(builder);
      found.set(`${module}:${m[1]}`, {
        path: `${module}:${m[1]}`,
        visibility: b ? b[1] ? "internal" : "public" : "unknown"
      });
    }
    for (const m of source.matchAll(/export\s+(?:async\s+)?function\s+([A-Za-z_$][\w$]*)/g)) {
      found.set(`${module}:${m[1]}`, { path: `${module}:${m[1]}`, visibility: "unknown" });
    }
    for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
      for (const part of m[1].split(",")) {
        const name = part.trim().split(/\s+as\s+/).pop()?.trim();
        if (name) found.set(`${module}:${name}`, { path: `${module}:${name}`, visibility: "unknown" });
      }
    }
    const byDefault = /export\s+default\s+([A-Za-z_$][\w$]*)?/.exec(source);
    if (byDefault) {
      const b = BUILDER.exec(byDefault[1] ?? "");
      found.set(`${module}:default`, {
        path: `${module}:default`,
        visibility: b ? b[1] ? "internal" : "public" : "unknown"
      });
    }
  }
  return found;
}
function closeMatches(wanted, known2, max2 = 3) {
  const fn = (p) => p.slice(p.indexOf(":") + 1).toLowerCase();
  const scored = [...known2].map((k) => ({
    k,
    d: Math.min(
      distance(wanted.toLowerCase(), k.toLowerCase()),
      distance(fn(wanted), fn(k)) + 1,
      fn(wanted).length >= 3 && fn(k).includes(fn(wanted)) ? 2 : Infinity
    )
  }));
  const limit = Math.max(3, Math.floor(wanted.length / 2));
  return scored.filter((s) => s.d <= limit).sort((a2, b) => a2.d - b.d || a2.k.localeCompare(b.k)).slice(0, max2).map((s) => s.k);
}
function distance(a2, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i3) => i3);
  for (let i3 = 1; i3 <= a2.length; i3++) {
    let prev = row[0];
    row[0] = i3;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a2[i3 - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
var BUILDER;
var init_functions = __esm({
  "src/config/functions.ts"() {
    "use strict";
    init_project_files();
    BUILDER = /^(internal)?(query|mutation|action)$/i;
  }
});

// src/config/validate.ts
function validateConfig(raw, file) {
  try {
    return checkShape(raw, file);
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    const message = e instanceof Error ? e.message : String(e);
    throw new ConfigError(`${file}: reading the config threw: ${message.split("\n")[0]}`);
  }
}
function checkShape(raw, file) {
  const fail = (where, what) => {
    throw new ConfigError(`${file}: ${where}: ${what}`);
  };
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    fail("default export", `expected an object like defineConfig({ scenarios: [...] }), got ${kind(raw)}`);
  }
  const config = raw;
  const keys = (value, where, known2) => {
    for (const key of Object.keys(value)) {
      if (known2.includes(key)) continue;
      const near = closeMatches(key, known2, 1);
      fail(
        `${where}${key}`,
        `unknown key${near.length ? `; did you mean "${near[0]}"?` : `; known keys: ${known2.join(", ")}`}`
      );
    }
  };
  keys(config, "", CONFIG_KEYS);
  integer(config.rounds, "rounds", 1, LIMITS.maxRounds, fail);
  integer(config.clients, "clients", 1, LIMITS.maxClients, fail);
  integer(config.delayBetweenRounds, "delayBetweenRounds", 0, LIMITS.maxDelayMs, fail);
  integer(config.opTimeout, "opTimeout", 1, 36e5, fail);
  integer(config.settle, "settle", 0, LIMITS.maxSettleMs, fail);
  if (config.env !== void 0) {
    if (config.env === null || typeof config.env !== "object" || Array.isArray(config.env)) {
      fail("env", 'expected an object of environment variables, e.g. { STRIPE_SECRET_KEY: "sk_test_..." }');
    }
    for (const [name, value] of Object.entries(config.env)) {
      if (!ENV_NAME.test(name)) {
        fail(`env.${name}`, "not a valid name: begin with a letter, then letters, digits and _ (at most 256)");
      }
      if (typeof value !== "string") fail(`env.${name}`, `expected a string value, got ${kind(value)}`);
      if (Buffer.byteLength(value) > ENV_VALUE_MAX) fail(`env.${name}`, "value longer than Convex's 8 KiB");
    }
  }
  if (config.functionsDir !== void 0 && typeof config.functionsDir !== "string") {
    fail("functionsDir", "expected a directory path string");
  }
  if (!Array.isArray(config.scenarios) || config.scenarios.length === 0) {
    fail("scenarios", "expected a non-empty array of scenarios ({ name, setup, clients, act, invariant })");
  }
  const seen = /* @__PURE__ */ new Set();
  config.scenarios.forEach((s, i3) => {
    const at = `scenarios[${i3}]`;
    if (s === null || typeof s !== "object") fail(at, `expected a scenario object, got ${kind(s)}`);
    const sc = s;
    if (typeof sc.name !== "string" || sc.name.trim() === "")
      fail(`${at}.name`, "every scenario needs a non-empty name");
    const where = `scenario "${sc.name}"`;
    keys(sc, `${where} `, SCENARIO_KEYS);
    if (sc.identity !== void 0 && typeof sc.identity !== "function") {
      fail(`${where} identity`, "expected a function ({ setup, client }) => ({ subject, ... }) or undefined");
    }
    if (sc.act !== null && typeof sc.act === "object") keys(sc.act, `${where} act.`, ["fn", "args"]);
    if (sc.setup !== null && typeof sc.setup === "object" && "fn" in sc.setup) {
      keys(sc.setup, `${where} setup.`, ["fn", "args"]);
    }
    if (sc.explore !== null && typeof sc.explore === "object")
      keys(sc.explore, `${where} explore.`, ["setup", "clients"]);
    const invariant = sc.invariant;
    if (invariant !== null && typeof invariant === "object" && typeof invariant.kind === "string") {
      const known2 = INVARIANT_KEYS[invariant.kind];
      if (known2) keys(invariant, `${where} invariant.`, known2);
      if (invariant.kind === "capacity" && invariant.read !== null && typeof invariant.read === "object") {
        keys(invariant.read, `${where} invariant.read.`, ["fn", "args"]);
      }
    }
    if (seen.has(sc.name)) fail(where, "duplicate scenario name: give each scenario its own name");
    seen.add(sc.name);
    integer(sc.rounds, `${where} rounds`, 1, LIMITS.maxRounds, fail);
    integer(sc.clients, `${where} clients`, 1, LIMITS.maxClients, fail);
    integer(sc.delayBetweenRounds, `${where} delayBetweenRounds`, 0, LIMITS.maxDelayMs, fail);
    integer(sc.settle, `${where} settle`, 0, LIMITS.maxSettleMs, fail);
    if (sc.expect !== void 0 && sc.expect !== "race") {
      fail(
        `${where} expect`,
        `expected "race" (a known race: reported, not failing), got ${JSON.stringify(sc.expect)}`
      );
    }
    if (sc.setup !== void 0) {
      const setup = sc.setup;
      const fn = typeof sc.setup === "object" && sc.setup !== null && "fn" in setup ? setup.fn : sc.setup;
      ref(fn, `${where} setup`, fail);
      if (typeof sc.setup === "object" && setup.args !== void 0 && (typeof setup.args !== "object" || setup.args === null)) {
        fail(`${where} setup.args`, "expected an object of arguments");
      }
    }
    if (sc.explore !== void 0) {
      if (sc.explore === null || typeof sc.explore !== "object" || Array.isArray(sc.explore)) {
        fail(`${where} explore`, "expected { setup?, clients? }");
      }
      const ex = sc.explore;
      integer(ex.clients, `${where} explore.clients`, 1, LIMITS.maxClients, fail);
      if (ex.setup !== void 0) {
        const exSetup = ex.setup;
        const isCall = typeof ex.setup === "object" && ex.setup !== null && "fn" in exSetup;
        ref(isCall ? exSetup.fn : ex.setup, `${where} explore.setup`, fail);
        if (isCall && exSetup.args !== void 0 && (typeof exSetup.args !== "object" || exSetup.args === null)) {
          fail(`${where} explore.setup.args`, "expected an object of arguments");
        }
      }
    }
    if (typeof sc.act === "function") {
    } else if (sc.act !== null && typeof sc.act === "object" && "fn" in sc.act) {
      ref(sc.act.fn, `${where} act.fn`, fail);
    } else {
      fail(
        `${where} act`,
        'expected { fn: "module:function", args } or an async flow ({ convex, setup, client }) => ...'
      );
    }
    const inv = sc.invariant;
    if (typeof inv === "function") {
      fail(
        `${where} invariant`,
        "a callback (check) => check.capacity(...) is resolved by scenario(): wrap this scenario in scenario({ ... }), or give the invariant itself, e.g. capacity({ ... })"
      );
    }
    if (inv === void 0 || inv === null || typeof inv !== "object") {
      fail(`${where} invariant`, "missing: use capacity({...}), maxSuccesses({...}) or custom(fn)");
    }
    if (!INVARIANT_KINDS.includes(inv.kind)) {
      fail(
        `${where} invariant.kind`,
        `unknown kind ${JSON.stringify(inv.kind)}; expected one of ${INVARIANT_KINDS.join(", ")}`
      );
    }
    if (inv.kind === "capacity") {
      const read2 = inv.read;
      if (!read2 || typeof read2 !== "object")
        fail(`${where} invariant.read`, 'capacity needs read: { fn: "module:function", args }');
      ref(read2.fn, `${where} invariant.read.fn`, fail);
    }
    if (inv.kind === "capacity" || inv.kind === "maxSuccesses") {
      if (typeof inv.limit !== "number" && typeof inv.limit !== "function") {
        fail(`${where} invariant.limit`, "expected a number or a function of the setup value");
      }
    }
    if (inv.kind === "custom" && typeof inv.check !== "function") {
      fail(`${where} invariant.check`, "custom invariants need check: ({ history, admin, setup }) => verdict");
    }
  });
  return config;
}
function integer(value, name, min, max2, fail) {
  if (value === void 0) return;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max2) {
    fail(name, `expected a whole number from ${min} to ${max2}, got ${JSON.stringify(value)}`);
  }
}
function ref(value, where, fail) {
  if (value === void 0) fail(where, 'missing function: use "module:function" or api.module.function');
  try {
    functionPath(value);
  } catch (e) {
    fail(where, e.message);
  }
}
function kind(v) {
  return v === null ? "null" : Array.isArray(v) ? "an array" : typeof v;
}
function parseCount(value, name, min, max2) {
  if (value === void 0 || value === "") return void 0;
  const n2 = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n2) || n2 < min || n2 > max2) {
    throw new ConfigError(`${name}: expected a whole number from ${min} to ${max2}, got "${value}"`);
  }
  return n2;
}
var LIMITS, INVARIANT_KINDS, CONFIG_KEYS, SCENARIO_KEYS, INVARIANT_KEYS, ENV_NAME, ENV_VALUE_MAX;
var init_validate2 = __esm({
  "src/config/validate.ts"() {
    "use strict";
    init_errors();
    init_function_ref();
    init_functions();
    LIMITS = {
      maxClients: 1e3,
      maxRounds: 1e5,
      maxDelayMs: 6e5,
      /** A day: work scheduled further out than that is not part of a race trial. */
      maxSettleMs: 864e5
    };
    INVARIANT_KINDS = ["capacity", "maxSuccesses", "custom"];
    CONFIG_KEYS = [
      "rounds",
      "delayBetweenRounds",
      "clients",
      "opTimeout",
      "settle",
      "functionsDir",
      "env",
      "scenarios"
    ];
    SCENARIO_KEYS = [
      "name",
      "setup",
      "clients",
      "act",
      "invariant",
      "identity",
      "expect",
      "rounds",
      "delayBetweenRounds",
      "settle",
      "explore"
    ];
    INVARIANT_KEYS = {
      capacity: ["kind", "read", "limit", "title", "noun"],
      maxSuccesses: ["kind", "limit", "title", "noun", "isSuccess"],
      custom: ["kind", "check"]
    };
    ENV_NAME = /^[A-Za-z][A-Za-z0-9_]{0,255}$/;
    ENV_VALUE_MAX = 8 * 1024;
  }
});

// src/shell.ts
function shellQuote(arg) {
  if (/^[\w./:=@+-]+$/.test(arg)) return arg;
  if (arg.includes("!")) return `'${arg.replace(/'/g, "'\\''")}'`;
  return `"${arg.replace(/(["\\$`])/g, "\\$1")}"`;
}
function flag(name, value) {
  return value.startsWith("-") ? [`${name}=${value}`] : [name, value];
}
var init_shell2 = __esm({
  "src/shell.ts"() {
    "use strict";
  }
});

// src/engine/shard.ts
function parseShard(value, where) {
  if (value === void 0) return void 0;
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const count3 = m ? Number(m[2]) : NaN;
  if (!m || count3 < 1 || count3 > MAX_SHARDS || index < 1 || index > count3) {
    throw new ConfigError(
      `${where}: "${value}" is not a shard i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS} (e.g. 1/4: the first of four shards)`
    );
  }
  return { index, count: count3 };
}
function planShards(scenarios, count3) {
  const shards = Array.from({ length: count3 }, () => []);
  const cost2 = scenarios.map((s) => s.rounds * Math.max(1, s.clients));
  if (count3 <= scenarios.length) {
    const load2 = new Array(count3).fill(0);
    const order = scenarios.map((_, i3) => i3).sort((a2, b) => cost2[b] - cost2[a2] || a2 - b);
    for (const i3 of order) {
      const target = load2.indexOf(Math.min(...load2));
      load2[target] += cost2[i3];
      shards[target].push({ scenario: i3, from: 1, to: scenarios[i3].rounds });
    }
    for (const parts of shards) parts.sort((a2, b) => a2.scenario - b.scenario);
    return shards;
  }
  const pieces = scenarios.map(() => 1);
  for (let extra = count3 - scenarios.length; extra > 0; extra--) {
    let best = -1;
    for (let i3 = 0; i3 < scenarios.length; i3++) {
      if (pieces[i3] >= scenarios[i3].rounds) continue;
      if (best < 0 || cost2[i3] / pieces[i3] > cost2[best] / pieces[best]) best = i3;
    }
    if (best < 0) break;
    pieces[best]++;
  }
  let next = 0;
  scenarios.forEach((s, i3) => {
    const base = Math.floor(s.rounds / pieces[i3]);
    const longer = s.rounds % pieces[i3];
    let from = 1;
    for (let p = 0; p < pieces[i3]; p++) {
      const size = base + (p < longer ? 1 : 0);
      shards[next++].push({ scenario: i3, from, to: from + size - 1 });
      from += size;
    }
  });
  return shards;
}
function shardSeed(runSeed, shard) {
  let h2 = 2166136261;
  for (const word of [runSeed >>> 0, shard.index, shard.count]) {
    for (let b = 0; b < 4; b++) h2 = Math.imul(h2 ^ word >>> 8 * b & 255, 16777619);
  }
  h2 ^= h2 >>> 16;
  h2 = Math.imul(h2, 2246822507);
  h2 ^= h2 >>> 13;
  h2 = Math.imul(h2, 3266489909);
  h2 ^= h2 >>> 16;
  return h2 >>> 0;
}
function shardCommand(inputs, runSeed, shard) {
  return shardArgs(inputs, runSeed, shard).map(shellQuote).join(" ");
}
function shardArgs(inputs, runSeed, shard) {
  const parts = ["npx", "race-check", "run", ...flag("--config", inputs.config)];
  for (const name of inputs.scenarios ?? []) parts.push(...flag("--scenario", name));
  if (inputs.rounds !== void 0) parts.push("--rounds", String(inputs.rounds));
  if (inputs.clients !== void 0) parts.push("--clients", String(inputs.clients));
  if (inputs.opTimeout !== void 0) parts.push("--op-timeout", String(inputs.opTimeout));
  parts.push("--seed", String(runSeed), "--shard", `${shard.index}/${shard.count}`);
  if (inputs.backend !== "embedded") parts.push("--backend", inputs.backend);
  return parts;
}
function shardWork(scenarios, shard) {
  const parts = planShards(scenarios, shard.count)[shard.index - 1];
  if (parts.length === 0) {
    const rounds = scenarios.reduce((sum, s) => sum + s.rounds, 0);
    throw new ConfigError(
      `--shard ${shard.index}/${shard.count}: this shard has no work: the ${scenarios.length} selected scenario(s) have ${rounds} round(s) in all; use at most ${rounds} shards`
    );
  }
  return parts;
}
function prepareShard(scenarios, shard, runSeed, inputs) {
  const plan = scenarios.map(({ name, rounds, clients }) => ({ name, rounds, clients }));
  return {
    parts: shardWork(plan, shard),
    info: {
      index: shard.index,
      count: shard.count,
      seed: shardSeed(runSeed, shard),
      plan,
      command: shardCommand(inputs, runSeed, shard),
      args: shardArgs(inputs, runSeed, shard)
    }
  };
}
function shardRoundsOf(part, of, shard) {
  return { of, parts: [{ shard, from: part.from, to: part.to }] };
}
var MAX_SHARDS;
var init_shard = __esm({
  "src/engine/shard.ts"() {
    "use strict";
    init_errors();
    init_shell2();
    MAX_SHARDS = 256;
  }
});

// src/report/escape.ts
function truncate(text, max2) {
  if (text.length <= max2) return text;
  let end = Math.max(0, max2 - 1);
  if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) end--;
  return `${text.slice(0, end)}…`;
}
function isHighSurrogate(code) {
  return code >= 55296 && code <= 56319;
}
function oneLine(text) {
  return text.replace(/\r\n|[\u0000-\u001f\u007f\u2028\u2029]/g, " ");
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function mdInline(text, max2 = 300) {
  return escapeHtml(truncate(oneLine(text), max2)).replace(/[\\`*_[\]#|~]/g, "\\$&");
}
function mdCell(text, max2 = 300) {
  return mdInline(text, max2);
}
function mermaidText(text, max2 = 120) {
  return truncate(oneLine(text), max2).replace(/["`]/g, "'").replace(/[<>]/g, " ");
}
function codeBlock(lang, lines) {
  const longest = Math.max(0, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((r) => r.length))));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return [`${fence}${lang}`, ...lines, fence];
}
function neutraliseCommands(text) {
  return text.replace(/^([^\S\r\n]*):(?=:)/gm, "$1:​").replace(/##\[/g, "##​[");
}
var init_escape2 = __esm({
  "src/report/escape.ts"() {
    "use strict";
    init_shell2();
  }
});

// src/output/boundary.ts
function installOutputBoundary(opts = {}) {
  for (const stream of [process.stdout, process.stderr]) {
    if (installed2.has(stream)) continue;
    installed2.add(stream);
    guard(stream, opts);
  }
}
function guard(stream, opts) {
  let closed = false;
  stream.on("error", () => {
    closed = true;
  });
  const write = stream.write.bind(stream);
  const filtered = (chunk, ...rest) => {
    const callback = rest.find((r) => typeof r === "function");
    if (closed || stream.destroyed) {
      if (callback) process.nextTick(callback);
      return false;
    }
    if (lifted) return write(chunk, ...rest);
    let text = typeof chunk === "string" ? chunk : Buffer.isBuffer(chunk) ? chunk.toString("utf8") : void 0;
    if (text === void 0) return write(chunk, ...rest);
    text = clean(text, opts);
    return write(text, ...rest.filter((r) => typeof r === "function"));
  };
  stream.write = filtered;
}
function clean(text, opts) {
  const redacted = redact(text);
  return opts.neutralise ? neutraliseCommands(redacted) : redacted;
}
var installed2, lifted;
var init_boundary = __esm({
  "src/output/boundary.ts"() {
    "use strict";
    init_escape2();
    init_secrets();
    installed2 = /* @__PURE__ */ new WeakSet();
    lifted = false;
  }
});

// src/output/report-file.ts
import { mkdir as mkdir2, stat as stat5, writeFile as writeFile4, access as access4, constants as constants6 } from "node:fs/promises";
import path19 from "node:path";
async function checkOutputPath(file, label, opts = {}) {
  const target = await stat5(file).catch(() => void 0);
  if (target?.isDirectory()) {
    throw new ConfigError(
      `${label}: ${file} is a directory; give a file name such as ${path19.join(file, "report.json")}`
    );
  }
  let dir = path19.dirname(path19.resolve(file));
  let info = await stat5(dir).catch(() => void 0);
  if (!info && !opts.createDir) {
    throw new ConfigError(
      `${label}: directory ${path19.dirname(file)} does not exist; create it first or pick another path`
    );
  }
  while (!info) {
    const parent = path19.dirname(dir);
    if (parent === dir) break;
    dir = parent;
    info = await stat5(dir).catch(() => void 0);
  }
  if (!info?.isDirectory()) {
    throw new ConfigError(`${label}: ${dir} is not a directory, so ${file} cannot be written`);
  }
  if (!await access4(dir, constants6.W_OK).then(
    () => true,
    () => false
  )) {
    throw new ConfigError(`${label}: directory ${dir} is not writable`);
  }
}
async function writeOutputFile(file, text) {
  await mkdir2(path19.dirname(path19.resolve(file)), { recursive: true });
  await writeFile4(file, redact(text));
}
var init_report_file = __esm({
  "src/output/report-file.ts"() {
    "use strict";
    init_errors();
    init_secrets();
  }
});

// src/output/log-file.ts
var MAX_LINES, LogCollector;
var init_log_file = __esm({
  "src/output/log-file.ts"() {
    "use strict";
    init_report_file();
    MAX_LINES = 2e5;
    LogCollector = class _LogCollector {
      byScenario = /* @__PURE__ */ new Map();
      total = 0;
      dropped = 0;
      onLogs = (scenario, lines) => {
        const room = Math.max(0, MAX_LINES - this.total);
        const kept = lines.slice(0, room);
        this.dropped += lines.length - kept.length;
        this.total += kept.length;
        const list = this.byScenario.get(scenario) ?? [];
        list.push(...kept);
        this.byScenario.set(scenario, list);
      };
      /** `report.json` → `report.log`; written (through the output boundary) only when there is a log. */
      static pathBeside(reportFile) {
        return `${reportFile.replace(/\.(json|md|markdown)$/i, "")}.log`;
      }
      async writeBeside(reportFile, result2) {
        if (this.total === 0) return void 0;
        const file = _LogCollector.pathBeside(reportFile);
        const parts = [];
        for (const [scenario, lines] of this.byScenario) parts.push(`## ${scenario}`, ...lines, "");
        if (this.dropped > 0) parts.push(`(${this.dropped} more lines not kept)`);
        await writeOutputFile(file, `${parts.join("\n")}
`);
        for (const s of [...result2.scenarios, ...result2.explore?.scenarios ?? []]) {
          if (s.logs && this.byScenario.has(s.name)) s.logs.file = file;
        }
        return file;
      }
    };
  }
});

// src/config/env-file.ts
import { readFile as readFile4 } from "node:fs/promises";
async function readEnvFile(file, flag2 = "--env-file") {
  if (file === void 0) return void 0;
  const text = await readFile4(file, "utf8").catch((e) => {
    throw new ConfigError(`${flag2}: cannot read ${file} (${e.code ?? e.message})`);
  });
  return parseEnvLines(text, `${flag2} ${file}`);
}
function parseEnvLines(text, where) {
  const env = {};
  text.split(/\r?\n/).forEach((line, i3) => {
    if (line.trim() === "" || line.trimStart().startsWith("#")) return;
    const eq = line.indexOf("=");
    const name = (eq < 0 ? line : line.slice(0, eq)).trim();
    const valid = /^[A-Za-z][A-Za-z0-9_]*$/.test(name);
    if (eq < 0 || !valid)
      throw new ConfigError(`${where}: line ${i3 + 1} is not NAME=value${valid ? ` (${name})` : ""}`);
    const raw = line.slice(eq + 1);
    let value = raw;
    if (/^".*"$/.test(raw.trim())) {
      try {
        value = JSON.parse(raw.trim());
      } catch {
        throw new ConfigError(`${where}: line ${i3 + 1} (${name}): a quoted value must be a JSON string`);
      }
    }
    env[name] = value;
  });
  return Object.keys(env).length > 0 ? env : void 0;
}
var init_env_file = __esm({
  "src/config/env-file.ts"() {
    "use strict";
    init_errors();
  }
});

// src/report/json.ts
function renderJson(run) {
  return `${JSON.stringify(run, (_k, v) => typeof v === "number" && !Number.isFinite(v) ? null : v, 2)}
`;
}
var init_json = __esm({
  "src/report/json.ts"() {
    "use strict";
  }
});

// src/explore/token.ts
import { createHash } from "node:crypto";
function encodeToken(t) {
  const wire = {
    v: 1,
    s: t.scenario,
    c: t.clients,
    // Client indices are small: one base-36 digit each keeps long schedules short.
    ch: t.choices.every((c3) => c3 < 36) ? t.choices.map((c3) => c3.toString(36)).join("") : `.${t.choices.join(".")}`,
    r: t.seed,
    ...t.stopAfter !== void 0 && { x: t.stopAfter },
    ...t.trace !== void 0 && { h: t.trace }
  };
  return Buffer.from(JSON.stringify(wire), "utf8").toString("base64url");
}
function decodeToken(token) {
  let wire;
  try {
    wire = JSON.parse(Buffer.from(token.trim(), "base64url").toString("utf8"));
  } catch {
    throw new Error("--replay: not a race-check replay token (copy it whole from the explore report)");
  }
  const ints = (a2) => Array.isArray(a2) && a2.every((n2) => Number.isSafeInteger(n2) && n2 >= 0);
  if (wire?.v !== 1 || typeof wire.s !== "string" || !ints(wire.c) || typeof wire.ch !== "string" || !Number.isSafeInteger(wire.r) || wire.x !== void 0 && !Number.isSafeInteger(wire.x)) {
    throw new Error("--replay: not a race-check replay token, or one from an incompatible version");
  }
  const choices = wire.ch.startsWith(".") ? wire.ch.slice(1).split(".").map(Number) : [...wire.ch].map((d) => parseInt(d, 36));
  if (!ints(choices)) throw new Error("--replay: the token's schedule is damaged");
  return {
    scenario: wire.s,
    clients: wire.c,
    choices,
    seed: wire.r,
    ...wire.x !== void 0 && { stopAfter: wire.x },
    ...wire.h !== void 0 && { trace: wire.h }
  };
}
function traceFingerprint(steps) {
  const canonical2 = steps.map((s) => [
    s.client,
    s.kind,
    s.path,
    s.outcome ? s.outcome.ok ? stable(s.outcome.value) : `!${s.outcome.error}` : null
  ]);
  return createHash("sha256").update(JSON.stringify(canonical2)).digest("hex").slice(0, 12);
}
function stable(v) {
  return JSON.stringify(v, (_k, x2) => typeof x2 === "bigint" ? `${x2}n` : x2) ?? "null";
}
function replayCommand(configLabel, scenario, token) {
  return replayArgs(configLabel, scenario, token).map(shellQuote).join(" ");
}
function replayArgs(configLabel, scenario, token) {
  return ["npx", "race-check", "explore", ...flag("--config", configLabel), ...flag("--scenario", scenario)].concat(
    "--replay",
    token
  );
}
var init_token = __esm({
  "src/explore/token.ts"() {
    "use strict";
    init_shell2();
  }
});

// src/model.ts
function joinVerdicts(verdicts) {
  let joined;
  for (const v of verdicts) if (joined === void 0 || RANK[v] > RANK[joined]) joined = v;
  return joined ?? "error";
}
var RANK;
var init_model = __esm({
  "src/model.ts"() {
    "use strict";
    RANK = { ok: 0, inconclusive: 1, error: 2, race: 3 };
  }
});

// src/report/baseline.ts
function scenarioVerdicts(run) {
  const out = /* @__PURE__ */ new Map();
  for (const s of run.scenarios) out.set(s.name, s.verdict);
  for (const s of run.explore?.scenarios ?? []) {
    const stress = out.get(s.name);
    out.set(s.name, stress === void 0 ? s.verdict : joinVerdicts([stress, s.verdict]));
  }
  return out;
}
function expectedRaces(run) {
  const all = [...run.scenarios, ...run.explore?.scenarios ?? []];
  return new Set(all.filter((s) => s.expect === "race").map((s) => s.name));
}
function compareRuns(run, baseline) {
  const before = baseline && scenarioVerdicts(baseline.run);
  const expected = expectedRaces(run);
  const scenarios = [];
  for (const [name, verdict] of scenarioVerdicts(run)) {
    const racedBefore = before?.get(name) === "race";
    let standing = "none";
    if (verdict === "race") {
      standing = expected.has(name) ? "known" : !before ? "race" : racedBefore ? "still" : "new";
    } else if (verdict === "ok") {
      standing = expected.has(name) ? "may-be-fixed" : racedBefore ? "fixed" : "none";
    }
    scenarios.push({ name, standing, verdict });
  }
  return {
    ...baseline && { baseline: { label: baseline.label, startedAt: baseline.startedAt ?? baseline.run.startedAt } },
    scenarios
  };
}
function named(cmp, ...standings) {
  return cmp.scenarios.filter((s) => standings.includes(s.standing)).map((s) => s.name);
}
function failingRaces(cmp, failOn) {
  if (failOn === "never") return [];
  if (failOn === "new-race") return named(cmp, "new", "race");
  return named(cmp, "race", "new", "still");
}
function checkVerdict(cmp, failOn) {
  const failing = new Set(failingRaces(cmp, failOn));
  if (cmp.scenarios.length === 0) return "error";
  return joinVerdicts(cmp.scenarios.map((s) => s.verdict === "race" && !failing.has(s.name) ? "ok" : s.verdict));
}
function parseReport(text, where) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${where}: not JSON (${e.message}); give a report written by --json`);
  }
  const run = value;
  const scenarios = run?.scenarios;
  const valid = run !== null && typeof run === "object" && run.tool?.name === "race-check" && Array.isArray(scenarios) && scenarios.every((s) => typeof s?.name === "string" && typeof s?.verdict === "string") && (run.explore === void 0 || Array.isArray(run.explore?.scenarios));
  if (!valid) throw new ConfigError(`${where}: not a race-check JSON report (written by --json or the action)`);
  return run;
}
var FAIL_ON;
var init_baseline = __esm({
  "src/report/baseline.ts"() {
    "use strict";
    init_errors();
    init_model();
    FAIL_ON = ["race", "new-race", "never"];
  }
});

// src/report/format.ts
function pct(x2) {
  const v = x2 * 100;
  if (v >= 10 || v === 0) return `${v.toFixed(0)}%`;
  return `${v >= 1 ? v.toFixed(1) : Number(v.toPrecision(2))}%`;
}
function pctBound(x2) {
  const v = x2 * 100;
  if (v <= 0) return "0%";
  const digits = v >= 10 ? 0 : v >= 1 ? 1 : 1 - Math.floor(Math.log10(v));
  const scale = 10 ** digits;
  const up = Math.ceil(v * scale - 1e-9) / scale;
  return `${up.toFixed(digits)}%`;
}
function ms(x2) {
  if (x2 === void 0) return "n/a";
  return x2 < 10 ? `${x2.toFixed(2)} ms` : `${x2.toFixed(0)} ms`;
}
function pendingLine(s) {
  if (!s.pending?.length) return void 0;
  const noun = s.mode === "explore" ? "schedule(s)" : "round(s)";
  const items = s.pending.map((p) => `${p.path} (${p.count} ${noun}, due in ${seconds(p.dueInMs)})`);
  return `scheduled work beyond the settle horizon, not checked: ${items.join(", ")}`;
}
function logsLine(s) {
  const l = s.logs;
  if (!l) return void 0;
  const errors = l.scheduledErrors > 0 ? ` (${l.scheduledErrors} from scheduled functions that threw)` : "";
  return `${l.count} log line(s)${errors}${l.file ? `, all in ${l.file}` : ""}`;
}
function seconds(msValue) {
  return msValue >= 1e4 ? `${Math.round(msValue / 1e3)} s` : `${(msValue / 1e3).toFixed(1)} s`;
}
function rateLine(s) {
  if (s.rounds === 0) return "no round completed";
  if (s.violations > 0) {
    return `detected in ${s.violations}/${s.rounds} rounds (${pct(s.detectionRate)}, 95% CI ${pct(s.interval[0])}–${pct(s.interval[1])})`;
  }
  const clean2 = s.rounds - s.unknown;
  const bound = s.upperBound !== void 0 ? `: per-round race probability < ${pctBound(s.upperBound)} at 95%` : "";
  return s.unknown > 0 ? `0/${s.rounds} rounds, ${clean2} decided clean${bound}` : `0/${s.rounds} rounds${bound}`;
}
function reproduceCommand(run, s) {
  return reproduceArgs(run, s).map(shellQuote).join(" ");
}
function reproduceArgs(run, s) {
  const shardWords = (args, command) => args ?? command.split(" ");
  if (run.shard) return shardWords(run.shard.args, run.shard.command);
  if (run.merged) {
    const round = s.sampleRound?.round;
    const parts2 = s.shardRounds?.parts ?? [];
    const shard = (parts2.find((p) => round !== void 0 && round >= p.from && round <= p.to) ?? parts2[0])?.shard;
    const found = run.merged.shards.find((x2) => x2.index === shard);
    if (found) return shardWords(found.args, found.command);
  }
  const parts = ["npx", "race-check", "run", ...flag("--config", run.config), ...flag("--scenario", s.name)];
  parts.push("--rounds", String(s.rounds + s.errors), "--clients", String(s.clients), "--seed", String(run.seed));
  if (run.backend.kind !== "embedded") parts.push("--backend", run.backend.kind);
  return parts;
}
function wrapCommand(args, width = 80) {
  const limit = width - 2;
  let i3 = 0;
  const head = [];
  while (i3 < args.length && !args[i3].startsWith("--")) head.push(shellQuote(args[i3++]));
  const lines = [];
  let current3 = head.join(" ");
  while (i3 < args.length) {
    const flagWord = shellQuote(args[i3++]);
    const value = i3 < args.length && !args[i3].startsWith("--") ? shellQuote(args[i3++]) : void 0;
    const text = value === void 0 ? flagWord : `${flagWord} ${value}`;
    if (current3.length + 1 + text.length <= limit) {
      current3 = current3 === "" ? text : `${current3} ${text}`;
    } else if (value === void 0 || 2 + text.length <= limit) {
      lines.push(current3);
      current3 = `  ${text}`;
    } else {
      if (current3.length + 1 + flagWord.length <= limit) lines.push(`${current3} ${flagWord}`);
      else lines.push(current3, `  ${flagWord}`);
      current3 = `  ${value}`;
    }
  }
  lines.push(current3);
  return lines.map((l, n2) => n2 < lines.length - 1 ? `${l} \\` : l);
}
function seedLabel(run) {
  if (run.shard) return `seed ${run.seed}, shard ${run.shard.index}/${run.shard.count} (shard seed ${run.shard.seed})`;
  if (run.merged) {
    const { count: count3, missing } = run.merged;
    const seeds = new Set(run.merged.shards.map((x2) => x2.runSeed));
    const seed = seeds.size === 1 ? `seed ${run.seed}` : `seeds ${[...seeds].join(", ")}`;
    const gone = missing.length > 0 ? `, shard(s) ${missing.map((i3) => `${i3}/${count3}`).join(", ")} missing` : "";
    return `${count3 - missing.length} of ${count3} shards merged${gone}, ${seed}`;
  }
  return `seed ${run.seed}`;
}
function shardRoundsLine(run, s) {
  if (!run.shard || !s.shardRounds) return void 0;
  const ranges = s.shardRounds.parts.map((p) => p.from === p.to ? `${p.from}` : `${p.from}–${p.to}`);
  return `rounds ${ranges.join(", ")} of ${s.shardRounds.of} (shard ${run.shard.index}/${run.shard.count})`;
}
function spreadLine(s) {
  const { p50, max: max2, source } = s.fireSpread;
  if (p50 === void 0) return void 0;
  const where = source === "server" ? "server arrival stamps" : "client-side send times: this backend reports no arrival times";
  return `fire spread p50 ${ms(p50)}, max ${ms(max2)} (${where})`;
}
function standingNote(cmp, s, short = false) {
  const standing = cmp?.scenarios.find((x2) => x2.name === s.name)?.standing;
  if (standing === void 0) return void 0;
  const racing = standing === "race" || standing === "new" || standing === "still" || standing === "known";
  if (racing ? s.verdict !== "race" : s.verdict !== "ok") return void 0;
  return (short ? STANDING_TAG : STANDING_NOTE)[standing];
}
function comparisonLine(cmp) {
  const list = (standing) => cmp.scenarios.filter((s) => s.standing === standing).map((s) => s.name);
  const parts = [];
  const item = (names, one, many = one) => names.length > 0 && parts.push(`${names.length} ${names.length === 1 ? one : many} (${names.join(", ")})`);
  if (cmp.baseline) {
    item(list("new"), "new race", "new races");
    item(list("still"), "still racing");
    item(list("fixed"), "fixed");
  }
  item(list("known"), "known race", "known races");
  item(list("may-be-fixed"), "expected race not seen, may be fixed", "expected races not seen, may be fixed");
  if (parts.length === 0) return cmp.baseline ? `Against the baseline ${cmp.baseline.label}: no change.` : void 0;
  return `${cmp.baseline ? `Against the baseline ${cmp.baseline.label}: ` : ""}${parts.join("; ")}.`;
}
var VERDICT_LABEL, VERDICT_ICON, STANDING_NOTE, STANDING_TAG;
var init_format = __esm({
  "src/report/format.ts"() {
    "use strict";
    init_shell2();
    VERDICT_LABEL = {
      race: "RACE CONDITION",
      ok: "OK",
      inconclusive: "INCONCLUSIVE",
      error: "ERROR"
    };
    VERDICT_ICON = {
      race: "🔴",
      ok: "🟢",
      inconclusive: "🟡",
      error: "⚠️"
    };
    STANDING_NOTE = {
      race: void 0,
      new: "new: not racing in the baseline",
      still: "also racing in the baseline",
      known: "known race: reported, not failing",
      fixed: "fixed: it raced in the baseline",
      "may-be-fixed": 'expected a race (expect: "race"), none seen: it may be fixed',
      none: void 0
    };
    STANDING_TAG = {
      race: void 0,
      new: "new",
      still: "also in the baseline",
      known: "known race",
      fixed: "fixed",
      "may-be-fixed": "may be fixed",
      none: void 0
    };
  }
});

// src/engine/controlled/types.ts
var JOB_BASE;
var init_types2 = __esm({
  "src/engine/controlled/types.ts"() {
    "use strict";
    JOB_BASE = 1e3;
  }
});

// src/report/trace.ts
function coverageLine(s) {
  const space = s.strategy === "exhaustive" ? s.exhausted ? ", search space exhausted" : ", search space NOT exhausted (raise --budget)" : "";
  return `${s.schedules ?? 0} schedule(s), ${s.distinctInterleavings ?? 0} distinct interleaving(s) with ${s.clients} client(s) (${strategyLabel(s)}${space})`;
}
function strategyLabel(s) {
  if (s.strategy === "pct") return `pct depth ${s.depth}, seed ${s.seed}`;
  if (s.strategy === "mixed") return `random + pct depth ${s.depth}, seed ${s.seed}`;
  if (s.strategy === "random") return `random, seed ${s.seed}`;
  return "exhaustive";
}
function foundLine(s, c3) {
  if (s.firstViolationAt === void 0) return `replayed ${c3.clients.length} client(s), ${c3.steps.length} step(s)`;
  return `found at schedule ${s.firstViolationAt} of ${s.budget} (${strategyLabel(s)}); shrunk from ${c3.original.clients} clients / ${c3.original.steps} steps to ${c3.clients.length} clients / ${c3.steps.length} steps in ${c3.shrinkRuns} runs`;
}
function taskLabel(task) {
  return task >= JOB_BASE ? `scheduled #${task - JOB_BASE + 1}` : `client ${task}`;
}
function renderTrace(steps, verdictMessage, stoppedAfter) {
  const rows = steps.map((s) => [taskLabel(s.client), s.op, s.kind, s.path, result(s)]);
  const widths = [0, 1, 2, 3].map((c3) => Math.max(0, ...rows.map((r) => r[c3].length)));
  const lines = rows.map(
    (r) => r.map((cell2, i3) => i3 < 4 ? cell2.padEnd(widths[i3]) : cell2).join("  ").trimEnd()
  );
  if (stoppedAfter !== void 0)
    lines.push(
      `(stopped after step ${stoppedAfter}: the state is already violated, with no scheduled work still to run; the clients still in flight are left out)`
    );
  lines.push(`⇒ ${verdictMessage}`);
  return lines;
}
function result(s) {
  if (!s.outcome) return "… in flight";
  if (!s.outcome.ok) return `✗ ${s.outcome.error}`;
  const v = s.outcome.value;
  if (s.kind === "query" || s.kind === "runQuery") return `→ ${brief(v)}`;
  if (v === null || v === void 0 || isId(v) || s.kind === "schedule" || s.kind === "scheduled") return "✓";
  return `✓ → ${brief(v)}`;
}
function isId(v) {
  return typeof v === "string" && /^[0-9a-z_]{20,}$/i.test(v) && /[a-z]/i.test(v);
}
function brief(v, depth = 0) {
  if (v === null || v === void 0) return "null";
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? `${v.slice(0, 39)}…` : v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (typeof v === "bigint") return `${v}n`;
  if (depth >= 2) return Array.isArray(v) ? "[…]" : "{…}";
  if (Array.isArray(v)) {
    const items = v.slice(0, 5).map((x2) => brief(x2, depth + 1));
    return `[${items.join(", ")}${v.length > 5 ? `, … ${v.length} items` : ""}]`;
  }
  if (typeof v === "object") {
    const entries = Object.entries(v).filter(([k]) => !k.startsWith("_"));
    const shown2 = entries.slice(0, 6).map(([k, x2]) => `${k}: ${brief(x2, depth + 1)}`);
    return `{${shown2.join(", ")}${entries.length > 6 ? ", …" : ""}}`;
  }
  return String(v);
}
var init_trace = __esm({
  "src/report/trace.ts"() {
    "use strict";
    init_types2();
  }
});

// src/report/markdown.ts
function renderMarkdown(run, context = {}) {
  const ctx = { ...context, comparison: context.comparison ?? compareRuns(run) };
  return run.mode === "explore" ? exploreMarkdown(run, ctx) : stressMarkdown(run, ctx);
}
function joinedVerdict(run) {
  return joinVerdicts(scenarioVerdicts(run).values());
}
function headline(run, ctx) {
  const verdicts = scenarioVerdicts(run);
  const total = verdicts.size;
  const racing = [...verdicts.values()].filter((v) => v === "race").length;
  const failing = failingRaces(ctx.comparison, ctx.failOn ?? "race").length;
  const tool = run.mode === "explore" ? "race-check explore" : "race-check";
  if (racing > 0) {
    const noun = run.mode === "explore" ? "have a schedule that breaks their invariant" : "show a race condition";
    if (failing === 0) {
      return `### 🟠 ${tool}: ${racing} of ${total} scenarios ${noun}, none failing the check (${reasons(ctx.comparison)})`;
    }
    const extra = failing < racing ? ` (${failing} failing the check)` : "";
    return `### 🔴 ${tool}: ${racing} of ${total} scenarios ${noun}${extra}`;
  }
  const verdict = joinedVerdict(run);
  if (verdict === "ok") {
    return run.mode === "explore" ? `### 🟢 ${tool}: no violating schedule in ${total} scenario(s)` : `### 🟢 ${tool}: no race condition in ${total} scenario(s)`;
  }
  if (verdict === "inconclusive") {
    return `### 🟡 ${tool}: inconclusive: some ${run.mode === "explore" ? "schedules" : "rounds"} could not be decided`;
  }
  return `### ⚠️ ${tool}: some scenarios could not run`;
}
function reasons(cmp) {
  const known2 = cmp.scenarios.some((s) => s.standing === "known");
  const still = cmp.scenarios.some((s) => s.standing === "still");
  if (known2 && still) return "known races, and races the baseline has too";
  if (still) return "the baseline has these races too";
  if (known2) return 'known races: expect: "race"';
  return "fail-on: never";
}
function metaLine(run, ctx) {
  const parts = [];
  if (ctx.commit) parts.push(commitLink(ctx.commit.sha, ctx.commit.url));
  parts.push(time(run.startedAt));
  if (run.mode !== "explore") parts.push(seedLabel(run), `${run.backend.kind} backend`);
  parts.push(`${(run.durationMs / 1e3).toFixed(1)} s`, `race-check ${run.tool.version}`);
  return `<sub>${parts.join(" · ")}</sub>`;
}
function commitLink(sha, url) {
  const short = `\`${mdInline(sha.slice(0, 7))}\``;
  return url ? `[${short}](${url})` : short;
}
function time(iso) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? mdInline(iso) : `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
function sinceLine(run, ctx) {
  const prev = ctx.previous;
  if (!prev) return void 0;
  const where = prev.sha ? ` (${commitLink(prev.sha, ctx.commitUrl?.(prev.sha))})` : "";
  if (Object.keys(prev.scenarios).length === 0) {
    return `**Since the last run**${where}: that run could not run; this one did.`;
  }
  const changes = [];
  for (const [name, now] of scenarioVerdicts(run)) {
    const before = prev.scenarios[name];
    if (before === void 0) changes.push(`${mdInline(name)}: new scenario, ${VERDICT_ICON[now]} ${VERDICT_LABEL[now]}`);
    else if (before !== now)
      changes.push(`${mdInline(name)}: ${VERDICT_ICON[before]} ${VERDICT_LABEL[before]} → ${VERDICT_ICON[now]} ${VERDICT_LABEL[now]}`);
  }
  return changes.length === 0 ? `**Since the last run**${where}: no change.` : `**Since the last run**${where}: ${changes.join(" · ")}.`;
}
function verdictCell(s, cmp) {
  const tag = standingNote(cmp, s, true);
  return `${VERDICT_ICON[s.verdict]} ${VERDICT_LABEL[s.verdict]}${tag ? ` · ${tag}` : ""}`;
}
function headerLines(run, ctx) {
  const out = [headline(run, ctx), metaLine(run, ctx), ""];
  const since = sinceLine(run, ctx);
  if (since) out.push(since, "");
  const against = comparisonLine(ctx.comparison);
  if (against) out.push(mdInline(against, 2e3), "");
  return out;
}
function stressMarkdown(run, ctx) {
  const cmp = ctx.comparison;
  const out = headerLines(run, ctx);
  const explored = new Map((run.explore?.scenarios ?? []).map((s) => [s.name, s]));
  const searchColumn = run.explore !== void 0;
  out.push(
    `| Scenario | Verdict | Worst case | Violating rounds | Detection rate (95% CI) | Clients | Fire spread p50 |${searchColumn ? " Interleaving search |" : ""}`
  );
  out.push(`|---|---|---|---|---|---|---|${searchColumn ? "---|" : ""}`);
  for (const s of run.scenarios) {
    const worst = s.worst ? `${s.worst.observed}/${s.worst.limit}` : "—";
    const rate = s.rounds === 0 ? "—" : s.violations > 0 ? `${pct(s.detectionRate)} (${pct(s.interval[0])}–${pct(s.interval[1])})` : `0% (< ${pctBound(s.upperBound ?? 1)})`;
    const search2 = explored.get(s.name);
    const searchCell = searchColumn ? ` ${search2 ? searchSummary(search2) : "—"} |` : "";
    out.push(
      `| ${cell(s.name)} | ${verdictCell(s, cmp)} | ${worst} | ${s.violations}/${s.rounds} | ${rate} | ${s.clients} | ${ms(s.fireSpread.p50)}${s.fireSpread.source === "client" ? " ¹" : ""} |${searchCell}`
    );
  }
  out.push("");
  if (run.scenarios.some((s) => s.fireSpread.source === "client")) {
    out.push(
      "¹ client-side: this backend reports no arrival times, so the spread is that of the sends (the server's may be wider).",
      ""
    );
  }
  const verdicts = scenarioVerdicts(run);
  for (const s of run.scenarios) {
    const search2 = explored.get(s.name);
    if (verdicts.get(s.name) === "race") out.push(...raceSection(run, s, search2, ctx));
    else if (s.verdict !== "ok")
      out.push(
        `**${mdInline(s.name)}**: ${mdInline(s.headline)}${s.error && s.error !== s.headline ? ` (${mdInline(s.error)})` : ""}`,
        ""
      );
    if (search2 && search2.verdict !== "ok" && search2.verdict !== "race") {
      out.push(`**${mdInline(s.name)}** (interleaving search): ${mdInline(search2.headline)}`, "");
    }
    for (const x2 of [s, search2]) {
      const pending = x2 && pendingLine(x2);
      if (pending) out.push(`**${mdInline(s.name)}**: ${mdInline(pending)}`, "");
      if (x2) out.push(...logsSection(x2));
    }
  }
  for (const search2 of explored.values()) {
    if (!run.scenarios.some((s) => s.name === search2.name) && search2.counterexample) {
      out.push(...interleaving(run, search2, search2.counterexample));
    }
  }
  while (out.at(-1) === "") out.pop();
  return out.join("\n");
}
function searchSummary(s) {
  if (s.counterexample)
    return `${VERDICT_ICON.race} ${s.counterexample.clients.length} clients, ${s.counterexample.steps.length} steps`;
  return `${VERDICT_ICON[s.verdict]} ${s.schedules ?? 0} schedule(s)${s.strategy === "exhaustive" && s.exhausted ? ", exhausted" : ""}`;
}
function raceSection(run, s, search2, ctx) {
  const racing = s.verdict === "race" ? s : search2 ?? s;
  const note = standingNote(ctx.comparison, racing);
  const out = [`#### ${mdInline(s.name)}: ${mdInline(racing.headline)}`, ""];
  if (note) out.push(`_${mdInline(note)}_`, "");
  const functions = sourceLinks([.../* @__PURE__ */ new Set([...s.functions, ...search2?.functions ?? []])], ctx);
  if (functions) out.push(functions, "");
  if (search2?.counterexample) out.push(...interleaving(run, search2, search2.counterexample, false));
  if (s.verdict !== "race") {
    out.push(`The stress rounds did not see it: ${mdInline(rateLine(s))}.`, "");
    return out;
  }
  out.push(`${mdInline(rateLine(s))}.`, "");
  out.push(...chart(s));
  if (s.sampleRound) {
    out.push(
      `<details><summary>History of round ${s.sampleRound.round}, the first violating round (${s.sampleRound.history.length} operations)</summary>`,
      "",
      "| Client | Start (ms) | End (ms) | Outcome | Calls | Value / error |",
      "|---|---|---|---|---|---|",
      ...s.sampleRound.history.map(
        (op) => `| ${op.client} | ${op.start.toFixed(2)} | ${op.end.toFixed(2)} | ${op.outcome} | ${cell(op.calls.map((c3) => c3.path).join(" → "))} | ${cell(op.outcome === "ok" ? JSON.stringify(op.value) : op.error ?? "")} |`
      ),
      "",
      "</details>",
      ""
    );
  }
  out.push("Reproduce locally:", "", ...codeBlock("sh", wrapCommand(reproduceArgs(run, s))), "");
  return out;
}
function sourceLinks(functions, ctx) {
  if (functions.length === 0) return void 0;
  const items = functions.map((fn) => {
    const where = ctx.source?.(fn);
    const name = `\`${mdInline(fn, 200).replace(/\\`/g, "'")}\``;
    if (!where) return name;
    return where.url ? `[${name}](${where.url}) (${mdInline(where.label)})` : `${name} (${mdInline(where.label)})`;
  });
  return `Functions: ${items.join(", ")}`;
}
function chart(s) {
  const measured = s.roundDetails.filter((r) => r.observed !== void 0);
  const rounds = measured.slice(0, CHART_ROUNDS);
  if (rounds.length < 2) return [];
  const values = new Set(rounds.map((r) => `${r.observed}/${r.limit}`));
  if (s.detectionRate >= 1 && values.size === 1) return [];
  const limit = rounds[0].limit ?? 0;
  const max2 = Math.max(limit, ...rounds.map((r) => r.observed ?? 0));
  const which = measured.length > rounds.length ? ` (first ${rounds.length} of ${measured.length} rounds)` : "";
  return [
    `<details><summary>Observed value per round against the limit${which}</summary>`,
    "",
    "```mermaid",
    "xychart-beta",
    `  title "${mermaidText(s.name)}: observed per round vs limit"`,
    `  x-axis "round" [${rounds.map((r) => r.round).join(", ")}]`,
    `  y-axis "value" 0 --> ${Math.ceil(max2 * 1.1) + 1}`,
    `  bar [${rounds.map((r) => r.observed).join(", ")}]`,
    `  line [${rounds.map((r) => r.limit ?? limit).join(", ")}]`,
    "```",
    "",
    "</details>",
    ""
  ];
}
function interleaving(run, s, c3, withHeading = true) {
  const out = [];
  if (withHeading) out.push(`#### ${mdInline(s.name)}: ${mdInline(s.headline)}`, "");
  out.push(
    `Shortest interleaving (${c3.clients.length} clients, ${c3.steps.length} steps; ${mdInline(foundLine(s, c3))}):`,
    "",
    ...codeBlock("text", c3.trace),
    "",
    "Replay exactly this schedule:",
    "",
    ...codeBlock("sh", wrapCommand(replayArgs(run.config, s.name, c3.token))),
    ""
  );
  return out;
}
function exploreMarkdown(run, ctx) {
  const cmp = ctx.comparison;
  const out = headerLines(run, ctx);
  out.push(
    "| Scenario | Verdict | Result | Schedules | Distinct interleavings | Clients |",
    "|---|---|---|---|---|---|"
  );
  for (const s of run.scenarios) {
    const space = s.strategy === "exhaustive" ? s.exhausted ? " (exhausted)" : " (not exhausted)" : "";
    out.push(
      `| ${cell(s.name)} | ${verdictCell(s, cmp)} | ${cell(s.headline)} | ${s.schedules ?? 0}${space} | ${s.distinctInterleavings ?? 0} | ${s.counterexample ? s.counterexample.clients.length : s.clients} |`
    );
  }
  out.push("");
  for (const s of run.scenarios) {
    const pending = pendingLine(s);
    if (pending) out.push(`**${mdInline(s.name)}**: ${mdInline(pending)}`, "");
    out.push(...logsSection(s));
    if (!s.counterexample) continue;
    out.push(...interleaving(run, s, s.counterexample));
    const functions = sourceLinks(s.functions, ctx);
    if (functions) out.push(functions, "");
  }
  while (out.at(-1) === "") out.pop();
  return out.join("\n");
}
function logsSection(s) {
  const line = logsLine(s);
  if (!line || !s.logs) return [];
  return [
    `<details><summary>${escapeHtml(s.name)}: ${escapeHtml(line)}</summary>`,
    "",
    ...codeBlock("text", s.logs.first),
    "",
    "</details>",
    ""
  ];
}
var CHART_ROUNDS, cell;
var init_markdown = __esm({
  "src/report/markdown.ts"() {
    "use strict";
    init_token();
    init_model();
    init_baseline();
    init_escape2();
    init_format();
    init_trace();
    CHART_ROUNDS = 100;
    cell = mdCell;
  }
});

// src/report/text.ts
function renderText(run, comparison = compareRuns(run)) {
  const parts = [run.mode === "explore" ? exploreText(run, comparison) : stressText(run, comparison)];
  if (run.explore) parts.push(exploreText(run.explore, comparison));
  const line = comparisonLine(comparison);
  return parts.join("\n\n") + (line ? `
${line}` : "");
}
function heading(s, cmp, extra = "") {
  const note = standingNote(cmp, s);
  return `${s.name}: ${VERDICT_LABEL[s.verdict]}${extra}${note ? ` (${note})` : ""}`;
}
function stressText(run, cmp) {
  const out = [];
  for (const s of run.scenarios) {
    out.push(heading(s, cmp));
    out.push(`  ${s.headline}`);
    out.push(`  ${rateLine(s)} · ${s.clients} clients`);
    const shardRounds = shardRoundsLine(run, s);
    if (shardRounds) out.push(`  ${shardRounds}`);
    const spread = spreadLine(s);
    if (spread) out.push(`  ${spread}`);
    common2(out, s);
    if (s.verdict === "race") out.push(`  reproduce: ${reproduceCommand(run, s)}`);
    out.push("");
  }
  const races = run.scenarios.filter((s) => s.verdict === "race").length;
  const summary = run.verdict === "race" ? `${races} of ${run.scenarios.length} scenarios show a race condition.` : run.verdict === "ok" ? `No race condition in ${run.scenarios.length} scenario(s).` : run.verdict === "inconclusive" ? "No violation seen, but some rounds could not be decided: the run proves nothing for them." : "Some scenarios could not run.";
  out.push(`${summary} (${seedLabel(run)}, ${run.backend.kind} backend, ${(run.durationMs / 1e3).toFixed(1)} s)`);
  return out.join("\n");
}
function exploreText(run, cmp) {
  const out = [];
  for (const s of run.scenarios) {
    out.push(heading(s, cmp, `: ${s.headline}`));
    if (s.replayMismatch) out.push(`  ! ${s.replayMismatch}`);
    const c3 = s.counterexample;
    if (c3) {
      out.push(`  ${foundLine(s, c3)}`, "");
      out.push(...c3.trace.map((l) => `  ${l}`), "");
      out.push(`  replay: ${c3.command}`);
    } else if (s.verdict !== "error") {
      out.push(`  ${coverageLine(s)}`);
    }
    common2(out, s);
    out.push("");
  }
  out.push(
    `race-check explore: ${run.scenarios.filter((s) => s.verdict === "race").length} of ${run.scenarios.length} scenario(s) violate their invariant (${(run.durationMs / 1e3).toFixed(1)} s)`
  );
  return out.join("\n");
}
function common2(out, s) {
  const pending = pendingLine(s);
  if (pending) out.push(`  ${pending}`);
  const logs = logsLine(s);
  if (logs) {
    out.push(`  ${logs}; first:`);
    const first = [...s.logs.first].sort((a2, b) => Number(b.startsWith("[ERROR]")) - Number(a2.startsWith("[ERROR]")));
    out.push(...first.slice(0, 3).map((l) => `    ${l.split("\n")[0]}`));
  }
  if (s.error && s.error !== s.headline) out.push(`  error: ${s.error}`);
  if (s.backendLog) out.push("  backend log (last lines):", ...s.backendLog.split("\n").map((l) => `    ${l}`));
}
var init_text = __esm({
  "src/report/text.ts"() {
    "use strict";
    init_baseline();
    init_format();
    init_trace();
  }
});

// src/loader/register.ts
import { register } from "node:module";
function registerLoader(projectDir) {
  if (registered) return;
  registered = true;
  const data = {
    projectDir,
    selfApi: new URL(fromSource2 ? "../index.ts" : "./api.js", import.meta.url).href
  };
  register(new URL(fromSource2 ? "./hooks.ts" : "./loader-hooks.js", import.meta.url), { data });
}
var fromSource2, registered;
var init_register = __esm({
  "src/loader/register.ts"() {
    "use strict";
    fromSource2 = import.meta.url.endsWith(".ts");
    registered = false;
  }
});

// src/config/convex-version.ts
import { readFile as readFile5 } from "node:fs/promises";
import { createRequire as createRequire3 } from "node:module";
import path20 from "node:path";
async function findConvexPackage(projectDir) {
  let manifest;
  try {
    manifest = createRequire3(path20.join(projectDir, "package.json")).resolve("convex/package.json");
  } catch {
    return void 0;
  }
  const pkg = JSON.parse(await readFile5(manifest, "utf8"));
  const dir = path20.dirname(manifest);
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin?.convex ?? "bin/main.js";
  return { dir, version: pkg.version ?? "0.0.0", bin: path20.join(dir, bin), node: pkg.engines?.node };
}
async function checkConvexVersion(projectDir) {
  const found = await findConvexPackage(projectDir);
  if (!found) {
    throw new ConfigError(`convex is not installed in ${projectDir}: run \`${CONVEX_FIX}\` there`);
  }
  const needed = `>= ${SUPPORTED_CONVEX.min} and < ${SUPPORTED_CONVEX.belowMajor}`;
  const v = parseVersion(found.version);
  if (!v || compare(v, parseVersion(SUPPORTED_CONVEX.min)) < 0 || v[0] >= SUPPORTED_CONVEX.belowMajor) {
    throw new ConfigError(
      `convex ${found.version} is installed in ${projectDir}, but race-check needs convex ${needed}: run \`${CONVEX_FIX}\``
    );
  }
  const minNode = /^\s*>=\s*v?(\d+(?:\.\d+){0,2})\s*$/.exec(found.node ?? "")?.[1];
  if (minNode && compare(parseVersion(process.versions.node), parseVersion(minNode)) < 0) {
    throw new ConfigError(
      `convex ${found.version} needs Node ${found.node} and this is Node ${process.versions.node}: use Node ${minNode.split(".")[0]} or later`
    );
  }
  return found;
}
function parseVersion(text) {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] : void 0;
}
function compare(a2, b) {
  return a2[0] - b[0] || a2[1] - b[1] || a2[2] - b[2];
}
var SUPPORTED_CONVEX, CONVEX_FIX;
var init_convex_version = __esm({
  "src/config/convex-version.ts"() {
    "use strict";
    init_errors();
    SUPPORTED_CONVEX = { min: "1.43.0", belowMajor: 2 };
    CONVEX_FIX = "npm i convex@^1.48";
  }
});

// src/config/codegen.ts
import { access as access5, readFile as readFile6, writeFile as writeFile5 } from "node:fs/promises";
import path21 from "node:path";
async function ensureGenerated(projectDir, functionsDir) {
  const api = await apiFile(functionsDir);
  if (api) {
    if (await componentDefinition(functionsDir) && !hasComponentsExport(await readFile6(api, "utf8"))) {
      throw new ConfigError(
        `${shown(api)} has no \`components\` export, but ${shown(functionsDir)}/ has a convex.config: delete ${shown(path21.dirname(api))}/ and race-check generates it again`
      );
    }
    return { generated: false };
  }
  await generate(projectDir, functionsDir);
  return { generated: true };
}
async function generate(projectDir, functionsDir) {
  const where = `${shown(functionsDir)}/_generated`;
  const convex = await findConvexPackage(projectDir);
  if (!convex) throw new ConfigError(`cannot generate ${where}: convex is not installed (run \`${CONVEX_FIX}\`)`);
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("CONVEX_")));
  const run = await execa(process.execPath, [convex.bin, "codegen", "--system-udfs", "--typecheck", "disable"], {
    cwd: projectDir,
    env,
    extendEnv: false,
    reject: false,
    all: true,
    stdin: "ignore",
    timeout: 12e4
  });
  if (run.exitCode !== 0 || run.timedOut) {
    const last = (run.all ?? "").trim().split("\n").filter(Boolean).at(-1) ?? `exit code ${run.exitCode}`;
    throw new ConfigError(`cannot generate ${where} with \`convex codegen\`: ${last.trim()}`);
  }
  const api = await apiFile(functionsDir);
  if (!api) {
    throw new ConfigError(
      `\`convex codegen\` did not write ${where}: set "functions" in convex.json to the directory race-check uses`
    );
  }
  await restoreComponents(projectDir, functionsDir, api);
}
async function apiFile(functionsDir) {
  for (const name of ["api.js", "api.ts"]) {
    const file = path21.join(functionsDir, "_generated", name);
    if (await exists(file)) return file;
  }
  return void 0;
}
function hasComponentsExport(source) {
  return /export\s+(declare\s+)?const\s+components\b/.test(source);
}
async function restoreComponents(projectDir, functionsDir, api) {
  if (!await componentDefinition(functionsDir)) return;
  const source = await readFile6(api, "utf8");
  if (hasComponentsExport(source)) return;
  registerLoader(projectDir);
  let tree;
  try {
    tree = await readComponentTree(functionsDir);
  } catch (e) {
    throw new ConfigError(e instanceof Error ? e.message : String(e));
  }
  const generatedDir = path21.dirname(api);
  const entries = await Promise.all(
    tree.map(async (c3) => `  ${JSON.stringify(c3.name)}: ${await componentApiType(c3, generatedDir)};`)
  );
  const shape = `{
${entries.join("\n")}
}`;
  const withImport = addComponentsGenericImport(source, api);
  if (api.endsWith(".ts")) {
    await writeFile5(api, `${withImport}
export const components = componentsGeneric() as unknown as ${shape};
`);
    return;
  }
  await writeFile5(api, `${withImport}
export const components = componentsGeneric();
`);
  const dts = api.replace(/\.js$/, ".d.ts");
  if (await exists(dts)) {
    await writeFile5(dts, `${await readFile6(dts, "utf8")}
export declare const components: ${shape};
`);
  }
}
function addComponentsGenericImport(source, file) {
  const anyApiImport = /import\s*\{\s*anyApi\s*\}\s*from\s*"convex\/server";/;
  if (!anyApiImport.test(source)) {
    throw new ConfigError(
      `cannot add the \`components\` export to ${shown(file)}: its \`anyApi\` import is not where convex puts it`
    );
  }
  return source.replace(anyApiImport, 'import { anyApi, componentsGeneric } from "convex/server";');
}
async function componentApiType(component, generatedDir) {
  const api = `ComponentApi<${JSON.stringify(component.name)}>`;
  const pkg = await packageOf(component.dir);
  if (pkg && component.dir.split(path21.sep).includes("node_modules") && pkg.exportsComponentApi) {
    return `import(${JSON.stringify(`${pkg.name}/_generated/component.js`)}).${api}`;
  }
  for (const ext of [".ts", ".d.ts", ".js"]) {
    if (await exists(path21.join(component.dir, "_generated", `component${ext}`))) {
      const relative = path21.relative(generatedDir, path21.join(component.dir, "_generated", "component.js"));
      return `import(${JSON.stringify(relative.split(path21.sep).join("/"))}).${api}`;
    }
  }
  return `import("convex/server").AnyComponents[string]`;
}
async function packageOf(dir) {
  for (let d = dir; path21.dirname(d) !== d; d = path21.dirname(d)) {
    const text = await readFile6(path21.join(d, "package.json"), "utf8").catch(() => void 0);
    if (text === void 0) continue;
    const pkg = JSON.parse(text);
    if (!pkg.name) continue;
    const exported = typeof pkg.exports === "object" && pkg.exports !== null && "./_generated/component.js" in pkg.exports;
    return { name: pkg.name, exportsComponentApi: exported };
  }
  return void 0;
}
function shown(file) {
  return path21.relative(process.cwd(), file) || file;
}
var exists;
var init_codegen = __esm({
  "src/config/codegen.ts"() {
    "use strict";
    init_execa();
    init_component_tree();
    init_project_files();
    init_errors();
    init_register();
    init_convex_version();
    exists = (file) => access5(file).then(
      () => true,
      () => false
    );
  }
});

// src/config/load.ts
import { access as access6 } from "node:fs/promises";
import path22 from "node:path";
import { pathToFileURL as pathToFileURL3 } from "node:url";
async function loadConfigFile(absolute, file = absolute, opts = {}) {
  try {
    await access6(absolute);
  } catch {
    throw new ConfigError(
      `config file not found: ${file} (create ${DEFAULT_CONFIG} beside your convex/ directory, or pass --config FILE)`
    );
  }
  const timeoutMs = Number(process.env.RACE_CHECK_CONFIG_TIMEOUT_MS) || CONFIG_TIMEOUT_MS;
  const tooSlow = () => new ConfigError(
    `${file} did not finish loading within ${Math.round(timeoutMs / 1e3)} s: does it loop forever, or await something that never settles at its top level?`
  );
  if (opts.probe !== false) await probe(absolute, file, timeoutMs, tooSlow, opts.signal);
  let mod;
  registerLoader(path22.dirname(absolute));
  let timer;
  try {
    const url = `${pathToFileURL3(absolute).href}?load=${++loads}`;
    mod = await Promise.race([
      import(url),
      new Promise((_, reject) => timer = setTimeout(() => reject(tooSlow()), timeoutMs))
    ]);
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw new ConfigError(`cannot load ${file}: ${firstLine(e)}`);
  } finally {
    clearTimeout(timer);
  }
  let exported = mod.default ?? mod.config;
  if (exported && typeof exported === "object" && "default" in exported && !("scenarios" in exported)) {
    exported = exported.default;
  }
  if (exported === void 0) {
    throw new ConfigError(
      `${file} has no default export: end it with \`export default defineConfig({ scenarios: [...] })\``
    );
  }
  return exported;
}
async function probe(absolute, file, timeoutMs, tooSlow, signal) {
  const child = await execa(process.execPath, [...typescriptLoaderArgs(), childEntry("config-probe"), absolute, file], {
    cwd: path22.dirname(absolute),
    extendEnv: false,
    env: { ...childEnv(), RACE_CHECK_PROJECT_DIR: path22.dirname(absolute) },
    reject: false,
    timeout: timeoutMs,
    killSignal: "SIGKILL",
    cancelSignal: signal,
    stdin: "ignore"
  });
  if (child.timedOut) throw tooSlow();
  if (child.isCanceled) throw new ConfigError(`loading ${file} was interrupted`);
  const line = child.stdout.split("\n").reverse().find((l) => l.startsWith('{"ok"'));
  if (!line) {
    const why2 = child.stderr.split("\n").find((l) => l.trim() !== "") ?? `exit code ${child.exitCode}`;
    throw new ConfigError(`cannot load ${file}: ${why2.trim()}`);
  }
  const result2 = JSON.parse(line);
  if (!result2.ok) throw new ConfigError(result2.message ?? `cannot load ${file}`);
}
function firstLine(e) {
  const err2 = e;
  const first = err2.errors?.[0];
  if (first?.location) return `${first.location.file}:${first.location.line}:${first.location.column}: ${first.text}`;
  const message = String(err2.message ?? e);
  const located = /([^\s:]+\.[cm]?[jt]sx?:\d+:\d+):\s*ERROR:\s*(.*)/.exec(message);
  if (located) return `${located[1]}: ${located[2]}`;
  return message.split("\n").find((l) => l.trim() !== "")?.trim() ?? message;
}
var DEFAULT_CONFIG, CONFIG_TIMEOUT_MS, loads;
var init_load = __esm({
  "src/config/load.ts"() {
    "use strict";
    init_execa();
    init_errors();
    init_register();
    init_runtime();
    init_child_env();
    DEFAULT_CONFIG = "race-check.config.ts";
    CONFIG_TIMEOUT_MS = 3e4;
    loads = 0;
  }
});

// src/config/scenario.ts
function resolveScenario(config, s, overrides = {}) {
  const setup = resolveSetup(s.setup);
  let act;
  const functions = [];
  if (typeof s.act === "function") {
    act = { kind: "flow", flow: s.act };
  } else {
    const path27 = functionPath(s.act.fn);
    const args = s.act.args;
    act = {
      kind: "call",
      path: path27,
      args: (setupValue, client) => typeof args === "function" ? args({ setup: setupValue, client }) : args ?? {}
    };
    functions.push(path27);
  }
  return {
    name: s.name,
    clients: overrides.clients ?? s.clients ?? config.clients ?? DEFAULTS.clients,
    rounds: overrides.rounds ?? s.rounds ?? config.rounds ?? DEFAULTS.rounds,
    delayBetweenRounds: s.delayBetweenRounds ?? config.delayBetweenRounds ?? DEFAULTS.delayBetweenRounds,
    opTimeout: overrides.opTimeout ?? config.opTimeout ?? DEFAULTS.opTimeout,
    settleMs: s.settle ?? config.settle ?? DEFAULTS.settleMs,
    setup,
    act,
    invariant: s.invariant,
    ...s.identity && { identity: s.identity },
    ...s.expect && { expect: s.expect },
    functions,
    ...s.explore && {
      explore: {
        ...s.explore.setup !== void 0 && { setup: resolveSetup(s.explore.setup) },
        ...s.explore.clients !== void 0 && { clients: s.explore.clients }
      }
    }
  };
}
function resolveSetup(setup) {
  if (setup === void 0) return void 0;
  return typeof setup === "object" && setup !== null && "fn" in setup ? { path: functionPath(setup.fn), args: setup.args ?? {} } : { path: functionPath(setup), args: {} };
}
var DEFAULTS;
var init_scenario = __esm({
  "src/config/scenario.ts"() {
    "use strict";
    init_function_ref();
    DEFAULTS = {
      rounds: 20,
      clients: 10,
      delayBetweenRounds: 0,
      opTimeout: 3e4,
      settleMs: 1e4
    };
  }
});

// src/config/prepare.ts
import { createHash as createHash2 } from "node:crypto";
import { readFile as readFile7, stat as stat6 } from "node:fs/promises";
import path23 from "node:path";
async function prepareRun(opts) {
  const cwd = opts.cwd ?? process.cwd();
  let config;
  let configLabel;
  let configFingerprint;
  let projectDir;
  let versionChecked = false;
  if (opts.config) {
    config = validateConfig(opts.config, "config");
    configLabel = "config";
    projectDir = path23.resolve(cwd, opts.projectDir ?? ".");
  } else {
    const file = path23.resolve(cwd, opts.configFile ?? DEFAULT_CONFIG);
    configLabel = path23.relative(cwd, file) || file;
    projectDir = opts.projectDir ? path23.resolve(cwd, opts.projectDir) : path23.dirname(file);
    versionChecked = await prepareProject(projectDir);
    config = validateConfig(await loadConfigFile(file, configLabel, { signal: opts.signal }), configLabel);
    configFingerprint = await fingerprintConfig(file, cwd);
  }
  const functionsDir = config.functionsDir ?? await functionsDirFromConvexJson(projectDir) ?? "convex";
  const absoluteFunctions = path23.resolve(projectDir, functionsDir);
  if (!(await stat6(absoluteFunctions).catch(() => void 0))?.isDirectory()) {
    throw new ConfigError(
      `${path23.relative(cwd, absoluteFunctions) || absoluteFunctions}/ not found: run race-check in a Convex project (or set functionsDir in the config)`
    );
  }
  if (!versionChecked) await checkConvexVersion(projectDir);
  await ensureGenerated(projectDir, absoluteFunctions);
  let scenarios = config.scenarios.map(
    (s) => resolveScenario(config, s, {
      rounds: opts.rounds,
      clients: opts.clients,
      opTimeout: opts.opTimeout
    })
  );
  if (opts.scenario !== void 0) {
    const wanted = new Set([opts.scenario].flat());
    const names = scenarios.map((s) => s.name);
    const missing = [...wanted].filter((w) => !names.includes(w));
    if (missing.length > 0) {
      throw new ConfigError(
        `--scenario: no scenario named "${missing[0]}" in ${configLabel}; scenarios are: ${names.map((n2) => `"${n2}"`).join(", ")}`
      );
    }
    scenarios = scenarios.filter((s) => wanted.has(s.name));
  }
  const warnings = await checkFunctionNames(scenarios, absoluteFunctions, path23.relative(cwd, absoluteFunctions) || ".");
  const env = { ...config.env, ...opts.env };
  for (const value of Object.values(env)) registerSecret(value);
  return {
    config,
    configLabel,
    ...configFingerprint && { configFingerprint },
    projectDir,
    functionsDir,
    scenarios,
    warnings,
    env
  };
}
async function fingerprintConfig(file, cwd) {
  const text = (await readFile7(file, "utf8")).replace(/\r\n/g, "\n");
  const where = (path23.relative(await repositoryRoot(cwd), cwd) || ".").split(path23.sep).join("/");
  const hash2 = createHash2("sha256").update(`race-check config\0${where}\0`).update(text).digest("hex");
  return `sha256:${hash2}`;
}
async function repositoryRoot(cwd) {
  for (let dir = path23.resolve(cwd); ; dir = path23.dirname(dir)) {
    if (await stat6(path23.join(dir, ".git")).catch(() => void 0)) return dir;
    if (path23.dirname(dir) === dir) break;
  }
  const workspace = process.env.GITHUB_WORKSPACE;
  if (workspace && !path23.relative(path23.resolve(workspace), path23.resolve(cwd)).startsWith("..")) return workspace;
  return cwd;
}
async function prepareProject(projectDir) {
  const functions = path23.resolve(projectDir, await functionsDirFromConvexJson(projectDir) ?? "convex");
  if (!(await stat6(functions).catch(() => void 0))?.isDirectory()) return false;
  await checkConvexVersion(projectDir);
  await ensureGenerated(projectDir, functions);
  return true;
}
async function checkFunctionNames(scenarios, functionsDir, label) {
  const known2 = await scanFunctions(functionsDir);
  if (known2.size === 0) return [];
  const warnings = [];
  for (const s of scenarios) {
    const named2 = [
      ["setup", s.setup?.path],
      ["act.fn", s.act.kind === "call" ? s.act.path : void 0],
      ["invariant.read.fn", s.invariant.kind === "capacity" ? functionPath(s.invariant.read.fn) : void 0]
    ];
    for (const [field, fn] of named2) {
      if (fn === void 0) continue;
      if (!known2.has(fn)) {
        const near = closeMatches(fn, known2.keys());
        const hint = near.length ? `did you mean ${near.map((n2) => `"${n2}"`).join(" or ")}?` : `check the name (module path inside ${label}/, then ":" and the export)`;
        throw new ConfigError(`scenario "${s.name}" ${field}: no function "${fn}" in ${label}/; ${hint}`);
      }
      if (field === "act.fn" && known2.get(fn)?.visibility === "internal") {
        throw new ConfigError(
          `scenario "${s.name}" act.fn: ${fn} is internal, and simulated users call functions as a browser would; act on the public function that calls it`
        );
      }
      if (field === "setup" && known2.get(fn)?.visibility === "public") {
        warnings.push(
          `scenario "${s.name}": setup function ${fn} is public; test-support functions should be internal (internalMutation) so no browser can call them in production`
        );
      }
    }
  }
  return warnings;
}
async function functionsDirFromConvexJson(projectDir) {
  const text = await readFile7(path23.join(projectDir, "convex.json"), "utf8").catch(() => void 0);
  if (text === void 0) return void 0;
  try {
    const functions = JSON.parse(text).functions;
    return typeof functions === "string" ? functions.replace(/\/$/, "") : void 0;
  } catch {
    throw new ConfigError(`${path23.join(projectDir, "convex.json")}: not valid JSON`);
  }
}
var init_prepare = __esm({
  "src/config/prepare.ts"() {
    "use strict";
    init_errors();
    init_secrets();
    init_codegen();
    init_convex_version();
    init_functions();
    init_function_ref();
    init_load();
    init_scenario();
    init_validate2();
  }
});

// src/engine/random.ts
function prng(seed) {
  let a2 = seed >>> 0;
  return () => {
    a2 = a2 + 1831565813 >>> 0;
    let t = a2;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function shuffle(items, random) {
  const out = [...items];
  for (let i3 = out.length - 1; i3 > 0; i3--) {
    const j = Math.floor(random() * (i3 + 1));
    [out[i3], out[j]] = [out[j], out[i3]];
  }
  return out;
}
function randomSeed() {
  return Math.floor(Math.random() * 2 ** 31);
}
var init_random = __esm({
  "src/engine/random.ts"() {
    "use strict";
  }
});

// src/engine/stats.ts
function wilson(x2, n2, z = Z95) {
  if (n2 === 0) return [0, 1];
  const p = x2 / n2;
  const z2 = z * z;
  const denom = 1 + z2 / n2;
  const center = (p + z2 / (2 * n2)) / denom;
  const half = z * Math.sqrt(p * (1 - p) / n2 + z2 / (4 * n2 * n2)) / denom;
  const low = x2 === 0 ? 0 : Math.min(p, Math.max(0, center - half));
  const high = x2 === n2 ? 1 : Math.max(p, Math.min(1, center + half));
  return [low, high];
}
function zeroEventUpperBound(n2, alpha = 0.05) {
  return n2 === 0 ? 1 : 1 - Math.pow(alpha, 1 / n2);
}
function percentile(values, p) {
  if (values.length === 0) return void 0;
  const sorted = [...values].sort((a2, b) => a2 - b);
  const rank = p / 100 * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}
var Z95;
var init_stats = __esm({
  "src/engine/stats.ts"() {
    "use strict";
    Z95 = 1.959963984540054;
  }
});

// src/engine/verdict.ts
function decideTrial(history, invariant, settled) {
  const measured = {
    ...invariant.ok !== "error" && invariant.observed !== void 0 && { observed: invariant.observed },
    ...invariant.ok !== "error" && invariant.limit !== void 0 && { limit: invariant.limit }
  };
  if (invariant.ok === "error") return { verdict: "error", message: invariant.message };
  if (!settled.quiet) {
    return {
      verdict: "unknown",
      message: `${invariant.message}; ${settled.reason ?? "scheduled work did not settle"}`,
      ...measured
    };
  }
  if (invariant.ok === false) return { verdict: "violation", message: invariant.message, ...measured };
  const refused = history.length > 0 && history.every((op) => op.outcome === "fail");
  if (refused) {
    return {
      verdict: "unknown",
      message: `every operation failed, so the trial tested nothing (client ${history[0].client}: ${history[0].error ?? "failed"})`,
      ...measured
    };
  }
  if (invariant.ok === "unknown") return { verdict: "unknown", message: invariant.message, ...measured };
  return { verdict: "ok", message: invariant.message, ...measured };
}
function excess(t) {
  return (t.observed ?? 0) - (t.limit ?? 0);
}
var ScenarioTally;
var init_verdict = __esm({
  "src/engine/verdict.ts"() {
    "use strict";
    ScenarioTally = class {
      trials = 0;
      violations = 0;
      unknown = 0;
      errors = 0;
      opsOk = 0;
      opsUnknown = 0;
      opsFail = 0;
      firstFailure;
      firstUnknownOp;
      firstError;
      firstUnknown;
      lastOk;
      worst;
      add(t) {
        this.trials++;
        for (const op of t.history) {
          if (op.outcome === "ok") this.opsOk++;
          else if (op.outcome === "unknown") {
            this.opsUnknown++;
            this.firstUnknownOp ??= `client ${op.client}: ${op.error ?? "unknown"}`;
          } else {
            this.opsFail++;
            this.firstFailure ??= `client ${op.client}: ${op.error ?? "failed"}`;
          }
        }
        if (t.verdict === "violation") {
          this.violations++;
          if (!this.worst || excess(t) > excess(this.worst)) this.worst = t;
        } else if (t.verdict === "unknown") {
          this.unknown++;
          this.firstUnknown ??= t.message;
        } else if (t.verdict === "error") {
          this.errors++;
          this.firstError ??= t.message;
        } else {
          this.lastOk = t.message;
        }
      }
      /** What the verdict rule knows of the operations, for a report (and for shards to be summed). */
      get operations() {
        return {
          ok: this.opsOk,
          fail: this.opsFail,
          unknown: this.opsUnknown,
          ...this.firstFailure !== void 0 && { firstFailure: this.firstFailure },
          ...this.firstUnknownOp !== void 0 && { firstUnknown: this.firstUnknownOp }
        };
      }
      /**
       * Operations counted elsewhere: merged shards bring their trials as round summaries, without
       * histories, and their operation counts beside them.
       */
      addOperations(o2) {
        this.opsOk += o2.ok;
        this.opsFail += o2.fail;
        this.opsUnknown += o2.unknown;
        this.firstFailure ??= o2.firstFailure;
        this.firstUnknownOp ??= o2.firstUnknown;
      }
      /** Trials that ended in ok or a violation: the denominator of every rate. */
      get decided() {
        return this.trials - this.unknown - this.errors;
      }
      /**
       * race beats everything (a race seen stays a race); then a check that broke (`cutShort`: the
       * scenario could not finish; or a trial that errored); then a scenario that proved nothing
       * (no operation ever succeeded); then undecided trials; only then OK.
       */
      verdict(cutShort, noun = "trials") {
        if (this.violations > 0) return { verdict: "race", headline: this.worst.message };
        if (cutShort !== void 0) return { verdict: "error", headline: cutShort };
        if (this.errors > 0) return { verdict: "error", headline: this.firstError };
        if (this.trials === 0) return { verdict: "error", headline: "no trial completed" };
        if (this.opsOk === 0) {
          return this.opsUnknown > 0 ? {
            verdict: "inconclusive",
            // Unknown: timed out, lost, or failed after a write may have gone through (an action).
            headline: `no operation succeeded: ${this.opsUnknown} ended unknown, so nothing was tested (${this.firstUnknownOp ?? "timed out or lost"})`
          } : { verdict: "error", headline: `every operation failed: ${this.firstFailure ?? "no operation ran"}` };
        }
        if (this.unknown > 0) {
          return {
            verdict: "inconclusive",
            headline: `${this.unknown}/${this.trials - this.errors} ${noun} undecided, no violation seen: ${this.firstUnknown}`
          };
        }
        return { verdict: "ok", headline: this.lastOk ?? "" };
      }
    };
  }
});

// src/engine/summary.ts
function failedScenario(scenario, message, logTail, mode = "stress") {
  return {
    ...new TrialLog(scenario.functions).summary(mode, scenario.name, scenario.clients, {
      cutShort: message,
      durationMs: 0
    }),
    fireSpread: {},
    roundDetails: [],
    ...logTail && { backendLog: logTail }
  };
}
var FIRST_LOG_LINES, KEPT_HISTORIES, TrialLog;
var init_summary = __esm({
  "src/engine/summary.ts"() {
    "use strict";
    init_stats();
    init_verdict();
    FIRST_LOG_LINES = 10;
    KEPT_HISTORIES = 10;
    TrialLog = class {
      tally = new ScenarioTally();
      pending = /* @__PURE__ */ new Map();
      functions;
      logs = { count: 0, scheduledErrors: 0, first: [] };
      constructor(functions) {
        this.functions = new Set(functions);
      }
      /** The functions' console lines of a trial (the full text goes to the caller's log sink). */
      addLogs(batch) {
        this.logs.count += batch.lines.length + batch.dropped;
        this.logs.scheduledErrors += batch.scheduledErrors;
        for (const line of batch.lines) {
          if (this.logs.first.length < FIRST_LOG_LINES) {
            this.logs.first.push(line.length > 300 ? `${line.slice(0, 299)}…` : line);
          }
        }
      }
      add(trial) {
        this.tally.add(trial);
        for (const op of trial.history) for (const c3 of op.calls) this.functions.add(c3.path);
        const soonest = /* @__PURE__ */ new Map();
        for (const p of trial.settled.pending) soonest.set(p.path, Math.min(soonest.get(p.path) ?? Infinity, p.dueInMs));
        for (const [path27, dueInMs] of soonest) {
          const p = { path: path27, dueInMs };
          const seen = this.pending.get(p.path);
          if (seen) {
            seen.count++;
            seen.dueInMs = Math.min(seen.dueInMs, p.dueInMs);
          } else {
            this.pending.set(p.path, { path: p.path, count: 1, dueInMs: p.dueInMs });
          }
        }
      }
      summary(mode, name, clients, opts) {
        const t = this.tally;
        const { verdict, headline: headline2 } = t.verdict(opts.cutShort, opts.noun);
        const ran = t.trials - t.errors;
        const clean2 = ran - t.unknown;
        const worst = t.worst;
        return {
          name,
          mode,
          verdict,
          headline: headline2,
          clients,
          rounds: ran,
          violations: t.violations,
          unknown: t.unknown,
          errors: t.errors + (opts.cutShort !== void 0 ? 1 : 0),
          // Over decided trials only: an undecided trial is neither a detection nor a clean one.
          detectionRate: clean2 === 0 ? 0 : t.violations / clean2,
          interval: wilson(t.violations, clean2),
          // Only trials decided clean rule anything out; undecided ones prove nothing.
          ...t.violations === 0 && clean2 > 0 && { upperBound: zeroEventUpperBound(clean2) },
          worst: worst ? { observed: worst.observed ?? NaN, limit: worst.limit ?? NaN } : null,
          functions: [...this.functions],
          ...this.pending.size > 0 && { pending: [...this.pending.values()] },
          ...this.logs.count > 0 && { logs: this.logs },
          operations: t.operations,
          ...opts.cutShort !== void 0 && { error: opts.cutShort },
          durationMs: opts.durationMs
        };
      }
    };
  }
});

// src/engine/outcome.ts
function callOutcome(httpStatus, body, transactional = true) {
  if (httpStatus === 200 || httpStatus === 560) {
    const status = replyStatus(body);
    return status === "success" ? "ok" : status === "error" && transactional ? "fail" : "unknown";
  }
  if (httpStatus >= 300 && httpStatus < 500) return "fail";
  return "unknown";
}
function errorRollsBack(endpoint, path27, kinds) {
  const asked = endpoint === "query" || endpoint === "mutation" || endpoint === "action" ? endpoint : void 0;
  const declared = kinds?.get(path27);
  if (asked && declared && asked !== declared) return true;
  const kind2 = declared ?? asked;
  if (kind2 === void 0) return kinds !== void 0;
  return kind2 !== "action";
}
function httpActionOutcome(httpStatus) {
  return httpStatus < 400 ? "ok" : httpStatus < 500 ? "fail" : "unknown";
}
function replyStatus(body) {
  try {
    return JSON.parse(body).status;
  } catch {
    return void 0;
  }
}
function operationOutcome(ended) {
  if (!ended.threw) return ended.calls.length > 0 && ended.calls.every((c3) => c3.outcome === "fail") ? "fail" : "ok";
  if (ended.timedOut) return "unknown";
  if (ended.calls.some((c3) => c3.outcome === "unknown")) return "unknown";
  if (ended.calls.some((c3) => c3.outcome === "ok" && c3.endpoint !== "query")) return "unknown";
  return "fail";
}
function undecidedCount(history) {
  return history.filter(
    (op) => op.outcome === "unknown" && !op.ended || op.calls.some((c3) => c3.outcome === "unknown" && !c3.ended)
  ).length;
}
function isErrorReply(httpStatus, body) {
  return (httpStatus === 200 || httpStatus === 560) && replyStatus(body) === "error";
}
var ALL_CALLS_REFUSED;
var init_outcome = __esm({
  "src/engine/outcome.ts"() {
    "use strict";
    ALL_CALLS_REFUSED = "every call it made was refused";
  }
});

// src/engine/invariants.ts
function limitOf(limit, setup) {
  const value = typeof limit === "function" ? limit(setup) : limit;
  return finite(value, "invariant limit");
}
function finite(value, what) {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new Error(`${what} must be a finite number, got ${describeValue(value)}`);
  }
  return value;
}
function describeValue(value) {
  if (typeof value === "number") return String(value);
  const json = JSON.stringify(value);
  return json === void 0 ? String(value) : json;
}
async function check({ invariant, history, admin, setup }) {
  const unknown = undecidedCount(history);
  switch (invariant.kind) {
    case "capacity": {
      const limit = limitOf(invariant.limit, setup);
      const args = typeof invariant.read.args === "function" ? invariant.read.args({ setup }) : invariant.read.args ?? {};
      const observed = finite(
        await callFunction(admin, functionPath(invariant.read.fn), args),
        `capacity read ${functionPath(invariant.read.fn)}`
      );
      const noun = invariant.noun ?? "items";
      if (observed > limit) {
        return {
          ok: false,
          observed,
          limit,
          message: `${invariant.title ?? "Overbooking"}: ${observed}/${limit} ${noun}`
        };
      }
      if (unknown > 0) {
        return {
          ok: "unknown",
          observed,
          limit,
          message: `${observed}/${limit} ${noun}, ${unknown} operation(s) unknown`
        };
      }
      const at = observed === limit ? " (at capacity)" : "";
      return {
        ok: true,
        observed,
        limit,
        message: `${observed}/${limit} ${noun}${at}`
      };
    }
    case "maxSuccesses": {
      const limit = limitOf(invariant.limit, setup);
      const isSuccess = invariant.isSuccess ?? (() => true);
      const observed = history.filter((op) => op.outcome === "ok" && isSuccess(op.value)).length;
      const noun = invariant.noun ?? "successes";
      if (observed > limit) {
        return {
          ok: false,
          observed,
          limit,
          message: `${invariant.title ?? "Overclaimed"}: ${observed}/${limit} ${noun}`
        };
      }
      if (observed + unknown > limit) {
        return {
          ok: "unknown",
          observed,
          limit,
          message: `${observed}/${limit} ${noun}, ${unknown} operation(s) unknown`
        };
      }
      return {
        ok: true,
        observed,
        limit,
        message: `${observed}/${limit} ${noun}`
      };
    }
    case "custom": {
      const verdict = await invariant.check({ history, admin, setup });
      if (verdict === null || typeof verdict !== "object" || !("ok" in verdict) || verdict.ok !== true && verdict.ok !== false && verdict.ok !== "unknown") {
        throw new Error(
          `custom invariant returned ${JSON.stringify(verdict)}; expected { ok: true | false | "unknown", message, observed?, limit? }`
        );
      }
      if (verdict.observed !== void 0) finite(verdict.observed, "custom invariant observed");
      if (verdict.limit !== void 0) finite(verdict.limit, "custom invariant limit");
      if (verdict.ok === true && unknown > 0) {
        return {
          ...verdict,
          ok: "unknown",
          message: `${String(verdict.message ?? "")}, ${unknown} operation(s) unknown`
        };
      }
      return { ...verdict, message: String(verdict.message ?? "") };
    }
  }
}
var init_invariants = __esm({
  "src/engine/invariants.ts"() {
    "use strict";
    init_admin();
    init_function_ref();
    init_outcome();
  }
});

// src/engine/deadline.ts
function withDeadline(work, ms2, late) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(late()), Math.max(1, ms2));
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
var init_deadline = __esm({
  "src/engine/deadline.ts"() {
    "use strict";
  }
});

// src/engine/trial.ts
function setupConfigError(scenario, setupError) {
  return new ConfigError(`scenario "${scenario}": ${setupError}`);
}
async function runTrial(scenario, driver, setupCall = scenario.setup) {
  const began = performance.now();
  const setup = await runSetup(driver.admin, setupCall, scenario.opTimeout);
  const history = await driver.operate(setup);
  const settled = await driver.settle();
  const invariant = await bounded(
    check({ invariant: scenario.invariant, history, admin: driver.admin, setup }),
    scenario.opTimeout,
    "invariant check"
  ).catch((e) => ({ ok: "error", message: `invariant check failed: ${errorMessage(e)}` }));
  return {
    ...decideTrial(history, invariant, settled),
    setup,
    history,
    settled,
    durationMs: performance.now() - began
  };
}
async function runSetup(admin, call, timeoutMs) {
  if (!call) return {};
  let setup;
  try {
    setup = await bounded(callFunction(admin, call.path, call.args), timeoutMs, "setup");
  } catch (e) {
    throw new SetupError(`setup ${call.path} threw: ${errorMessage(e)}`);
  }
  if (setup === null || typeof setup !== "object" || Array.isArray(setup)) {
    throw new SetupError(
      `setup ${call.path} returned ${JSON.stringify(setup)}; it must return an object such as { sessionId }, the trial's context`
    );
  }
  return setup;
}
function bounded(work, ms2, what) {
  return withDeadline(work, ms2, () => new Error(`${what}: no answer within ${ms2} ms (op-timeout)`));
}
function jsonSafe(value) {
  if (value === void 0) return null;
  try {
    return JSON.parse(JSON.stringify(value, (_k, v) => typeof v === "bigint" ? v.toString() : v));
  } catch {
    return String(value);
  }
}
var SetupError;
var init_trial = __esm({
  "src/engine/trial.ts"() {
    "use strict";
    init_admin();
    init_invariants();
    init_verdict();
    init_deadline();
    init_errors();
    SetupError = class extends Error {
    };
  }
});

// src/engine/identity.ts
function identityFor(fn, setup, client) {
  if (!fn) return void 0;
  const spec = fn({ setup, client });
  if (spec === void 0 || spec === null) return void 0;
  if (typeof spec !== "object" || typeof spec.subject !== "string" || spec.subject === "") {
    throw new SetupError(
      `identity for client ${client} returned ${JSON.stringify(spec)}; expected { subject, issuer?, name?, email?, ... } or undefined for a signed-out user`
    );
  }
  const issuer = typeof spec.issuer === "string" ? spec.issuer : DEFAULT_ISSUER;
  return {
    ...spec,
    issuer,
    tokenIdentifier: typeof spec.tokenIdentifier === "string" ? spec.tokenIdentifier : `${issuer}|${spec.subject}`
  };
}
function canonicalPath(udfPath) {
  const [module, name = "default"] = udfPath.split(":");
  return `${module.replace(/\.(js|ts)$/, "")}:${name}`;
}
function notFoundReply(path27) {
  return new Response(
    JSON.stringify({ status: "error", errorMessage: `Could not find public function for '${path27}'.` }),
    { status: 200, headers: { "content-type": "application/json" } }
  );
}
var DEFAULT_ISSUER;
var init_identity = __esm({
  "src/engine/identity.ts"() {
    "use strict";
    init_trial();
    DEFAULT_ISSUER = "https://race-check.test";
  }
});

// src/engine/settle.ts
import { setTimeout as sleep } from "node:timers/promises";
async function settle(jobs, opts) {
  const began = performance.now();
  const elapsed = () => performance.now() - began;
  const notQuiet = (reason) => ({ quiet: false, reason, pending: [], durationMs: elapsed() });
  try {
    const read2 = (left) => Math.min(left, opts.readTimeoutMs ?? left);
    const start2 = await bounded2(jobs.now(), read2(opts.timeoutMs));
    const horizonEnd = start2 + opts.horizonMs;
    for (; ; ) {
      const left = opts.timeoutMs - elapsed();
      if (left <= 0 || opts.signal?.aborted) {
        return notQuiet(
          opts.signal?.aborted ? "interrupted while scheduled work was running" : `scheduled work still running after ${Math.round(opts.timeoutMs / 1e3)} s (settle timeout)`
        );
      }
      const open = await bounded2(jobs.list(), read2(left));
      const due = open.filter((j) => j.state === "inProgress" || j.dueAt <= horizonEnd);
      if (due.length === 0) {
        const now = await bounded2(jobs.now(), read2(left));
        return {
          quiet: true,
          pending: open.map((j) => ({ path: j.path, dueInMs: Math.max(0, j.dueAt - now) })),
          durationMs: elapsed()
        };
      }
      const running = due.some((j) => j.state === "inProgress");
      const next = Math.min(...due.map((j) => j.dueAt));
      if (jobs.advanceTo && !running) {
        await bounded2(jobs.advanceTo(next), read2(left));
      }
      await sleep(Math.min(jobs.pollMs ?? opts.pollMs ?? 20, Math.max(1, left)), void 0, {
        signal: opts.signal
      }).catch(() => {
      });
    }
  } catch (e) {
    return notQuiet(`scheduled work could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
}
function bounded2(work, ms2) {
  return withDeadline(work, ms2, () => new Error(`no answer within ${Math.round(ms2)} ms`));
}
var QUIET;
var init_settle = __esm({
  "src/engine/settle.ts"() {
    "use strict";
    init_deadline();
    QUIET = { quiet: true, pending: [], durationMs: 0 };
  }
});

// src/engine/expectations.ts
import path24 from "node:path";
function withExpectations(results, scenarios) {
  const expected = new Set(scenarios.filter((s) => s.expect === "race").map((s) => s.name));
  return results.map((r) => expected.has(r.name) ? { ...r, expect: "race" } : r);
}
function functionsDirLabel(prepared, cwd) {
  const relative = path24.relative(cwd, path24.resolve(prepared.projectDir, prepared.functionsDir));
  return (relative || ".").split(path24.sep).join("/");
}
var init_expectations = __esm({
  "src/engine/expectations.ts"() {
    "use strict";
  }
});

// src/engine/result.ts
function runEnvelope(input) {
  const { prepared, scenarios } = input;
  return {
    tool: { name: "race-check", version: VERSION },
    mode: input.mode,
    verdict: joinVerdicts(scenarios.map((s) => s.verdict)),
    startedAt: input.startedAt,
    durationMs: performance.now() - input.began,
    seed: input.seed,
    backend: input.backend,
    config: prepared.configLabel,
    ...prepared.configFingerprint && { configFingerprint: prepared.configFingerprint },
    functionsDir: functionsDirLabel(prepared, input.cwd ?? process.cwd()),
    scenarios: withExpectations(scenarios, prepared.scenarios),
    ...input.shard && { shard: input.shard }
  };
}
var init_result2 = __esm({
  "src/engine/result.ts"() {
    "use strict";
    init_model();
    init_version2();
    init_expectations();
  }
});

// src/cli/gating.ts
import { readFile as readFile8 } from "node:fs/promises";
async function readGating(values) {
  const failOn = values["fail-on"] ?? "race";
  if (!FAIL_ON.includes(failOn)) {
    throw new ConfigError(`--fail-on: "${values["fail-on"]}" is not one of ${FAIL_ON.join(" | ")}`);
  }
  if (failOn === "new-race" && values.baseline === void 0) {
    throw new ConfigError(
      "--fail-on new-race compares with a baseline: add --baseline FILE (a JSON report of the base branch, from --json)"
    );
  }
  if (values.baseline === void 0) return { failOn };
  const file = values.baseline;
  const text = await readFile8(file, "utf8").catch((e) => {
    throw new ConfigError(`--baseline: cannot read ${file} (${e.code ?? e.message})`);
  });
  return { failOn, baseline: { run: parseReport(text, `--baseline ${file}`), label: file } };
}
function compare2(result2, gating) {
  return compareRuns(result2, gating.baseline);
}
function gatedExitCode(comparison, gating) {
  switch (checkVerdict(comparison, gating.failOn)) {
    case "race":
      return EXIT.race;
    case "ok":
      return EXIT.ok;
    case "inconclusive":
      return EXIT.inconclusive;
    default:
      return EXIT.infrastructure;
  }
}
var GATING_OPTIONS, GATING_HELP;
var init_gating = __esm({
  "src/cli/gating.ts"() {
    "use strict";
    init_errors();
    init_baseline();
    GATING_OPTIONS = {
      "fail-on": { type: "string" },
      baseline: { type: "string" }
    };
    GATING_HELP = `  --fail-on WHEN      race (default): exit 1 on a race the config does not expect;
                      new-race: only on a race the --baseline report does not have;
                      never: races never make the exit code non-zero
  --baseline FILE     a JSON report to compare with (the base branch's, from --json):
                      the report says which races are new, still there, or fixed`;
  }
});

// src/engine/controlled/controller.ts
import { AsyncLocalStorage as AsyncLocalStorage4 } from "node:async_hooks";
function idleTurns(n2) {
  return new Promise((resolve) => {
    const turn = (left) => left === 0 ? resolve() : setImmediate(() => turn(left - 1));
    turn(n2);
  });
}
function toOutcome(o2) {
  if (!o2) return { ok: true, value: null };
  return o2.ok ? { ok: true, value: o2.value } : { ok: false, error: errorMessage(o2.error) };
}
var current2, StuckError, ADMIN, EPOCH, START_TURNS, Controller;
var init_controller = __esm({
  "src/engine/controlled/controller.ts"() {
    "use strict";
    init_errors();
    init_random();
    init_types2();
    current2 = new AsyncLocalStorage4();
    StuckError = class extends Error {
    };
    ADMIN = -1;
    EPOCH = Date.UTC(2026, 0, 1);
    START_TURNS = 20;
    Controller = class {
      constructor(stepTimeoutMs, seed, horizonMs = Infinity) {
        this.stepTimeoutMs = stepTimeoutMs;
        this.random = prng(seed);
        this.horizonEnd = EPOCH + horizonMs;
      }
      stepTimeoutMs;
      steps = [];
      tasks = /* @__PURE__ */ new Map();
      pending = [];
      /** The task allowed to run right now; points from any other code pass straight through. */
      active;
      wake;
      closed = false;
      jobs = 0;
      /** Scheduled functions due after the horizon: never started, listed by the settle step. */
      beyond = [];
      /** The schedule's horizon: work due by then runs as tasks; work due later is only listed. */
      horizonEnd;
      /** This schedule's Math.random and clock (see determinism.ts). */
      random;
      clock = EPOCH;
      now() {
        return this.clock++;
      }
      /** Runs setup and checks inside this schedule's context (its seeded globals) as the admin. */
      static within(controller, fn) {
        return current2.run({ controller, client: ADMIN }, fn);
      }
      /** The schedule the running code belongs to, wherever it was started from. */
      static current() {
        return current2.getStore()?.controller;
      }
      /** The scheduler every scheduling point of the in-process backend waits on (ControllerHooks). */
      hook = (point) => {
        const store = current2.getStore();
        if (store?.controller !== this) return Promise.resolve();
        if (point.kind === "runAction") {
          const nested = this.tasks.get(store.client)?.nested;
          if (nested && point.phase === "call") nested.push(point.path);
          else if (nested && nested.includes(point.path)) nested.splice(nested.lastIndexOf(point.path), 1);
          return Promise.resolve();
        }
        if (point.phase === "return") {
          this.finishStep(store.client, point.kind, point.path, toOutcome(point.outcome));
          return Promise.resolve();
        }
        return this.point(store.client, point.kind, point.path);
      };
      /**
       * The sink for scheduled functions' timers (ControllerHooks): each becomes a task whose
       * first step is its start. One due beyond the horizon is never started: it stays pending, and
       * the settle step lists it.
       */
      takeTimer = (timer) => {
        if (this.closed) return { unref() {
        } };
        if (timer.dueAt > this.horizonEnd) {
          this.beyond.push(timer);
          return { unref() {
          } };
        }
        const client = JOB_BASE + this.jobs++;
        this.pending.push({
          client,
          kind: "scheduled",
          path: timer.path,
          dueAt: timer.dueAt,
          resume: () => this.startJob(client, timer)
        });
        return { unref() {
        } };
      };
      /**
       * The execution observer (ControllerHooks): the first function a scheduled task runs is its
       * handler, and its end is the task's end.
       */
      observe = () => {
        const job = current2.getStore()?.job;
        if (!job || job.entered) return void 0;
        job.entered = true;
        return (outcome) => job.end(toOutcome(outcome));
      };
      /**
       * Ends control: scheduling points of code still running pass straight through, and timers set
       * from now on are dropped (the schedule's database is done with).
       */
      close() {
        this.closed = true;
        this.active = void 0;
      }
      /** Waits until the strategy lets this client run its next step. */
      point(client, kind2, path27) {
        if (this.closed || this.active !== client) return Promise.resolve();
        return new Promise((resume) => {
          this.pending.push({ client, kind: kind2, path: path27, resume });
          this.wake?.();
        });
      }
      /** Records the result of the step `client` is running (the oldest open one with this path). */
      finishStep(client, kind2, path27, outcome) {
        const open = this.steps.find(
          (s) => s.client === client && s.kind === kind2 && s.path === path27 && s.outcome === void 0
        );
        if (open) open.outcome = outcome;
      }
      /**
       * Starts a client's operation and lets it run to its first scheduling point (or to its end).
       * Clients start one after another so that even their start-up code never overlaps.
       */
      async start(client, op, work) {
        const settled = this.spawn(client, op, work);
        await this.quiesce(client);
        return { settled };
      }
      spawn(client, op, work, job) {
        const task = { client, op, done: false, nested: [] };
        this.tasks.set(client, task);
        this.active = client;
        const settled = current2.run({ controller: this, client, job }, work).finally(() => {
          task.done = true;
          this.wake?.();
        });
        settled.catch(() => void 0);
        return settled;
      }
      /** A scheduled function's start step: convex-test's timer callback, in the task's context. */
      startJob(client, timer) {
        this.clock = Math.max(this.clock, timer.dueAt);
        let end;
        const ended = new Promise((resolve) => end = resolve);
        const job = { entered: false, end };
        void this.spawn(
          client,
          timer.path,
          async () => {
            timer.run();
            const outcome = await Promise.race([
              ended,
              idleTurns(START_TURNS).then(() => job.entered ? ended : void 0)
            ]);
            if (outcome) this.finishStep(client, "scheduled", timer.path, outcome);
            if (outcome && !outcome.ok) throw new Error(outcome.error);
            return outcome?.ok ? outcome.value : void 0;
          },
          job
        );
      }
      /**
       * Scheduled work this schedule has not finished: a function due within the horizon not started
       * yet, or one started and still running. A prefix stopped with such work cannot be judged.
       */
      unfinishedJobs() {
        const waiting = this.pending.filter((p) => p.client >= JOB_BASE && p.kind === "scheduled").length;
        const running = [...this.tasks.values()].filter((t) => t.client >= JOB_BASE && !t.done).length;
        return waiting + running;
      }
      /**
       * Tasks with a step waiting, lowest first. A scheduled function waits, besides, for every one
       * due sooner to have started: the real scheduler starts them in due order.
       */
      enabled() {
        const jobs = this.pending.filter((p) => p.dueAt !== void 0);
        const soonest = jobs.length > 0 ? Math.min(...jobs.map((p) => p.dueAt)) : Infinity;
        return [
          ...new Set(this.pending.filter((p) => p.dueAt === void 0 || p.dueAt <= soonest).map((p) => p.client))
        ].sort((a2, b) => a2 - b);
      }
      /** "tickets:buy › tickets:available" for a step inside an action the client's action runs. */
      opOf(client) {
        const task = this.tasks.get(client);
        return task ? [task.op, ...task.nested].join(" › ") : "?";
      }
      /** Runs one step of `client` and waits until it stops at its next point or finishes. */
      async step(client) {
        const i3 = this.pending.findIndex((p2) => p2.client === client);
        if (i3 < 0) throw new Error(`task ${client} has no step waiting`);
        const [p] = this.pending.splice(i3, 1);
        this.steps.push({ client, op: p.kind === "scheduled" ? p.path : this.opOf(client), kind: p.kind, path: p.path });
        this.active = client;
        p.resume();
        await this.quiesce(client);
      }
      /**
       * Resolves once `client` is blocked again or done. A client with several calls in flight at
       * once (Promise.all in a flow) may finish one branch without any event: one idle turn of the
       * event loop with another branch still waiting counts as blocked.
       */
      quiesce(client) {
        const task = this.tasks.get(client);
        const before = this.pending.filter((p) => p.client === client).length;
        return new Promise((resolve, reject) => {
          let idle;
          const finish = (error) => {
            clearTimeout(timer);
            if (idle) clearImmediate(idle);
            this.wake = void 0;
            if (error) reject(error);
            else resolve();
          };
          const timer = setTimeout(
            () => finish(
              new StuckError(
                `${client >= JOB_BASE ? `scheduled function ${task.op}` : `client ${client}`} reached no scheduling point within ${this.stepTimeoutMs} ms (is it waiting on something outside Convex?)`
              )
            ),
            this.stepTimeoutMs
          );
          const check2 = () => {
            const waiting = this.pending.filter((p) => p.client === client).length;
            if (task.done || waiting > before) return finish();
            if (waiting > 0) {
              if (idle) clearImmediate(idle);
              idle = setImmediate(() => {
                if (this.pending.filter((p) => p.client === client).length > 0) finish();
              });
            }
          };
          this.wake = check2;
          check2();
        });
      }
    };
  }
});

// src/engine/controlled/determinism.ts
async function deterministic(fn) {
  const g = globalThis;
  const RealMath = g.Math;
  const RealDate = g.Date;
  const SeededMath = Object.create(RealMath, {
    random: { value: () => (Controller.current()?.random ?? RealMath.random)() }
  });
  const now = () => Controller.current()?.now() ?? RealDate.now();
  const ScheduleDate = new Proxy(RealDate, {
    construct: (target, args, newTarget) => args.length === 0 ? new target(now()) : Reflect.construct(target, args, newTarget),
    apply: () => new RealDate(now()).toString(),
    get: (target, prop, receiver) => prop === "now" ? now : Reflect.get(target, prop, receiver)
  });
  g.Math = SeededMath;
  g.Date = ScheduleDate;
  try {
    return await fn();
  } finally {
    g.Math = RealMath;
    g.Date = RealDate;
  }
}
var init_determinism = __esm({
  "src/engine/controlled/determinism.ts"() {
    "use strict";
    init_controller();
  }
});

// src/engine/controlled/driver.ts
function exploreSetup(scenario) {
  return scenario.explore?.setup ?? scenario.setup;
}
async function runSchedule(input) {
  const stepTimeoutMs = input.stepTimeoutMs ?? Math.min(input.scenario.opTimeout, 1e4);
  const controller = new Controller(stepTimeoutMs, input.seed, input.scenario.settleMs);
  const detach = input.deployment.attach({
    scheduler: controller.hook,
    timers: controller.takeTimer,
    observer: controller.observe
  });
  try {
    return await deterministic(() => Controller.within(controller, () => execute(input, controller)));
  } finally {
    controller.close();
    detach();
  }
}
async function execute(input, controller) {
  const session = input.deployment.fresh();
  const driver = new ControlledDriver(input, controller, session);
  const base = () => ({
    clients: input.clients,
    choices: driver.choices,
    enabled: driver.enabled,
    steps: controller.steps,
    ...driver.stopped && { stoppedAfter: driver.choices.length }
  });
  try {
    return { ...await runTrial(input.scenario, driver, exploreSetup(input.scenario)), ...base() };
  } catch (e) {
    if (!(e instanceof StuckError) && !(e instanceof SetupError)) throw e;
    return {
      ...base(),
      verdict: "error",
      message: e instanceof SetupError ? e.message.replace(/ threw: /, " failed: ") : errorMessage(e),
      ...e instanceof SetupError && { setupError: e.message },
      setup: null,
      history: [],
      settled: QUIET,
      durationMs: 0
    };
  }
}
function track(entry, controller) {
  entry.settled.then(
    (value) => {
      entry.outcome = "returned";
      entry.value = value;
      entry.end = controller.steps.length;
    },
    (e) => {
      entry.outcome = "threw";
      entry.error = errorMessage(e);
      entry.end = controller.steps.length;
    }
  );
}
function httpFor(session, controller, calls, who) {
  return async (input, init2) => {
    const request = input instanceof Request ? input : void 0;
    const url = new URL(request ? request.url : String(input), SITE_URL);
    const method = init2?.method ?? request?.method ?? "GET";
    const record = {
      path: `${method} ${url.pathname}`,
      endpoint: "http",
      start: controller.steps.length,
      end: 0,
      outcome: "unknown"
    };
    calls.push(record);
    try {
      const res = await session.fetch(`${url.pathname}${url.search}`, { ...init2, method }, who);
      record.outcome = httpActionOutcome(res.status);
      return res;
    } catch (e) {
      record.outcome = "unknown";
      throw e;
    } finally {
      record.end = controller.steps.length;
    }
  };
}
function clientFor(session, controller, client, calls, who) {
  const call = async (ref2, args, expected) => {
    const record = {
      path: "?",
      endpoint: expected ?? "function",
      start: controller.steps.length,
      end: 0,
      outcome: "unknown"
    };
    calls.push(record);
    let mayHaveWritten = false;
    try {
      const fn = await session.deployment.resolve(ref2);
      record.path = fn.path;
      if (fn.isInternal || expected && expected !== fn.kind || fn.kind === "action") {
        const refused = fn.isInternal || expected !== void 0 && expected !== fn.kind;
        const first = controller.steps.length;
        try {
          const value = await session.call(fn, args, who, expected);
          record.outcome = "ok";
          return value;
        } catch (e) {
          mayHaveWritten = !refused && wroteSince(controller, client, first);
          throw e;
        }
      }
      const kind2 = fn.kind;
      await controller.point(client, kind2, fn.path);
      try {
        const value = await session.call(fn, args, who, expected);
        controller.finishStep(client, kind2, fn.path, { ok: true, value });
        record.outcome = "ok";
        return value;
      } catch (e) {
        controller.finishStep(client, kind2, fn.path, { ok: false, error: errorMessage(e) });
        throw e;
      }
    } catch (e) {
      record.outcome = mayHaveWritten ? "unknown" : "fail";
      if (mayHaveWritten) record.ended = true;
      throw e;
    } finally {
      record.end = controller.steps.length;
    }
  };
  return {
    query: (ref2, args) => call(ref2, args, "query"),
    mutation: (ref2, args) => call(ref2, args, "mutation"),
    action: (ref2, args) => call(ref2, args, "action"),
    function: (ref2, _component, args) => call(ref2, args)
  };
}
function wroteSince(controller, client, first) {
  return controller.steps.slice(first).some(
    (s) => s.client === client && (s.kind === "runMutation" || s.kind === "schedule") && (s.outcome === void 0 || s.outcome.ok)
  );
}
var MAX_STEPS, ControlledDriver, SITE_URL;
var init_driver = __esm({
  "src/engine/controlled/driver.ts"() {
    "use strict";
    init_in_process();
    init_identity();
    init_outcome();
    init_settle();
    init_trial();
    init_controller();
    init_determinism();
    MAX_STEPS = 2e4;
    ControlledDriver = class {
      constructor(input, controller, session) {
        this.input = input;
        this.controller = controller;
        this.session = session;
        this.admin = session.admin();
      }
      input;
      controller;
      session;
      admin;
      choices = [];
      enabled = [];
      stopped = false;
      async operate(setup) {
        const { scenario, clients, chooser, stopAfter } = this.input;
        const controller = this.controller;
        const ops = /* @__PURE__ */ new Map();
        const identities = new Map(clients.map((client) => [client, identityFor(scenario.identity, setup, client)]));
        for (const client of clients) {
          const calls = [];
          const act = scenario.act;
          const op = act.kind === "call" ? act.path : "flow";
          const who = { asClient: true, identity: identities.get(client) };
          const convex = clientFor(this.session, controller, client, calls, who);
          const work = act.kind === "call" ? async () => convex.function(act.path, void 0, act.args(setup, client)) : async () => act.flow({
            convex,
            fetch: httpFor(this.session, controller, calls, who),
            siteUrl: SITE_URL,
            setup,
            client
          });
          const entry = { calls, settled: Promise.resolve() };
          ops.set(client, entry);
          entry.settled = (await controller.start(client, op, work)).settled;
          track(entry, controller);
        }
        for (; ; ) {
          const enabled = controller.enabled();
          if (enabled.length === 0) break;
          if (stopAfter !== void 0 && this.choices.length >= stopAfter) {
            this.stopped = true;
            break;
          }
          if (this.input.signal?.aborted) throw new StuckError("interrupted");
          if (this.choices.length >= MAX_STEPS) {
            throw new StuckError(
              `the schedule did not end within ${MAX_STEPS} steps: does scheduled work keep scheduling more?`
            );
          }
          const pick = chooser.choose(enabled, this.choices.length);
          if (!enabled.includes(pick)) throw new Error(`strategy chose task ${pick}, not one of ${enabled.join(", ")}`);
          this.choices.push(pick);
          this.enabled.push(enabled);
          await controller.step(pick);
        }
        await new Promise((r) => setImmediate(r));
        return clients.map((client) => {
          const e = ops.get(client);
          const threw = e.outcome === "threw";
          const outcome = e.outcome === void 0 ? "unknown" : operationOutcome({ threw, timedOut: false, calls: e.calls });
          return {
            client,
            start: 0,
            end: e.end ?? controller.steps.length,
            outcome,
            ...outcome === "ok" ? { value: jsonSafe(e.value) } : { error: e.error ?? (e.outcome === "returned" ? ALL_CALLS_REFUSED : "still in flight") },
            calls: e.calls,
            // Unknown, but it threw: what it did is in place already (see undecidedCount).
            ...outcome === "unknown" && e.outcome !== void 0 && { ended: true }
          };
        });
      }
      /**
       * Every scheduled function due within the horizon ran as a task of the schedule (the controller
       * took every timer, of the app and of its components alike); what is left is due beyond it. A
       * schedule stopped early for shrinking is judged on the state it stopped in, which says nothing
       * while scheduled work of its own is still to run.
       */
      async settle() {
        const c3 = this.controller;
        if (c3.unfinishedJobs() > 0) {
          return { quiet: false, reason: "stopped while scheduled work was still to run", pending: [], durationMs: 0 };
        }
        return {
          quiet: true,
          pending: c3.beyond.map((t) => ({
            path: t.path,
            dueInMs: Math.max(0, t.dueAt - c3.horizonEnd + this.input.scenario.settleMs)
          })),
          durationMs: 0
        };
      }
    };
    SITE_URL = IN_PROCESS_URLS.site;
  }
});

// src/explore/strategies.ts
function mix(seed, i3) {
  let h2 = (seed ^ Math.imul(i3 + 1, 2654435761)) >>> 0;
  h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507) >>> 0;
  h2 = Math.imul(h2 ^ h2 >>> 13, 3266489909) >>> 0;
  return (h2 ^ h2 >>> 16) >>> 0;
}
function randomStrategy(seed) {
  let i3 = 0;
  return {
    name: "random",
    exhausted: false,
    next() {
      const random = prng(mix(seed, i3++));
      return { choose: (enabled) => enabled[Math.floor(random() * enabled.length)] };
    },
    observe() {
    }
  };
}
function pctStrategy(seed, depth) {
  let i3 = 0;
  let k = 1;
  return {
    name: "pct",
    exhausted: false,
    next() {
      const random = prng(mix(seed, i3++));
      const priority = /* @__PURE__ */ new Map();
      const changes = /* @__PURE__ */ new Map();
      for (let c3 = 1; c3 < depth; c3++) {
        let at = Math.floor(random() * k);
        while (changes.has(at) && changes.size < k) at = (at + 1) % k;
        if (!changes.has(at)) changes.set(at, depth - c3);
      }
      return {
        choose(enabled, step) {
          for (const c3 of shuffle(
            enabled.filter((e) => !priority.has(e)),
            random
          )) {
            priority.set(c3, depth + Math.floor(random() * 1e6));
          }
          const top = () => enabled.reduce((a2, b) => priority.get(b) > priority.get(a2) ? b : a2);
          const lowered = changes.get(step);
          if (lowered !== void 0) priority.set(top(), lowered);
          return top();
        }
      };
    },
    observe(run) {
      k = Math.max(k, run.steps.length);
    }
  };
}
function mixedStrategy(seed, depth) {
  const parts = [randomStrategy(seed), pctStrategy((seed ^ 1540483477) >>> 0, depth)];
  let i3 = 0;
  return {
    name: "mixed",
    exhausted: false,
    next: () => parts[i3++ % 2].next(),
    observe(run) {
      for (const p of parts) p.observe(run);
    }
  };
}
function exhaustiveStrategy(maxQueued = 2e5) {
  const buckets = [[[]]];
  let queued = 1;
  let dropped = false;
  let current3;
  const strategy = {
    name: "exhaustive",
    exhausted: false,
    next() {
      const d = buckets.findIndex((b) => b.length > 0);
      if (d < 0) {
        strategy.exhausted = !dropped;
        return void 0;
      }
      const prefix = buckets[d].shift();
      queued--;
      current3 = { prefix, deviations: d };
      let last;
      return {
        choose(enabled, step) {
          const pick = step < prefix.length && enabled.includes(prefix[step]) ? prefix[step] : last !== void 0 && enabled.includes(last) ? last : enabled[0];
          last = pick;
          return pick;
        }
      };
    },
    observe(run) {
      if (!current3) return;
      const { prefix, deviations } = current3;
      current3 = void 0;
      const bucket = buckets[deviations + 1] ??= [];
      for (let j = prefix.length; j < run.choices.length; j++) {
        for (const alternative of run.enabled[j]) {
          if (alternative === run.choices[j]) continue;
          if (queued >= maxQueued) {
            dropped = true;
            continue;
          }
          bucket.push([...run.choices.slice(0, j), alternative]);
          queued++;
        }
      }
      if (queued === 0) strategy.exhausted = !dropped;
    }
  };
  return strategy;
}
function replay(choices) {
  return {
    choose: (enabled, step) => step < choices.length && enabled.includes(choices[step]) ? choices[step] : enabled[0]
  };
}
var init_strategies = __esm({
  "src/explore/strategies.ts"() {
    "use strict";
    init_random();
  }
});

// src/explore/shrink.ts
function cost(r) {
  let switches = 0;
  for (let i3 = 1; i3 < r.steps.length; i3++) if (r.steps[i3].client !== r.steps[i3 - 1].client) switches++;
  return [r.clients.length, r.stoppedAfter ?? r.steps.length, switches];
}
function better(a2, b) {
  const [x2, y] = [cost(a2), cost(b)];
  for (let i3 = 0; i3 < x2.length; i3++) if (x2[i3] !== y[i3]) return x2[i3] < y[i3];
  return false;
}
async function shrink(first, run, maxRuns = 2e3, seed = 0) {
  let best = first;
  let runs = 0;
  const attempt = async (clients, chooser, stopAfter) => {
    runs++;
    const r = await run(clients, chooser, stopAfter);
    return r.verdict === "violation" ? r : void 0;
  };
  let progress2 = true;
  while (progress2 && best.clients.length > 1 && runs < maxRuns) {
    progress2 = false;
    for (const drop of [...best.clients].reverse()) {
      const clients = best.clients.filter((c3) => c3 !== drop);
      const r = await attempt(clients, replay(best.choices.filter((c3) => c3 !== drop)));
      if (r) {
        best = r;
        progress2 = true;
        break;
      }
    }
    if (progress2) continue;
    for (const drop of [...best.clients].reverse()) {
      const clients = best.clients.filter((c3) => c3 !== drop);
      const found = await search(clients, attempt, Math.min(200, maxRuns - runs), seed);
      if (found) {
        best = found;
        progress2 = true;
        break;
      }
      if (runs >= maxRuns) break;
    }
  }
  let chunk = Math.max(1, Math.floor(best.choices.length / 2));
  while (chunk >= 1 && runs < maxRuns) {
    let improved = false;
    for (let at = 0; at < best.choices.length && runs < maxRuns; at += chunk) {
      const choices = [...best.choices.slice(0, at), ...best.choices.slice(at + chunk)];
      const r = await attempt(best.clients, replay(choices));
      if (r && better(r, best)) {
        best = r;
        improved = true;
        break;
      }
    }
    if (!improved) chunk = Math.floor(chunk / 2);
  }
  const deferred = [...best.choices.filter((c3) => c3 < JOB_BASE), ...best.choices.filter((c3) => c3 >= JOB_BASE)];
  if (deferred.join() !== best.choices.join() && runs < maxRuns) {
    const r = await attempt(best.clients, replay(deferred));
    if (r && !better(best, r)) best = r;
  }
  for (let k = 1; k < best.steps.length && runs < maxRuns; k++) {
    const r = await attempt(best.clients, replay(best.choices), k);
    if (r && r.stoppedAfter !== void 0) {
      best = r;
      break;
    }
  }
  return { run: best, runs };
}
async function search(clients, attempt, budget, seed) {
  const dfs = exhaustiveStrategy();
  let used = 0;
  for (; used < budget / 2; used++) {
    const chooser = dfs.next();
    if (!chooser) return void 0;
    const recorder = recording(chooser);
    const r = await attempt(clients, recorder.chooser);
    if (r) return r;
    dfs.observe(recorder.asRun());
  }
  const rnd = randomStrategy(seed);
  for (; used < budget; used++) {
    const r = await attempt(clients, rnd.next());
    if (r) return r;
  }
  return void 0;
}
function recording(inner) {
  const choices = [];
  const enabled = [];
  return {
    chooser: {
      choose(e, step) {
        const c3 = inner.choose(e, step);
        choices.push(c3);
        enabled.push(e);
        return c3;
      }
    },
    asRun: () => ({ choices, enabled, steps: [] })
  };
}
var init_shrink = __esm({
  "src/explore/shrink.ts"() {
    "use strict";
    init_strategies();
    init_types2();
  }
});

// src/run-explore.ts
async function runExplore(opts = {}) {
  const began = performance.now();
  const startedAt = (/* @__PURE__ */ new Date()).toISOString();
  let token;
  if (opts.replay !== void 0) {
    try {
      token = decodeToken(opts.replay);
    } catch (e) {
      throw new ConfigError(e.message);
    }
    const wanted = [opts.scenario ?? []].flat();
    if (wanted.length > 0 && !(wanted.length === 1 && wanted[0] === token.scenario)) {
      throw new ConfigError(
        `--replay: the token is for scenario "${token.scenario}", not ${wanted.map((w) => `"${w}"`).join(", ")}`
      );
    }
  }
  const prepared = await prepareRun({
    configFile: opts.configFile,
    config: opts.config,
    projectDir: opts.projectDir,
    cwd: opts.cwd,
    env: opts.env,
    signal: opts.signal,
    scenario: token ? token.scenario : opts.scenario
  });
  const seed = opts.seed ?? randomSeed();
  const scenarios = await withInProcessBackend(
    { projectDir: prepared.projectDir, functionsDir: prepared.functionsDir, deploymentEnv: prepared.env },
    searchAll
  );
  async function searchAll(deployment, capture) {
    const scenarios2 = [];
    for (const scenario of prepared.scenarios) {
      if (opts.signal?.aborted) break;
      try {
        scenarios2.push(
          token ? await replayScenario(deployment, scenario, token, prepared.configLabel) : await exploreScenario({
            deployment,
            scenario,
            configLabel: prepared.configLabel,
            clients: opts.clients,
            budget: opts.budget,
            strategy: opts.strategy,
            depth: opts.depth,
            seed,
            signal: opts.signal,
            onProgress: opts.onProgress,
            logs: { capture, sink: opts.onLogs }
          })
        );
      } catch (e) {
        if (!(e instanceof ConfigError) || scenarios2.length === 0) throw e;
        scenarios2.push(failedScenario(scenario, e.message, void 0, "explore"));
      }
    }
    return scenarios2;
  }
  return runEnvelope({
    mode: "explore",
    startedAt,
    began,
    seed,
    backend: { kind: "embedded" },
    prepared,
    cwd: opts.cwd,
    scenarios
  });
}
function strategyFor(name, seed, depth) {
  if (name === "random") return randomStrategy(seed);
  if (name === "exhaustive") return exhaustiveStrategy();
  if (name === "mixed") return mixedStrategy(seed, depth);
  return pctStrategy(seed, depth);
}
async function exploreScenario(input) {
  const began = performance.now();
  const { deployment, scenario, seed } = input;
  const n2 = input.clients ?? scenario.explore?.clients ?? scenario.clients;
  const clients = Array.from({ length: n2 }, (_, i3) => i3);
  const budget = input.budget ?? EXPLORE_DEFAULTS.budget;
  const strategyName = input.strategy ?? EXPLORE_DEFAULTS.strategy;
  const depth = input.depth ?? EXPLORE_DEFAULTS.depth;
  const strategy = strategyFor(strategyName, seed, depth);
  const run = (cs, chooser, stopAfter) => runSchedule({ deployment, scenario, clients: cs, chooser, seed, stopAfter, signal: input.signal });
  const log = new TrialLog(scenario.functions);
  const seen = /* @__PURE__ */ new Set();
  let schedules = 0;
  let counterexample;
  let firstViolationAt;
  while (schedules < budget && !input.signal?.aborted) {
    const chooser = strategy.next();
    if (!chooser) break;
    const r = await run(clients, chooser);
    if (schedules === 0 && r.setupError !== void 0) throw setupConfigError(scenario.name, r.setupError);
    schedules++;
    strategy.observe(r);
    seen.add(r.choices.join(","));
    log.add(r);
    if (input.logs) {
      const batch = input.logs.capture.take();
      log.addLogs(batch);
      if (batch.lines.length > 0) input.logs.sink?.(scenario.name, batch.lines);
    }
    input.onProgress?.({ scenario: scenario.name, schedules, budget });
    if (r.verdict === "violation") {
      firstViolationAt = schedules;
      const shrunk = await shrink(r, run, 2e3, seed);
      input.logs?.capture.take();
      counterexample = describe2(scenario, shrunk.run, seed, input.configLabel, shrunk.runs, r);
      break;
    }
    if (r.verdict === "error") break;
  }
  const exhausted = strategyName === "exhaustive" ? strategy.exhausted && !counterexample : void 0;
  const interrupted = input.signal?.aborted === true && !counterexample && schedules < budget && !exhausted;
  const summary = log.summary("explore", scenario.name, n2, {
    // An interrupted search covered less than it was asked to: never report it as a clean one.
    cutShort: interrupted ? `interrupted after ${schedules} of ${budget} schedules` : void 0,
    durationMs: performance.now() - began,
    noun: "schedules"
  });
  const space = exhausted ? ", every interleaving tried" : "";
  return {
    ...summary,
    // The verdict is the engine's; a clean search's headline says what it covered.
    headline: summary.verdict === "ok" ? `no violation in ${schedules} schedule(s), ${seen.size} distinct interleaving(s)${space}` : counterexample ? counterexample.message : summary.headline,
    fireSpread: {},
    roundDetails: [],
    strategy: strategyName,
    seed,
    ...(strategyName === "pct" || strategyName === "mixed") && { depth },
    budget,
    schedules,
    distinctInterleavings: seen.size,
    ...exhausted !== void 0 && { exhausted },
    ...firstViolationAt !== void 0 && { firstViolationAt },
    ...counterexample && { counterexample }
  };
}
async function replayScenario(deployment, scenario, token, configLabel) {
  const began = performance.now();
  const r = await runSchedule({
    deployment,
    scenario,
    clients: token.clients,
    chooser: replay(token.choices),
    seed: token.seed,
    stopAfter: token.stopAfter
  });
  if (r.setupError !== void 0) throw setupConfigError(scenario.name, r.setupError);
  const fingerprint = traceFingerprint(r.steps);
  const mismatch = token.trace !== void 0 && token.trace !== fingerprint || r.choices.join() !== token.choices.join() ? "this replay differs from the recorded trace: the functions, the config or race-check changed since the token was made" : void 0;
  const log = new TrialLog(scenario.functions);
  log.add(r);
  const summary = log.summary("explore", scenario.name, token.clients.length, {
    durationMs: performance.now() - began,
    noun: "schedules"
  });
  return {
    ...summary,
    headline: r.message,
    fireSpread: {},
    roundDetails: [],
    strategy: "exhaustive",
    seed: token.seed,
    budget: 1,
    schedules: 1,
    distinctInterleavings: 1,
    counterexample: describe2(scenario, r, token.seed, configLabel, 0, r),
    ...mismatch && { replayMismatch: mismatch }
  };
}
function describe2(scenario, r, seed, configLabel, shrinkRuns, original) {
  const token = encodeToken({
    scenario: scenario.name,
    clients: r.clients,
    choices: r.choices,
    seed,
    ...r.stoppedAfter !== void 0 && { stopAfter: r.stoppedAfter },
    trace: traceFingerprint(r.steps)
  });
  return {
    clients: r.clients,
    // The report is JSON: values such as bigints become their JSON-safe form.
    steps: r.steps.map((s) => s.outcome?.ok ? { ...s, outcome: { ok: true, value: jsonSafe(s.outcome.value) } } : s),
    trace: renderTrace(r.steps, r.message, r.stoppedAfter),
    message: r.message,
    ...r.observed !== void 0 && { observed: r.observed },
    ...r.limit !== void 0 && { limit: r.limit },
    token,
    command: replayCommand(configLabel, scenario.name, token),
    shrinkRuns,
    original: { clients: original.clients.length, steps: original.steps.length }
  };
}
var EXPLORE_DEFAULTS;
var init_run_explore = __esm({
  "src/run-explore.ts"() {
    "use strict";
    init_prepare();
    init_random();
    init_driver();
    init_result2();
    init_summary();
    init_trial();
    init_backends();
    init_errors();
    init_trace();
    init_shrink();
    init_strategies();
    init_token();
    EXPLORE_DEFAULTS = { budget: 1e3, strategy: "mixed", depth: 2 };
  }
});

// src/cli/explore.ts
var explore_exports = {};
__export(explore_exports, {
  EXPLORE_HELP: () => EXPLORE_HELP,
  exploreMain: () => exploreMain
});
import { parseArgs as parseArgs2 } from "node:util";
async function exploreMain(argv) {
  installOutputBoundary({ neutralise: true });
  let values;
  try {
    ({ values } = parseArgs2({
      args: argv,
      allowPositionals: false,
      options: {
        config: { type: "string" },
        scenario: { type: "string", multiple: true },
        clients: { type: "string" },
        budget: { type: "string" },
        strategy: { type: "string" },
        depth: { type: "string" },
        seed: { type: "string" },
        replay: { type: "string" },
        "env-file": { type: "string" },
        json: { type: "string" },
        markdown: { type: "string" },
        ...GATING_OPTIONS,
        help: { type: "boolean", short: "h" }
      }
    }));
  } catch (e) {
    return usage(`${e.message} (see race-check explore --help)`);
  }
  if (values.help) {
    process.stdout.write(`${EXPLORE_HELP}
`);
    return EXIT.ok;
  }
  const controller = new AbortController();
  const logs = new LogCollector();
  const onSignal = () => controller.abort();
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  let result2;
  let gating;
  try {
    gating = await readGating(values);
    const strategy = values.strategy;
    if (strategy !== void 0 && !STRATEGIES.includes(strategy)) {
      throw new ConfigError(`--strategy: expected one of ${STRATEGIES.join(", ")}, got "${strategy}"`);
    }
    if (values.json) await checkOutputPath(values.json, "--json");
    if (values.markdown) await checkOutputPath(values.markdown, "--markdown");
    result2 = await runExplore({
      configFile: values.config,
      scenario: values.scenario,
      env: await readEnvFile(values["env-file"]),
      clients: parseCount(values.clients, "--clients", 1, LIMITS.maxClients),
      budget: parseCount(values.budget, "--budget", 1, 1e7),
      strategy,
      depth: parseCount(values.depth, "--depth", 1, 100),
      seed: parseCount(values.seed, "--seed", 0, 2 ** 32 - 1),
      replay: values.replay,
      signal: controller.signal,
      onProgress: progress(),
      onLogs: logs.onLogs
    });
  } catch (e) {
    if (e instanceof ConfigError) return usage(e.message);
    process.stderr.write(`race-check: ${e.message ?? String(e)}
`);
    return EXIT.infrastructure;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    if (process.stderr.isTTY) process.stderr.write("\r\x1B[K");
  }
  const reportFile = values.json ?? values.markdown;
  if (reportFile) await logs.writeBeside(reportFile, result2).catch(() => void 0);
  result2 = redactDeep(result2);
  const comparison = compare2(result2, gating);
  process.stdout.write(`${renderText(result2, comparison)}
`);
  try {
    if (values.json) await writeOutputFile(values.json, renderJson(result2));
    if (values.markdown) {
      await writeOutputFile(values.markdown, `${renderMarkdown(result2, { comparison, failOn: gating.failOn })}
`);
    }
  } catch (e) {
    process.stderr.write(`race-check: could not write the report: ${e.message}
`);
    return EXIT.infrastructure;
  }
  const code = gatedExitCode(comparison, gating);
  if (controller.signal.aborted && code !== EXIT.race) return EXIT.infrastructure;
  return code;
}
function usage(message) {
  process.stderr.write(`race-check: ${message}
`);
  return EXIT.usage;
}
function progress() {
  if (!process.stderr.isTTY) return void 0;
  return (p) => {
    if (p.schedules % 25 === 0 || p.schedules === p.budget) {
      process.stderr.write(`\r\x1B[K${p.scenario}: schedule ${p.schedules}/${p.budget}`);
    }
  };
}
var EXPLORE_HELP, STRATEGIES;
var init_explore = __esm({
  "src/cli/explore.ts"() {
    "use strict";
    init_validate2();
    init_errors();
    init_boundary();
    init_report_file();
    init_log_file();
    init_env_file();
    init_secrets();
    init_version2();
    init_run_explore();
    init_markdown();
    init_json();
    init_text();
    init_gating();
    EXPLORE_HELP = `race-check ${VERSION}: search the interleavings of concurrent clients for one that breaks an invariant

Usage: race-check explore [options]

Runs your convex/ functions in-process on convex-test and decides, step by step, which client's
next query, mutation or scheduler call runs. A violation is shrunk to the fewest clients and
steps and printed as a trace with a replay token.

Options:
  --config FILE       config file (default race-check.config.ts)
  --scenario NAME     explore only this scenario (repeatable)
  --clients N         clients per schedule (default: the scenario's explore.clients, else clients)
  --budget N          schedules per scenario (default ${EXPLORE_DEFAULTS.budget})
  --strategy S        mixed (default: random and pct in turn) | random | pct | exhaustive
  --depth D           PCT depth: priority change points + 1 (default ${EXPLORE_DEFAULTS.depth})
  --seed N            seed of the search (printed; reuse it to repeat the search)
  --replay TOKEN      run exactly the schedule of a replay token from an earlier report
  --env-file FILE     the deployment's environment variables, NAME=value per line
  --json FILE         write the JSON report
  --markdown FILE     write the Markdown report
${GATING_HELP}
  -h, --help          show this help

Exit codes: 0 no violation (or only races --fail-on lets pass), 1 violation found, 2 usage or config error,
3 error, 4 inconclusive (some schedules could not be decided).`;
    STRATEGIES = ["mixed", "random", "pct", "exhaustive"];
  }
});

// src/init/source.ts
function maskComments(text) {
  const out = text.split("");
  let i3 = 0;
  const blank = (from, to) => {
    for (let k = from; k < to; k++) if (out[k] !== "\n") out[k] = " ";
  };
  while (i3 < text.length) {
    const c3 = text[i3];
    if (c3 === "/" && text[i3 + 1] === "/") {
      const end = text.indexOf("\n", i3);
      const stop = end === -1 ? text.length : end;
      blank(i3, stop);
      i3 = stop;
    } else if (c3 === "/" && text[i3 + 1] === "*") {
      const end = text.indexOf("*/", i3 + 2);
      const stop = end === -1 ? text.length : end + 2;
      blank(i3, stop);
      i3 = stop;
    } else if (c3 === '"' || c3 === "'" || c3 === "`") {
      i3 = skipString(text, i3);
    } else {
      i3++;
    }
  }
  return out.join("");
}
function skipString(text, start2) {
  const quote = text[start2];
  let i3 = start2 + 1;
  while (i3 < text.length) {
    const c3 = text[i3];
    if (c3 === "\\") i3 += 2;
    else if (c3 === quote) return i3 + 1;
    else if (quote === "`" && c3 === "$" && text[i3 + 1] === "{") i3 = matchClose(text, i3 + 1) + 1;
    else if (c3 === "\n" && quote !== "`") return i3;
    else i3++;
  }
  return i3;
}
function matchClose(text, open) {
  const stack = [CLOSE[text[open]]];
  let i3 = open + 1;
  while (i3 < text.length && stack.length > 0) {
    const c3 = text[i3];
    if (c3 === '"' || c3 === "'" || c3 === "`") {
      i3 = skipString(text, i3);
      continue;
    }
    if (c3 in CLOSE) stack.push(CLOSE[c3]);
    else if (c3 === stack[stack.length - 1]) stack.pop();
    i3++;
  }
  return i3 - 1;
}
function callArguments(text, open) {
  const close = matchClose(text, open);
  const args = [];
  let from = open + 1;
  let i3 = from;
  while (i3 < close) {
    const c3 = text[i3];
    if (c3 === '"' || c3 === "'" || c3 === "`") {
      i3 = skipString(text, i3);
      continue;
    }
    if (c3 in CLOSE) {
      i3 = matchClose(text, i3) + 1;
      continue;
    }
    if (c3 === ",") {
      args.push(text.slice(from, i3).trim());
      from = i3 + 1;
    }
    i3++;
  }
  const last = text.slice(from, close).trim();
  if (last !== "") args.push(last);
  return args;
}
function objectKeys(literal) {
  const text = literal.trim();
  if (!text.startsWith("{")) return [];
  const keys = [];
  for (const part of callArguments(text, 0)) {
    const spread = /^\.\.\.\s*([\w$.]+)/.exec(part);
    if (spread) keys.push(`...${spread[1]}`);
    const key = /^(?:["']?)([A-Za-z_$][\w$]*)(?:["']?)\s*(?::|$|\()/.exec(part);
    if (key && !spread) keys.push(key[1]);
  }
  return keys;
}
function objectValue(literal, key) {
  const text = literal.trim();
  if (!text.startsWith("{")) return void 0;
  for (const part of callArguments(text, 0)) {
    const m = /^(?:["']?)([A-Za-z_$][\w$]*)(?:["']?)\s*:\s*([^]*)$/.exec(part);
    if (m && m[1] === key) return m[2].trim();
  }
  return void 0;
}
function exportedConstants(code) {
  const found = [];
  for (const m of code.matchAll(/\bexport\s+const\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=/g)) {
    const start2 = m.index + m[0].length;
    const open = code.slice(start2).search(/[({;]/);
    const end = open === -1 || code[start2 + open] === ";" ? start2 + Math.max(open, 0) : matchClose(code, start2 + open);
    found.push({ name: m[1], line: lineOf(code, m.index), text: code.slice(m.index, end + 1) });
  }
  return found;
}
function helperFunctions(code) {
  const helpers = /* @__PURE__ */ new Map();
  for (const m of code.matchAll(/(?:^|\n)(?:export\s+)?(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)\s*[(<]/g)) {
    const brace = code.indexOf("{", code.indexOf(")", m.index + m[0].length));
    if (brace !== -1) helpers.set(m[1], code.slice(m.index, matchClose(code, brace) + 1));
  }
  for (const m of code.matchAll(/(?:^|\n)(?:export\s+)?const\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s*)?\(/g)) {
    const paren = m.index + m[0].length - 1;
    const arrow = code.slice(matchClose(code, paren) + 1).match(/^\s*(?::[^=]*)?=>\s*/);
    if (!arrow) continue;
    const bodyStart = matchClose(code, paren) + 1 + arrow[0].length;
    const end = code[bodyStart] === "{" ? matchClose(code, bodyStart) : code.indexOf("\n", bodyStart);
    helpers.set(m[1], code.slice(m.index, end === -1 ? code.length : end + 1));
  }
  return helpers;
}
function withHelpers(text, helpers, self) {
  const seen = new Set(self ? [self] : []);
  const parts = [text];
  for (let i3 = 0; i3 < parts.length; i3++) {
    for (const m of parts[i3].matchAll(/\b([A-Za-z_$][\w$]*)\s*\(/g)) {
      const body = helpers.get(m[1]);
      if (body && !seen.has(m[1])) {
        seen.add(m[1]);
        parts.push(body);
      }
    }
  }
  return parts.join("\n");
}
function lineOf(text, index) {
  let line = 1;
  for (let i3 = 0; i3 < index; i3++) if (text.charCodeAt(i3) === 10) line++;
  return line;
}
var CLOSE;
var init_source2 = __esm({
  "src/init/source.ts"() {
    "use strict";
    CLOSE = { "(": ")", "[": "]", "{": "}" };
  }
});

// src/init/validators.ts
function idTable(v) {
  return v.type === "id" ? v.tableName : void 0;
}
function isNumeric(v) {
  return v.type === "number" || v.type === "bigint";
}
function stringLiterals(v) {
  if (v.type === "literal") return typeof v.value === "string" ? [v.value] : [];
  if (v.type === "union") return v.value.flatMap(stringLiterals);
  return [];
}
function hasNullMember(v) {
  return v.type === "null" || v.type === "union" && v.value.some(hasNullMember);
}
function numericValidator(v) {
  return v.type === "bigint" ? "v.int64()" : "v.number()";
}
function numberLiteral(v, n2) {
  return v.type === "bigint" ? `${n2}n` : String(n2);
}
function valueExpression(field, v, hints) {
  const override = hints.overrides?.[field];
  if (override !== void 0) return override;
  switch (v.type) {
    case "string": {
      const suffix = hints.suffix?.(field) ?? "";
      if (/e-?mail/i.test(field)) return suffix ? `\`race-check${suffix}@example.com\`` : `"race-check@example.com"`;
      if (/url|link|href/i.test(field)) return `"https://example.com/race-check"`;
      return suffix ? `\`race-check${suffix}\`` : `"race-check"`;
    }
    case "number":
      return "0";
    case "bigint":
      return "0n";
    case "boolean":
      return "false";
    case "null":
    case "any":
      return "null";
    case "bytes":
      return "new ArrayBuffer(0)";
    case "literal":
      return literalExpression(v.value);
    case "id":
      return hints.idOf(v.tableName);
    case "array":
      return "[]";
    case "record":
      return "{}";
    case "object":
      return objectExpression(v.value, { ...hints, overrides: void 0 });
    case "union": {
      const members = v.value;
      const simplest = members.find((m) => m.type === "literal") ?? members.find((m) => m.type === "null") ?? members.find((m) => m.type !== "id") ?? members[0];
      if (!simplest) throw new Unfillable(`${field}: an empty union`);
      return valueExpression(field, simplest, { ...hints, overrides: void 0 });
    }
    default:
      throw new Unfillable(`${field}: no value known for a ${v.type} validator`);
  }
}
function objectExpression(fields, hints) {
  const parts = [];
  for (const [name, spec] of Object.entries(fields)) {
    if (spec.optional && hints.overrides?.[name] === void 0) continue;
    const value = valueExpression(name, spec.fieldType, hints);
    parts.push(value === name ? name : `${propertyName(name)}: ${value}`);
  }
  return parts.length === 0 ? "{}" : `{ ${parts.join(", ")} }`;
}
function literalExpression(value) {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return JSON.stringify(value);
  }
  if (value !== null && typeof value === "object" && "$integer" in value) {
    const bytes = Buffer.from(String(value.$integer), "base64");
    return `${bytes.readBigInt64LE(0)}n`;
  }
  throw new Unfillable(`no literal for ${JSON.stringify(value)}`);
}
function propertyName(name) {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}
var Unfillable;
var init_validators = __esm({
  "src/init/validators.ts"() {
    "use strict";
    Unfillable = class extends Error {
    };
  }
});

// src/init/analyze.ts
function analyze(project) {
  const fns = [...project.functions.values()].sort((a2, b) => a2.file.localeCompare(b.file) || a2.line - b.line);
  const candidates = [];
  for (const fn of fns) {
    if (fn.visibility !== "public") continue;
    if (fn.kind === "action") {
      const calls = backendCalls(fn.text);
      const firstRead = calls.findIndex((c3) => c3.kind !== "runMutation");
      const lastWrite = calls.map((c3) => c3.kind).lastIndexOf("runMutation");
      if (firstRead === -1 || lastWrite < firstRead) continue;
      const writes = actionWrites(fn, project, 0);
      const context = [fn.text, ...readTexts(fn, project, 0)].join("\n");
      candidates.push({
        pattern: "action",
        act: fn,
        writes,
        check: classify(project, fn.args, writes, context, "compare", fn.text)
      });
    } else if (fn.kind === "mutation") {
      const writes = inlineWrites(fn, project.tables);
      const check2 = classify(project, fn.args, writes, withoutWrites(fn.text), "compare", fn.text, true);
      if (check2) candidates.push({ pattern: "mutation", act: fn, writes, check: check2 });
    }
  }
  candidates.push(...flows(project, fns, candidates));
  return { candidates };
}
function flows(project, fns, found) {
  const guarded = new Set(found.filter((c3) => c3.pattern === "mutation").map((c3) => c3.act.path));
  const out = [];
  for (const query of fns) {
    if (query.kind !== "query" || query.visibility !== "public" || !FLOW_QUERY.test(query.name) || !query.args)
      continue;
    const needed = Object.entries(query.args).filter(([, spec]) => !spec.optional);
    const mutations = fns.filter((m) => m.kind === "mutation" && m.visibility === "public" && m.args && !guarded.has(m.path)).filter(
      (m) => needed.every(([name, spec]) => JSON.stringify(m.args?.[name]?.fieldType) === JSON.stringify(spec.fieldType))
    ).sort((a2, b) => Number(b.module === query.module) - Number(a2.module === query.module));
    const pairs = mutations.flatMap((mutation) => {
      const writes = inlineWrites(mutation, project.tables);
      const check2 = classify(project, mutation.args, writes, query.text, "mention", mutation.text);
      return check2 ? [{ pattern: "flow", act: mutation, query, writes, check: check2 }] : [];
    });
    const rank = { count: 0, claim: 1, consume: 2 };
    const best = pairs.sort((a2, b) => rank[a2.check.kind] - rank[b.check.kind])[0];
    if (best) out.push(best);
  }
  return out;
}
function classify(project, args, writes, checkText, mentions, callerText, needsCountRead = false) {
  if (!args) return void 0;
  const seen = (name) => mentions === "compare" ? compared(name, checkText) : mentioned(name, checkText);
  for (const w of writes.filter((w2) => w2.op === "insert")) {
    const rows = project.tables.get(w.table);
    if (!rows || needsCountRead && !COUNT_READ.test(checkText)) continue;
    for (const [refField, spec] of Object.entries(rows.fields)) {
      const limitTable = idTable(spec.fieldType);
      const limits = limitTable ? capacityFields(project.tables.get(limitTable)) : [];
      const limitField = limits.find(seen);
      if (limitTable && limitField && targets(args, project.tables.get(limitTable))) {
        return { kind: "count", limitTable, limitField, rowTable: w.table, refField };
      }
    }
  }
  for (const w of writes.filter((w2) => w2.op === "patch")) {
    const table = project.tables.get(w.table);
    if (!table || !targets(args, table)) continue;
    const limitField = capacityFields(table).find((f) => seen(f) && consumes(w, f, callerText));
    if (limitField) return { kind: "consume", limitTable: w.table, limitField };
  }
  for (const w of writes.filter((w2) => w2.op === "patch")) {
    const table = project.tables.get(w.table);
    if (!table || !targets(args, table)) continue;
    for (const field of w.fields) {
      const spec = table.fields[field];
      if (!spec || !CLAIM.test(field) || !new RegExp(`\\.${field}\\b`).test(checkText)) continue;
      const free = freeValue(field, spec.fieldType, spec.optional, w, checkText);
      if (free !== null) return { kind: "claim", table: w.table, field, free };
    }
  }
  return void 0;
}
function freeValue(field, v, optional, write, text) {
  if (optional) return void 0;
  const written = /^["'`]([^"'`]*)["'`]$/.exec(objectValue(write.object, field) ?? "")?.[1];
  const literals = stringLiterals(v).filter((l) => l !== written);
  if (literals.length > 0) {
    const quoted = (l) => `["'\`]${l.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["'\`]`;
    const negated = literals.find((l) => new RegExp(`!==?\\s*${quoted(l)}|${quoted(l)}\\s*!==?`).test(text));
    return JSON.stringify(negated ?? literals[0]);
  }
  if (hasNullMember(v)) return "null";
  if (v.type === "boolean") return /available|free|open/i.test(field) ? "true" : "false";
  if (v.type === "string") return '""';
  if (v.type === "number") return "0";
  return null;
}
function consumes(write, field, callerText) {
  if (!write.fields.includes(field)) return write.fields.length > 0;
  const value = objectValue(write.object, field) ?? field;
  if (/-(?!=)/.test(value.replace(/=>/g, ""))) return true;
  if (!/^[\w$.]+$/.test(value)) return false;
  return new RegExp(`\\b${field}\\s*:[^,;}\\n]*-\\s*[\\w(]`).test(callerText);
}
function capacityFields(table) {
  if (!table) return [];
  return Object.entries(table.fields).filter(
    ([name, spec]) => CAPACITY.test(name) && isNumeric(spec.fieldType) && !spec.optional && isVariableName(name)
  ).map(([name]) => name);
}
function targets(args, table) {
  if (!table) return false;
  return Object.values(args).some((a2) => idTable(a2.fieldType) === table.name && !a2.optional) || lookupFields(args, table).length > 0;
}
function lookupFields(args, table) {
  return Object.entries(args).filter(([name, a2]) => {
    const field = table.fields[name];
    if (!field || field.optional || a2.optional || CLAIM.test(name) || !isVariableName(name)) return false;
    if (JSON.stringify(field.fieldType) !== JSON.stringify(a2.fieldType)) return false;
    if (!["string", "number", "bigint"].includes(field.fieldType.type)) return false;
    return table.indexes.some((i3) => i3.fields[0] === name) || /code|slug|key|token|handle|sku/i.test(name);
  }).map(([name]) => name);
}
function isVariableName(name) {
  return /^[A-Za-z_$][\w$]*$/.test(name) && !RESERVED.has(name) && !["ctx", "tag", "i"].includes(name);
}
function mentioned(name, text) {
  return new RegExp(`\\b${name}\\b`).test(text);
}
function compared(name, text) {
  const ref2 = `(?:[\\w$]+(?:\\?)?\\.)*${name}\\b`;
  return new RegExp(
    `(?:[<>]=?|[!=]==?)\\s*(?:\\(\\s*)?${ref2}|\\b${name}\\s*\\)?\\s*(?:[<>]=?|[!=]==?)|if\\s*\\(\\s*!?\\s*${ref2}\\s*\\)`
  ).test(text);
}
function withoutWrites(text) {
  let out = text;
  for (const m of [...text.matchAll(/\.db\s*\.\s*(insert|patch|replace)\s*\(/g)].reverse()) {
    const open = m.index + m[0].length - 1;
    const close = matchClose(text, open) + 1;
    out = out.slice(0, open) + " ".repeat(close - open) + out.slice(close);
  }
  return out;
}
function backendCalls(text) {
  return [...text.matchAll(/\.(runQuery|runMutation|runAction)\s*\(\s*((?:api|internal)(?:\s*\.\s*[\w$]+)+)?/g)].map(
    (m) => ({ kind: m[1], target: m[2] ? referencePath2(m[2]) : void 0 })
  );
}
function referencePath2(expr) {
  const parts = expr.replace(/\s+/g, "").split(".").slice(1);
  const name = parts.pop();
  return `${parts.join("/")}:${name}`;
}
function actionWrites(fn, project, depth) {
  if (depth > 3) return [];
  const writes = [];
  for (const call of backendCalls(fn.text)) {
    const target = call.target ? project.functions.get(call.target) : void 0;
    if (!target) continue;
    if (call.kind === "runMutation") writes.push(...inlineWrites(target, project.tables));
    if (call.kind === "runAction") writes.push(...actionWrites(target, project, depth + 1));
  }
  return writes;
}
function readTexts(fn, project, depth) {
  if (depth > 3) return [];
  const texts = [];
  for (const call of backendCalls(fn.text)) {
    const target = call.target ? project.functions.get(call.target) : void 0;
    if (!target) continue;
    if (call.kind === "runQuery") texts.push(target.text);
    if (call.kind === "runAction") texts.push(target.text, ...readTexts(target, project, depth + 1));
  }
  return texts;
}
function inlineWrites(fn, tables) {
  const writes = [];
  for (const m of fn.text.matchAll(/\.db\s*\.\s*(insert|patch|replace)\s*\(/g)) {
    const args = callArguments(fn.text, m.index + m[0].length - 1);
    const literalTable = /^["'`]([\w$]+)["'`]$/.exec(args[0] ?? "")?.[1];
    if (m[1] === "insert") {
      if (!literalTable || args.length < 2) continue;
      writes.push({ table: literalTable, op: "insert", fields: fieldsSet(args[1], fn.args), object: args[1] });
      continue;
    }
    const [idExpr, object] = literalTable ? [args[1], args[2]] : [args[0], args[1]];
    const table = literalTable ?? tableOfId(idExpr ?? "", fn, tables);
    if (table && object !== void 0) {
      writes.push({ table, op: "patch", fields: fieldsSet(object, fn.args), object });
    }
  }
  return writes;
}
function fieldsSet(object, args) {
  const keys = object.trim().startsWith("{") ? objectKeys(object) : [`...${object.trim()}`];
  return keys.flatMap((k) => k.startsWith("...") ? Object.keys(args ?? {}) : [k]);
}
function tableOfId(expr, fn, tables) {
  const root = /^(?:args\s*\.\s*)?([A-Za-z_$][\w$]*)/.exec(expr.trim())?.[1];
  if (!root) return void 0;
  const arg = fn.args?.[root];
  if (arg && idTable(arg.fieldType)) return idTable(arg.fieldType);
  const assigned = new RegExp(
    `\\b(?:const|let|var)\\s+${root}\\s*=\\s*(?:await\\s+)?[\\w$.]*db\\s*\\.\\s*query\\s*\\(\\s*["'\`]([\\w$]+)`
  ).exec(fn.text);
  if (assigned && tables.has(assigned[1])) return assigned[1];
  const got = new RegExp(
    `\\b(?:const|let|var)\\s+${root}\\s*=\\s*(?:await\\s+)?[\\w$.]*db\\s*\\.\\s*get\\s*\\(\\s*(?:args\\s*\\.\\s*)?([\\w$]+)`
  ).exec(fn.text);
  const gotArg = got ? fn.args?.[got[1]] : void 0;
  if (gotArg && idTable(gotArg.fieldType)) return idTable(gotArg.fieldType);
  const read2 = new Set([...fn.text.matchAll(/db\s*\.\s*query\s*\(\s*["'`]([\w$]+)/g)].map((r) => r[1]));
  return read2.size === 1 ? [...read2][0] : void 0;
}
var CAPACITY, CLAIM, FLOW_QUERY, COUNT_READ, RESERVED;
var init_analyze = __esm({
  "src/init/analyze.ts"() {
    "use strict";
    init_source2();
    init_validators();
    CAPACITY = /^(capacity|limit|stock|quantity|remaining|available|inventory|seats|spots|slots|places|tickets)$|^max(?=[A-Z_])|(Capacity|Limit|Stock|Quantity|Remaining|Available|Inventory|Left|Seats|Spots|Slots|Places)$/;
    CLAIM = /^(status|state|claimed|claimedBy|claimedAt|claimant|claimer|owner|ownerId|redeemed|redeemedBy|redeemedAt|used|usedBy|usedAt|assignee|assigneeId|assignedTo|winner|winnerId|taken|takenBy|booked|bookedBy|reserved|reservedBy|sold|soldTo|available|isAvailable|locked|lockedBy|holder|holderId)$/;
    FLOW_QUERY = /(Left|Remaining|Available|Availability|Capacity|Count)$|^(spots|seats|slots|places|tickets|remaining|available|availability|capacity|count)|^(is|has|can)[A-Z]/;
    COUNT_READ = /\.collect\s*\(|\.take\s*\(|\.length\b|\bcount\b|\.paginate\s*\(/;
    RESERVED = new Set(
      "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await".split(
        " "
      )
    );
  }
});

// src/init/project.ts
import { readFile as readFile9, stat as stat7 } from "node:fs/promises";
import path25 from "node:path";
import { pathToFileURL as pathToFileURL4 } from "node:url";
async function functionsDirOf(projectDir) {
  const file = path25.join(projectDir, "convex.json");
  const text = await readFile9(file, "utf8").catch(() => void 0);
  if (text === void 0) return "convex";
  let functions;
  try {
    functions = JSON.parse(text).functions;
  } catch {
    throw new ConfigError(`${file}: not valid JSON (fix it, or remove it to use convex/)`);
  }
  return typeof functions === "string" ? functions.replace(/\\/g, "/").replace(/\/+$/, "") : "convex";
}
async function readProject(projectDir) {
  const functionsDir = await functionsDirOf(projectDir);
  const absolute = path25.resolve(projectDir, functionsDir);
  if (!(await stat7(absolute).catch(() => void 0))?.isDirectory()) {
    throw new ConfigError(
      `${functionsDir}/ not found in ${projectDir}: run race-check init in a Convex project (or pass --dir)`
    );
  }
  const { generated } = await ensureGenerated(projectDir, absolute);
  const files = await listModules(absolute);
  const schemaFile = files.find((f) => /^schema\.[cm]?[jt]sx?$/.test(f));
  if (schemaFile === void 0) {
    throw new ConfigError(
      `${functionsDir}/schema.ts not found: race-check init derives its seed data from the schema; define one (defineSchema) and run init again`
    );
  }
  registerLoader(projectDir);
  const tables = await loadSchema(path25.join(absolute, schemaFile), `${functionsDir}/${schemaFile}`);
  const functions = /* @__PURE__ */ new Map();
  const skipped = [];
  const routes = [];
  for (const file of files) {
    if (file.startsWith("_generated/") || file === schemaFile) continue;
    const module = file.replace(/\.[^./]+$/, "");
    const label = `${functionsDir}/${file}`;
    const source = maskComments(await readFile9(path25.join(absolute, file), "utf8"));
    if (module === "http") {
      routes.push(...httpRoutes(source, label));
      continue;
    }
    if (module === TESTING_MODULE || /^(crons|auth\.config|convex\.config)$/.test(module)) continue;
    let loaded;
    try {
      loaded = await import(pathToFileURL4(path25.join(absolute, file)).href);
    } catch (e) {
      skipped.push({ file: label, reason: firstLine2(e) });
      continue;
    }
    const helpers = helperFunctions(source);
    const definitions = new Map(exportedConstants(source).map((d) => [d.name, d]));
    for (const [name, value] of Object.entries(loaded)) {
      if (!isRegisteredFunction(value)) continue;
      const fn = value;
      const definition = definitions.get(name);
      functions.set(`${module}:${name}`, {
        path: `${module}:${name}`,
        module,
        name,
        file: label,
        line: definition?.line ?? 1,
        kind: fn.isAction ? "action" : fn.isMutation ? "mutation" : "query",
        visibility: fn.isPublic ? "public" : "internal",
        args: argsOf(fn.exportArgs),
        text: definition ? withHelpers(definition.text, helpers, name) : ""
      });
    }
  }
  return { dir: projectDir, functionsDir, tables, functions, routes, skipped, generated };
}
async function loadSchema(file, label) {
  let exported;
  try {
    const mod = await import(pathToFileURL4(file).href);
    exported = mod.default;
    if (exported && typeof exported === "object" && "default" in exported && !("tables" in exported)) {
      exported = exported.default;
    }
  } catch (e) {
    throw new ConfigError(`cannot load ${label}: ${firstLine2(e)}`);
  }
  const exporter = exported;
  if (typeof exporter?.export !== "function") {
    throw new ConfigError(
      `${label}: its default export is not a schema; end it with \`export default defineSchema({...})\``
    );
  }
  const json = JSON.parse(exporter.export());
  const tables = /* @__PURE__ */ new Map();
  for (const t of json.tables) {
    tables.set(t.tableName, {
      name: t.tableName,
      fields: t.documentType?.type === "object" ? t.documentType.value ?? {} : {},
      indexes: t.indexes.map((i3) => ({ name: i3.indexDescriptor, fields: i3.fields }))
    });
  }
  return tables;
}
function argsOf(exportArgs) {
  if (typeof exportArgs !== "function") return void 0;
  try {
    const json = JSON.parse(exportArgs());
    return json.type === "object" ? json.value : void 0;
  } catch {
    return void 0;
  }
}
function httpRoutes(source, file) {
  const routes = [];
  for (const m of source.matchAll(/\.route\s*\(/g)) {
    const [spec] = callArguments(source, m.index + m[0].length - 1);
    if (!spec?.startsWith("{")) continue;
    const route = /\bpath(?:Prefix)?\s*:\s*(["'`])([^"'`]*)\1/.exec(spec);
    const method = /\bmethod\s*:\s*["'`](\w+)["'`]/.exec(spec);
    const handler = /\bhandler\s*:\s*([\w$.]+)/.exec(spec);
    if (!route) continue;
    const prefix = /\bpathPrefix\s*:/.test(spec) ? "*" : "";
    routes.push({
      method: method?.[1] ?? "?",
      path: route[2] + prefix,
      handler: handler?.[1],
      file,
      line: lineOf(source, m.index)
    });
  }
  return routes;
}
function firstLine2(e) {
  const message = String(e?.message ?? e);
  return message.split("\n").find((l) => l.trim() !== "")?.trim() ?? message;
}
var TESTING_MODULE;
var init_project = __esm({
  "src/init/project.ts"() {
    "use strict";
    init_modules();
    init_project_files();
    init_errors();
    init_codegen();
    init_register();
    init_source2();
    TESTING_MODULE = "raceTesting";
  }
});

// src/init/names.ts
function words(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").split(/[\s_\-.]+/).filter(Boolean).map((w) => w.toLowerCase());
}
function singular(name) {
  if (/ies$/.test(name)) return name.slice(0, -3) + "y";
  if (/(ss|x|ch|sh)es$/.test(name)) return name.slice(0, -2);
  if (/[^s]s$/.test(name)) return name.slice(0, -1);
  return name;
}
function camel(name) {
  const [first = "doc", ...rest] = words(name);
  const joined = first + rest.map((w) => w[0].toUpperCase() + w.slice(1)).join("");
  return /^[A-Za-z_$]/.test(joined) ? joined : `t${joined}`;
}
function pascal(name) {
  const c3 = camel(name);
  return c3[0].toUpperCase() + c3.slice(1);
}
function human(name) {
  const text = words(name).join(" ");
  return text[0].toUpperCase() + text.slice(1);
}
function reference(root, path27) {
  const [module, fn] = path27.split(":");
  return [root, ...module.split("/"), fn].map((part, i3) => i3 === 0 ? part : /^[A-Za-z_$][\w$]*$/.test(part) ? `.${part}` : `[${JSON.stringify(part)}]`).join("");
}
function wrap(text, prefix, width = 110) {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && prefix.length + line.length + 1 + word.length > width) {
      lines.push(prefix + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(prefix + line);
  return lines;
}
var init_names = __esm({
  "src/init/names.ts"() {
    "use strict";
  }
});

// src/init/write-testing.ts
function renderSetup(spec, tables) {
  const seeder = new Seeder(tables, [spec.key, ...spec.lookups.map((l) => l.field), spec.limit?.field ?? ""]);
  const argNames = [...spec.limit ? [spec.limit.field] : [], ...spec.extras.map((e) => e.countArg)];
  const argValidators = [
    ...spec.limit ? [`${spec.limit.field}: ${numericValidator(spec.limit.validator)}`] : [],
    ...spec.extras.map((e) => `${e.countArg}: v.number()`)
  ];
  for (const l of spec.lookups) {
    seeder.lines.push(`const ${l.field} = ${freshValue(l.field, l.validator)};`);
  }
  const overrides = {};
  if (spec.limit) overrides[spec.limit.field] = spec.limit.field;
  for (const l of spec.lookups) overrides[l.field] = l.field;
  if (spec.claim?.free !== void 0) overrides[spec.claim.field] = spec.claim.free;
  const doc = seeder.document(spec.table, overrides, []);
  seeder.lines.push(...insert(`const ${spec.key} = `, spec.table, doc, ";", 4));
  seeder.known(spec.table, spec.key);
  for (const extra of spec.extras) {
    const each = seeder.document(extra.table, {}, [], true);
    seeder.lines.push(
      `// One ${extra.table} document per client, so that no two clients act as the same one.`,
      `const ${extra.key}: Id<${JSON.stringify(extra.table)}>[] = [];`,
      `for (let i = 0; i < ${extra.countArg}; i++) {`,
      ...insert(`  ${extra.key}.push(`, extra.table, each, ");", 4),
      `}`
    );
  }
  const returned = [spec.key, ...spec.limit ? [spec.limit.field] : [], ...spec.lookups.map((l) => l.field)];
  returned.push(...spec.extras.map((e) => e.key));
  const body = seeder.lines;
  if (body.some((l) => l.includes("${tag}"))) {
    body.unshift(
      "// A fresh suffix per round keeps rounds independent without clearing tables.",
      "const tag = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;"
    );
  }
  const what = [
    `one ${spec.table} document`,
    spec.limit ? `with ${spec.limit.field} from the argument` : "",
    spec.claim ? `not yet claimed (${spec.claim.field})` : ""
  ].filter(Boolean).join(" ");
  return [
    ...docComment(`Setup of ${quoteList(spec.usedBy)}: ${what}.`),
    `export const ${spec.name} = internalMutation({`,
    `  args: { ${argValidators.join(", ")} },`.replace("{  }", "{}"),
    `  handler: async (ctx${argNames.length ? `, { ${argNames.join(", ")} }` : ""}) => {`,
    ...body.map((l) => `    ${l}`),
    `    return { ${returned.join(", ")} };`,
    `  },`,
    `});`
  ].join("\n");
}
function renderRead(spec, tables) {
  if (spec.kind === "get") {
    return [
      ...docComment(`Read back by the draft ${quoteList(spec.usedBy)}: one ${spec.table} document.`),
      `export const ${spec.name} = internalQuery({`,
      `  args: { ${spec.arg}: v.id(${JSON.stringify(spec.table)}) },`,
      `  handler: (ctx, { ${spec.arg} }) => ctx.db.get(${spec.arg}),`,
      `});`
    ].join("\n");
  }
  const index = tables.get(spec.rowTable)?.indexes.find((i3) => i3.fields[0] === spec.refField);
  const narrow = index ? `.withIndex(${JSON.stringify(index.name)}, (q) => q.eq(${JSON.stringify(spec.refField)}, ${spec.arg}))` : `.filter((q) => q.eq(q.field(${JSON.stringify(spec.refField)}), ${spec.arg}))`;
  return [
    ...docComment(
      `Read by the invariant of ${quoteList(spec.usedBy)}: how many ${spec.rowTable} rows point at one ${spec.limitTable} document.`
    ),
    `export const ${spec.name} = internalQuery({`,
    `  args: { ${spec.arg}: v.id(${JSON.stringify(spec.limitTable)}) },`,
    `  handler: async (ctx, { ${spec.arg} }) => {`,
    `    const rows = await ctx.db`,
    `      .query(${JSON.stringify(spec.rowTable)})`,
    `      ${narrow}`,
    `      .collect();`,
    `    return rows.length;`,
    `  },`,
    `});`
  ].join("\n");
}
function renderTestingModule(setups, reads) {
  const code = [...setups, ...reads].join("\n\n");
  const server = ["internalMutation", "internalQuery"].filter((b) => code.includes(`${b}(`));
  const imports = [
    .../\bv\./.test(code) ? [`import { v } from "convex/values";`] : [],
    `import { ${server.join(", ")} } from "./_generated/server";`,
    .../\bId</.test(code) ? [`import type { Id } from "./_generated/dataModel";`] : []
  ];
  return [
    "// Test-support functions for race-check, written by `race-check init`. Internal: only an admin key",
    "// can call them, so they can never be reached from a browser in production.",
    ...imports,
    "",
    code,
    ""
  ].join("\n");
}
function freshValue(field, v) {
  if (v.type === "number") return "Math.floor(Math.random() * 2 ** 31)";
  if (v.type === "bigint") return "BigInt(Math.floor(Math.random() * 2 ** 31))";
  if (v.type === "string") return valueExpression(field, v, { idOf: () => "", suffix: () => "-${tag}" });
  throw new Unfillable(`${field}: cannot make a fresh ${v.type}`);
}
function insert(head, table, doc, tail, indent) {
  const single = `${head}await ctx.db.insert(${JSON.stringify(table)}, ${doc})${tail}`;
  if (indent + single.length <= 120 || !doc.startsWith("{")) return [single];
  const lead = /^\s*/.exec(head)?.[0] ?? "";
  return [
    `${head}await ctx.db.insert(${JSON.stringify(table)}, {`,
    ...callArguments(doc, 0).map((field) => `${lead}  ${field},`),
    `${lead}})${tail}`
  ];
}
function docComment(text) {
  const single = `/** ${text} */`;
  return single.length <= 120 ? [single] : ["/**", ...wrap(text, " * ", 100), " */"];
}
function quoteList(names) {
  const quoted = names.map((n2) => `"${n2}"`);
  return quoted.length <= 2 ? quoted.join(" and ") : `${quoted[0]} and ${quoted.length - 1} more`;
}
var MAX_DEPTH, Seeder;
var init_write_testing = __esm({
  "src/init/write-testing.ts"() {
    "use strict";
    init_names();
    init_source2();
    init_validators();
    MAX_DEPTH = 3;
    Seeder = class {
      constructor(tables, reserved) {
        this.tables = tables;
        this.names = /* @__PURE__ */ new Set(["ctx", "tag", "i", ...reserved]);
      }
      tables;
      lines = [];
      names;
      ids = /* @__PURE__ */ new Map();
      /** The object literal of one document; `each`: inside a per-client loop, strings carry the loop index. */
      document(table, overrides, stack, each = false) {
        const info = this.tables.get(table);
        if (!info) throw new Unfillable(`table "${table}" is not in the schema`);
        const indexed = new Set(info.indexes.map((i3) => i3.fields[0]));
        return objectExpression(info.fields, {
          overrides,
          idOf: (t) => this.prerequisite(t, [...stack, table]),
          suffix: (f) => indexed.has(f) ? each ? "-${tag}-${i}" : "-${tag}" : each ? "-${i}" : void 0
        });
      }
      known(table, name) {
        this.ids.set(table, name);
      }
      prerequisite(table, stack) {
        const known2 = this.ids.get(table);
        if (known2) return known2;
        if (stack.includes(table) || stack.length > MAX_DEPTH) {
          throw new Unfillable(`${stack.join(" → ")} → ${table}: required ids form a cycle or a chain too deep to seed`);
        }
        const doc = this.document(table, {}, stack);
        const name = this.fresh(`${camel(singular(table))}Id`);
        this.lines.push(...insert(`const ${name} = `, table, doc, ";", 4));
        this.ids.set(table, name);
        return name;
      }
      fresh(base) {
        let name = base;
        for (let n2 = 2; this.names.has(name); n2++) name = `${base}${n2}`;
        this.names.add(name);
        return name;
      }
    };
  }
});

// src/init/proposal.ts
function propose(project, candidates) {
  const proposal = {
    scenarios: [],
    routes: project.routes,
    skipped: [],
    setups: [],
    reads: []
  };
  const sorted = [...candidates].sort(
    (a2, b) => Number(!a2.check) - Number(!b.check) || ORDER[a2.pattern] - ORDER[b.pattern]
  );
  const names = /* @__PURE__ */ new Set();
  for (const candidate of sorted) {
    try {
      const scenario = scenarioFor(project, candidate, names);
      attach(project, proposal, scenario);
      names.add(scenario.name);
      proposal.scenarios.push(scenario);
    } catch (e) {
      if (!(e instanceof Unfillable)) throw e;
      proposal.skipped.push({ candidate, reason: e.message });
    }
  }
  return proposal;
}
function scenarioFor(project, candidate, taken) {
  const { act, check: check2 } = candidate;
  const args = act.args;
  if (!args)
    throw new Unfillable(`${act.path} takes any arguments (no \`args\` validator), so init cannot write its call`);
  const target = targetTable(project, candidate);
  const setup = target ? setupFor(project, candidate, target, args) : void 0;
  const actArgs = argumentExpressions(args, target, setup?.spec);
  const queryArgs = candidate.query?.args ? Object.fromEntries(
    Object.entries(candidate.query.args).filter(([name2]) => actArgs[name2] !== void 0).map(([name2]) => [name2, actArgs[name2]])
  ) : void 0;
  const clients = check2?.kind === "claim" ? CLAIM_CLIENTS : CLIENTS;
  if (setup) for (const e of setup.spec.extras) setup.args[e.countArg] = String(clients);
  const read2 = check2?.kind === "count" ? {
    kind: "count",
    name: `count${pascal(check2.rowTable)}`,
    rowTable: check2.rowTable,
    refField: check2.refField,
    limitTable: check2.limitTable,
    arg: setup?.spec.key ?? `${camel(singular(check2.limitTable))}Id`,
    usedBy: []
  } : !check2 && target && setup ? {
    kind: "get",
    name: `get${pascal(singular(target.name))}`,
    table: target.name,
    arg: setup.spec.key,
    usedBy: []
  } : void 0;
  const name = unique(scenarioName(candidate), taken, act);
  return { name, candidate, draft: !check2, setup, read: read2, clients, actArgs, queryArgs, why: why(candidate) };
}
function targetTable(project, candidate) {
  const { check: check2, act } = candidate;
  if (check2) return project.tables.get(check2.kind === "claim" ? check2.table : check2.limitTable);
  for (const spec of Object.values(act.args ?? {})) {
    const table = idTable(spec.fieldType);
    if (table && !spec.optional && project.tables.has(table)) return project.tables.get(table);
  }
  return void 0;
}
function setupFor(project, candidate, target, args) {
  const { check: check2 } = candidate;
  const limitField = check2 && check2.kind !== "claim" ? check2.limitField : void 0;
  const extras = [];
  for (const spec2 of Object.values(args)) {
    const table = idTable(spec2.fieldType);
    if (!table || spec2.optional || table === target.name || extras.some((e) => e.table === table)) continue;
    if (!project.tables.has(table)) throw new Unfillable(`argument table "${table}" is not in the schema`);
    const base = camel(singular(table));
    extras.push({ table, key: `${base}Ids`, countArg: `${base}Count` });
  }
  const spec = {
    name: `create${pascal(singular(target.name))}${extras.map((e) => `And${pascal(e.table)}`).join("")}`,
    table: target.name,
    key: `${camel(singular(target.name))}Id`,
    limit: limitField ? { field: limitField, validator: target.fields[limitField].fieldType } : void 0,
    lookups: lookupFields(args, target).map((field) => ({ field, validator: target.fields[field].fieldType })),
    claim: check2?.kind === "claim" ? { field: check2.field, free: check2.free } : void 0,
    extras,
    usedBy: []
  };
  const setupArgs = {};
  if (spec.limit) setupArgs[spec.limit.field] = numberLiteral(spec.limit.validator, LIMIT_VALUE);
  return { spec, args: setupArgs };
}
function argumentExpressions(args, target, setup) {
  const out = {};
  const lookups = new Set(setup?.lookups.map((l) => l.field));
  for (const [name, spec] of Object.entries(args)) {
    if (spec.optional) continue;
    const table = idTable(spec.fieldType);
    if (table && setup && table === target?.name) out[name] = `setup.${setup.key}`;
    else if (table && setup) {
      const extra = setup.extras.find((e) => e.table === table);
      if (!extra) throw new Unfillable(`${name}: no document of "${table}" to pass`);
      out[name] = `setup.${extra.key}[client % setup.${extra.key}.length]`;
    } else if (table) throw new Unfillable(`${name}: an id of "${table}", which no setup creates`);
    else if (lookups.has(name)) out[name] = `setup.${name}`;
    else out[name] = perClient(name, spec);
  }
  return out;
}
function perClient(name, spec) {
  const v = spec.fieldType;
  if (v.type === "string") {
    if (/e-?mail/i.test(name)) return "`user-${client}@example.com`";
    return /user|owner|claim|holder|buyer|customer|member|player|account|by$|name|who|actor/i.test(name) ? "`user-${client}`" : `\`${name}-\${client}\``;
  }
  if (v.type === "number")
    return /quantity|amount|count|qty|seats|spots|tickets|units|places/i.test(name) ? "1" : "client";
  if (v.type === "bigint")
    return /quantity|amount|count|qty|seats|spots|tickets|units|places/i.test(name) ? "1n" : "BigInt(client)";
  if (v.type === "boolean") return "true";
  return valueExpression(name, v, {
    idOf: (t) => {
      throw new Unfillable(`${name}: needs an id of "${t}" inside a value`);
    }
  });
}
function scenarioName(c3) {
  const label = c3.pattern === "flow" && c3.query ? `${c3.query.name} then ${c3.act.name}` : c3.act.name;
  const check2 = c3.check;
  if (!check2) return `Check then act: ${label}`;
  if (check2.kind === "claim") return `${human(singular(check2.table))} claim: ${label}`;
  return `${human(singular(check2.limitTable))} ${human(check2.limitField).toLowerCase()}: ${label}`;
}
function unique(name, taken, act) {
  if (!taken.has(name)) return name;
  const withModule = `${name} (${act.module})`;
  if (!taken.has(withModule)) return withModule;
  let n2 = 2;
  while (taken.has(`${withModule} ${n2}`)) n2++;
  return `${withModule} ${n2}`;
}
function why(c3) {
  const check2 = c3.check;
  const changes = (w) => w.kind === "count" ? `inserts into ${w.rowTable}` : `updates ${w.kind === "claim" ? w.table : w.limitTable}`;
  const limit = (w) => w.kind === "claim" ? `${w.table}.${w.field}` : `${w.limitTable}.${w.limitField}`;
  if (c3.pattern === "action" && !check2) {
    const tables = [...new Set(c3.writes.map((w) => w.table))];
    return `action reads with ctx.runQuery, then writes${tables.length ? ` ${tables.join(", ")}` : ""} with ctx.runMutation (two transactions), but init found no limit or claim to check`;
  }
  if (!check2) return "";
  if (c3.pattern === "action") {
    return check2.kind === "claim" ? `action reads ${limit(check2)} with ctx.runQuery, then sets it with ctx.runMutation: a one-shot claim split over two transactions` : `action checks ${limit(check2)} with ctx.runQuery, then ${changes(check2)} with ctx.runMutation: two transactions, so concurrent calls can all pass the check`;
  }
  if (c3.pattern === "flow" && c3.query) {
    return `a client reads public query ${c3.query.name} (${c3.query.file}:${c3.query.line}), then calls public mutation ${c3.act.name}, which ${changes(check2)}: check and act are two requests`;
  }
  return check2.kind === "claim" ? `mutation sets ${limit(check2)} once, checked in the same transaction: expected OK, a guard that keeps it so` : check2.kind === "count" ? `mutation counts ${check2.rowTable} against ${limit(check2)} in one transaction: expected OK, a guard that keeps it so` : `mutation checks and updates ${limit(check2)} in one transaction: expected OK, a guard that keeps it so`;
}
function attach(project, proposal, scenario) {
  if (scenario.setup) {
    const wanted = scenario.setup.spec;
    const key = (s) => JSON.stringify({ ...s, usedBy: [], name: "" });
    const same = proposal.setups.find((s) => key(s) === key(wanted));
    if (same) {
      same.usedBy.push(scenario.name);
      scenario.setup.spec = same;
    } else {
      if (proposal.setups.some((s) => s.name === wanted.name))
        wanted.name += `For${pascal(scenario.candidate.act.name)}`;
      wanted.usedBy.push(scenario.name);
      renderSetup(wanted, project.tables);
      proposal.setups.push(wanted);
    }
  }
  if (scenario.read) {
    const wanted = scenario.read;
    const key = (r) => JSON.stringify({ ...r, usedBy: [], name: "" });
    const same = proposal.reads.find((r) => key(r) === key(wanted));
    if (same) {
      same.usedBy.push(scenario.name);
      scenario.read = same;
    } else {
      if (proposal.reads.some((r) => r.name === wanted.name))
        wanted.name += `By${pascal(wanted.kind === "count" ? wanted.refField : wanted.arg)}`;
      wanted.usedBy.push(scenario.name);
      proposal.reads.push(wanted);
    }
  }
}
function renderFunctions(project, proposal) {
  return {
    setups: proposal.setups.map((s) => renderSetup(s, project.tables)),
    reads: proposal.reads.map((r) => renderRead(r, project.tables))
  };
}
var LIMIT_VALUE, CLIENTS, CLAIM_CLIENTS, ORDER;
var init_proposal = __esm({
  "src/init/proposal.ts"() {
    "use strict";
    init_analyze();
    init_names();
    init_validators();
    init_write_testing();
    LIMIT_VALUE = 5;
    CLIENTS = 10;
    CLAIM_CLIENTS = 5;
    ORDER = { action: 0, flow: 1, mutation: 2 };
  }
});

// src/init/write-config.ts
function renderConfig(project, proposal) {
  const active = proposal.scenarios.filter((s) => !s.draft);
  const drafts = proposal.scenarios.filter((s) => s.draft);
  const body = [
    ...active.flatMap((s) => scenarioLines(s)),
    ...drafts.flatMap((s) => draftLines(s)),
    ...routeLines(proposal)
  ];
  const code = active.flatMap((s) => scenarioLines(s)).join("\n");
  const helpers = ["capacity", "defineConfig", "maxSuccesses", "scenario"].filter(
    (h2) => h2 === "defineConfig" || new RegExp(`(?<![.\\w])${h2}[<(]`).test(code)
  );
  const roots = ["api", "internal"].filter((r) => new RegExp(`\\b${r}[.[]`).test(code));
  return [
    ...wrap(
      `Written by \`race-check init\` from what it found in ${project.functionsDir}/. Each round runs \`setup\` (internal functions in ${project.functionsDir}/${TESTING_MODULE}.ts), fires \`clients\` concurrent calls together, then checks the invariant. Tune clients, rounds and limits to your app; run it with \`npx race-check run\`.`,
      "// ",
      100
    ),
    `import { ${helpers.join(", ")} } from "race-check";`,
    ...roots.length ? [`import { ${roots.join(", ")} } from "./${project.functionsDir}/_generated/api";`] : [],
    "",
    "export default defineConfig({",
    "  rounds: 20,",
    "  scenarios: [",
    ...body,
    "  ],",
    "});",
    ""
  ].join("\n");
}
function scenarioLines(s) {
  const c3 = s.candidate;
  const indent = "      ";
  const lines = [
    "    scenario({",
    ...wrap(`${c3.act.path} (${c3.act.file}:${c3.act.line}): ${s.why}.`, `${indent}// `),
    `${indent}name: ${JSON.stringify(s.name)},`
  ];
  if (s.setup) lines.push(setupLine(s, indent));
  lines.push(`${indent}clients: ${s.clients},`);
  lines.push(...actLines(s, indent));
  lines.push(...invariantLines(s, indent));
  lines.push("    }),");
  return lines;
}
function setupLine(s, indent) {
  const setup = s.setup;
  if (!setup) return "";
  const fn = reference("internal", `${TESTING_MODULE}:${setup.spec.name}`);
  const args = Object.keys(setup.args).length ? `, args: ${objectText(setup.args)}` : "";
  return `${indent}setup: { fn: ${fn}${args} },`;
}
function actLines(s, indent) {
  const c3 = s.candidate;
  const fn = reference("api", c3.act.path);
  if (c3.pattern === "flow" && c3.query) {
    const query = reference("api", c3.query.path);
    const params = parameters(["convex", ...uses({ ...s.actArgs, ...s.queryArgs })]);
    const inner = `${indent}  `;
    return [
      `${indent}// A whole flow: each user reads ${c3.query.name} with its own client, then acts on the answer.`,
      `${indent}act: async (${params}) => {`,
      ...statement(`const answer = await convex.query(${query}, `, s.queryArgs ?? {}, ");", inner),
      `${inner}if (typeof answer === "number" ? answer <= 0 : !answer) throw new Error(${JSON.stringify(`${c3.query.name} says no`)});`,
      ...statement(`return await convex.mutation(${fn}, `, s.actArgs, ");", inner),
      `${indent}},`
    ];
  }
  const used = uses(s.actArgs);
  if (Object.keys(s.actArgs).length === 0) return [`${indent}act: { fn: ${fn} },`];
  const args = used.length ? `(${parameters(used)}) => (${objectText(s.actArgs)})` : objectText(s.actArgs);
  const single = `${indent}act: { fn: ${fn}, args: ${args} },`;
  if (single.length <= WIDTH) return [single];
  return [
    `${indent}act: {`,
    `${indent}  fn: ${fn},`,
    ...statement(
      "args: ",
      s.actArgs,
      ",",
      `${indent}  `,
      used.length ? `(${parameters(used)}) => (` : "",
      used.length ? ")" : ""
    ),
    `${indent}},`
  ];
}
function invariantLines(s, indent) {
  const check2 = s.candidate.check;
  if (!check2) return [];
  if (check2.kind === "claim") return [`${indent}invariant: maxSuccesses({ limit: 1, noun: "claims" }),`];
  const limitType = s.setup?.spec.limit?.validator.type;
  const limit = limitType === "bigint" ? `Number(setup.${check2.limitField})` : `setup.${check2.limitField}`;
  const inner = `${indent}    `;
  const callback = (helper, body) => [
    `${indent}invariant: (check) =>`,
    `${indent}  check.${helper}({`,
    ...body,
    `${indent}  }),`
  ];
  if (check2.kind === "consume") {
    const noun = JSON.stringify(`${s.candidate.act.name} calls`);
    const line = `${indent}invariant: (check) => check.maxSuccesses({ limit: (setup) => ${limit}, noun: ${noun}, title: "Over the limit" }),`;
    if (line.length <= WIDTH) return [line];
    return callback("maxSuccesses", [
      `${inner}limit: (setup) => ${limit},`,
      `${inner}noun: ${noun},`,
      `${inner}title: "Over the limit",`
    ]);
  }
  const read2 = s.read ? reference("internal", `${TESTING_MODULE}:${s.read.name}`) : "";
  const key = s.setup?.spec.key ?? "";
  const readArg = s.read ? s.read.arg : key;
  const readLine = `${inner}read: { fn: ${read2}, args: ({ setup }) => ({ ${readArg}: setup.${key} }) },`;
  return callback("capacity", [
    ...readLine.length <= WIDTH ? [readLine] : [
      `${inner}read: {`,
      `${inner}  fn: ${read2},`,
      `${inner}  args: ({ setup }) => ({ ${readArg}: setup.${key} }),`,
      `${inner}},`
    ],
    `${inner}limit: (setup) => ${limit},`,
    `${inner}noun: ${JSON.stringify(check2.rowTable)},`
  ]);
}
function draftLines(s) {
  const c3 = s.candidate;
  const lines = [
    ...wrap(
      `Draft, not run: ${c3.act.path} (${c3.act.file}:${c3.act.line}): ${s.why}. Say in \`invariant\` what must hold after concurrent calls${s.read?.kind === "get" && s.setup ? ', import `makeFunctionReference` from "convex/server"' : ""}, then uncomment.`,
      "    // "
    ),
    "    // scenario({",
    `    //   name: ${JSON.stringify(s.name)},`
  ];
  const indent = "    //   ";
  if (s.setup) lines.push(setupLine(s, indent));
  lines.push(`${indent}clients: ${s.clients},`);
  lines.push(...actLines(s, indent));
  lines.push(`${indent}invariant: (check) =>`, `${indent}  check.custom(async ({ history, admin, setup }) => {`);
  const body = `${indent}    `;
  if (s.read?.kind === "get" && s.setup) {
    const ref2 = `makeFunctionReference<"query">(${JSON.stringify(`${TESTING_MODULE}:${s.read.name}`)})`;
    lines.push(
      ...statement(`const doc = await admin.query(${ref2}, `, { [s.read.arg]: `setup.${s.setup.spec.key}` }, ");", body)
    );
  } else {
    lines.push(`${body}const doc = setup;`);
  }
  lines.push(
    `${body}const succeeded = history.filter((op) => op.outcome === "ok").length;`,
    `${body}return { ok: "unknown", message: \`\${succeeded} calls succeeded; then: \${JSON.stringify(doc)}\` };`,
    `${indent}  }),`,
    "    // }),"
  );
  return lines;
}
function routeLines(proposal) {
  if (proposal.routes.length === 0) return [];
  const lines = wrap(
    "HTTP routes: a webhook can be delivered twice (retries, replays) and must take effect once. Each route below, as a draft: send what your provider sends, say in `invariant` what must hold, then uncomment:",
    "    // "
  );
  for (const r of proposal.routes) {
    lines.push(
      `    //   ${r.method} ${r.path} (${r.file}:${r.line}${r.handler ? `, handler ${r.handler}` : ""})`,
      "    // scenario({",
      `    //   name: ${JSON.stringify(`${r.method} ${r.path} delivered twice`)},`,
      "    //   clients: 2,",
      "    //   // Every client delivers the same event, as a provider retrying it would.",
      "    //   act: async ({ fetch, siteUrl }) =>",
      `    //     (await fetch(\`\${siteUrl}${r.path}\`, { method: ${JSON.stringify(r.method)}, body: JSON.stringify({ id: "evt_1" }) })).status,`,
      "    //   invariant: (check) =>",
      '    //     check.custom(async ({ history }) => ({ ok: "unknown", message: `${history.length} deliveries` })),',
      "    // }),"
    );
  }
  return lines;
}
function uses(args) {
  const text = Object.values(args).join(" ");
  return ["setup", "client"].filter((p) => new RegExp(`\\b${p}\\b`).test(text));
}
function parameters(names) {
  return `{ ${names.join(", ")} }`;
}
function objectText(entries) {
  const parts = Object.entries(entries).map(([k, v]) => k === v ? k : `${propertyKey(k)}: ${v}`);
  return parts.length ? `{ ${parts.join(", ")} }` : "{}";
}
function statement(head, entries, tail, indent, open = "", close = "") {
  const single = `${indent}${head}${open}${objectText(entries)}${close}${tail}`;
  if (single.length <= WIDTH || Object.keys(entries).length === 0) return [single];
  return [
    `${indent}${head}${open}{`,
    ...Object.entries(entries).map(([k, v]) => `${indent}  ${k === v ? k : `${propertyKey(k)}: ${v}`},`),
    `${indent}}${close}${tail}`
  ];
}
function propertyKey(name) {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}
var WIDTH;
var init_write_config = __esm({
  "src/init/write-config.ts"() {
    "use strict";
    init_project();
    init_names();
    WIDTH = 120;
  }
});

// src/init/cli.ts
var cli_exports = {};
__export(cli_exports, {
  CONFIG_FILE: () => CONFIG_FILE,
  INIT_HELP: () => INIT_HELP,
  initMain: () => initMain
});
import { access as access7, mkdir as mkdir3, writeFile as writeFile6 } from "node:fs/promises";
import path26 from "node:path";
import { parseArgs as parseArgs3 } from "node:util";
async function initMain(argv) {
  let values;
  try {
    ({ values } = parseArgs3({
      args: argv,
      allowPositionals: false,
      options: {
        dir: { type: "string" },
        force: { type: "boolean" },
        "dry-run": { type: "boolean" },
        help: { type: "boolean", short: "h" }
      }
    }));
  } catch (e) {
    return usage2(`${e.message} (see race-check init --help)`);
  }
  if (values.help) {
    process.stdout.write(`${INIT_HELP}
`);
    return EXIT.ok;
  }
  const dir = path26.resolve(values.dir ?? ".");
  try {
    return await init(dir, { force: values.force === true, dryRun: values["dry-run"] === true });
  } catch (e) {
    if (e instanceof ConfigError) return usage2(e.message);
    throw e;
  }
}
async function init(dir, opts) {
  const project = await readProject(dir);
  const out = (line = "") => process.stdout.write(`${line}
`);
  for (const s of project.skipped) {
    process.stderr.write(`race-check: warning: could not load ${s.file} (${s.reason}); its functions were not read
`);
  }
  const proposal = propose(project, analyze(project).candidates);
  const active = proposal.scenarios.filter((s) => !s.draft);
  const drafts = proposal.scenarios.filter((s) => s.draft);
  const summary = `${count2(project.functions.size, "function")}, ${count2(project.tables.size, "table")}`;
  if (proposal.scenarios.length === 0 && proposal.routes.length === 0) {
    if (proposal.skipped.length > 0) {
      out(
        `race-check init: read ${project.functionsDir}/ (${summary}); found race-prone code, but no scenario init can write:`
      );
      printSkipped(proposal, out);
    } else {
      out(`race-check init: nothing racy found in ${project.functionsDir}/ (${summary}).`);
      out(
        "  Looked for: actions that read with ctx.runQuery and then write with ctx.runMutation; mutations that check a capacity-like field or a one-shot claim; a public query like spotsLeft followed by a public mutation on the same data; HTTP routes."
      );
    }
    out("  No files written.");
    return EXIT.ok;
  }
  const configFile = path26.join(dir, CONFIG_FILE);
  const testingFile = path26.join(dir, project.functionsDir, `${TESTING_MODULE}.ts`);
  const files = [[configFile, renderConfig(project, proposal)]];
  if (proposal.setups.length + proposal.reads.length > 0) {
    const { setups, reads } = renderFunctions(project, proposal);
    files.push([testingFile, renderTestingModule(setups, reads)]);
  }
  if (!opts.force && !opts.dryRun) {
    for (const [file] of files) {
      if (await exists2(file)) {
        return usage2(`${path26.relative(process.cwd(), file) || file} exists: pass --force to overwrite it`);
      }
    }
  }
  out(`race-check init: read ${project.functionsDir}/ (${summary}).`);
  if (active.length) out(`Proposed scenarios (${active.length}):`);
  for (const s of active) out(`  ${s.name}: ${placeOf(s)}; ${s.why}`);
  if (drafts.length) out(`Drafted in comments, for you to finish (${drafts.length}):`);
  for (const s of drafts) out(`  ${s.name}: ${placeOf(s)}; ${s.why}`);
  if (proposal.routes.length) out("HTTP routes, drafted in comments (a webhook delivered twice):");
  for (const r of proposal.routes)
    out(`  ${r.method} ${r.path}: ${r.file}:${r.line}${r.handler ? `, handler ${r.handler}` : ""}`);
  printSkipped(proposal, out);
  if (opts.dryRun) {
    for (const [file, text] of files) {
      out(`
--- ${rel(dir, file)} (not written: --dry-run) ---`);
      process.stdout.write(text);
    }
    return EXIT.ok;
  }
  for (const [file, text] of files) {
    await mkdir3(path26.dirname(file), { recursive: true });
    await writeFile6(file, text);
    out(`Wrote ${rel(process.cwd(), file)}`);
  }
  const regenerated = project.generated && files.length > 1;
  if (regenerated) await generate(project.dir, path26.resolve(project.dir, project.functionsDir));
  out();
  if (active.length) {
    out(`Next: ${dir === process.cwd() ? "" : `cd ${rel(process.cwd(), dir)} && `}npx race-check run`);
  } else {
    out(`Next: finish a drafted scenario in ${CONFIG_FILE}, then npx race-check run`);
  }
  if (files.length > 1 && !regenerated) {
    out(
      `  (\`npx convex dev\` or \`npx convex codegen\` adds ${TESTING_MODULE} to ${project.functionsDir}/_generated/api, for tsc and your editor)`
    );
  }
  return EXIT.ok;
}
function placeOf(s) {
  const { act, query } = s.candidate;
  return query ? `${query.path} then ${act.path} at ${act.file}:${act.line}` : `${act.path} at ${act.file}:${act.line}`;
}
function printSkipped(proposal, out) {
  if (proposal.skipped.length === 0) return;
  out(`Left out (${proposal.skipped.length}):`);
  for (const { candidate, reason } of proposal.skipped) {
    out(`  ${candidate.act.path} at ${candidate.act.file}:${candidate.act.line}: ${reason}`);
  }
}
function count2(n2, noun) {
  return `${n2} ${noun}${n2 === 1 ? "" : "s"}`;
}
function rel(from, file) {
  return path26.relative(from, file) || ".";
}
async function exists2(file) {
  return access7(file).then(
    () => true,
    () => false
  );
}
function usage2(message) {
  process.stderr.write(`race-check init: ${message}
`);
  return EXIT.usage;
}
var CONFIG_FILE, INIT_HELP;
var init_cli = __esm({
  "src/init/cli.ts"() {
    "use strict";
    init_errors();
    init_codegen();
    init_version2();
    init_analyze();
    init_project();
    init_proposal();
    init_write_config();
    init_write_testing();
    CONFIG_FILE = "race-check.config.ts";
    INIT_HELP = `race-check ${VERSION}: propose race scenarios for a Convex project and write a starter config

Usage: race-check init [options]

Reads the project's functions (convex/, or convex.json's "functions") and its schema, and looks for
  - actions that read with ctx.runQuery and then write with ctx.runMutation (check-then-act
    across transactions),
  - mutations that check a capacity-like field (capacity, maxSeats, stock, ...) or a one-shot
    claim field (status, claimedBy, ...),
  - client flows: a public query like spotsLeft / isAvailable, then a public mutation writing
    the same data,
  - HTTP routes in http.ts (a webhook delivered twice).
Writes ${CONFIG_FILE} and <functions dir>/${TESTING_MODULE}.ts (internal setup and read functions),
prints each proposed scenario with the function, the pattern seen and its place, and the next command.

Options:
  --dir DIR       the Convex project (default: the current directory)
  --force         overwrite ${CONFIG_FILE} and ${TESTING_MODULE}.ts if they exist
  --dry-run       print what would be written; write nothing
  -h, --help      show this help

Exit codes: 0 done (also when nothing racy was found), 2 usage error or an existing file without --force.`;
  }
});

// src/engine/merge.ts
import { isDeepStrictEqual } from "node:util";
function parseReport2(text, label) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${label}: not a JSON report (${e.message})`);
  }
  const run = value;
  const problem = run === null || typeof run !== "object" || Array.isArray(run) ? "not an object" : run.tool?.name !== "race-check" || typeof run.tool.version !== "string" ? "no race-check tool version" : !Array.isArray(run.scenarios) ? "no scenarios" : typeof run.config !== "string" || typeof run.backend?.kind !== "string" || typeof run.seed !== "number" ? "no config, backend or seed" : run.configFingerprint !== void 0 && typeof run.configFingerprint !== "string" ? "a config fingerprint that is not a string" : run.scenarios.find((s) => !isScenario(s)) ? "a scenario without its counts and rounds" : void 0;
  if (problem) throw new ConfigError(`${label}: not a race-check JSON report (${problem})`);
  return run;
}
function isScenario(s) {
  const x2 = s;
  return x2 !== null && typeof x2 === "object" && typeof x2.name === "string" && ["rounds", "violations", "unknown", "errors", "clients"].every(
    (k) => typeof x2[k] === "number"
  ) && Array.isArray(x2.roundDetails);
}
function mergeShardReports(reports) {
  if (reports.length === 0) throw new ConfigError("merge: give the JSON reports of a sharded run's jobs");
  const shards = reports.map(checkShard);
  const first = shards[0];
  const byIndex = /* @__PURE__ */ new Map();
  for (const s of shards) {
    refuseMismatch(first, s);
    const twin = byIndex.get(s.info.index);
    if (twin) {
      throw new ConfigError(
        `merge: ${twin.label} and ${s.label} are both shard ${s.info.index}/${s.info.count}: give each shard's report once`
      );
    }
    byIndex.set(s.info.index, s);
  }
  const { plan, count: count3 } = first.info;
  const assigned = planShards(plan, count3);
  for (const s of shards) checkPart(s, assigned[s.info.index - 1]);
  const missing = assigned.map((_, i3) => i3 + 1).filter((i3) => !byIndex.has(i3) && assigned[i3 - 1].length > 0);
  const scenarios = plan.map((planned, j) => {
    const parts = [];
    assigned.forEach((work, k) => {
      for (const p of work.filter((w) => w.scenario === j)) {
        const shard = byIndex.get(k + 1);
        parts.push({
          shard: k + 1,
          count: count3,
          range: p,
          result: shard?.run.scenarios.find((x2) => x2.name === planned.name)
        });
      }
    });
    return mergeScenario(planned.name, planned.clients, planned.rounds, parts);
  });
  const ordered = [...byIndex.values()].sort((a2, b) => a2.info.index - b.info.index);
  const starts = ordered.map((s) => Date.parse(s.run.startedAt));
  const ends = ordered.map((s, i3) => starts[i3] + s.run.durationMs);
  const began = Math.min(...starts);
  const merged = {
    count: count3,
    shards: ordered.map((s) => ({
      index: s.info.index,
      seed: s.info.seed,
      runSeed: s.run.seed,
      command: s.info.command,
      ...s.info.args && { args: s.info.args }
    })),
    missing
  };
  const startups = ordered.map((s) => s.run.backend.startupMs).filter((x2) => typeof x2 === "number");
  const explore = mergeExplore(
    ordered,
    plan.map((p) => p.name)
  );
  return {
    tool: first.run.tool,
    mode: "stress",
    verdict: joinVerdicts(scenarios.map((s) => s.verdict)),
    startedAt: new Date(began).toISOString(),
    durationMs: Math.max(...ends) - began,
    seed: ordered[0].run.seed,
    backend: { kind: first.run.backend.kind, ...startups.length > 0 && { startupMs: Math.max(...startups) } },
    config: first.run.config,
    ...first.run.configFingerprint !== void 0 && { configFingerprint: first.run.configFingerprint },
    scenarios,
    ...explore && { explore },
    merged
  };
}
function checkShard(r) {
  const info = r.run.shard;
  if (!info || typeof info.index !== "number" || typeof info.count !== "number" || !Array.isArray(info.plan)) {
    throw new ConfigError(
      `merge: ${r.label} is not a shard report (it was not run with --shard i/n); merge combines the reports of one sharded run`
    );
  }
  if (r.run.mode !== "stress") throw new ConfigError(`merge: ${r.label} is an ${r.run.mode} report, not a stress run`);
  return { ...r, info };
}
function refuseMismatch(a2, b) {
  const differ = (what, x2, y) => new ConfigError(`merge: ${b.label} ${what} ${y}, ${a2.label} ${x2}: merge only the shards of one run`);
  if (a2.run.tool.version !== b.run.tool.version) {
    throw differ("was written by race-check", a2.run.tool.version, b.run.tool.version);
  }
  if (a2.run.config !== b.run.config) throw differ("is a report of config", a2.run.config, b.run.config);
  if (a2.run.backend.kind !== b.run.backend.kind) {
    throw differ("ran on backend", a2.run.backend.kind, b.run.backend.kind);
  }
  if (a2.info.count !== b.info.count) {
    throw differ("is shard", `${a2.info.index}/${a2.info.count}`, `${b.info.index}/${b.info.count}`);
  }
  if (!isDeepStrictEqual(a2.info.plan, b.info.plan)) {
    throw new ConfigError(
      `merge: ${b.label} and ${a2.label} split different work (their configs' scenarios, rounds or clients differ): merge only the shards of one run`
    );
  }
  if (a2.run.configFingerprint !== b.run.configFingerprint) {
    const [without, other] = a2.run.configFingerprint === void 0 ? [a2, b] : [b, a2];
    throw new ConfigError(
      without.run.configFingerprint === void 0 ? `merge: ${without.label} has no config fingerprint (an older race-check wrote it), ${other.label} has one: merge only the shards of one run` : `merge: ${b.label} and ${a2.label} are reports of different configs at the same path ${a2.run.config} (the file's text or the working directory differ): merge only the shards of one run`
    );
  }
}
function checkPart(s, work) {
  const expected = work.map((w) => `${s.info.plan[w.scenario].name}:${w.from}-${w.to}`);
  const found = s.run.scenarios.map((x2) => {
    const p = x2.shardRounds?.parts;
    return p?.length === 1 && p[0].shard === s.info.index ? `${x2.name}:${p[0].from}-${p[0].to}` : `${x2.name}:?`;
  });
  if (!isDeepStrictEqual(expected, found)) {
    throw new ConfigError(
      `merge: ${s.label} does not hold shard ${s.info.index}/${s.info.count}'s part of its plan (was it edited, or written by another version?)`
    );
  }
}
function mergeScenario(name, clients, of, parts) {
  const present = parts.filter((p) => p.result !== void 0);
  const tally = new ScenarioTally();
  const cut = [];
  for (const p of parts) {
    if (!p.result) {
      cut.push(`rounds ${p.range.from}–${p.range.to} not merged: shard ${p.shard}/${p.count}'s report is missing`);
      continue;
    }
    const rounds2 = [...p.result.roundDetails].sort((a2, b) => a2.round - b.round);
    for (const r of rounds2) {
      tally.add({
        verdict: r.verdict,
        message: r.message,
        ...r.observed != null && { observed: r.observed },
        ...r.limit != null && { limit: r.limit },
        history: []
      });
    }
    tally.addOperations(p.result.operations ?? inferredOperations(p.result));
    if (p.result.error !== void 0) cut.push(`shard ${p.shard}/${p.count}: ${p.result.error}`);
  }
  const cutShort = cut.length > 0 ? cut.join("; ") : void 0;
  const { verdict, headline: headline2 } = tally.verdict(cutShort, "rounds");
  const sum = (k) => present.reduce((n2, p) => n2 + p.result[k], 0);
  const rounds = sum("rounds");
  const violations = sum("violations");
  const unknown = sum("unknown");
  const clean2 = rounds - unknown;
  const details = present.flatMap((p) => p.result.roundDetails).sort((a2, b) => a2.round - b.round);
  const spreads = details.map((d) => d.fireSpreadMs).filter((x2) => typeof x2 === "number");
  const worst = tally.worst;
  const sample = sampleOf(present.map((p) => p.result));
  const pending = mergePending(present.flatMap((p) => p.result.pending ?? []));
  const backendLog = present.find((p) => p.result.backendLog)?.result.backendLog;
  const operations = tally.operations;
  return {
    name,
    mode: "stress",
    verdict,
    headline: headline2,
    clients,
    rounds,
    violations,
    unknown,
    // A missing part is an error of its own, as a scenario cut short is.
    errors: sum("errors") + (parts.length - present.length),
    detectionRate: clean2 === 0 ? 0 : violations / clean2,
    interval: wilson(violations, clean2),
    ...violations === 0 && clean2 > 0 && { upperBound: zeroEventUpperBound(clean2) },
    worst: worst ? { observed: worst.observed ?? NaN, limit: worst.limit ?? NaN } : null,
    functions: [...new Set(present.flatMap((p) => p.result.functions))],
    fireSpread: {
      p50: percentile(spreads, 50),
      max: spreads.length > 0 ? Math.max(...spreads) : void 0,
      source: present.find((p) => p.result.fireSpread.source)?.result.fireSpread.source
    },
    roundDetails: details,
    ...sample && { sampleRound: sample },
    histories: present.flatMap((p) => p.result.histories ?? []).sort((a2, b) => a2.round - b.round).slice(0, KEPT_HISTORIES),
    ...pending.length > 0 && { pending },
    operations,
    ...cutShort !== void 0 && { error: cutShort },
    ...backendLog && { backendLog },
    durationMs: present.reduce((n2, p) => n2 + p.result.durationMs, 0),
    shardRounds: { of, parts: parts.map((p) => ({ shard: p.shard, from: p.range.from, to: p.range.to })) }
  };
}
function sampleOf(results) {
  const verdictOf = (s, round) => s.roundDetails.find((r) => r.round === round)?.verdict;
  const samples = results.filter((s) => s.sampleRound);
  return samples.find((s) => verdictOf(s, s.sampleRound.round) === "violation")?.sampleRound ?? samples[0]?.sampleRound;
}
function mergePending(items) {
  const byPath = /* @__PURE__ */ new Map();
  for (const p of items) {
    const seen = byPath.get(p.path);
    if (seen) {
      seen.count += p.count;
      seen.dueInMs = Math.min(seen.dueInMs, p.dueInMs);
    } else byPath.set(p.path, { ...p });
  }
  return [...byPath.values()];
}
function inferredOperations(s) {
  return { ok: s.rounds - s.unknown > 0 ? 1 : 0, fail: 0, unknown: s.unknown > 0 ? 1 : 0 };
}
function mergeExplore(shards, order) {
  const searches = shards.filter((s) => s.run.explore);
  if (searches.length === 0) return void 0;
  const seen = /* @__PURE__ */ new Map();
  const scenarios = [];
  for (const s of searches) {
    for (const x2 of s.run.explore.scenarios) {
      const other = seen.get(x2.name);
      if (other) throw new ConfigError(`merge: ${other} and ${s.label} both explored "${x2.name}"`);
      seen.set(x2.name, s.label);
      scenarios.push(x2);
    }
  }
  scenarios.sort((a2, b) => order.indexOf(a2.name) - order.indexOf(b.name));
  const runs = searches.map((s) => s.run.explore);
  const began = Math.min(...runs.map((r) => Date.parse(r.startedAt)));
  return {
    ...runs[0],
    verdict: joinVerdicts(scenarios.map((x2) => x2.verdict)),
    startedAt: new Date(began).toISOString(),
    durationMs: Math.max(...runs.map((r) => Date.parse(r.startedAt) + r.durationMs)) - began,
    scenarios
  };
}
var init_merge = __esm({
  "src/engine/merge.ts"() {
    "use strict";
    init_errors();
    init_model();
    init_shard();
    init_stats();
    init_summary();
    init_verdict();
  }
});

// src/cli/merge.ts
var merge_exports = {};
__export(merge_exports, {
  MERGE_HELP: () => MERGE_HELP,
  mergeMain: () => mergeMain
});
import { readFile as readFile10 } from "node:fs/promises";
import { parseArgs as parseArgs4 } from "node:util";
async function mergeMain(argv) {
  installOutputBoundary({ neutralise: true });
  let values;
  let files;
  try {
    ({ values, positionals: files } = parseArgs4({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "string" },
        markdown: { type: "string" },
        ...GATING_OPTIONS,
        help: { type: "boolean", short: "h" }
      }
    }));
  } catch (e) {
    return usage3(`${e.message} (see race-check merge --help)`);
  }
  if (values.help) {
    process.stdout.write(`${MERGE_HELP}
`);
    return EXIT.ok;
  }
  let merged;
  let gating;
  try {
    if (files.length === 0)
      throw new ConfigError("merge: give the JSON reports of a sharded run (see race-check merge --help)");
    if (values.json) await checkOutputPath(values.json, "--json");
    if (values.markdown) await checkOutputPath(values.markdown, "--markdown");
    gating = await readGating(values);
    const reports = await Promise.all(
      files.map(async (file) => ({ label: file, run: parseReport2(await read(file), file) }))
    );
    merged = redactDeep(mergeShardReports(reports));
  } catch (e) {
    if (e instanceof ConfigError) return usage3(e.message);
    process.stderr.write(`race-check: ${e.message ?? String(e)}
`);
    return EXIT.infrastructure;
  }
  for (const i3 of merged.merged?.missing ?? []) {
    process.stderr.write(
      `race-check: warning: no report of shard ${i3}/${merged.merged?.count}: its rounds count as not run
`
    );
  }
  const comparison = compare2(merged, gating);
  process.stdout.write(`${renderText(merged, comparison)}
`);
  try {
    if (values.json) await writeOutputFile(values.json, renderJson(merged));
    if (values.markdown) {
      await writeOutputFile(values.markdown, `${renderMarkdown(merged, { comparison, failOn: gating.failOn })}
`);
    }
  } catch (e) {
    process.stderr.write(`race-check: could not write the report: ${e.message}
`);
    return EXIT.infrastructure;
  }
  return gatedExitCode(comparison, gating);
}
async function read(file) {
  try {
    return await readFile10(file, "utf8");
  } catch (e) {
    const code = e.code;
    throw new ConfigError(`merge: cannot read ${file} (${code === "ENOENT" ? "no such file" : code ?? String(e)})`);
  }
}
function usage3(message) {
  process.stderr.write(`race-check: ${message}
`);
  return EXIT.usage;
}
var MERGE_HELP;
var init_merge2 = __esm({
  "src/cli/merge.ts"() {
    "use strict";
    init_gating();
    init_merge();
    init_errors();
    init_boundary();
    init_report_file();
    init_secrets();
    init_json();
    init_markdown();
    init_text();
    init_version2();
    MERGE_HELP = `race-check ${VERSION}: merge the JSON reports of a sharded run into one

Usage: race-check merge REPORT... [--json FILE] [--markdown FILE] [--fail-on WHEN] [--baseline FILE]

Each REPORT is the --json report of one \`race-check run --shard i/n\` of the same config, flags
and race-check version. Rounds, violations and undecided rounds are summed per scenario; rates,
intervals, bounds and the fire spread are recomputed from every round; the verdicts are decided
again from the sums. A shard whose report is not given counts as not run (the merged verdict is
at best an error). Reports of different configs, backends, versions or splits are refused.

Options:
  --json FILE         write the merged JSON report
  --markdown FILE     write the merged Markdown report
${GATING_HELP}
  -h, --help          show this help

Exit codes: as race-check run: 0 no violation, 1 violation found, 2 usage error or reports that
cannot be merged, 3 a shard could not run (or is missing), 4 inconclusive.`;
  }
});

// src/cli.ts
init_backends();
init_types();
init_validate2();
init_shard();
init_errors();
init_boundary();
import { realpathSync } from "node:fs";
import { pathToFileURL as pathToFileURL5 } from "node:url";
import { parseArgs as parseArgs5 } from "node:util";

// src/output/crash.ts
init_escape2();
init_errors();
init_secrets();
function installCrashHandler(report, exitCode) {
  let crashed = false;
  const onCrash = (e) => {
    if (crashed) return;
    crashed = true;
    try {
      report(crashLine(e));
    } finally {
      process.exit(exitCode);
    }
  };
  process.on("uncaughtException", onCrash);
  process.on("unhandledRejection", onCrash);
}
function crashLine(e) {
  const message = errorMessage(e).trim() || (e instanceof Error ? e.name : "") || "(no message)";
  return redact(oneLine(message));
}

// src/cli.ts
init_report_file();
init_log_file();
init_env_file();
init_secrets();
init_json();
init_markdown();
init_text();

// src/run.ts
init_backends();
init_types();
init_preview();
init_prepare();
init_errors();

// src/engine/fire/stress.ts
init_types();
init_admin();
import { setTimeout as sleep2 } from "node:timers/promises";

// src/backends/functions.ts
import { makeFunctionReference as makeFunctionReference4 } from "convex/server";
var MODULES_FUNCTION = "_system/frontend/modules:list";
async function deploymentFunctions(admin) {
  const modules = await admin.query(makeFunctionReference4(MODULES_FUNCTION), {});
  const internal = /* @__PURE__ */ new Set();
  const kinds = /* @__PURE__ */ new Map();
  for (const [file, module] of modules) {
    const path27 = file.replace(/\.(js|ts)$/, "");
    for (const fn of module.functions) {
      const name = `${path27}:${fn.name}`;
      if (fn.visibility?.kind === "internal") internal.add(name);
      if (fn.udfType === "Query") kinds.set(name, "query");
      else if (fn.udfType === "Mutation") kinds.set(name, "mutation");
      else if (fn.udfType === "Action") kinds.set(name, "action");
    }
  }
  return { internal, kinds };
}

// src/engine/fire/stress.ts
init_random();
init_stats();
init_summary();
init_trial();

// src/engine/fire/client.ts
init_identity();
init_outcome();
import { ConvexHttpClient as ConvexHttpClient2 } from "convex/browser";

// src/engine/fire/gate.ts
init_errors();
import http from "node:http";
import https from "node:https";
import { spawnSync as spawnSync2 } from "node:child_process";
import { readFileSync as readFileSync3 } from "node:fs";
var FireGate = class {
  waiting = [];
  remaining;
  opened = false;
  timer;
  constructor(expected, maxWaitMs = 2e3) {
    this.remaining = expected;
    this.timer = setTimeout(() => this.open(), maxWaitMs);
    this.timer.unref();
    if (expected === 0) this.open();
  }
  /** A user's request is ready but for its last byte: `held.send` sends it. */
  arrive(held) {
    if (this.opened) {
      held.send();
      held.settle();
      return;
    }
    this.waiting.push(held);
    this.remaining--;
    if (this.remaining <= 0) this.open();
  }
  /** A user finished (or failed) without sending through the gate. */
  leave() {
    if (this.opened) return;
    this.remaining--;
    if (this.remaining <= 0) this.open();
  }
  open() {
    if (this.opened) return;
    this.opened = true;
    clearTimeout(this.timer);
    const waiting = this.waiting;
    this.waiting = [];
    for (let i3 = 0; i3 < waiting.length; i3++) waiting[i3].send();
    for (let i3 = 0; i3 < waiting.length; i3++) waiting[i3].settle();
  }
};
var WARM_FOR_MS = 1e3;
var UserTransport = class _UserTransport {
  agent = _UserTransport.newAgent();
  /** For a deployment served over TLS (a cloud or preview deployment): its own warm connection. */
  tlsAgent;
  gate;
  /** performance.now() when this user's gated request was released. */
  releasedAt;
  /** The next request waits at `gate`; later requests of the same operation go straight out. */
  arm(gate) {
    this.gate = gate;
    this.releasedAt = void 0;
  }
  /** Tells the gate this user will not send after all (its operation ended first). */
  disarm() {
    if (this.gate) this.gate.leave();
    this.gate = void 0;
  }
  /** performance.now() when this user's last response ended: its socket was alive then. */
  lastAnswer = -Infinity;
  /** Opens (or checks) this user's connection so the round's fire does not pay for a handshake. */
  async warm(url, timeoutMs = 3e4) {
    if (performance.now() - this.lastAnswer < WARM_FOR_MS && this.hasIdleSocket()) return;
    try {
      const res = await this.fetch(`${url}/version`, { method: "GET", signal: AbortSignal.timeout(timeoutMs) });
      await res.arrayBuffer();
    } catch (e) {
      const code = e.code;
      if (code === "EMFILE" || code === "ENFILE") {
        throw new Error(
          `out of file descriptors opening a connection per user (${code}; ulimit -n is ${openFileLimit() ?? "unknown"}): raise the limit or use fewer clients`,
          { cause: e }
        );
      }
      throw e;
    }
  }
  hasIdleSocket() {
    return Object.values(this.agent.freeSockets).some((sockets) => sockets?.some((s) => !s.destroyed));
  }
  close() {
    this.agent.destroy();
    this.tlsAgent?.destroy();
  }
  /**
   * Drops this user's connection and starts a fresh one: after an operation timed out, its request
   * still occupies the user's only socket and would block every later request.
   */
  reset() {
    this.close();
    this.agent = _UserTransport.newAgent();
    this.tlsAgent = void 0;
  }
  static newAgent() {
    return new http.Agent({ keepAlive: true, maxSockets: 1, keepAliveMsecs: 3e4 });
  }
  /** This user's fetch: the next request waits at the armed gate, if any. */
  fetch = (input, init2) => this.send(input, init2, true);
  /** For a request of an operation that already ended (it timed out): never takes the gate. */
  fetchUngated = (input, init2) => this.send(input, init2, false);
  send(input, init2, mayGate) {
    const gate = mayGate ? this.gate : void 0;
    if (mayGate) this.gate = void 0;
    return new Promise((resolve, reject) => {
      const url = new URL(String(input));
      const body = init2?.body === void 0 || init2.body === null ? void 0 : Buffer.from(init2.body);
      const headers = {
        ...init2?.headers
      };
      if (body) headers["content-length"] = String(body.length);
      const tls = url.protocol === "https:";
      if (tls) this.tlsAgent ??= new https.Agent({ keepAlive: true, maxSockets: 1, keepAliveMsecs: 3e4 });
      const req = (tls ? https : http).request(
        url,
        {
          method: init2?.method ?? "GET",
          headers,
          agent: tls ? this.tlsAgent : this.agent,
          signal: init2?.signal ?? void 0
        },
        (res) => {
          const chunks = [];
          res.on("data", (c3) => chunks.push(c3));
          res.on("end", () => {
            this.lastAnswer = performance.now();
            const responseHeaders = new Headers();
            for (const [k, v] of Object.entries(res.headers)) if (typeof v === "string") responseHeaders.set(k, v);
            resolve(
              new Response(Buffer.concat(chunks), {
                status: res.statusCode ?? 500,
                headers: responseHeaders
              })
            );
          });
          res.on("error", reject);
        }
      );
      req.on("error", reject);
      req.setNoDelay(true);
      if (!gate || !body || body.length < 2) {
        if (gate) {
          gate.leave();
          this.releasedAt = performance.now();
        }
        req.end(body);
        return;
      }
      const last = body.subarray(body.length - 1);
      req.write(body.subarray(0, body.length - 1), () => {
        const socket = req.socket;
        if (!socket || socket.destroyed) {
          gate.leave();
          this.releasedAt = performance.now();
          req.end(last);
          return;
        }
        gate.arrive({
          send: () => {
            socket.write(last);
            this.releasedAt = performance.now();
          },
          settle: () => req.end()
        });
      });
    });
  }
};
var FD_MARGIN = 64;
function openFileLimit() {
  let text;
  try {
    text = /^Max open files\s+(\S+)/m.exec(readFileSync3("/proc/self/limits", "utf8"))?.[1];
  } catch {
    const out = spawnSync2("sh", ["-c", "ulimit -n"], { encoding: "utf8" });
    text = out.status === 0 ? out.stdout.trim() : void 0;
  }
  const n2 = Number(text);
  return text === void 0 || text === "unlimited" || !Number.isFinite(n2) ? void 0 : n2;
}
function checkOpenFileLimit(clients, limit = openFileLimit()) {
  if (limit === void 0 || clients + FD_MARGIN <= limit) return;
  throw new ConfigError(
    `${clients} clients need about ${clients + FD_MARGIN} open files, but this process may open only ${limit} (ulimit -n): raise it (e.g. \`ulimit -n ${Math.max(4096, 2 ** Math.ceil(Math.log2(clients + FD_MARGIN)))}\`) or use fewer clients`
  );
}

// src/engine/fire/client.ts
var UserClient = class {
  constructor(url, adminKey = "") {
    this.url = url;
    this.adminKey = adminKey;
    this.begin(0);
  }
  url;
  adminKey;
  /** This operation's client; a fresh one per operation (see `begin`). */
  convex;
  /** This operation's fetch, for the deployment's HTTP actions. */
  fetch;
  transport = new UserTransport();
  calls = [];
  generation = 0;
  close() {
    this.transport.close();
  }
  /**
   * Starts a new operation: times count from `origin` (the trial's fire) and calls go to a new
   * list. An earlier operation that timed out but is still running keeps its own client: its late
   * calls land in its own list and never take the next trial's place at the fire gate.
   */
  begin(origin, role = {}) {
    const generation = ++this.generation;
    const calls = [];
    this.calls = calls;
    const send = (input, init2) => (generation === this.generation ? this.transport.fetch : this.transport.fetchUngated)(input, init2);
    const recorded = async (call, work, outcome) => {
      calls.push(call);
      try {
        const res = await work();
        call.outcome = await outcome(res);
        return res;
      } finally {
        call.end = performance.now() - origin;
      }
    };
    const convexFetch = async (input, init2) => {
      const start2 = performance.now() - origin;
      const body = typeof init2?.body === "string" ? JSON.parse(init2.body) : {};
      const endpoint = String(input).replace(/^.*\/api\//, "");
      const path27 = canonicalPath(body.path ?? endpoint.replace(/^run\//, "").replace(/\/([^/]*)$/, ":$1"));
      const call = { path: path27, endpoint, start: start2, end: start2, outcome: "unknown" };
      const refused = role.identity !== void 0 && role.internal?.has(path27);
      return await recorded(
        call,
        async () => refused ? notFoundReply(path27) : await send(input, init2),
        // The body decides, not the status: the open-source backend answers a function that threw
        // with 200 (see outcome.ts). A refused call ran nothing; an action's error may follow
        // committed writes.
        async (res) => {
          const body2 = await res.clone().text();
          const outcome = callOutcome(res.status, body2, refused || errorRollsBack(endpoint, path27, role.kinds));
          if (outcome === "unknown" && isErrorReply(res.status, body2)) call.ended = true;
          return outcome;
        }
      );
    };
    this.convex = new ConvexHttpClient2(this.url, {
      fetch: convexFetch,
      skipConvexDeploymentUrlCheck: true,
      logger: false
    });
    if (role.identity) {
      this.convex.setAdminAuth(
        this.adminKey,
        role.identity
      );
    }
    this.fetch = async (input, init2) => {
      const request = input instanceof Request ? input : void 0;
      const url = new URL(request ? request.url : String(input));
      const method = init2?.method ?? request?.method ?? "GET";
      const headers = Object.fromEntries(new Headers(init2?.headers ?? request?.headers));
      if (role.identity && url.origin === role.siteOrigin && headers.authorization === void 0) {
        const identity3 = Buffer.from(JSON.stringify(role.identity), "utf8").toString("base64");
        headers.authorization = `Convex ${this.adminKey}:${identity3}`;
      }
      const raw = init2?.body ?? (request && request.body ? await request.arrayBuffer() : void 0);
      const body = raw === void 0 || raw === null ? void 0 : Buffer.from(await new Response(raw).arrayBuffer());
      const start2 = performance.now() - origin;
      const call = { path: `${method} ${url.pathname}`, endpoint: "http", start: start2, end: start2, outcome: "unknown" };
      return await recorded(
        call,
        () => send(url, { method, headers, body, signal: init2?.signal ?? request?.signal }),
        async (res) => httpActionOutcome(res.status)
      );
    };
  }
};

// src/engine/fire/driver.ts
init_admin();
init_outcome();
init_settle();
init_trial();
init_random();
init_deadline();
init_identity();
var FireDriver = class {
  constructor(backend, users, scenario, random, admin, signal, functions = {}) {
    this.backend = backend;
    this.users = users;
    this.scenario = scenario;
    this.random = random;
    this.admin = admin;
    this.signal = signal;
    this.functions = functions;
  }
  backend;
  users;
  scenario;
  random;
  admin;
  signal;
  functions;
  /** The last fire's spread, read after `operate`. */
  spread = {};
  async operate(setup) {
    const { backend, users, scenario } = this;
    await Promise.all([
      ...users.map((u2) => u2.transport.warm(backend.url, scenario.opTimeout)),
      backend.fire?.arm(users.length)
    ]);
    const siteOrigin = backend.siteUrl ? new URL(backend.siteUrl).origin : void 0;
    const roles = users.map((_, client) => ({
      identity: identityFor(scenario.identity, setup, client),
      internal: this.functions.internal,
      kinds: this.functions.kinds,
      siteOrigin
    }));
    const fire = new FireGate(users.length);
    for (const u2 of users) u2.transport.arm(fire);
    const order = shuffle(
      users.map((_, i3) => i3),
      this.random
    );
    const origin = performance.now();
    const site = siteOf(backend);
    const history = (await Promise.all(order.map((i3) => runOperation(users[i3], i3, scenario, setup, origin, roles[i3], site)))).sort((a2, b) => a2.client - b.client);
    this.spread = await measureSpread(backend, users);
    return history;
  }
  settle() {
    return settle(this.backend.scheduled, {
      horizonMs: this.scenario.settleMs,
      timeoutMs: this.scenario.settleMs + this.scenario.opTimeout,
      readTimeoutMs: this.scenario.opTimeout,
      signal: this.signal
    });
  }
};
function siteOf(backend) {
  return () => {
    if (backend.siteUrl) return backend.siteUrl;
    throw new Error("no site URL for this deployment's HTTP actions: pass --site-url (action input site-url)");
  };
}
async function runOperation(user, client, scenario, setup, origin, role, site) {
  user.begin(origin, role);
  const start2 = performance.now() - origin;
  const act = scenario.act;
  const work = Promise.resolve().then(
    () => act.kind === "call" ? callFunction(user.convex, act.path, act.args(setup, client)) : act.flow({
      convex: user.convex,
      fetch: user.fetch,
      get siteUrl() {
        return site();
      },
      setup,
      client
    })
  );
  let value;
  let error;
  let threw = false;
  let timedOut = false;
  try {
    value = await withDeadline(work, scenario.opTimeout, () => new OperationTimeout(scenario.opTimeout));
  } catch (e) {
    threw = true;
    timedOut = e instanceof OperationTimeout;
    error = errorMessage(e);
    if (timedOut) user.transport.reset();
  } finally {
    user.transport.disarm();
  }
  const calls = [...user.calls];
  const outcome = operationOutcome({ threw, timedOut, calls });
  return {
    client,
    start: start2,
    end: performance.now() - origin,
    outcome,
    ...outcome === "ok" ? { value: jsonSafe(value) } : { error: error ?? ALL_CALLS_REFUSED },
    calls,
    // Unknown, but it threw in time: what it did is in place already (see undecidedCount).
    ...outcome === "unknown" && !timedOut && { ended: true }
  };
}
var OperationTimeout = class extends Error {
  constructor(ms2) {
    super(`no answer within ${ms2} ms (op-timeout)`);
  }
};
async function measureSpread(backend, users) {
  const arrivals = await backend.fire?.takeArrivals().catch(() => void 0);
  const sends = users.map((u2) => u2.transport.releasedAt).filter((t) => t !== void 0);
  if (sends.length === 0) return {};
  if (arrivals && arrivals.length >= sends.length) {
    const first = [...arrivals].sort((a2, b) => a2 - b).slice(0, sends.length);
    return { fireSpreadMs: first[first.length - 1] - first[0], spreadSource: "server" };
  }
  return { fireSpreadMs: Math.max(...sends) - Math.min(...sends), spreadSource: "client" };
}

// src/engine/fire/stress.ts
async function runScenario({
  backend,
  scenario,
  seed,
  range = { from: 1, to: scenario.rounds },
  onProgress,
  onLogs,
  signal
}) {
  const began = performance.now();
  const planned = range.to - range.from + 1;
  const admin = adminClient(backend.url, backend.adminKey);
  const log = new TrialLog(scenario.functions);
  const details = [];
  const kept = [];
  let sample;
  let spreadSource;
  let cutShort;
  let lost = false;
  checkOpenFileLimit(scenario.clients);
  const users = Array.from({ length: scenario.clients }, () => new UserClient(backend.url, backend.adminKey));
  let functions;
  try {
    functions = await bounded(deploymentFunctions(admin), scenario.opTimeout, "listing the deployment's functions");
  } catch (e) {
    if (scenario.identity) {
      throw new BackendError(
        `could not list the deployment's functions (needed for signed-in users): ${errorMessage(e)}`
      );
    }
  }
  const driver = new FireDriver(backend, users, scenario, prng(seed ^ hash(scenario.name)), admin, signal, {
    internal: scenario.identity ? functions?.internal : void 0,
    kinds: functions?.kinds
  });
  try {
    for (let r = range.from; r <= range.to && !signal?.aborted; r++) {
      let trial;
      try {
        await backend.reset?.({ timeLimitMs: scenario.opTimeout });
        trial = await runTrial(scenario, driver);
      } catch (e) {
        if (!await backend.probe()) {
          lost = true;
          cutShort = `backend exited during round ${r} of "${scenario.name}"`;
          break;
        }
        if (e instanceof SetupError && r === range.from) throw setupConfigError(scenario.name, e.message);
        cutShort = e instanceof SetupError ? e.message : `round ${r} failed: ${errorMessage(e)}`;
        break;
      }
      if ((trial.verdict === "unknown" || trial.verdict === "error") && !await backend.probe()) {
        lost = true;
        cutShort = `backend exited during round ${r} of "${scenario.name}"`;
        break;
      }
      const round = { ...trial, ...driver.spread, round: r };
      spreadSource ??= round.spreadSource;
      log.add(trial);
      const lines = await backend.logs?.take().catch(() => void 0);
      if (lines) {
        log.addLogs(lines);
        if (lines.lines.length > 0) onLogs?.(scenario.name, lines.lines);
      }
      if (!sample || sample.verdict !== "violation" && round.verdict === "violation") sample = round;
      if (round.verdict !== "ok" && kept.length < KEPT_HISTORIES) kept.push(round);
      details.push(summarizeRound(round));
      onProgress?.({
        scenario: scenario.name,
        round: r - range.from + 1,
        rounds: planned,
        violations: log.tally.violations
      });
      if (scenario.delayBetweenRounds > 0 && r < range.to) {
        await sleep2(scenario.delayBetweenRounds, void 0, { signal }).catch(() => void 0);
      }
    }
  } finally {
    for (const u2 of users) u2.close();
  }
  const ran = details.length;
  if (signal?.aborted && ran < planned && cutShort === void 0) {
    cutShort = `interrupted after ${ran} of ${planned} rounds`;
  }
  if (signal?.aborted && lost) cutShort = `interrupted after ${ran} of ${planned} rounds`;
  const spreads = details.map((d) => d.fireSpreadMs).filter((s) => s !== void 0);
  const result2 = {
    ...log.summary("stress", scenario.name, scenario.clients, {
      cutShort,
      durationMs: performance.now() - began,
      noun: "rounds"
    }),
    fireSpread: {
      p50: percentile(spreads, 50),
      max: spreads.length ? Math.max(...spreads) : void 0,
      source: spreadSource
    },
    roundDetails: details,
    ...sample && { sampleRound: { round: sample.round, history: sample.history } },
    histories: kept.map((r) => ({ round: r.round, verdict: r.verdict, history: r.history }))
  };
  if (lost) {
    const logTail = signal?.aborted ? void 0 : backend.logTail?.();
    throw new ScenarioCutShort(signal?.aborted ? "interrupted" : cutShort, {
      ...result2,
      ...logTail && { backendLog: logTail }
    });
  }
  return result2;
}
function summarizeRound(r) {
  return {
    round: r.round,
    verdict: r.verdict,
    ...r.observed !== void 0 && { observed: r.observed },
    ...r.limit !== void 0 && { limit: r.limit },
    message: r.message,
    ...r.fireSpreadMs !== void 0 && { fireSpreadMs: r.fireSpreadMs },
    durationMs: r.durationMs
  };
}
var ScenarioCutShort = class extends BackendError {
  constructor(message, partial) {
    super(message, partial.backendLog);
    this.partial = partial;
  }
  partial;
};
function hash(s) {
  let h2 = 2166136261;
  for (let i3 = 0; i3 < s.length; i3++) h2 = Math.imul(h2 ^ s.charCodeAt(i3), 16777619);
  return h2 >>> 0;
}

// src/run.ts
init_random();
init_shard();
init_result2();
init_summary();
async function runRaceCheck(opts = {}) {
  if (opts.backend === "preview") checkPreviewOptions(opts);
  const prepared = await prepareRun(opts);
  for (const w of prepared.warnings) opts.onWarning?.(w);
  const seed = opts.seed ?? randomSeed();
  const startedAt = /* @__PURE__ */ new Date();
  const began = performance.now();
  const kind2 = opts.backend ?? "embedded";
  const sharding = opts.shard ? prepareShard(prepared.scenarios, opts.shard, seed, {
    config: prepared.configLabel,
    scenarios: opts.scenario === void 0 ? void 0 : [opts.scenario].flat(),
    rounds: opts.rounds,
    clients: opts.clients,
    opTimeout: opts.opTimeout,
    backend: kind2
  }) : void 0;
  const work = sharding ? sharding.parts.map((part) => ({ scenario: prepared.scenarios[part.scenario], part })) : prepared.scenarios.map((scenario) => ({ scenario, part: void 0 }));
  const withShard = (result2, part) => part && sharding ? { ...result2, shardRounds: shardRoundsOf(part, prepared.scenarios[part.scenario].rounds, sharding.info.index) } : result2;
  let backend;
  try {
    backend = await startBackend(kind2, {
      projectDir: prepared.projectDir,
      functionsDir: prepared.functionsDir,
      url: opts.url,
      siteUrl: opts.siteUrl,
      adminKey: opts.adminKey,
      allowRemote: opts.allowRemote,
      deployKey: opts.deployKey,
      previewName: opts.previewName ?? (kind2 === "preview" ? defaultPreviewName(process.env, opts.shard) : void 0),
      deploymentEnv: prepared.env,
      startupTimeoutMs: opts.startupTimeoutMs,
      convexBackendVersion: opts.convexBackendVersion,
      convexBackendBinary: opts.convexBackendBinary,
      signal: opts.signal
    });
  } catch (e) {
    if (e instanceof ConfigError || e instanceof BackendError) throw e;
    throw new BackendError(`could not start the ${kind2} backend: ${e.message}`);
  }
  opts.onBackend?.(backend);
  const stopOnAbort = () => void backend.stop();
  opts.signal?.addEventListener("abort", stopOnAbort);
  const scenarios = [];
  try {
    for (const { scenario, part } of work) {
      if (opts.signal?.aborted) break;
      try {
        scenarios.push(
          withShard(
            await runScenario({
              backend,
              scenario,
              seed: sharding?.info.seed ?? seed,
              ...part && { range: { from: part.from, to: part.to } },
              onProgress: opts.onProgress,
              onLogs: opts.onLogs,
              signal: opts.signal
            }),
            part
          )
        );
      } catch (e) {
        if (e instanceof ConfigError && scenarios.length > 0) {
          scenarios.push(withShard(failedScenario(scenario, e.message), part));
          continue;
        }
        if (!(e instanceof BackendError)) throw e;
        const why2 = opts.signal?.aborted ? "interrupted" : e.message;
        scenarios.push(
          withShard(
            e instanceof ScenarioCutShort ? e.partial : failedScenario(scenario, why2, opts.signal?.aborted ? void 0 : e.logTail),
            part
          )
        );
        break;
      }
    }
    for (const rest of work.slice(scenarios.length)) {
      const why2 = `not run: ${opts.signal?.aborted ? "interrupted" : "backend exited"}`;
      scenarios.push(withShard(failedScenario(rest.scenario, why2), rest.part));
    }
  } finally {
    opts.signal?.removeEventListener("abort", stopOnAbort);
    await backend.stop();
  }
  return runEnvelope({
    mode: "stress",
    startedAt: startedAt.toISOString(),
    began,
    seed,
    backend: {
      kind: backend.kind,
      ...backend.startupMs !== void 0 && { startupMs: backend.startupMs }
    },
    prepared,
    cwd: opts.cwd,
    scenarios,
    shard: sharding?.info
  });
}

// src/cli.ts
init_gating();
init_version2();
var HELP = `race-check ${VERSION}: find race conditions in a Convex backend

Usage: race-check run [options]
       race-check explore [options]   (interleaving search; see race-check explore --help)
       race-check init [options]      (write a starter config from convex/; see race-check init --help)
       race-check merge REPORT...     (one report from the JSON reports of --shard runs; see race-check merge --help)

Options:
  --config FILE       config file (default race-check.config.ts)
  --backend KIND      embedded (default: your convex/ functions on convex-test) | url
                      | local (the real open-source Convex backend, started and stopped here)
                      | preview (your functions deployed with your convex CLI to a Convex preview
                      deployment; preview deploy key from CONVEX_DEPLOY_KEY; needs --allow-remote)
  --preview-name NAME preview: the preview deployment's name (default race-check-<branch>)
  --url URL           deployment URL for --backend url (admin key from CONVEX_ADMIN_KEY)
  --env-file FILE     the deployment's environment variables, NAME=value per line
                      (besides the config's env; values are secrets, never printed)
  --site-url URL      url backend: where the deployment serves HTTP actions
                      (default: the .convex.site twin of a .convex.cloud --url)
  --allow-remote      allow a --url that is not on this machine
  --convex-backend-version TAG
                      local: convex-local-backend release tag, or latest (default: a pinned tag)
  --convex-backend-binary PATH
                      local: use this convex-local-backend binary; nothing is downloaded
  --startup-timeout S seconds to wait for a started backend to be ready (local default 60)
  --rounds N          rounds per scenario (overrides the config)
  --clients N         concurrent clients per round (overrides the config)
  --scenario NAME     run only this scenario (repeatable)
  --seed N            seed for fire order (printed with every run; reuse it to reproduce)
  --shard I/N         run only shard I of N (a CI matrix): whole scenarios first, rounds split
                      when N exceeds the scenarios; each shard has its own seed, derived from --seed
  --op-timeout MS     per-operation timeout; slower operations are "unknown" (default 30000)
  --json FILE         write the JSON report
  --markdown FILE     write the Markdown report
${GATING_HELP}
  -h, --help          show this help
  -v, --version       show the version

Exit codes: 0 no violation (or only races --fail-on lets pass: expected with expect: "race",
already in the --baseline), 1 violation found, 2 usage or config error,
3 backend or infrastructure error, 4 inconclusive (no violation seen, undecided rounds).`;
async function main(argv) {
  installOutputBoundary({ neutralise: true });
  registerSecret(process.env.CONVEX_ADMIN_KEY);
  registerSecret(process.env.CONVEX_DEPLOY_KEY);
  if (argv[0] === "explore") return (await Promise.resolve().then(() => (init_explore(), explore_exports))).exploreMain(argv.slice(1));
  if (argv[0] === "init") return (await Promise.resolve().then(() => (init_cli(), cli_exports))).initMain(argv.slice(1));
  if (argv[0] === "merge") return (await Promise.resolve().then(() => (init_merge2(), merge_exports))).mergeMain(argv.slice(1));
  let parsed;
  try {
    parsed = parseArgs5({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: "string" },
        backend: { type: "string" },
        url: { type: "string" },
        "allow-remote": { type: "boolean" },
        "site-url": { type: "string" },
        "env-file": { type: "string" },
        "preview-name": { type: "string" },
        "convex-backend-version": { type: "string" },
        "convex-backend-binary": { type: "string" },
        "startup-timeout": { type: "string" },
        rounds: { type: "string" },
        clients: { type: "string" },
        scenario: { type: "string", multiple: true },
        seed: { type: "string" },
        shard: { type: "string" },
        "op-timeout": { type: "string" },
        json: { type: "string" },
        markdown: { type: "string" },
        ...GATING_OPTIONS,
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (e) {
    return usageError(`${e.message} (see race-check --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) return print(HELP, EXIT.ok);
  if (values.version) return print(VERSION, EXIT.ok);
  const command = positionals[0] ?? "run";
  if (command !== "run" || positionals.length > 1) {
    return usageError(`unknown command "${positionals.join(" ")}": use \`race-check run\` (see race-check --help)`);
  }
  const controller = new AbortController();
  let first;
  const onSignal = (signal) => {
    if (first) {
      if (signal === first.signal && performance.now() - first.at < SAME_SIGNAL_MS) return;
      process.exit(signal === "SIGINT" ? 130 : 143);
    }
    first = { signal, at: performance.now() };
    process.stderr.write("\nrace-check: interrupted; stopping the backend and writing a partial report\n");
    controller.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const progress2 = progressPrinter();
  const logs = new LogCollector();
  let result2;
  let gating;
  try {
    const backend = parseBackendKind(values.backend);
    gating = await readGating(values);
    if (values.json) await checkOutputPath(values.json, "--json");
    if (values.markdown) await checkOutputPath(values.markdown, "--markdown");
    const adminKey = backend === "url" ? checkSecretValue(process.env.CONVEX_ADMIN_KEY, "CONVEX_ADMIN_KEY") : void 0;
    const deployKey = backend === "preview" ? checkSecretValue(process.env.CONVEX_DEPLOY_KEY, "CONVEX_DEPLOY_KEY") : void 0;
    result2 = await runRaceCheck({
      configFile: values.config,
      backend,
      url: values.url,
      siteUrl: values["site-url"],
      env: await readEnvFile(values["env-file"]),
      adminKey,
      deployKey,
      previewName: values["preview-name"],
      allowRemote: values["allow-remote"],
      startupTimeoutMs: secondsToMs(parseCount(values["startup-timeout"], "--startup-timeout", 1, 3600)),
      convexBackendVersion: values["convex-backend-version"],
      convexBackendBinary: values["convex-backend-binary"],
      rounds: parseCount(values.rounds, "--rounds", 1, LIMITS.maxRounds),
      clients: parseCount(values.clients, "--clients", 1, LIMITS.maxClients),
      opTimeout: parseCount(values["op-timeout"], "--op-timeout", 1, 36e5),
      seed: parseCount(values.seed, "--seed", 0, 2 ** 32 - 1),
      shard: parseShard(values.shard, "--shard"),
      scenario: values.scenario,
      onProgress: progress2.update,
      onLogs: logs.onLogs,
      onWarning: (message) => process.stderr.write(`race-check: warning: ${message}
`),
      signal: controller.signal
    });
  } catch (e) {
    progress2.clear();
    if (e instanceof ConfigError) return usageError(e.message);
    if (e instanceof BackendError) {
      process.stderr.write(`race-check: backend error: ${e.message}
`);
      if (e.logTail) process.stderr.write(`--- backend log (last lines) ---
${e.logTail}
`);
      return EXIT.infrastructure;
    }
    process.stderr.write(`race-check: ${e.message ?? String(e)}
`);
    return EXIT.infrastructure;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
  progress2.clear();
  const reportFile = values.json ?? values.markdown;
  if (reportFile) await logs.writeBeside(reportFile, result2).catch(() => void 0);
  result2 = redactDeep(result2);
  const comparison = compare2(result2, gating);
  process.stdout.write(`${renderText(result2, comparison)}
`);
  for (const s of result2.scenarios) {
    if (s.backendLog && s.error) process.stderr.write(`race-check: backend error in "${s.name}": ${s.error}
`);
  }
  try {
    if (values.json) await writeOutputFile(values.json, renderJson(result2));
    if (values.markdown) {
      await writeOutputFile(values.markdown, `${renderMarkdown(result2, { comparison, failOn: gating.failOn })}
`);
    }
  } catch (e) {
    process.stderr.write(`race-check: could not write the report: ${e.message}
`);
    return EXIT.infrastructure;
  }
  if (controller.signal.aborted) return EXIT.infrastructure;
  return gatedExitCode(comparison, gating);
}
var SAME_SIGNAL_MS = 1e3;
function secondsToMs(seconds2) {
  return seconds2 === void 0 ? void 0 : seconds2 * 1e3;
}
function usageError(message) {
  process.stderr.write(`race-check: ${message}
`);
  return EXIT.usage;
}
function print(text, code) {
  process.stdout.write(`${text}
`);
  return code;
}
function progressPrinter() {
  const live = process.stderr.isTTY === true;
  let shown2 = false;
  return {
    update(p) {
      if (live) {
        process.stderr.write(`\r\x1B[K${p.scenario}: round ${p.round}/${p.rounds}, ${p.violations} violating`);
        shown2 = true;
      } else if (p.round === p.rounds) {
        process.stderr.write(`${p.scenario}: ${p.rounds} rounds, ${p.violations} violating
`);
      }
    },
    clear() {
      if (live && shown2) process.stderr.write("\r\x1B[K");
      shown2 = false;
    }
  };
}
async function program(argv) {
  installCrashHandler((line) => process.stderr.write(`race-check: uncaught error: ${line}
`), EXIT.infrastructure);
  process.exitCode = await main(argv);
}
if (isEntry()) await program(process.argv.slice(2));
function isEntry() {
  try {
    return process.argv[1] !== void 0 && import.meta.url === pathToFileURL5(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}
export {
  main,
  program
};
