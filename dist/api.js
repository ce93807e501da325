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
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
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

// node_modules/isexe/windows.js
var require_windows = __commonJS({
  "node_modules/isexe/windows.js"(exports, module) {
    module.exports = isexe;
    isexe.sync = sync;
    var fs = __require("fs");
    function checkPathExt(path22, options) {
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
        if (p && path22.substr(-p.length).toLowerCase() === p) {
          return true;
        }
      }
      return false;
    }
    function checkStat(stat5, path22, options) {
      if (!stat5.isSymbolicLink() && !stat5.isFile()) {
        return false;
      }
      return checkPathExt(path22, options);
    }
    function isexe(path22, options, cb) {
      fs.stat(path22, function(er, stat5) {
        cb(er, er ? false : checkStat(stat5, path22, options));
      });
    }
    function sync(path22, options) {
      return checkStat(fs.statSync(path22), path22, options);
    }
  }
});

// node_modules/isexe/mode.js
var require_mode = __commonJS({
  "node_modules/isexe/mode.js"(exports, module) {
    module.exports = isexe;
    isexe.sync = sync;
    var fs = __require("fs");
    function isexe(path22, options, cb) {
      fs.stat(path22, function(er, stat5) {
        cb(er, er ? false : checkStat(stat5, options));
      });
    }
    function sync(path22, options) {
      return checkStat(fs.statSync(path22), options);
    }
    function checkStat(stat5, options) {
      return stat5.isFile() && checkMode(stat5, options);
    }
    function checkMode(stat5, options) {
      var mod = stat5.mode;
      var uid = stat5.uid;
      var gid = stat5.gid;
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
    function isexe(path22, options, cb) {
      if (typeof options === "function") {
        cb = options;
        options = {};
      }
      if (!cb) {
        if (typeof Promise !== "function") {
          throw new TypeError("callback not provided");
        }
        return new Promise(function(resolve, reject) {
          isexe(path22, options || {}, function(er, is) {
            if (er) {
              reject(er);
            } else {
              resolve(is);
            }
          });
        });
      }
      core(path22, options || {}, function(er, is) {
        if (er) {
          if (er.code === "EACCES" || options && options.ignoreErrors) {
            er = null;
            is = false;
          }
        }
        cb(er, is);
      });
    }
    function sync(path22, options) {
      try {
        return core.sync(path22, options || {});
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
    var path22 = __require("path");
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
        const pCmd = path22.join(pathPart, cmd);
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
        const pCmd = path22.join(pathPart, cmd);
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
    var path22 = __require("path");
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
          pathExt: withoutPathExt ? path22.delimiter : void 0
        });
      } catch (e) {
      } finally {
        if (shouldSwitchCwd) {
          process.chdir(cwd);
        }
      }
      if (resolved) {
        resolved = path22.resolve(hasCustomCwd ? parsed.options.cwd : "", resolved);
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
      const [path22, argument] = match[0].replace(/#! ?/, "").split(" ");
      const binary = path22.split("/").pop();
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
    var path22 = __require("path");
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
        parsed.command = path22.normalize(parsed.command);
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
      const result = cp.spawnSync(parsed.command, parsed.args, parsed.options);
      result.error = result.error || enoent.verifyENOENTSync(result.status, parsed);
      return result;
    }
    module.exports = spawn2;
    module.exports.spawn = spawn2;
    module.exports.sync = spawnSync3;
    module.exports._parse = parse;
    module.exports._enoent = enoent;
  }
});

// src/config/define.ts
function defineConfig(config) {
  return config;
}
function scenario(spec) {
  const { invariant } = spec;
  if (typeof invariant !== "function") return spec;
  return { ...spec, invariant: invariant(helpers) };
}
function defineScenario(scenario2) {
  return scenario2;
}
function capacity(spec) {
  return { kind: "capacity", ...spec };
}
function maxSuccesses(spec) {
  return { kind: "maxSuccesses", ...spec };
}
function custom(check2) {
  return { kind: "custom", check: check2 };
}
var helpers = { capacity, maxSuccesses, custom };

// src/errors.ts
var ConfigError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ConfigError";
  }
};
function errorMessage(e) {
  return e instanceof Error ? e.message : String(e);
}

// src/output/secrets.ts
var MIN_LENGTH = 6;
var known = /* @__PURE__ */ new Set();
var forms = [];
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

// src/backends/embedded/index.ts
import path6 from "node:path";
import { randomBytes } from "node:crypto";

// node_modules/is-plain-obj/index.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value) && !(Symbol.iterator in value);
}

// node_modules/execa/lib/arguments/file-url.js
import { fileURLToPath } from "node:url";
var safeNormalizeFileUrl = (file, name) => {
  const fileString = normalizeFileUrl(normalizeDenoExecPath(file));
  if (typeof fileString !== "string") {
    throw new TypeError(`${name} must be a string or a file URL: ${fileString}.`);
  }
  return fileString;
};
var normalizeDenoExecPath = (file) => isDenoExecPath(file) ? file.toString() : file;
var isDenoExecPath = (file) => typeof file !== "string" && file && Object.getPrototypeOf(file) === String.prototype;
var normalizeFileUrl = (file) => file instanceof URL ? fileURLToPath(file) : file;

// node_modules/execa/lib/methods/parameters.js
var normalizeParameters = (rawFile, rawArguments = [], rawOptions = {}) => {
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

// node_modules/execa/lib/methods/template.js
import { ChildProcess } from "node:child_process";

// node_modules/execa/lib/utils/uint-array.js
import { StringDecoder } from "node:string_decoder";
var { toString: objectToString } = Object.prototype;
var isArrayBuffer = (value) => objectToString.call(value) === "[object ArrayBuffer]";
var isUint8Array = (value) => objectToString.call(value) === "[object Uint8Array]";
var bufferToUint8Array = (buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
var textEncoder = new TextEncoder();
var stringToUint8Array = (string) => textEncoder.encode(string);
var textDecoder = new TextDecoder();
var uint8ArrayToString = (uint8Array) => textDecoder.decode(uint8Array);
var joinToString = (uint8ArraysOrStrings, encoding) => {
  const strings = uint8ArraysToStrings(uint8ArraysOrStrings, encoding);
  return strings.join("");
};
var uint8ArraysToStrings = (uint8ArraysOrStrings, encoding) => {
  if (encoding === "utf8" && uint8ArraysOrStrings.every((uint8ArrayOrString) => typeof uint8ArrayOrString === "string")) {
    return uint8ArraysOrStrings;
  }
  const decoder = new StringDecoder(encoding);
  const strings = uint8ArraysOrStrings.map((uint8ArrayOrString) => typeof uint8ArrayOrString === "string" ? stringToUint8Array(uint8ArrayOrString) : uint8ArrayOrString).map((uint8Array) => decoder.write(uint8Array));
  const finalString = decoder.end();
  return finalString === "" ? strings : [...strings, finalString];
};
var joinToUint8Array = (uint8ArraysOrStrings) => {
  if (uint8ArraysOrStrings.length === 1 && isUint8Array(uint8ArraysOrStrings[0])) {
    return uint8ArraysOrStrings[0];
  }
  return concatUint8Arrays(stringsToUint8Arrays(uint8ArraysOrStrings));
};
var stringsToUint8Arrays = (uint8ArraysOrStrings) => uint8ArraysOrStrings.map((uint8ArrayOrString) => typeof uint8ArrayOrString === "string" ? stringToUint8Array(uint8ArrayOrString) : uint8ArrayOrString);
var concatUint8Arrays = (uint8Arrays) => {
  const result = new Uint8Array(getJoinLength(uint8Arrays));
  let index = 0;
  for (const uint8Array of uint8Arrays) {
    result.set(uint8Array, index);
    index += uint8Array.length;
  }
  return result;
};
var getJoinLength = (uint8Arrays) => {
  let joinLength = 0;
  for (const uint8Array of uint8Arrays) {
    joinLength += uint8Array.length;
  }
  return joinLength;
};

// node_modules/execa/lib/methods/template.js
var isTemplateString = (templates) => Array.isArray(templates) && Array.isArray(templates.raw);
var parseTemplates = (templates, expressions) => {
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
var parseTemplate = ({ templates, expressions, tokens, index, template }) => {
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
var splitByWhitespaces = (template, rawTemplate) => {
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
var DELIMITERS = /* @__PURE__ */ new Set([" ", "	", "\r", "\n"]);
var ESCAPE_LENGTH = { x: 3, u: 5 };
var concatTokens = (tokens, nextTokens, isSeparated) => isSeparated || tokens.length === 0 || nextTokens.length === 0 ? [...tokens, ...nextTokens] : [
  ...tokens.slice(0, -1),
  `${tokens.at(-1)}${nextTokens[0]}`,
  ...nextTokens.slice(1)
];
var parseExpression = (expression) => {
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
var getSubprocessResult = ({ stdout }) => {
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

// node_modules/execa/lib/methods/main-sync.js
import { spawnSync } from "node:child_process";

// node_modules/execa/lib/arguments/specific.js
import { debuglog } from "node:util";

// node_modules/execa/lib/utils/standard-stream.js
import process2 from "node:process";
var isStandardStream = (stream) => STANDARD_STREAMS.includes(stream);
var STANDARD_STREAMS = [process2.stdin, process2.stdout, process2.stderr];
var STANDARD_STREAMS_ALIASES = ["stdin", "stdout", "stderr"];
var getStreamName = (fdNumber) => STANDARD_STREAMS_ALIASES[fdNumber] ?? `stdio[${fdNumber}]`;

// node_modules/execa/lib/arguments/specific.js
var normalizeFdSpecificOptions = (options) => {
  const optionsCopy = { ...options };
  for (const optionName of FD_SPECIFIC_OPTIONS) {
    optionsCopy[optionName] = normalizeFdSpecificOption(options, optionName);
  }
  return optionsCopy;
};
var normalizeFdSpecificOption = (options, optionName) => {
  const optionBaseArray = Array.from({ length: getStdioLength(options) + 1 });
  const optionArray = normalizeFdSpecificValue(options[optionName], optionBaseArray, optionName);
  return addDefaultValue(optionArray, optionName);
};
var getStdioLength = ({ stdio }) => Array.isArray(stdio) ? Math.max(stdio.length, STANDARD_STREAMS_ALIASES.length) : STANDARD_STREAMS_ALIASES.length;
var normalizeFdSpecificValue = (optionValue, optionArray, optionName) => isPlainObject(optionValue) ? normalizeOptionObject(optionValue, optionArray, optionName) : optionArray.fill(optionValue);
var normalizeOptionObject = (optionValue, optionArray, optionName) => {
  for (const fdName of Object.keys(optionValue).sort(compareFdName)) {
    for (const fdNumber of parseFdName(fdName, optionName, optionArray)) {
      optionArray[fdNumber] = optionValue[fdName];
    }
  }
  return optionArray;
};
var compareFdName = (fdNameA, fdNameB) => getFdNameOrder(fdNameA) < getFdNameOrder(fdNameB) ? 1 : -1;
var getFdNameOrder = (fdName) => {
  if (fdName === "stdout" || fdName === "stderr") {
    return 0;
  }
  return fdName === "all" ? 2 : 1;
};
var parseFdName = (fdName, optionName, optionArray) => {
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
var parseFd = (fdName) => {
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
var FD_REGEXP = /^fd(\d+)$/;
var addDefaultValue = (optionArray, optionName) => optionArray.map((optionValue) => optionValue === void 0 ? DEFAULT_OPTIONS[optionName] : optionValue);
var verboseDefault = debuglog("execa").enabled ? "full" : "none";
var DEFAULT_OPTIONS = {
  lines: false,
  buffer: true,
  maxBuffer: 1e3 * 1e3 * 100,
  verbose: verboseDefault,
  stripFinalNewline: true
};
var FD_SPECIFIC_OPTIONS = ["lines", "buffer", "maxBuffer", "verbose", "stripFinalNewline"];
var getFdSpecificValue = (optionArray, fdNumber) => fdNumber === "ipc" ? optionArray.at(-1) : optionArray[fdNumber];

// node_modules/execa/lib/verbose/values.js
var isVerbose = ({ verbose }, fdNumber) => getFdVerbose(verbose, fdNumber) !== "none";
var isFullVerbose = ({ verbose }, fdNumber) => !["none", "short"].includes(getFdVerbose(verbose, fdNumber));
var getVerboseFunction = ({ verbose }, fdNumber) => {
  const fdVerbose = getFdVerbose(verbose, fdNumber);
  return isVerboseFunction(fdVerbose) ? fdVerbose : void 0;
};
var getFdVerbose = (verbose, fdNumber) => fdNumber === void 0 ? getFdGenericVerbose(verbose) : getFdSpecificValue(verbose, fdNumber);
var getFdGenericVerbose = (verbose) => verbose.find((fdVerbose) => isVerboseFunction(fdVerbose)) ?? VERBOSE_VALUES.findLast((fdVerbose) => verbose.includes(fdVerbose));
var isVerboseFunction = (fdVerbose) => typeof fdVerbose === "function";
var VERBOSE_VALUES = ["none", "short", "full"];

// node_modules/execa/lib/verbose/log.js
import { inspect } from "node:util";

// node_modules/execa/lib/arguments/escape.js
import { platform } from "node:process";
import { stripVTControlCharacters } from "node:util";
var joinCommand = (filePath, rawArguments) => {
  const fileAndArguments = [filePath, ...rawArguments];
  const command = fileAndArguments.join(" ");
  const escapedCommand = fileAndArguments.map((fileAndArgument) => quoteString(escapeControlCharacters(fileAndArgument))).join(" ");
  return { command, escapedCommand };
};
var escapeLines = (lines) => stripVTControlCharacters(lines).split("\n").map((line) => escapeControlCharacters(line)).join("\n");
var escapeControlCharacters = (line) => line.replaceAll(SPECIAL_CHAR_REGEXP, (character) => escapeControlCharacter(character));
var escapeControlCharacter = (character) => {
  const commonEscape = COMMON_ESCAPES[character];
  if (commonEscape !== void 0) {
    return commonEscape;
  }
  const codepoint = character.codePointAt(0);
  const codepointHex = codepoint.toString(16);
  return codepoint <= ASTRAL_START ? `\\u${codepointHex.padStart(4, "0")}` : `\\U${codepointHex}`;
};
var getSpecialCharRegExp = () => {
  try {
    return new RegExp("\\p{Separator}|\\p{Other}", "gu");
  } catch {
    return /[\s\u0000-\u001F\u007F-\u009F\u00AD]/g;
  }
};
var SPECIAL_CHAR_REGEXP = getSpecialCharRegExp();
var COMMON_ESCAPES = {
  " ": " ",
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "	": "\\t"
};
var ASTRAL_START = 65535;
var quoteString = (escapedArgument) => {
  if (NO_ESCAPE_REGEXP.test(escapedArgument)) {
    return escapedArgument;
  }
  return platform === "win32" ? `"${escapedArgument.replaceAll('"', '""')}"` : `'${escapedArgument.replaceAll("'", "'\\''")}'`;
};
var NO_ESCAPE_REGEXP = /^[\w./-]+$/;

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

// node_modules/figures/index.js
var common = {
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
var specialMainSymbols = {
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
var specialFallbackSymbols = {
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
var mainSymbols = { ...common, ...specialMainSymbols };
var fallbackSymbols = { ...common, ...specialFallbackSymbols };
var shouldUseMain = isUnicodeSupported();
var figures = shouldUseMain ? mainSymbols : fallbackSymbols;
var figures_default = figures;
var replacements = Object.entries(specialMainSymbols);

// node_modules/yoctocolors/base.js
import tty from "node:tty";
var hasColors = tty?.WriteStream?.prototype?.hasColors?.() ?? false;
var format = (open, close) => {
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
    let result = openCode;
    let lastIndex = 0;
    const reopenOnNestedClose = close === 22;
    const replaceCode = (reopenOnNestedClose ? closeCode : "") + openCode;
    while (index !== -1) {
      result += string.slice(lastIndex, index) + replaceCode;
      lastIndex = index + closeCode.length;
      index = string.indexOf(closeCode, lastIndex);
    }
    result += string.slice(lastIndex) + closeCode;
    return result;
  };
};
var reset = format(0, 0);
var bold = format(1, 22);
var dim = format(2, 22);
var italic = format(3, 23);
var underline = format(4, 24);
var underlineDouble = format("4:2", 24);
var underlineCurly = format("4:3", 24);
var underlineDotted = format("4:4", 24);
var underlineDashed = format("4:5", 24);
var overline = format(53, 55);
var inverse = format(7, 27);
var hidden = format(8, 28);
var strikethrough = format(9, 29);
var black = format(30, 39);
var red = format(31, 39);
var green = format(32, 39);
var yellow = format(33, 39);
var blue = format(34, 39);
var magenta = format(35, 39);
var cyan = format(36, 39);
var white = format(37, 39);
var gray = format(90, 39);
var bgBlack = format(40, 49);
var bgRed = format(41, 49);
var bgGreen = format(42, 49);
var bgYellow = format(43, 49);
var bgBlue = format(44, 49);
var bgMagenta = format(45, 49);
var bgCyan = format(46, 49);
var bgWhite = format(47, 49);
var bgGray = format(100, 49);
var redBright = format(91, 39);
var greenBright = format(92, 39);
var yellowBright = format(93, 39);
var blueBright = format(94, 39);
var magentaBright = format(95, 39);
var cyanBright = format(96, 39);
var whiteBright = format(97, 39);
var bgRedBright = format(101, 49);
var bgGreenBright = format(102, 49);
var bgYellowBright = format(103, 49);
var bgBlueBright = format(104, 49);
var bgMagentaBright = format(105, 49);
var bgCyanBright = format(106, 49);
var bgWhiteBright = format(107, 49);
var underlineBlack = format("58;5;0", 59);
var underlineRed = format("58;5;1", 59);
var underlineGreen = format("58;5;2", 59);
var underlineYellow = format("58;5;3", 59);
var underlineBlue = format("58;5;4", 59);
var underlineMagenta = format("58;5;5", 59);
var underlineCyan = format("58;5;6", 59);
var underlineWhite = format("58;5;7", 59);
var underlineGray = format("58;5;8", 59);
var underlineRedBright = format("58;5;9", 59);
var underlineGreenBright = format("58;5;10", 59);
var underlineYellowBright = format("58;5;11", 59);
var underlineBlueBright = format("58;5;12", 59);
var underlineMagentaBright = format("58;5;13", 59);
var underlineCyanBright = format("58;5;14", 59);
var underlineWhiteBright = format("58;5;15", 59);

// node_modules/execa/lib/verbose/default.js
var defaultVerboseFunction = ({
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
var serializeTimestamp = (timestamp) => `${padField(timestamp.getHours(), 2)}:${padField(timestamp.getMinutes(), 2)}:${padField(timestamp.getSeconds(), 2)}.${padField(timestamp.getMilliseconds(), 3)}`;
var padField = (field, padding) => String(field).padStart(padding, "0");
var getFinalIcon = ({ failed, reject }) => {
  if (!failed) {
    return figures_default.tick;
  }
  return reject ? figures_default.cross : figures_default.warning;
};
var ICONS = {
  command: ({ piped }) => piped ? "|" : "$",
  output: () => " ",
  ipc: () => "*",
  error: getFinalIcon,
  duration: getFinalIcon
};
var identity = (string) => string;
var COLORS = {
  command: () => bold,
  output: () => identity,
  ipc: () => identity,
  error: ({ reject }) => reject ? redBright : yellowBright,
  duration: () => gray
};

// node_modules/execa/lib/verbose/custom.js
var applyVerboseOnLines = (printedLines, verboseInfo, fdNumber) => {
  const verboseFunction = getVerboseFunction(verboseInfo, fdNumber);
  return printedLines.map(({ verboseLine, verboseObject }) => applyVerboseFunction(verboseLine, verboseObject, verboseFunction)).filter((printedLine) => printedLine !== void 0).map((printedLine) => appendNewline(printedLine)).join("");
};
var applyVerboseFunction = (verboseLine, verboseObject, verboseFunction) => {
  if (verboseFunction === void 0) {
    return verboseLine;
  }
  const printedLine = verboseFunction(verboseLine, verboseObject);
  if (typeof printedLine === "string") {
    return printedLine;
  }
};
var appendNewline = (printedLine) => printedLine.endsWith("\n") ? printedLine : `${printedLine}
`;

// node_modules/execa/lib/verbose/log.js
var verboseLog = ({ type, verboseMessage, fdNumber, verboseInfo, result }) => {
  const verboseObject = getVerboseObject({ type, result, verboseInfo });
  const printedLines = getPrintedLines(verboseMessage, verboseObject);
  const finalLines = applyVerboseOnLines(printedLines, verboseInfo, fdNumber);
  if (finalLines !== "") {
    console.warn(finalLines.slice(0, -1));
  }
};
var getVerboseObject = ({
  type,
  result,
  verboseInfo: { escapedCommand, commandId, rawOptions: { piped = false, ...options } }
}) => ({
  type,
  escapedCommand,
  commandId: `${commandId}`,
  timestamp: /* @__PURE__ */ new Date(),
  piped,
  result,
  options
});
var getPrintedLines = (verboseMessage, verboseObject) => verboseMessage.split("\n").map((message) => getPrintedLine({ ...verboseObject, message }));
var getPrintedLine = (verboseObject) => {
  const verboseLine = defaultVerboseFunction(verboseObject);
  return { verboseLine, verboseObject };
};
var serializeVerboseMessage = (message) => {
  const messageString = typeof message === "string" ? message : inspect(message);
  const escapedMessage = escapeLines(messageString);
  return escapedMessage.replaceAll("	", " ".repeat(TAB_SIZE));
};
var TAB_SIZE = 2;

// node_modules/execa/lib/verbose/start.js
var logCommand = (escapedCommand, verboseInfo) => {
  if (!isVerbose(verboseInfo)) {
    return;
  }
  verboseLog({
    type: "command",
    verboseMessage: escapedCommand,
    verboseInfo
  });
};

// node_modules/execa/lib/verbose/info.js
var getVerboseInfo = (verbose, escapedCommand, rawOptions) => {
  validateVerbose(verbose);
  const commandId = getCommandId(verbose);
  return {
    verbose,
    escapedCommand,
    commandId,
    rawOptions
  };
};
var getCommandId = (verbose) => isVerbose({ verbose }) ? COMMAND_ID++ : void 0;
var COMMAND_ID = 0n;
var validateVerbose = (verbose) => {
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

// node_modules/execa/lib/return/duration.js
import { hrtime } from "node:process";
var getStartTime = () => hrtime.bigint();
var getDurationMs = (startTime) => Number(hrtime.bigint() - startTime) / 1e6;

// node_modules/execa/lib/arguments/command.js
var handleCommand = (filePath, rawArguments, rawOptions) => {
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

// node_modules/execa/lib/arguments/options.js
var import_cross_spawn = __toESM(require_cross_spawn(), 1);
import path5 from "node:path";
import process6 from "node:process";

// node_modules/npm-run-path/index.js
import process4 from "node:process";
import path2 from "node:path";

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

// node_modules/unicorn-magic/node.js
import { promisify } from "node:util";
import { execFile as execFileCallback, execFileSync as execFileSyncOriginal } from "node:child_process";
import path from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var execFileOriginal = promisify(execFileCallback);
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
var TEN_MEGABYTES_IN_BYTES = 10 * 1024 * 1024;

// node_modules/npm-run-path/index.js
var npmRunPath = ({
  cwd = process4.cwd(),
  path: pathOption = process4.env[pathKey()],
  preferLocal = true,
  execPath: execPath2 = process4.execPath,
  addExecPath = true
} = {}) => {
  const cwdPath = path2.resolve(toPath(cwd));
  const result = [];
  const pathParts = pathOption.split(path2.delimiter);
  if (preferLocal) {
    applyPreferLocal(result, pathParts, cwdPath);
  }
  if (addExecPath) {
    applyExecPath(result, pathParts, execPath2, cwdPath);
  }
  return pathOption === "" || pathOption === path2.delimiter ? `${result.join(path2.delimiter)}${pathOption}` : [...result, pathOption].join(path2.delimiter);
};
var applyPreferLocal = (result, pathParts, cwdPath) => {
  for (const directory of traversePathUp(cwdPath)) {
    const pathPart = path2.join(directory, "node_modules/.bin");
    if (!pathParts.includes(pathPart)) {
      result.push(pathPart);
    }
  }
};
var applyExecPath = (result, pathParts, execPath2, cwdPath) => {
  const pathPart = path2.resolve(cwdPath, toPath(execPath2), "..");
  if (!pathParts.includes(pathPart)) {
    result.push(pathPart);
  }
};
var npmRunPathEnv = ({ env = process4.env, ...options } = {}) => {
  env = { ...env };
  const pathName = pathKey({ env });
  options.path = env[pathName];
  env[pathName] = npmRunPath(options);
  return env;
};

// node_modules/execa/lib/terminate/kill.js
import { setTimeout as setTimeout2 } from "node:timers/promises";

// node_modules/execa/lib/return/final-error.js
var getFinalError = (originalError, message, isSync) => {
  const ErrorClass = isSync ? ExecaSyncError : ExecaError;
  const options = originalError instanceof DiscardedError ? {} : { cause: originalError };
  return new ErrorClass(message, options);
};
var DiscardedError = class extends Error {
};
var setErrorName = (ErrorClass, value) => {
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
var isExecaError = (error) => isErrorInstance(error) && execaErrorSymbol in error;
var execaErrorSymbol = /* @__PURE__ */ Symbol("isExecaError");
var isErrorInstance = (value) => Object.prototype.toString.call(value) === "[object Error]";
var ExecaError = class extends Error {
};
setErrorName(ExecaError, ExecaError.name);
var ExecaSyncError = class extends Error {
};
setErrorName(ExecaSyncError, ExecaSyncError.name);

// node_modules/execa/lib/terminate/signal.js
import { constants as constants3 } from "node:os";

// node_modules/human-signals/build/src/main.js
import { constants as constants2 } from "node:os";

// node_modules/human-signals/build/src/realtime.js
var getRealtimeSignals = () => {
  const length = SIGRTMAX - SIGRTMIN + 1;
  return Array.from({ length }, getRealtimeSignal);
};
var getRealtimeSignal = (value, index) => ({
  name: `SIGRT${index + 1}`,
  number: SIGRTMIN + index,
  action: "terminate",
  description: "Application-specific signal (realtime)",
  standard: "posix"
});
var SIGRTMIN = 34;
var SIGRTMAX = 64;

// node_modules/human-signals/build/src/signals.js
import { constants } from "node:os";

// node_modules/human-signals/build/src/core.js
var SIGNALS = [
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

// node_modules/human-signals/build/src/signals.js
var getSignals = () => {
  const realtimeSignals = getRealtimeSignals();
  const signals2 = [...SIGNALS, ...realtimeSignals].map(normalizeSignal);
  return signals2;
};
var normalizeSignal = ({
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

// node_modules/human-signals/build/src/main.js
var getSignalsByName = () => {
  const signals2 = getSignals();
  return Object.fromEntries(signals2.map(getSignalByName));
};
var getSignalByName = ({
  name,
  number,
  description,
  supported,
  action,
  forced,
  standard
}) => [name, { name, number, description, supported, action, forced, standard }];
var signalsByName = getSignalsByName();
var getSignalsByNumber = () => {
  const signals2 = getSignals();
  const length = SIGRTMAX + 1;
  const signalsA = Array.from(
    { length },
    (value, number) => getSignalByNumber(number, signals2)
  );
  return Object.assign({}, ...signalsA);
};
var getSignalByNumber = (number, signals2) => {
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
var findSignalByNumber = (number, signals2) => {
  const signal = signals2.find(({ name }) => constants2.signals[name] === number);
  if (signal !== void 0) {
    return signal;
  }
  return signals2.find((signalA) => signalA.number === number);
};
var signalsByNumber = getSignalsByNumber();

// node_modules/execa/lib/terminate/signal.js
var normalizeKillSignal = (killSignal) => {
  const optionName = "option `killSignal`";
  if (killSignal === 0) {
    throw new TypeError(`Invalid ${optionName}: 0 cannot be used.`);
  }
  return normalizeSignal2(killSignal, optionName);
};
var normalizeSignalArgument = (signal) => signal === 0 ? signal : normalizeSignal2(signal, "`subprocess.kill()`'s argument");
var normalizeSignal2 = (signalNameOrInteger, optionName) => {
  if (Number.isInteger(signalNameOrInteger)) {
    return normalizeSignalInteger(signalNameOrInteger, optionName);
  }
  if (typeof signalNameOrInteger === "string") {
    return normalizeSignalName(signalNameOrInteger, optionName);
  }
  throw new TypeError(`Invalid ${optionName} ${String(signalNameOrInteger)}: it must be a string or an integer.
${getAvailableSignals()}`);
};
var normalizeSignalInteger = (signalInteger, optionName) => {
  if (signalsIntegerToName.has(signalInteger)) {
    return signalsIntegerToName.get(signalInteger);
  }
  throw new TypeError(`Invalid ${optionName} ${signalInteger}: this signal integer does not exist.
${getAvailableSignals()}`);
};
var getSignalsIntegerToName = () => new Map(Object.entries(constants3.signals).reverse().map(([signalName, signalInteger]) => [signalInteger, signalName]));
var signalsIntegerToName = getSignalsIntegerToName();
var normalizeSignalName = (signalName, optionName) => {
  if (signalName in constants3.signals) {
    return signalName;
  }
  if (signalName.toUpperCase() in constants3.signals) {
    throw new TypeError(`Invalid ${optionName} '${signalName}': please rename it to '${signalName.toUpperCase()}'.`);
  }
  throw new TypeError(`Invalid ${optionName} '${signalName}': this signal name does not exist.
${getAvailableSignals()}`);
};
var getAvailableSignals = () => `Available signal names: ${getAvailableSignalNames()}.
Available signal numbers: ${getAvailableSignalIntegers()}.`;
var getAvailableSignalNames = () => Object.keys(constants3.signals).sort().map((signalName) => `'${signalName}'`).join(", ");
var getAvailableSignalIntegers = () => [...new Set(Object.values(constants3.signals).sort((signalInteger, signalIntegerTwo) => signalInteger - signalIntegerTwo))].join(", ");
var getSignalDescription = (signal) => signalsByName[signal].description;

// node_modules/execa/lib/terminate/kill.js
var normalizeForceKillAfterDelay = (forceKillAfterDelay) => {
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
var DEFAULT_FORCE_KILL_TIMEOUT = 1e3 * 5;
var subprocessKill = ({ kill, options: { forceKillAfterDelay, killSignal }, onInternalError, context, controller }, signalOrError, errorArgument) => {
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
var parseKillArguments = (signalOrError, errorArgument, killSignal) => {
  const [signal = killSignal, error] = isErrorInstance(signalOrError) ? [void 0, signalOrError] : [signalOrError, errorArgument];
  if (typeof signal !== "string" && !Number.isInteger(signal)) {
    throw new TypeError(`The first argument must be an error instance or a signal name string/integer: ${String(signal)}`);
  }
  if (error !== void 0 && !isErrorInstance(error)) {
    throw new TypeError(`The second argument is optional. If specified, it must be an error instance: ${error}`);
  }
  return { signal: normalizeSignalArgument(signal), error };
};
var emitKillError = (error, onInternalError) => {
  if (error !== void 0) {
    onInternalError.reject(error);
  }
};
var setKillTimeout = async ({ kill, signal, forceKillAfterDelay, killSignal, killResult, context, controller }) => {
  if (signal === killSignal && killResult) {
    killOnTimeout({
      kill,
      forceKillAfterDelay,
      context,
      controllerSignal: controller.signal
    });
  }
};
var killOnTimeout = async ({ kill, forceKillAfterDelay, context, controllerSignal }) => {
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

// node_modules/execa/lib/utils/abort-signal.js
import { once } from "node:events";
var onAbortedSignal = async (mainSignal, stopSignal) => {
  if (!mainSignal.aborted) {
    await once(mainSignal, "abort", { signal: stopSignal });
  }
};

// node_modules/execa/lib/terminate/cancel.js
var validateCancelSignal = ({ cancelSignal }) => {
  if (cancelSignal !== void 0 && Object.prototype.toString.call(cancelSignal) !== "[object AbortSignal]") {
    throw new Error(`The \`cancelSignal\` option must be an AbortSignal: ${String(cancelSignal)}`);
  }
};
var throwOnCancel = ({ subprocess, cancelSignal, gracefulCancel, context, controller }) => cancelSignal === void 0 || gracefulCancel ? [] : [terminateOnCancel(subprocess, cancelSignal, context, controller)];
var terminateOnCancel = async (subprocess, cancelSignal, context, { signal }) => {
  await onAbortedSignal(cancelSignal, signal);
  context.terminationReason ??= "cancel";
  subprocess.kill();
  throw cancelSignal.reason;
};

// node_modules/execa/lib/ipc/graceful.js
import { scheduler as scheduler2 } from "node:timers/promises";

// node_modules/execa/lib/ipc/send.js
import { promisify as promisify2 } from "node:util";

// node_modules/execa/lib/ipc/validation.js
var validateIpcMethod = ({ methodName, isSubprocess, ipc, isConnected: isConnected2 }) => {
  validateIpcOption(methodName, isSubprocess, ipc);
  validateConnection(methodName, isSubprocess, isConnected2);
};
var validateIpcOption = (methodName, isSubprocess, ipc) => {
  if (!ipc) {
    throw new Error(`${getMethodName(methodName, isSubprocess)} can only be used if the \`ipc\` option is \`true\`.`);
  }
};
var validateConnection = (methodName, isSubprocess, isConnected2) => {
  if (!isConnected2) {
    throw new Error(`${getMethodName(methodName, isSubprocess)} cannot be used: the ${getOtherProcessName(isSubprocess)} has already exited or disconnected.`);
  }
};
var throwOnEarlyDisconnect = (isSubprocess) => {
  throw new Error(`${getMethodName("getOneMessage", isSubprocess)} could not complete: the ${getOtherProcessName(isSubprocess)} exited or disconnected.`);
};
var throwOnStrictDeadlockError = (isSubprocess) => {
  throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} is sending a message too, instead of listening to incoming messages.
This can be fixed by both sending a message and listening to incoming messages at the same time:

const [receivedMessage] = await Promise.all([
	${getMethodName("getOneMessage", isSubprocess)},
	${getMethodName("sendMessage", isSubprocess, "message, {strict: true}")},
]);`);
};
var getStrictResponseError = (error, isSubprocess) => new Error(`${getMethodName("sendMessage", isSubprocess)} failed when sending an acknowledgment response to the ${getOtherProcessName(isSubprocess)}.`, { cause: error });
var throwOnMissingStrict = (isSubprocess) => {
  throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} is not listening to incoming messages.`);
};
var throwOnStrictDisconnect = (isSubprocess) => {
  throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} exited without listening to incoming messages.`);
};
var getAbortDisconnectError = () => new Error(`\`cancelSignal\` aborted: the ${getOtherProcessName(true)} disconnected.`);
var throwOnMissingParent = () => {
  throw new Error("`getCancelSignal()` cannot be used without setting the `cancelSignal` subprocess option.");
};
var handleEpipeError = ({ error, methodName, isSubprocess }) => {
  if (error.code === "EPIPE") {
    throw new Error(`${getMethodName(methodName, isSubprocess)} cannot be used: the ${getOtherProcessName(isSubprocess)} is disconnecting.`, { cause: error });
  }
};
var handleSerializationError = ({ error, methodName, isSubprocess, message }) => {
  if (isSerializationError(error)) {
    throw new Error(`${getMethodName(methodName, isSubprocess)}'s argument type is invalid: the message cannot be serialized: ${String(message)}.`, { cause: error });
  }
};
var isSerializationError = ({ code, message }) => SERIALIZATION_ERROR_CODES.has(code) || SERIALIZATION_ERROR_MESSAGES.some((serializationErrorMessage) => message.includes(serializationErrorMessage));
var SERIALIZATION_ERROR_CODES = /* @__PURE__ */ new Set([
  // Message is `undefined`
  "ERR_MISSING_ARGS",
  // Message is a function, a bigint, a symbol
  "ERR_INVALID_ARG_TYPE"
]);
var SERIALIZATION_ERROR_MESSAGES = [
  // Message is a promise or a proxy, with `serialization: 'advanced'`
  "could not be cloned",
  // Message has cycles, with `serialization: 'json'`
  "circular structure",
  // Message has cycles inside toJSON(), with `serialization: 'json'`
  "call stack size exceeded"
];
var getMethodName = (methodName, isSubprocess, parameters = "") => methodName === "cancelSignal" ? "`cancelSignal`'s `controller.abort()`" : `${getNamespaceName(isSubprocess)}${methodName}(${parameters})`;
var getNamespaceName = (isSubprocess) => isSubprocess ? "" : "subprocess.";
var getOtherProcessName = (isSubprocess) => isSubprocess ? "parent process" : "subprocess";
var disconnect = (anyProcess) => {
  if (anyProcess.connected) {
    anyProcess.disconnect();
  }
};

// node_modules/execa/lib/utils/deferred.js
var createDeferred = () => {
  const methods = {};
  const promise = new Promise((resolve, reject) => {
    Object.assign(methods, { resolve, reject });
  });
  return Object.assign(promise, methods);
};

// node_modules/execa/lib/arguments/fd-options.js
var getToStream = (destination, to = "stdin") => {
  const isWritable = true;
  const { options, fileDescriptors } = SUBPROCESS_OPTIONS.get(destination);
  const fdNumber = getFdNumber(fileDescriptors, to, isWritable);
  const destinationStream = destination.stdio[fdNumber];
  if (destinationStream === null) {
    throw new TypeError(getInvalidStdioOptionMessage(fdNumber, to, options, isWritable));
  }
  return destinationStream;
};
var getFromStream = (source, from = "stdout") => {
  const isWritable = false;
  const { options, fileDescriptors } = SUBPROCESS_OPTIONS.get(source);
  const fdNumber = getFdNumber(fileDescriptors, from, isWritable);
  const sourceStream = fdNumber === "all" ? source.all : source.stdio[fdNumber];
  if (sourceStream === null || sourceStream === void 0) {
    throw new TypeError(getInvalidStdioOptionMessage(fdNumber, from, options, isWritable));
  }
  return sourceStream;
};
var SUBPROCESS_OPTIONS = /* @__PURE__ */ new WeakMap();
var getFdNumber = (fileDescriptors, fdName, isWritable) => {
  const fdNumber = parseFdNumber(fdName, isWritable);
  validateFdNumber(fdNumber, fdName, isWritable, fileDescriptors);
  return fdNumber;
};
var parseFdNumber = (fdName, isWritable) => {
  const fdNumber = parseFd(fdName);
  if (fdNumber !== void 0) {
    return fdNumber;
  }
  const { validOptions, defaultValue } = isWritable ? { validOptions: '"stdin"', defaultValue: "stdin" } : { validOptions: '"stdout", "stderr", "all"', defaultValue: "stdout" };
  throw new TypeError(`"${getOptionName(isWritable)}" must not be "${fdName}".
It must be ${validOptions} or "fd3", "fd4" (and so on).
It is optional and defaults to "${defaultValue}".`);
};
var validateFdNumber = (fdNumber, fdName, isWritable, fileDescriptors) => {
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
var getInvalidStdioOptionMessage = (fdNumber, fdName, options, isWritable) => {
  if (fdNumber === "all" && !options.all) {
    return `The "all" option must be true to use "from: 'all'".`;
  }
  const { optionName, optionValue } = getInvalidStdioOption(fdNumber, options);
  return `The "${optionName}: ${serializeOptionValue(optionValue)}" option is incompatible with using "${getOptionName(isWritable)}: ${serializeOptionValue(fdName)}".
Please set this option with "pipe" instead.`;
};
var getInvalidStdioOption = (fdNumber, { stdin, stdout, stderr, stdio }) => {
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
var getUsedDescriptor = (fdNumber) => fdNumber === "all" ? 1 : fdNumber;
var getOptionName = (isWritable) => isWritable ? "to" : "from";
var serializeOptionValue = (value) => {
  if (typeof value === "string") {
    return `'${value}'`;
  }
  return typeof value === "number" ? `${value}` : "Stream";
};

// node_modules/execa/lib/ipc/strict.js
import { once as once3 } from "node:events";

// node_modules/execa/lib/utils/max-listeners.js
import { addAbortListener } from "node:events";
var incrementMaxListeners = (eventEmitter, maxListenersIncrement, signal) => {
  const maxListeners = eventEmitter.getMaxListeners();
  if (maxListeners === 0 || maxListeners === Number.POSITIVE_INFINITY) {
    return;
  }
  eventEmitter.setMaxListeners(maxListeners + maxListenersIncrement);
  addAbortListener(signal, () => {
    eventEmitter.setMaxListeners(eventEmitter.getMaxListeners() - maxListenersIncrement);
  });
};

// node_modules/execa/lib/ipc/forward.js
import { EventEmitter } from "node:events";

// node_modules/execa/lib/ipc/incoming.js
import { once as once2 } from "node:events";
import { scheduler } from "node:timers/promises";

// node_modules/execa/lib/ipc/reference.js
var addReference = (channel, reference) => {
  if (reference) {
    addReferenceCount(channel);
  }
};
var addReferenceCount = (channel) => {
  channel.refCounted();
};
var removeReference = (channel, reference) => {
  if (reference) {
    removeReferenceCount(channel);
  }
};
var removeReferenceCount = (channel) => {
  channel.unrefCounted();
};
var undoAddedReferences = (channel, isSubprocess) => {
  if (isSubprocess) {
    removeReferenceCount(channel);
    removeReferenceCount(channel);
  }
};
var redoAddedReferences = (channel, isSubprocess) => {
  if (isSubprocess) {
    addReferenceCount(channel);
    addReferenceCount(channel);
  }
};

// node_modules/execa/lib/ipc/incoming.js
var onMessage = async ({ anyProcess, channel, isSubprocess, ipcEmitter }, wrappedMessage) => {
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
var onDisconnect = async ({ anyProcess, channel, isSubprocess, ipcEmitter, boundOnMessage }) => {
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
var INCOMING_MESSAGES = /* @__PURE__ */ new WeakMap();

// node_modules/execa/lib/ipc/forward.js
var getIpcEmitter = (anyProcess, channel, isSubprocess) => {
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
var IPC_EMITTERS = /* @__PURE__ */ new WeakMap();
var forwardEvents = ({ ipcEmitter, anyProcess, channel, isSubprocess }) => {
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
var isConnected = (anyProcess) => {
  const ipcEmitter = IPC_EMITTERS.get(anyProcess);
  return ipcEmitter === void 0 ? anyProcess.channel !== null : ipcEmitter.connected;
};

// node_modules/execa/lib/ipc/strict.js
var handleSendStrict = ({ anyProcess, channel, isSubprocess, message, strict }) => {
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
var count = 0n;
var validateStrictDeadlock = (outgoingMessages, wrappedMessage) => {
  if (wrappedMessage?.type !== REQUEST_TYPE || wrappedMessage.hasListeners) {
    return;
  }
  for (const { id } of outgoingMessages) {
    if (id !== void 0) {
      STRICT_RESPONSES[id].resolve({ isDeadlock: true, hasListeners: false });
    }
  }
};
var handleStrictRequest = async ({ wrappedMessage, anyProcess, channel, isSubprocess, ipcEmitter }) => {
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
var handleStrictResponse = (wrappedMessage) => {
  if (wrappedMessage?.type !== RESPONSE_TYPE) {
    return false;
  }
  const { id, message: hasListeners } = wrappedMessage;
  STRICT_RESPONSES[id]?.resolve({ isDeadlock: false, hasListeners });
  return true;
};
var waitForStrictResponse = async (wrappedMessage, anyProcess, isSubprocess) => {
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
var STRICT_RESPONSES = {};
var throwOnDisconnect = async (anyProcess, isSubprocess, { signal }) => {
  incrementMaxListeners(anyProcess, 1, signal);
  await once3(anyProcess, "disconnect", { signal });
  throwOnStrictDisconnect(isSubprocess);
};
var REQUEST_TYPE = "execa:ipc:request";
var RESPONSE_TYPE = "execa:ipc:response";

// node_modules/execa/lib/ipc/outgoing.js
var startSendMessage = (anyProcess, wrappedMessage, strict) => {
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
var endSendMessage = ({ outgoingMessages, outgoingMessage }) => {
  outgoingMessages.delete(outgoingMessage);
  outgoingMessage.onMessageSent.resolve();
};
var waitForOutgoingMessages = async (anyProcess, ipcEmitter, wrappedMessage) => {
  while (!hasMessageListeners(anyProcess, ipcEmitter) && OUTGOING_MESSAGES.get(anyProcess)?.size > 0) {
    const outgoingMessages = [...OUTGOING_MESSAGES.get(anyProcess)];
    validateStrictDeadlock(outgoingMessages, wrappedMessage);
    await Promise.all(outgoingMessages.map(({ onMessageSent }) => onMessageSent));
  }
};
var OUTGOING_MESSAGES = /* @__PURE__ */ new WeakMap();
var hasMessageListeners = (anyProcess, ipcEmitter) => ipcEmitter.listenerCount("message") > getMinListenerCount(anyProcess);
var getMinListenerCount = (anyProcess) => SUBPROCESS_OPTIONS.has(anyProcess) && !getFdSpecificValue(SUBPROCESS_OPTIONS.get(anyProcess).options.buffer, "ipc") ? 1 : 0;

// node_modules/execa/lib/ipc/send.js
var sendMessage = ({ anyProcess, channel, isSubprocess, ipc }, message, { strict = false } = {}) => {
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
var sendMessageAsync = async ({ anyProcess, channel, methodName, isSubprocess, message, strict }) => {
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
var sendOneMessage = async ({ anyProcess, methodName, isSubprocess, wrappedMessage, message }) => {
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
var getSendMethod = (anyProcess) => {
  if (PROCESS_SEND_METHODS.has(anyProcess)) {
    return PROCESS_SEND_METHODS.get(anyProcess);
  }
  const sendMethod = promisify2(anyProcess.send.bind(anyProcess));
  PROCESS_SEND_METHODS.set(anyProcess, sendMethod);
  return sendMethod;
};
var PROCESS_SEND_METHODS = /* @__PURE__ */ new WeakMap();

// node_modules/execa/lib/ipc/graceful.js
var sendAbort = (subprocess, message) => {
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
var getCancelSignal = async ({ anyProcess, channel, isSubprocess, ipc }) => {
  await startIpc({
    anyProcess,
    channel,
    isSubprocess,
    ipc
  });
  return cancelController.signal;
};
var startIpc = async ({ anyProcess, channel, isSubprocess, ipc }) => {
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
var cancelListening = false;
var handleAbort = (wrappedMessage) => {
  if (wrappedMessage?.type !== GRACEFUL_CANCEL_TYPE) {
    return false;
  }
  cancelController.abort(wrappedMessage.message);
  return true;
};
var GRACEFUL_CANCEL_TYPE = "execa:ipc:cancel";
var abortOnDisconnect = () => {
  cancelController.abort(getAbortDisconnectError());
};
var cancelController = new AbortController();

// node_modules/execa/lib/terminate/graceful.js
var validateGracefulCancel = ({ gracefulCancel, cancelSignal, ipc, serialization }) => {
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
var throwOnGracefulCancel = ({
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
var sendOnAbort = async ({ subprocess, cancelSignal, forceKillAfterDelay, context, controller: { signal } }) => {
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
var getReason = ({ reason }) => {
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

// node_modules/execa/lib/terminate/timeout.js
import { setTimeout as setTimeout3 } from "node:timers/promises";
var validateTimeout = ({ timeout }) => {
  if (timeout !== void 0 && (!Number.isFinite(timeout) || timeout < 0)) {
    throw new TypeError(`Expected the \`timeout\` option to be a non-negative integer, got \`${timeout}\` (${typeof timeout})`);
  }
};
var throwOnTimeout = (subprocess, timeout, context, controller) => timeout === 0 || timeout === void 0 ? [] : [killAfterTimeout(subprocess, timeout, context, controller)];
var killAfterTimeout = async (subprocess, timeout, context, { signal }) => {
  await setTimeout3(timeout, void 0, { signal });
  context.terminationReason ??= "timeout";
  subprocess.kill();
  throw new DiscardedError();
};

// node_modules/execa/lib/methods/node.js
import { execPath, execArgv } from "node:process";
import path3 from "node:path";
var mapNode = ({ options }) => {
  if (options.node === false) {
    throw new TypeError('The "node" option cannot be false with `execaNode()`.');
  }
  return { options: { ...options, node: true } };
};
var handleNodeOption = (file, commandArguments, {
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

// node_modules/execa/lib/ipc/ipc-input.js
import { serialize } from "node:v8";
var validateIpcInputOption = ({ ipcInput, ipc, serialization }) => {
  if (ipcInput === void 0) {
    return;
  }
  if (!ipc) {
    throw new Error("The `ipcInput` option cannot be set unless the `ipc` option is `true`.");
  }
  validateIpcInput[serialization](ipcInput);
};
var validateAdvancedInput = (ipcInput) => {
  try {
    serialize(ipcInput);
  } catch (error) {
    throw new Error("The `ipcInput` option is not serializable with a structured clone.", { cause: error });
  }
};
var validateJsonInput = (ipcInput) => {
  try {
    JSON.stringify(ipcInput);
  } catch (error) {
    throw new Error("The `ipcInput` option is not serializable with JSON.", { cause: error });
  }
};
var validateIpcInput = {
  advanced: validateAdvancedInput,
  json: validateJsonInput
};
var sendIpcInput = async (subprocess, ipcInput) => {
  if (ipcInput === void 0) {
    return;
  }
  await subprocess.sendMessage(ipcInput);
};

// node_modules/execa/lib/arguments/encoding-option.js
var validateEncoding = ({ encoding }) => {
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
var TEXT_ENCODINGS = /* @__PURE__ */ new Set(["utf8", "utf16le"]);
var BINARY_ENCODINGS = /* @__PURE__ */ new Set(["buffer", "hex", "base64", "base64url", "latin1", "ascii"]);
var ENCODINGS = /* @__PURE__ */ new Set([...TEXT_ENCODINGS, ...BINARY_ENCODINGS]);
var getCorrectEncoding = (encoding) => {
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
var ENCODING_ALIASES = {
  // eslint-disable-next-line unicorn/text-encoding-identifier-case
  "utf-8": "utf8",
  "utf-16le": "utf16le",
  "ucs-2": "utf16le",
  ucs2: "utf16le",
  binary: "latin1"
};
var serializeEncoding = (encoding) => typeof encoding === "string" ? `"${encoding}"` : String(encoding);

// node_modules/execa/lib/arguments/cwd.js
import { statSync } from "node:fs";
import path4 from "node:path";
import process5 from "node:process";
var normalizeCwd = (cwd = getDefaultCwd()) => {
  const cwdString = safeNormalizeFileUrl(cwd, 'The "cwd" option');
  return path4.resolve(cwdString);
};
var getDefaultCwd = () => {
  try {
    return process5.cwd();
  } catch (error) {
    error.message = `The current directory does not exist.
${error.message}`;
    throw error;
  }
};
var fixCwdError = (originalMessage, cwd) => {
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

// node_modules/execa/lib/arguments/options.js
var normalizeOptions = (filePath, rawArguments, rawOptions) => {
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
var addDefaultOptions = ({
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
var getEnv = ({ env: envOption, extendEnv, preferLocal, node, localDirectory, nodePath }) => {
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

// node_modules/execa/lib/arguments/shell.js
var concatenateShell = (file, commandArguments, options) => options.shell && commandArguments.length > 0 ? [[file, ...commandArguments].join(" "), [], options] : [file, commandArguments, options];

// node_modules/execa/lib/return/message.js
import { inspect as inspect2 } from "node:util";

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
var stripFinalNewlineString = (input) => input.at(-1) === LF ? input.slice(0, input.at(-2) === CR ? -2 : -1) : input;
var stripFinalNewlineBinary = (input) => input.at(-1) === LF_BINARY ? input.subarray(0, input.at(-2) === CR_BINARY ? -2 : -1) : input;
var LF = "\n";
var LF_BINARY = LF.codePointAt(0);
var CR = "\r";
var CR_BINARY = CR.codePointAt(0);

// node_modules/get-stream/source/index.js
import { on } from "node:events";
import { finished } from "node:stream/promises";

// node_modules/get-stream/node_modules/is-stream/index.js
function isStream(stream, { checkOpen = true } = {}) {
  return stream !== null && typeof stream === "object" && (stream.writable || stream.readable || !checkOpen || stream.writable === void 0 && stream.readable === void 0) && typeof stream.pipe === "function";
}
function isReadableStream(stream, { checkOpen = true } = {}) {
  return isStream(stream, { checkOpen }) && (stream.readable || !checkOpen) && typeof stream.read === "function" && typeof stream.readable === "boolean" && typeof stream.readableObjectMode === "boolean" && typeof stream.destroy === "function" && typeof stream.destroyed === "boolean";
}

// node_modules/@sec-ant/readable-stream/dist/ponyfill/asyncIterator.js
var a = Object.getPrototypeOf(
  Object.getPrototypeOf(
    /* istanbul ignore next */
    async function* () {
    }
  ).prototype
);
var c = class {
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
var n = /* @__PURE__ */ Symbol();
function i() {
  return this[n].next();
}
Object.defineProperty(i, "name", { value: "next" });
function o(r) {
  return this[n].return(r);
}
Object.defineProperty(o, "name", { value: "return" });
var u = Object.create(a, {
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
function h({ preventCancel: r = false } = {}) {
  const e = this.getReader(), t = new c(
    e,
    r
  ), s = Object.create(u);
  return s[n] = t, s;
}

// node_modules/get-stream/source/stream.js
var getAsyncIterable = (stream) => {
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
var { toString } = Object.prototype;
var getStreamIterable = async function* (stream) {
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
var handleStreamEnd = async (stream, controller, state) => {
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
var nodeImports = {};

// node_modules/get-stream/source/contents.js
var getStreamContents = async (stream, { init, convertChunk, getSize, truncateChunk, addChunk, getFinalChunk, finalize }, { maxBuffer = Number.POSITIVE_INFINITY } = {}) => {
  const asyncIterable = getAsyncIterable(stream);
  const state = init();
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
var appendFinalChunk = ({ state, getSize, truncateChunk, addChunk, getFinalChunk, maxBuffer }) => {
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
var appendChunk = ({ convertedChunk, state, getSize, truncateChunk, addChunk, maxBuffer }) => {
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
var addNewChunk = (convertedChunk, state, addChunk, newLength) => {
  state.contents = addChunk(convertedChunk, state, newLength);
  state.length = newLength;
};
var getChunkType = (chunk) => {
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
var { toString: objectToString2 } = Object.prototype;
var MaxBufferError = class extends Error {
  name = "MaxBufferError";
  constructor() {
    super("maxBuffer exceeded");
  }
};

// node_modules/get-stream/source/utils.js
var identity2 = (value) => value;
var noop = () => void 0;
var getContentsProperty = ({ contents }) => contents;
var throwObjectStream = (chunk) => {
  throw new Error(`Streams in object mode are not supported: ${String(chunk)}`);
};
var getLengthProperty = (convertedChunk) => convertedChunk.length;

// node_modules/get-stream/source/array.js
async function getStreamAsArray(stream, options) {
  return getStreamContents(stream, arrayMethods, options);
}
var initArray = () => ({ contents: [] });
var increment = () => 1;
var addArrayChunk = (convertedChunk, { contents }) => {
  contents.push(convertedChunk);
  return contents;
};
var arrayMethods = {
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

// node_modules/get-stream/source/array-buffer.js
async function getStreamAsArrayBuffer(stream, options) {
  return getStreamContents(stream, arrayBufferMethods, options);
}
var initArrayBuffer = () => ({ contents: new ArrayBuffer(0) });
var useTextEncoder = (chunk) => textEncoder2.encode(chunk);
var textEncoder2 = new TextEncoder();
var useUint8Array = (chunk) => new Uint8Array(chunk);
var useUint8ArrayWithOffset = (chunk) => new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
var truncateArrayBufferChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);
var addArrayBufferChunk = (convertedChunk, { contents, length: previousLength }, length) => {
  const newContents = hasArrayBufferResize() ? resizeArrayBuffer(contents, length) : resizeArrayBufferSlow(contents, length);
  new Uint8Array(newContents).set(convertedChunk, previousLength);
  return newContents;
};
var resizeArrayBufferSlow = (contents, length) => {
  if (length <= contents.byteLength) {
    return contents;
  }
  const arrayBuffer = new ArrayBuffer(getNewContentsLength(length));
  new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
  return arrayBuffer;
};
var resizeArrayBuffer = (contents, length) => {
  if (length <= contents.maxByteLength) {
    contents.resize(length);
    return contents;
  }
  const arrayBuffer = new ArrayBuffer(length, { maxByteLength: getNewContentsLength(length) });
  new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
  return arrayBuffer;
};
var getNewContentsLength = (length) => SCALE_FACTOR ** Math.ceil(Math.log(length) / Math.log(SCALE_FACTOR));
var SCALE_FACTOR = 2;
var finalizeArrayBuffer = ({ contents, length }) => hasArrayBufferResize() ? contents : contents.slice(0, length);
var hasArrayBufferResize = () => "resize" in ArrayBuffer.prototype;
var arrayBufferMethods = {
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

// node_modules/get-stream/source/string.js
async function getStreamAsString(stream, options) {
  return getStreamContents(stream, stringMethods, options);
}
var initString = () => ({ contents: "", textDecoder: new TextDecoder() });
var useTextDecoder = (chunk, { textDecoder: textDecoder2 }) => textDecoder2.decode(chunk, { stream: true });
var addStringChunk = (convertedChunk, { contents }) => contents + convertedChunk;
var truncateStringChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);
var getFinalStringChunk = ({ textDecoder: textDecoder2 }) => {
  const finalChunk = textDecoder2.decode();
  return finalChunk === "" ? void 0 : finalChunk;
};
var stringMethods = {
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

// node_modules/get-stream/source/index.js
Object.assign(nodeImports, { on, finished });

// node_modules/execa/lib/io/max-buffer.js
var handleMaxBuffer = ({ error, stream, readableObjectMode, lines, encoding, fdNumber }) => {
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
var getMaxBufferUnit = (readableObjectMode, lines, encoding) => {
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
var checkIpcMaxBuffer = (subprocess, ipcOutput, maxBuffer) => {
  if (ipcOutput.length !== maxBuffer) {
    return;
  }
  const error = new MaxBufferError();
  error.maxBufferInfo = { fdNumber: "ipc" };
  throw error;
};
var getMaxBufferMessage = (error, maxBuffer) => {
  const { streamName, threshold, unit } = getMaxBufferInfo(error, maxBuffer);
  return `Command's ${streamName} was larger than ${threshold} ${unit}`;
};
var getMaxBufferInfo = (error, maxBuffer) => {
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
var isMaxBufferSync = (resultError, output, maxBuffer) => resultError?.code === "ENOBUFS" && output !== null && output.some((result) => result !== null && result.length > getMaxBufferSync(maxBuffer));
var truncateMaxBufferSync = (result, isMaxBuffer, maxBuffer) => {
  if (!isMaxBuffer) {
    return result;
  }
  const maxBufferValue = getMaxBufferSync(maxBuffer);
  return result.length > maxBufferValue ? result.slice(0, maxBufferValue) : result;
};
var getMaxBufferSync = ([, stdoutMaxBuffer]) => stdoutMaxBuffer;

// node_modules/execa/lib/return/message.js
var createMessages = ({
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
var getErrorPrefix = ({
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
var getForcefulSuffix = (isForcefullyTerminated, forceKillAfterDelay) => isForcefullyTerminated ? ` and was forcefully terminated after ${forceKillAfterDelay} milliseconds` : "";
var getOriginalMessage = (originalError, cwd) => {
  if (originalError instanceof DiscardedError) {
    return;
  }
  const originalMessage = isExecaError(originalError) ? originalError.originalMessage : String(originalError?.message ?? originalError);
  const escapedOriginalMessage = escapeLines(fixCwdError(originalMessage, cwd));
  return escapedOriginalMessage === "" ? void 0 : escapedOriginalMessage;
};
var serializeIpcMessage = (ipcMessage) => typeof ipcMessage === "string" ? ipcMessage : inspect2(ipcMessage);
var serializeMessagePart = (messagePart) => Array.isArray(messagePart) ? messagePart.map((messageItem) => stripFinalNewline(serializeMessageItem(messageItem))).filter(Boolean).join("\n") : serializeMessageItem(messagePart);
var serializeMessageItem = (messageItem) => {
  if (typeof messageItem === "string") {
    return messageItem;
  }
  if (isUint8Array(messageItem)) {
    return uint8ArrayToString(messageItem);
  }
  return "";
};

// node_modules/execa/lib/return/result.js
var makeSuccessResult = ({
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
var makeEarlyError = ({
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
var makeError = ({
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
var getErrorProperties = ({
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
var omitUndefinedProperties = (result) => Object.fromEntries(Object.entries(result).filter(([, value]) => value !== void 0));
var normalizeExitPayload = (rawExitCode, rawSignal) => {
  const exitCode = rawExitCode === null ? void 0 : rawExitCode;
  const signal = rawSignal === null ? void 0 : rawSignal;
  const signalDescription = signal === void 0 ? void 0 : getSignalDescription(rawSignal);
  return { exitCode, signal, signalDescription };
};

// node_modules/parse-ms/index.js
var toZeroIfInfinity = (value) => Number.isFinite(value) ? value : 0;
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

// node_modules/pretty-ms/index.js
var isZero = (value) => value === 0 || value === 0n;
var pluralize = (word, count2) => count2 === 1 || count2 === 1n ? word : `${word}s`;
var SECOND_ROUNDING_EPSILON = 1e-7;
var ONE_DAY_IN_MILLISECONDS = 24n * 60n * 60n * 1000n;
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
  let result = [];
  const floorDecimals = (value, decimalDigits) => {
    const flooredInterimValue = Math.floor(value * 10 ** decimalDigits + SECOND_ROUNDING_EPSILON);
    const flooredValue = Math.round(flooredInterimValue) / 10 ** decimalDigits;
    return flooredValue.toFixed(decimalDigits);
  };
  const add = (value, long, short, valueString) => {
    if ((result.length === 0 || !options.colonNotation) && isZero(value) && !(options.colonNotation && short === "m")) {
      return;
    }
    valueString ??= String(value);
    if (options.colonNotation) {
      const wholeDigits = valueString.includes(".") ? valueString.split(".")[0].length : valueString.length;
      const minLength = result.length > 0 ? 2 : 1;
      valueString = "0".repeat(Math.max(0, minLength - wholeDigits)) + valueString;
    } else {
      valueString += options.verbose ? " " + pluralize(long, value) : short;
    }
    result.push(valueString);
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
  if (result.length === 0) {
    return sign + "0" + (options.verbose ? " milliseconds" : "ms");
  }
  const separator = options.colonNotation ? ":" : " ";
  if (typeof options.unitCount === "number") {
    result = result.slice(0, Math.max(options.unitCount, 1));
  }
  return sign + result.join(separator);
}

// node_modules/execa/lib/verbose/error.js
var logError = (result, verboseInfo) => {
  if (result.failed) {
    verboseLog({
      type: "error",
      verboseMessage: result.shortMessage,
      verboseInfo,
      result
    });
  }
};

// node_modules/execa/lib/verbose/complete.js
var logResult = (result, verboseInfo) => {
  if (!isVerbose(verboseInfo)) {
    return;
  }
  logError(result, verboseInfo);
  logDuration(result, verboseInfo);
};
var logDuration = (result, verboseInfo) => {
  const verboseMessage = `(done in ${prettyMilliseconds(result.durationMs)})`;
  verboseLog({
    type: "duration",
    verboseMessage,
    verboseInfo,
    result
  });
};

// node_modules/execa/lib/return/reject.js
var handleResult = (result, verboseInfo, { reject }) => {
  logResult(result, verboseInfo);
  if (result.failed && reject) {
    throw result;
  }
  return result;
};

// node_modules/execa/lib/stdio/handle-sync.js
import { readFileSync as readFileSync2 } from "node:fs";

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

// node_modules/execa/lib/stdio/type.js
var getStdioItemType = (value, optionName) => {
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
var getTransformObjectType = (value, optionName) => {
  if (isDuplexStream(value.transform, { checkOpen: false })) {
    return getDuplexType(value, optionName);
  }
  if (isTransformStream(value.transform)) {
    return getTransformStreamType(value, optionName);
  }
  return getGeneratorObjectType(value, optionName);
};
var getDuplexType = (value, optionName) => {
  validateNonGeneratorType(value, optionName, "Duplex stream");
  return "duplex";
};
var getTransformStreamType = (value, optionName) => {
  validateNonGeneratorType(value, optionName, "web TransformStream");
  return "webTransform";
};
var validateNonGeneratorType = ({ final, binary, objectMode }, optionName, typeName) => {
  checkUndefinedOption(final, `${optionName}.final`, typeName);
  checkUndefinedOption(binary, `${optionName}.binary`, typeName);
  checkBooleanOption(objectMode, `${optionName}.objectMode`);
};
var checkUndefinedOption = (value, optionName, typeName) => {
  if (value !== void 0) {
    throw new TypeError(`The \`${optionName}\` option can only be defined when using a generator, not a ${typeName}.`);
  }
};
var getGeneratorObjectType = ({ transform, final, binary, objectMode }, optionName) => {
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
var checkBooleanOption = (value, optionName) => {
  if (value !== void 0 && typeof value !== "boolean") {
    throw new TypeError(`The \`${optionName}\` option must use a boolean.`);
  }
};
var isGenerator = (value) => isAsyncGenerator(value) || isSyncGenerator(value);
var isAsyncGenerator = (value) => Object.prototype.toString.call(value) === "[object AsyncGeneratorFunction]";
var isSyncGenerator = (value) => Object.prototype.toString.call(value) === "[object GeneratorFunction]";
var isTransformOptions = (value) => isPlainObject(value) && (value.transform !== void 0 || value.final !== void 0);
var isUrl = (value) => Object.prototype.toString.call(value) === "[object URL]";
var isRegularUrl = (value) => isUrl(value) && value.protocol !== "file:";
var isFilePathObject = (value) => isPlainObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => FILE_PATH_KEYS.has(key)) && isFilePathString(value.file);
var FILE_PATH_KEYS = /* @__PURE__ */ new Set(["file", "append"]);
var isFilePathString = (file) => typeof file === "string";
var isUnknownStdioString = (type, value) => type === "native" && typeof value === "string" && !KNOWN_STDIO_STRINGS.has(value);
var KNOWN_STDIO_STRINGS = /* @__PURE__ */ new Set(["ipc", "ignore", "inherit", "overlapped", "pipe"]);
var isReadableStream3 = (value) => Object.prototype.toString.call(value) === "[object ReadableStream]";
var isWritableStream2 = (value) => Object.prototype.toString.call(value) === "[object WritableStream]";
var isWebStream = (value) => isReadableStream3(value) || isWritableStream2(value);
var isTransformStream = (value) => isReadableStream3(value?.readable) && isWritableStream2(value?.writable);
var isAsyncIterableObject = (value) => isObject(value) && typeof value[Symbol.asyncIterator] === "function";
var isIterableObject = (value) => isObject(value) && typeof value[Symbol.iterator] === "function";
var isObject = (value) => typeof value === "object" && value !== null;
var TRANSFORM_TYPES = /* @__PURE__ */ new Set(["generator", "asyncGenerator", "duplex", "webTransform"]);
var FILE_TYPES = /* @__PURE__ */ new Set(["fileUrl", "filePath", "fileNumber"]);
var SPECIAL_DUPLICATE_TYPES_SYNC = /* @__PURE__ */ new Set(["fileUrl", "filePath"]);
var SPECIAL_DUPLICATE_TYPES = /* @__PURE__ */ new Set([...SPECIAL_DUPLICATE_TYPES_SYNC, "webStream", "nodeStream"]);
var FORBID_DUPLICATE_TYPES = /* @__PURE__ */ new Set(["webTransform", "duplex"]);
var TYPE_TO_MESSAGE = {
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

// node_modules/execa/lib/transform/object-mode.js
var getTransformObjectModes = (objectMode, index, newTransforms, direction) => direction === "output" ? getOutputObjectModes(objectMode, index, newTransforms) : getInputObjectModes(objectMode, index, newTransforms);
var getOutputObjectModes = (objectMode, index, newTransforms) => {
  const writableObjectMode = index !== 0 && newTransforms[index - 1].value.readableObjectMode;
  const readableObjectMode = objectMode ?? writableObjectMode;
  return { writableObjectMode, readableObjectMode };
};
var getInputObjectModes = (objectMode, index, newTransforms) => {
  const writableObjectMode = index === 0 ? objectMode === true : newTransforms[index - 1].value.readableObjectMode;
  const readableObjectMode = index !== newTransforms.length - 1 && (objectMode ?? writableObjectMode);
  return { writableObjectMode, readableObjectMode };
};
var getFdObjectMode = (stdioItems, direction) => {
  const lastTransform = stdioItems.findLast(({ type }) => TRANSFORM_TYPES.has(type));
  if (lastTransform === void 0) {
    return false;
  }
  return direction === "input" ? lastTransform.value.writableObjectMode : lastTransform.value.readableObjectMode;
};

// node_modules/execa/lib/transform/normalize.js
var normalizeTransforms = (stdioItems, optionName, direction, options) => [
  ...stdioItems.filter(({ type }) => !TRANSFORM_TYPES.has(type)),
  ...getTransforms(stdioItems, optionName, direction, options)
];
var getTransforms = (stdioItems, optionName, direction, { encoding }) => {
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
var normalizeTransform = ({ stdioItem, stdioItem: { type }, index, newTransforms, optionName, direction, encoding }) => {
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
var normalizeDuplex = ({
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
var normalizeTransformStream = ({ stdioItem, stdioItem: { value }, index, newTransforms, direction }) => {
  const { transform, objectMode } = isPlainObject(value) ? value : { transform: value };
  const { writableObjectMode, readableObjectMode } = getTransformObjectModes(objectMode, index, newTransforms, direction);
  return {
    ...stdioItem,
    value: { transform, writableObjectMode, readableObjectMode }
  };
};
var normalizeGenerator = ({ stdioItem, stdioItem: { value }, index, newTransforms, direction, encoding }) => {
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
var sortTransforms = (newTransforms, direction) => direction === "input" ? newTransforms.reverse() : newTransforms;

// node_modules/execa/lib/stdio/direction.js
import process7 from "node:process";
var getStreamDirection = (stdioItems, fdNumber, optionName) => {
  const directions = stdioItems.map((stdioItem) => getStdioItemDirection(stdioItem, fdNumber));
  if (directions.includes("input") && directions.includes("output")) {
    throw new TypeError(`The \`${optionName}\` option must not be an array of both readable and writable values.`);
  }
  return directions.find(Boolean) ?? DEFAULT_DIRECTION;
};
var getStdioItemDirection = ({ type, value }, fdNumber) => KNOWN_DIRECTIONS[fdNumber] ?? guessStreamDirection[type](value);
var KNOWN_DIRECTIONS = ["input", "output", "output"];
var anyDirection = () => void 0;
var alwaysInput = () => "input";
var guessStreamDirection = {
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
var getStandardStreamDirection = (value) => {
  if ([0, process7.stdin].includes(value)) {
    return "input";
  }
  if ([1, 2, process7.stdout, process7.stderr].includes(value)) {
    return "output";
  }
};
var DEFAULT_DIRECTION = "output";

// node_modules/execa/lib/ipc/array.js
var normalizeIpcStdioArray = (stdioArray, ipc) => ipc && !stdioArray.includes("ipc") ? [...stdioArray, "ipc"] : stdioArray;

// node_modules/execa/lib/stdio/stdio-option.js
var normalizeStdioOption = ({ stdio, ipc, buffer, ...options }, verboseInfo, isSync) => {
  const stdioArray = getStdioArray(stdio, options).map((stdioOption, fdNumber) => addDefaultValue2(stdioOption, fdNumber));
  return isSync ? normalizeStdioSync(stdioArray, buffer, verboseInfo) : normalizeIpcStdioArray(stdioArray, ipc);
};
var getStdioArray = (stdio, options) => {
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
var hasAlias = (options) => STANDARD_STREAMS_ALIASES.some((alias) => options[alias] !== void 0);
var addDefaultValue2 = (stdioOption, fdNumber) => {
  if (Array.isArray(stdioOption)) {
    return stdioOption.map((item) => addDefaultValue2(item, fdNumber));
  }
  if (stdioOption === null || stdioOption === void 0) {
    return fdNumber >= STANDARD_STREAMS_ALIASES.length ? "ignore" : "pipe";
  }
  return stdioOption;
};
var normalizeStdioSync = (stdioArray, buffer, verboseInfo) => stdioArray.map((stdioOption, fdNumber) => !buffer[fdNumber] && fdNumber !== 0 && !isFullVerbose(verboseInfo, fdNumber) && isOutputPipeOnly(stdioOption) ? "ignore" : stdioOption);
var isOutputPipeOnly = (stdioOption) => stdioOption === "pipe" || Array.isArray(stdioOption) && stdioOption.every((item) => item === "pipe");

// node_modules/execa/lib/stdio/native.js
import { readFileSync } from "node:fs";
import tty2 from "node:tty";
var handleNativeStream = ({ stdioItem, stdioItem: { type }, isStdioArray, fdNumber, direction, isSync }) => {
  if (!isStdioArray || type !== "native") {
    return stdioItem;
  }
  return isSync ? handleNativeStreamSync({ stdioItem, fdNumber, direction }) : handleNativeStreamAsync({ stdioItem, fdNumber });
};
var handleNativeStreamSync = ({ stdioItem, stdioItem: { value, optionName }, fdNumber, direction }) => {
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
var getTargetFd = ({ value, optionName, fdNumber, direction }) => {
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
var getTargetFdNumber = (value, fdNumber) => {
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
var handleNativeStreamAsync = ({ stdioItem, stdioItem: { value, optionName }, fdNumber }) => {
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
var getStandardStream = (fdNumber, value, optionName) => {
  const standardStream = STANDARD_STREAMS[fdNumber];
  if (standardStream === void 0) {
    throw new TypeError(`The \`${optionName}: ${value}\` option is invalid: no such standard stream.`);
  }
  return standardStream;
};

// node_modules/execa/lib/stdio/input-option.js
var handleInputOptions = ({ input, inputFile }, fdNumber) => fdNumber === 0 ? [
  ...handleInputOption(input),
  ...handleInputFileOption(inputFile)
] : [];
var handleInputOption = (input) => input === void 0 ? [] : [{
  type: getInputType(input),
  value: input,
  optionName: "input"
}];
var getInputType = (input) => {
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
var handleInputFileOption = (inputFile) => inputFile === void 0 ? [] : [{
  ...getInputFileType(inputFile),
  optionName: "inputFile"
}];
var getInputFileType = (inputFile) => {
  if (isUrl(inputFile)) {
    return { type: "fileUrl", value: inputFile };
  }
  if (isFilePathString(inputFile)) {
    return { type: "filePath", value: { file: inputFile } };
  }
  throw new Error("The `inputFile` option must be a file path string or a file URL.");
};

// node_modules/execa/lib/stdio/duplicate.js
var filterDuplicates = (stdioItems) => stdioItems.filter((stdioItemOne, indexOne) => stdioItems.every((stdioItemTwo, indexTwo) => stdioItemOne.value !== stdioItemTwo.value || indexOne >= indexTwo || stdioItemOne.type === "generator" || stdioItemOne.type === "asyncGenerator"));
var getDuplicateStream = ({ stdioItem: { type, value, optionName }, direction, fileDescriptors, isSync }) => {
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
var getOtherStdioItems = (fileDescriptors, type) => fileDescriptors.flatMap(({ direction, stdioItems }) => stdioItems.filter((stdioItem) => stdioItem.type === type).map(((stdioItem) => ({ ...stdioItem, direction }))));
var validateDuplicateStreamSync = ({ otherStdioItems, type, value, optionName, direction }) => {
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
var getDuplicateStreamInstance = ({ otherStdioItems, type, value, optionName, direction }) => {
  const duplicateStdioItems = otherStdioItems.filter((stdioItem) => hasSameValue(stdioItem, value));
  if (duplicateStdioItems.length === 0) {
    return;
  }
  const differentStdioItem = duplicateStdioItems.find((stdioItem) => stdioItem.direction !== direction);
  throwOnDuplicateStream(differentStdioItem, optionName, type);
  return direction === "output" ? duplicateStdioItems[0].stream : void 0;
};
var hasSameValue = ({ type, value }, secondValue) => {
  if (type === "filePath") {
    return value.file === secondValue.file;
  }
  if (type === "fileUrl") {
    return value.href === secondValue.href;
  }
  return value === secondValue;
};
var validateDuplicateTransform = ({ otherStdioItems, type, value, optionName }) => {
  const duplicateStdioItem = otherStdioItems.find(({ value: { transform } }) => transform === value.transform);
  throwOnDuplicateStream(duplicateStdioItem, optionName, type);
};
var throwOnDuplicateStream = (stdioItem, optionName, type) => {
  if (stdioItem !== void 0) {
    throw new TypeError(`The \`${stdioItem.optionName}\` and \`${optionName}\` options must not target ${TYPE_TO_MESSAGE[type]} that is the same.`);
  }
};

// node_modules/execa/lib/stdio/handle.js
var handleStdio = (addProperties3, options, verboseInfo, isSync) => {
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
var getFileDescriptor = ({ stdioOption, fdNumber, options, isSync }) => {
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
var initializeStdioItems = ({ stdioOption, fdNumber, options, optionName }) => {
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
var initializeStdioItem = (value, optionName) => ({
  type: getStdioItemType(value, optionName),
  value,
  optionName
});
var validateStdioArray = (stdioItems, isStdioArray, optionName) => {
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
var INVALID_STDIO_ARRAY_OPTIONS = /* @__PURE__ */ new Set(["ignore", "ipc"]);
var validateStreams = (stdioItems) => {
  for (const stdioItem of stdioItems) {
    validateFileStdio(stdioItem);
  }
};
var validateFileStdio = ({ type, value, optionName }) => {
  if (isRegularUrl(value)) {
    throw new TypeError(`The \`${optionName}: URL\` option must use the \`file:\` scheme.
For example, you can use the \`pathToFileURL()\` method of the \`url\` core module.`);
  }
  if (isUnknownStdioString(type, value)) {
    throw new TypeError(`The \`${optionName}: { file: '...' }\` option must be used instead of \`${optionName}: '...'\`.`);
  }
};
var validateFileObjectMode = (stdioItems, objectMode) => {
  if (!objectMode) {
    return;
  }
  const fileStdioItem = stdioItems.find(({ type }) => FILE_TYPES.has(type));
  if (fileStdioItem !== void 0) {
    throw new TypeError(`The \`${fileStdioItem.optionName}\` option cannot use both files and transforms in objectMode.`);
  }
};
var getFinalFileDescriptors = ({ initialFileDescriptors, addProperties: addProperties3, options, isSync }) => {
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
var getFinalFileDescriptor = ({
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
var addStreamProperties = ({ stdioItem, addProperties: addProperties3, direction, options, fileDescriptors, isSync }) => {
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
var cleanupCustomStreams = (fileDescriptors) => {
  for (const { stdioItems } of fileDescriptors) {
    for (const { stream } of stdioItems) {
      if (stream !== void 0 && !isStandardStream(stream)) {
        stream.destroy();
      }
    }
  }
};
var forwardStdio = (stdioItems) => {
  if (stdioItems.length > 1) {
    return stdioItems.some(({ value: value2 }) => value2 === "overlapped") ? "overlapped" : "pipe";
  }
  const [{ type, value }] = stdioItems;
  return type === "native" ? value : "pipe";
};

// node_modules/execa/lib/stdio/handle-sync.js
var handleStdioSync = (options, verboseInfo) => handleStdio(addPropertiesSync, options, verboseInfo, true);
var forbiddenIfSync = ({ type, optionName }) => {
  throwInvalidSyncValue(optionName, TYPE_TO_MESSAGE[type]);
};
var forbiddenNativeIfSync = ({ optionName, value }) => {
  if (value === "ipc" || value === "overlapped") {
    throwInvalidSyncValue(optionName, `"${value}"`);
  }
  return {};
};
var throwInvalidSyncValue = (optionName, value) => {
  throw new TypeError(`The \`${optionName}\` option cannot be ${value} with synchronous methods.`);
};
var addProperties = {
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
var addPropertiesSync = {
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

// node_modules/execa/lib/io/strip-newline.js
var stripNewline = (value, { stripFinalNewline: stripFinalNewline2 }, fdNumber) => getStripFinalNewline(stripFinalNewline2, fdNumber) && value !== void 0 && !Array.isArray(value) ? stripFinalNewline(value) : value;
var getStripFinalNewline = (stripFinalNewline2, fdNumber) => fdNumber === "all" ? stripFinalNewline2[1] || stripFinalNewline2[2] : stripFinalNewline2[fdNumber];

// node_modules/execa/lib/transform/generator.js
import { Transform, getDefaultHighWaterMark } from "node:stream";

// node_modules/execa/lib/transform/split.js
var getSplitLinesGenerator = (binary, preserveNewlines, skipped, state) => binary || skipped ? void 0 : initializeSplitLines(preserveNewlines, state);
var splitLinesSync = (chunk, preserveNewlines, objectMode) => objectMode ? chunk.flatMap((item) => splitLinesItemSync(item, preserveNewlines)) : splitLinesItemSync(chunk, preserveNewlines);
var splitLinesItemSync = (chunk, preserveNewlines) => {
  const { transform, final } = initializeSplitLines(preserveNewlines, {});
  return [...transform(chunk), ...final()];
};
var initializeSplitLines = (preserveNewlines, state) => {
  state.previousChunks = "";
  return {
    transform: splitGenerator.bind(void 0, state, preserveNewlines),
    final: linesFinal.bind(void 0, state)
  };
};
var splitGenerator = function* (state, preserveNewlines, chunk) {
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
var getNewlineLength = (chunk, end, preserveNewlines, state) => {
  if (preserveNewlines) {
    return 0;
  }
  state.isWindowsNewline = end !== 0 && chunk[end - 1] === "\r";
  return state.isWindowsNewline ? 2 : 1;
};
var linesFinal = function* ({ previousChunks }) {
  if (previousChunks.length > 0) {
    yield previousChunks;
  }
};
var getAppendNewlineGenerator = ({ binary, preserveNewlines, readableObjectMode, state }) => binary || preserveNewlines || readableObjectMode ? void 0 : { transform: appendNewlineGenerator.bind(void 0, state) };
var appendNewlineGenerator = function* ({ isWindowsNewline = false }, chunk) {
  const { unixNewline, windowsNewline, LF: LF2, concatBytes } = typeof chunk === "string" ? linesStringInfo : linesUint8ArrayInfo;
  if (chunk.at(-1) === LF2) {
    yield chunk;
    return;
  }
  const newline = isWindowsNewline ? windowsNewline : unixNewline;
  yield concatBytes(chunk, newline);
};
var concatString = (firstChunk, secondChunk) => `${firstChunk}${secondChunk}`;
var linesStringInfo = {
  windowsNewline: "\r\n",
  unixNewline: "\n",
  LF: "\n",
  concatBytes: concatString
};
var concatUint8Array = (firstChunk, secondChunk) => {
  const chunk = new Uint8Array(firstChunk.length + secondChunk.length);
  chunk.set(firstChunk, 0);
  chunk.set(secondChunk, firstChunk.length);
  return chunk;
};
var linesUint8ArrayInfo = {
  windowsNewline: new Uint8Array([13, 10]),
  unixNewline: new Uint8Array([10]),
  LF: 10,
  concatBytes: concatUint8Array
};

// node_modules/execa/lib/transform/validate.js
import { Buffer as Buffer2 } from "node:buffer";
var getValidateTransformInput = (writableObjectMode, optionName) => writableObjectMode ? void 0 : validateStringTransformInput.bind(void 0, optionName);
var validateStringTransformInput = function* (optionName, chunk) {
  if (typeof chunk !== "string" && !isUint8Array(chunk) && !Buffer2.isBuffer(chunk)) {
    throw new TypeError(`The \`${optionName}\` option's transform must use "objectMode: true" to receive as input: ${typeof chunk}.`);
  }
  yield chunk;
};
var getValidateTransformReturn = (readableObjectMode, optionName) => readableObjectMode ? validateObjectTransformReturn.bind(void 0, optionName) : validateStringTransformReturn.bind(void 0, optionName);
var validateObjectTransformReturn = function* (optionName, chunk) {
  validateEmptyReturn(optionName, chunk);
  yield chunk;
};
var validateStringTransformReturn = function* (optionName, chunk) {
  validateEmptyReturn(optionName, chunk);
  if (typeof chunk !== "string" && !isUint8Array(chunk)) {
    throw new TypeError(`The \`${optionName}\` option's function must yield a string or an Uint8Array, not ${typeof chunk}.`);
  }
  yield chunk;
};
var validateEmptyReturn = (optionName, chunk) => {
  if (chunk === null || chunk === void 0) {
    throw new TypeError(`The \`${optionName}\` option's function must not call \`yield ${chunk}\`.
Instead, \`yield\` should either be called with a value, or not be called at all. For example:
  if (condition) { yield value; }`);
  }
};

// node_modules/execa/lib/transform/encoding-transform.js
import { Buffer as Buffer3 } from "node:buffer";
import { StringDecoder as StringDecoder2 } from "node:string_decoder";
var getEncodingTransformGenerator = (binary, encoding, skipped) => {
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
var encodingUint8ArrayGenerator = function* (textEncoder3, chunk) {
  if (Buffer3.isBuffer(chunk)) {
    yield bufferToUint8Array(chunk);
  } else if (typeof chunk === "string") {
    yield textEncoder3.encode(chunk);
  } else {
    yield chunk;
  }
};
var encodingStringGenerator = function* (stringDecoder, chunk) {
  yield isUint8Array(chunk) ? stringDecoder.write(chunk) : chunk;
};
var encodingStringFinal = function* (stringDecoder) {
  const lastChunk = stringDecoder.end();
  if (lastChunk !== "") {
    yield lastChunk;
  }
};

// node_modules/execa/lib/transform/run-async.js
import { callbackify } from "node:util";
var pushChunks = callbackify(async (getChunks, state, getChunksArguments, transformStream) => {
  state.currentIterable = getChunks(...getChunksArguments);
  try {
    for await (const chunk of state.currentIterable) {
      transformStream.push(chunk);
    }
  } finally {
    delete state.currentIterable;
  }
});
var transformChunk = async function* (chunk, generators, index) {
  if (index === generators.length) {
    yield chunk;
    return;
  }
  const { transform = identityGenerator } = generators[index];
  for await (const transformedChunk of transform(chunk)) {
    yield* transformChunk(transformedChunk, generators, index + 1);
  }
};
var finalChunks = async function* (generators) {
  for (const [index, { final }] of Object.entries(generators)) {
    yield* generatorFinalChunks(final, Number(index), generators);
  }
};
var generatorFinalChunks = async function* (final, index, generators) {
  if (final === void 0) {
    return;
  }
  for await (const finalChunk of final()) {
    yield* transformChunk(finalChunk, generators, index + 1);
  }
};
var destroyTransform = callbackify(async ({ currentIterable }, error) => {
  if (currentIterable !== void 0) {
    await (error ? currentIterable.throw(error) : currentIterable.return());
    return;
  }
  if (error) {
    throw error;
  }
});
var identityGenerator = function* (chunk) {
  yield chunk;
};

// node_modules/execa/lib/transform/run-sync.js
var pushChunksSync = (getChunksSync, getChunksArguments, transformStream, done) => {
  try {
    for (const chunk of getChunksSync(...getChunksArguments)) {
      transformStream.push(chunk);
    }
    done();
  } catch (error) {
    done(error);
  }
};
var runTransformSync = (generators, chunks) => [
  ...chunks.flatMap((chunk) => [...transformChunkSync(chunk, generators, 0)]),
  ...finalChunksSync(generators)
];
var transformChunkSync = function* (chunk, generators, index) {
  if (index === generators.length) {
    yield chunk;
    return;
  }
  const { transform = identityGenerator2 } = generators[index];
  for (const transformedChunk of transform(chunk)) {
    yield* transformChunkSync(transformedChunk, generators, index + 1);
  }
};
var finalChunksSync = function* (generators) {
  for (const [index, { final }] of Object.entries(generators)) {
    yield* generatorFinalChunksSync(final, Number(index), generators);
  }
};
var generatorFinalChunksSync = function* (final, index, generators) {
  if (final === void 0) {
    return;
  }
  for (const finalChunk of final()) {
    yield* transformChunkSync(finalChunk, generators, index + 1);
  }
};
var identityGenerator2 = function* (chunk) {
  yield chunk;
};

// node_modules/execa/lib/transform/generator.js
var generatorToStream = ({
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
var runGeneratorsSync = (chunks, stdioItems, encoding, isInput) => {
  const generators = stdioItems.filter(({ type }) => type === "generator");
  const reversedGenerators = isInput ? generators.reverse() : generators;
  for (const { value, optionName } of reversedGenerators) {
    const generators2 = addInternalGenerators(value, encoding, optionName);
    chunks = runTransformSync(generators2, chunks);
  }
  return chunks;
};
var addInternalGenerators = ({ transform, final, binary, writableObjectMode, readableObjectMode, preserveNewlines }, encoding, optionName) => {
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

// node_modules/execa/lib/io/input-sync.js
var addInputOptionsSync = (fileDescriptors, options) => {
  for (const fdNumber of getInputFdNumbers(fileDescriptors)) {
    addInputOptionSync(fileDescriptors, fdNumber, options);
  }
};
var getInputFdNumbers = (fileDescriptors) => new Set(Object.entries(fileDescriptors).filter(([, { direction }]) => direction === "input").map(([fdNumber]) => Number(fdNumber)));
var addInputOptionSync = (fileDescriptors, fdNumber, options) => {
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
var applySingleInputGeneratorsSync = (contents, stdioItems) => {
  const newContents = runGeneratorsSync(contents, stdioItems, "utf8", true);
  validateSerializable(newContents);
  return joinToUint8Array(newContents);
};
var validateSerializable = (newContents) => {
  const invalidItem = newContents.find((item) => typeof item !== "string" && !isUint8Array(item));
  if (invalidItem !== void 0) {
    throw new TypeError(`The \`stdin\` option is invalid: when passing objects as input, a transform must be used to serialize them to strings or Uint8Arrays: ${invalidItem}.`);
  }
};

// node_modules/execa/lib/io/output-sync.js
import { writeFileSync, appendFileSync } from "node:fs";

// node_modules/execa/lib/verbose/output.js
var shouldLogOutput = ({ stdioItems, encoding, verboseInfo, fdNumber }) => fdNumber !== "all" && isFullVerbose(verboseInfo, fdNumber) && !BINARY_ENCODINGS.has(encoding) && fdUsesVerbose(fdNumber) && (stdioItems.some(({ type, value }) => type === "native" && PIPED_STDIO_VALUES.has(value)) || stdioItems.every(({ type }) => TRANSFORM_TYPES.has(type)));
var fdUsesVerbose = (fdNumber) => fdNumber === 1 || fdNumber === 2;
var PIPED_STDIO_VALUES = /* @__PURE__ */ new Set(["pipe", "overlapped"]);
var logLines = async (linesIterable, stream, fdNumber, verboseInfo) => {
  for await (const line of linesIterable) {
    if (!isPipingStream(stream)) {
      logLine(line, fdNumber, verboseInfo);
    }
  }
};
var logLinesSync = (linesArray, fdNumber, verboseInfo) => {
  for (const line of linesArray) {
    logLine(line, fdNumber, verboseInfo);
  }
};
var isPipingStream = (stream) => stream._readableState.pipes.length > 0;
var logLine = (line, fdNumber, verboseInfo) => {
  const verboseMessage = serializeVerboseMessage(line);
  verboseLog({
    type: "output",
    verboseMessage,
    fdNumber,
    verboseInfo
  });
};

// node_modules/execa/lib/io/output-sync.js
var transformOutputSync = ({ fileDescriptors, syncResult: { output }, options, isMaxBuffer, verboseInfo }) => {
  if (output === null) {
    return { output: Array.from({ length: 3 }) };
  }
  const state = {};
  const outputFiles = /* @__PURE__ */ new Set([]);
  const transformedOutput = output.map((result, fdNumber) => transformOutputResultSync({
    result,
    fileDescriptors,
    fdNumber,
    state,
    outputFiles,
    isMaxBuffer,
    verboseInfo
  }, options));
  return { output: transformedOutput, ...state };
};
var transformOutputResultSync = ({ result, fileDescriptors, fdNumber, state, outputFiles, isMaxBuffer, verboseInfo }, { buffer, encoding, lines, stripFinalNewline: stripFinalNewline2, maxBuffer }) => {
  if (result === null) {
    return;
  }
  const truncatedResult = truncateMaxBufferSync(result, isMaxBuffer, maxBuffer);
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
var runOutputGeneratorsSync = (chunks, stdioItems, encoding, state) => {
  try {
    return runGeneratorsSync(chunks, stdioItems, encoding, false);
  } catch (error) {
    state.error = error;
    return chunks;
  }
};
var serializeChunks = ({ chunks, objectMode, encoding, lines, stripFinalNewline: stripFinalNewline2, fdNumber }) => {
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
var logOutputSync = ({ serializedResult, fdNumber, state, verboseInfo, encoding, stdioItems, objectMode }) => {
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
var writeToFiles = (serializedResult, stdioItems, outputFiles) => {
  for (const { path: path22, append } of stdioItems.filter(({ type }) => FILE_TYPES.has(type))) {
    const pathString = typeof path22 === "string" ? path22 : path22.toString();
    if (append || outputFiles.has(pathString)) {
      appendFileSync(path22, serializedResult);
    } else {
      outputFiles.add(pathString);
      writeFileSync(path22, serializedResult);
    }
  }
};

// node_modules/execa/lib/resolve/all-sync.js
var getAllSync = ([, stdout, stderr], options) => {
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

// node_modules/execa/lib/resolve/exit-async.js
import { once as once4 } from "node:events";
var waitForExit = async (subprocess, context) => {
  const [exitCode, signal] = await waitForExitOrError(subprocess);
  context.isForcefullyTerminated ??= false;
  return [exitCode, signal];
};
var waitForExitOrError = async (subprocess) => {
  const [spawnPayload, exitPayload] = await Promise.allSettled([
    once4(subprocess, "spawn"),
    once4(subprocess, "exit")
  ]);
  if (spawnPayload.status === "rejected") {
    return [];
  }
  return exitPayload.status === "rejected" ? waitForSubprocessExit(subprocess) : exitPayload.value;
};
var waitForSubprocessExit = async (subprocess) => {
  try {
    return await once4(subprocess, "exit");
  } catch {
    return waitForSubprocessExit(subprocess);
  }
};
var waitForSuccessfulExit = async (exitPromise) => {
  const [exitCode, signal] = await exitPromise;
  if (!isSubprocessErrorExit(exitCode, signal) && isFailedExit(exitCode, signal)) {
    throw new DiscardedError();
  }
  return [exitCode, signal];
};
var isSubprocessErrorExit = (exitCode, signal) => exitCode === void 0 && signal === void 0;
var isFailedExit = (exitCode, signal) => exitCode !== 0 || signal !== null;

// node_modules/execa/lib/resolve/exit-sync.js
var getExitResultSync = ({ error, status: exitCode, signal, output }, { maxBuffer }) => {
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
var getResultError = (error, exitCode, signal) => {
  if (error !== void 0) {
    return error;
  }
  return isFailedExit(exitCode, signal) ? new DiscardedError() : void 0;
};

// node_modules/execa/lib/methods/main-sync.js
var execaCoreSync = (rawFile, rawArguments, rawOptions) => {
  const { file, commandArguments, command, escapedCommand, startTime, verboseInfo, options, fileDescriptors } = handleSyncArguments(rawFile, rawArguments, rawOptions);
  const result = spawnSubprocessSync({
    file,
    commandArguments,
    options,
    command,
    escapedCommand,
    verboseInfo,
    fileDescriptors,
    startTime
  });
  return handleResult(result, verboseInfo, options);
};
var handleSyncArguments = (rawFile, rawArguments, rawOptions) => {
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
var normalizeSyncOptions = (options) => options.node && !options.ipc ? { ...options, ipc: false } : options;
var validateSyncOptions = ({ ipc, ipcInput, detached, cancelSignal }) => {
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
var throwInvalidSyncOption = (value) => {
  throw new TypeError(`The "${value}" option cannot be used with synchronous methods.`);
};
var spawnSubprocessSync = ({ file, commandArguments, options, command, escapedCommand, verboseInfo, fileDescriptors, startTime }) => {
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
var runSubprocessSync = ({ file, commandArguments, options, command, escapedCommand, fileDescriptors, startTime }) => {
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
var normalizeSpawnSyncOptions = ({ encoding, maxBuffer, ...options }) => ({ ...options, encoding: "buffer", maxBuffer: getMaxBufferSync(maxBuffer) });
var getSyncResult = ({ error, exitCode, signal, timedOut, isMaxBuffer, stdio, all, options, command, escapedCommand, startTime }) => error === void 0 ? makeSuccessResult({
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

// node_modules/execa/lib/methods/main-async.js
import { setMaxListeners } from "node:events";
import { spawn } from "node:child_process";

// node_modules/execa/lib/ipc/methods.js
import process8 from "node:process";

// node_modules/execa/lib/ipc/get-one.js
import { once as once5, on as on2 } from "node:events";
var getOneMessage = ({ anyProcess, channel, isSubprocess, ipc }, { reference = true, filter } = {}) => {
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
    reference
  });
};
var getOneMessageAsync = async ({ anyProcess, channel, isSubprocess, filter, reference }) => {
  addReference(channel, reference);
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
    removeReference(channel, reference);
  }
};
var getMessage = async (ipcEmitter, filter, { signal }) => {
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
var throwOnDisconnect2 = async (ipcEmitter, isSubprocess, { signal }) => {
  await once5(ipcEmitter, "disconnect", { signal });
  throwOnEarlyDisconnect(isSubprocess);
};
var throwOnStrictError = async (ipcEmitter, isSubprocess, { signal }) => {
  const [error] = await once5(ipcEmitter, "strict:error", { signal });
  throw getStrictResponseError(error, isSubprocess);
};

// node_modules/execa/lib/ipc/get-each.js
import { once as once6, on as on3 } from "node:events";
var getEachMessage = ({ anyProcess, channel, isSubprocess, ipc }, { reference = true } = {}) => loopOnMessages({
  anyProcess,
  channel,
  isSubprocess,
  ipc,
  shouldAwait: !isSubprocess,
  reference
});
var loopOnMessages = ({ anyProcess, channel, isSubprocess, ipc, shouldAwait, reference }) => {
  validateIpcMethod({
    methodName: "getEachMessage",
    isSubprocess,
    ipc,
    isConnected: isConnected(anyProcess)
  });
  addReference(channel, reference);
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
    reference
  });
};
var stopOnDisconnect = async (anyProcess, ipcEmitter, controller) => {
  try {
    await once6(ipcEmitter, "disconnect", { signal: controller.signal });
    controller.abort();
  } catch {
  }
};
var abortOnStrictError = async ({ ipcEmitter, isSubprocess, controller, state }) => {
  try {
    const [error] = await once6(ipcEmitter, "strict:error", { signal: controller.signal });
    state.error = getStrictResponseError(error, isSubprocess);
    controller.abort();
  } catch {
  }
};
var iterateOnMessages = async function* ({ anyProcess, channel, ipcEmitter, isSubprocess, shouldAwait, controller, state, reference }) {
  try {
    for await (const [message] of on3(ipcEmitter, "message", { signal: controller.signal })) {
      throwIfStrictError(state);
      yield message;
    }
  } catch {
    throwIfStrictError(state);
  } finally {
    controller.abort();
    removeReference(channel, reference);
    if (!isSubprocess) {
      disconnect(anyProcess);
    }
    if (shouldAwait) {
      await anyProcess;
    }
  }
};
var throwIfStrictError = ({ error }) => {
  if (error) {
    throw error;
  }
};

// node_modules/execa/lib/ipc/methods.js
var addIpcMethods = (subprocess, { ipc }) => {
  Object.assign(subprocess, getIpcMethods(subprocess, false, ipc));
};
var getIpcExport = () => {
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
var getIpcMethods = (anyProcess, isSubprocess, ipc) => ({
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

// node_modules/execa/lib/return/early-error.js
import { ChildProcess as ChildProcess2 } from "node:child_process";
import {
  PassThrough,
  Readable,
  Writable,
  Duplex
} from "node:stream";
var handleEarlyError = ({ error, command, escapedCommand, fileDescriptors, options, startTime, verboseInfo }) => {
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
var createDummyStreams = (subprocess, fileDescriptors) => {
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
var createDummyStream = () => {
  const stream = new PassThrough();
  stream.end();
  return stream;
};
var readable = () => new Readable({ read() {
} });
var writable = () => new Writable({ write() {
} });
var duplex = () => new Duplex({ read() {
}, write() {
} });
var handleDummyPromise = async (error, verboseInfo, options) => handleResult(error, verboseInfo, options);

// node_modules/execa/lib/stdio/handle-async.js
import { createReadStream, createWriteStream } from "node:fs";
import { Buffer as Buffer4 } from "node:buffer";
import { Readable as Readable2, Writable as Writable2, Duplex as Duplex2 } from "node:stream";
var handleStdioAsync = (options, verboseInfo) => handleStdio(addPropertiesAsync, options, verboseInfo, false);
var forbiddenIfAsync = ({ type, optionName }) => {
  throw new TypeError(`The \`${optionName}\` option cannot be ${TYPE_TO_MESSAGE[type]}.`);
};
var addProperties2 = {
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
var addPropertiesAsync = {
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
var getHighWaterMark = (streams, objectMode) => {
  if (streams.length === 0) {
    return getDefaultHighWaterMark2(objectMode);
  }
  const highWaterMarks = streams.filter(({ readableObjectMode }) => readableObjectMode === objectMode).map(({ readableHighWaterMark }) => readableHighWaterMark);
  return Math.max(...highWaterMarks);
};
var MergedStream = class extends PassThroughStream {
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
var onMergedStreamFinished = async (passThroughStream, streams, unpipeEvent) => {
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
var onMergedStreamEnd = async (passThroughStream, { signal }) => {
  try {
    await finished2(passThroughStream, { signal, cleanup: true });
  } catch (error) {
    errorOrAbortStream(passThroughStream, error);
    throw error;
  }
};
var onInputStreamsUnpipe = async (passThroughStream, streams, unpipeEvent, { signal }) => {
  for await (const [unpipedStream] of on4(passThroughStream, "unpipe", { signal })) {
    if (streams.has(unpipedStream)) {
      unpipedStream.emit(unpipeEvent);
    }
  }
};
var validateStream = (stream) => {
  if (typeof stream?.pipe !== "function") {
    throw new TypeError(`Expected a readable stream, got: \`${typeof stream}\`.`);
  }
};
var endWhenStreamsDone = async ({ passThroughStream, stream, streams, ended, aborted: aborted2, onFinished, unpipeEvent }) => {
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
var afterMergedStreamFinished = async (onFinished, stream, { signal }) => {
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
var onInputStreamEnd = async ({ passThroughStream, stream, streams, ended, aborted: aborted2, controller: { signal } }) => {
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
var onInputStreamUnpipe = async ({ stream, streams, ended, aborted: aborted2, unpipeEvent, controller: { signal } }) => {
  await once7(stream, unpipeEvent, { signal });
  if (!stream.readable) {
    return once7(signal, "abort", { signal });
  }
  streams.delete(stream);
  ended.delete(stream);
  aborted2.delete(stream);
};
var endStream = (stream) => {
  if (stream.writable) {
    stream.end();
  }
};
var errorOrAbortStream = (stream, error) => {
  if (isAbortError(error)) {
    abortStream(stream);
  } else {
    errorStream(stream, error);
  }
};
var isAbortError = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
var abortStream = (stream) => {
  if (stream.readable || stream.writable) {
    stream.destroy();
  }
};
var errorStream = (stream, error) => {
  if (!stream.destroyed) {
    stream.once("error", noop2);
    stream.destroy(error);
  }
};
var noop2 = () => {
};
var updateMaxListeners = (passThroughStream, increment2) => {
  const maxListeners = passThroughStream.getMaxListeners();
  if (maxListeners !== 0 && maxListeners !== Number.POSITIVE_INFINITY) {
    passThroughStream.setMaxListeners(maxListeners + increment2);
  }
};
var PASSTHROUGH_LISTENERS_COUNT = 2;
var PASSTHROUGH_LISTENERS_PER_STREAM = 1;

// node_modules/execa/lib/io/pipeline.js
import { finished as finished3 } from "node:stream/promises";
var pipeStreams = (source, destination) => {
  source.pipe(destination);
  onSourceFinish(source, destination);
  onDestinationFinish(source, destination);
};
var onSourceFinish = async (source, destination) => {
  if (isStandardStream(source) || isStandardStream(destination)) {
    return;
  }
  try {
    await finished3(source, { cleanup: true, readable: true, writable: false });
  } catch {
  }
  endDestinationStream(destination);
};
var endDestinationStream = (destination) => {
  if (destination.writable) {
    destination.end();
  }
};
var onDestinationFinish = async (source, destination) => {
  if (isStandardStream(source) || isStandardStream(destination)) {
    return;
  }
  try {
    await finished3(destination, { cleanup: true, readable: false, writable: true });
  } catch {
  }
  abortSourceStream(source);
};
var abortSourceStream = (source) => {
  if (source.readable) {
    source.destroy();
  }
};

// node_modules/execa/lib/io/output-async.js
var pipeOutputAsync = (subprocess, fileDescriptors, controller) => {
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
var pipeTransform = (subprocess, stream, direction, fdNumber) => {
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
var SUBPROCESS_STREAM_PROPERTIES = ["stdin", "stdout", "stderr"];
var pipeStdioItem = ({ subprocess, stream, direction, fdNumber, pipeGroups, controller }) => {
  if (stream === void 0) {
    return;
  }
  setStandardStreamMaxListeners(stream, controller);
  const [inputStream, outputStream] = direction === "output" ? [stream, subprocess.stdio[fdNumber]] : [subprocess.stdio[fdNumber], stream];
  const outputStreams = pipeGroups.get(inputStream) ?? [];
  pipeGroups.set(inputStream, [...outputStreams, outputStream]);
};
var setStandardStreamMaxListeners = (stream, { signal }) => {
  if (isStandardStream(stream)) {
    incrementMaxListeners(stream, MAX_LISTENERS_INCREMENT, signal);
  }
};
var MAX_LISTENERS_INCREMENT = 2;

// node_modules/execa/lib/terminate/cleanup.js
import { addAbortListener as addAbortListener2 } from "node:events";

// node_modules/signal-exit/dist/mjs/signals.js
var signals = [];
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

// node_modules/signal-exit/dist/mjs/index.js
var processOk = (process10) => !!process10 && typeof process10 === "object" && typeof process10.removeListener === "function" && typeof process10.emit === "function" && typeof process10.reallyExit === "function" && typeof process10.listeners === "function" && typeof process10.kill === "function" && typeof process10.pid === "number" && typeof process10.on === "function";
var kExitEmitter = /* @__PURE__ */ Symbol.for("signal-exit emitter");
var global2 = globalThis;
var ObjectDefineProperty = Object.defineProperty.bind(Object);
var Emitter = class {
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
var SignalExitBase = class {
};
var signalExitWrap = (handler) => {
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
var SignalExitFallback = class extends SignalExitBase {
  onExit() {
    return () => {
    };
  }
  load() {
  }
  unload() {
  }
};
var SignalExit = class extends SignalExitBase {
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
        let { count: count2 } = this.#emitter;
        const p = process10;
        if (typeof p.__signal_exit_emitter__ === "object" && typeof p.__signal_exit_emitter__.count === "number") {
          count2 += p.__signal_exit_emitter__.count;
        }
        if (listeners.length === count2) {
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
var process9 = globalThis.process;
var {
  /**
   * Called when the process is exiting, whether via signal, explicit
   * exit, or running out of stuff to do.
   *
   * If the global process object is not suitable for instrumentation,
   * then this will be a no-op.
   *
   * Returns a function that may be used to unload signal-exit.
   */
  onExit,
  /**
   * Load the listeners.  Likely you never need to call this, unless
   * doing a rather deep integration with signal-exit functionality.
   * Mostly exposed for the benefit of testing.
   *
   * @internal
   */
  load,
  /**
   * Unload the listeners.  Likely you never need to call this, unless
   * doing a rather deep integration with signal-exit functionality.
   * Mostly exposed for the benefit of testing.
   *
   * @internal
   */
  unload
} = signalExitWrap(processOk(process9) ? new SignalExit(process9) : new SignalExitFallback());

// node_modules/execa/lib/terminate/cleanup.js
var cleanupOnExit = (subprocess, { cleanup, detached }, { signal }) => {
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

// node_modules/execa/lib/pipe/pipe-arguments.js
var normalizePipeArguments = ({ source, sourcePromise, boundOptions, createNested }, ...pipeArguments) => {
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
var getDestinationStream = (boundOptions, createNested, pipeArguments) => {
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
var getDestination = (boundOptions, createNested, firstArgument, ...pipeArguments) => {
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
var mapDestinationArguments = ({ options }) => ({ options: { ...options, stdin: "pipe", piped: true } });
var getSourceStream = (source, from) => {
  try {
    const sourceStream = getFromStream(source, from);
    return { sourceStream };
  } catch (error) {
    return { sourceError: error };
  }
};

// node_modules/execa/lib/pipe/throw.js
var handlePipeArgumentsError = ({
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
var getPipeArgumentsError = ({ sourceStream, sourceError, destinationStream, destinationError }) => {
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
var createNonCommandError = ({ error, fileDescriptors, sourceOptions, startTime }) => makeEarlyError({
  error,
  command: PIPE_COMMAND_MESSAGE,
  escapedCommand: PIPE_COMMAND_MESSAGE,
  fileDescriptors,
  options: sourceOptions,
  startTime,
  isSync: false
});
var PIPE_COMMAND_MESSAGE = "source.pipe(destination)";

// node_modules/execa/lib/pipe/sequence.js
var waitForBothSubprocesses = async (subprocessPromises) => {
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

// node_modules/execa/lib/pipe/streaming.js
import { finished as finished4 } from "node:stream/promises";
var pipeSubprocessStream = (sourceStream, destinationStream, maxListenersController) => {
  const mergedStream = MERGED_STREAMS.has(destinationStream) ? pipeMoreSubprocessStream(sourceStream, destinationStream) : pipeFirstSubprocessStream(sourceStream, destinationStream);
  incrementMaxListeners(sourceStream, SOURCE_LISTENERS_PER_PIPE, maxListenersController.signal);
  incrementMaxListeners(destinationStream, DESTINATION_LISTENERS_PER_PIPE, maxListenersController.signal);
  cleanupMergedStreamsMap(destinationStream);
  return mergedStream;
};
var pipeFirstSubprocessStream = (sourceStream, destinationStream) => {
  const mergedStream = mergeStreams([sourceStream]);
  pipeStreams(mergedStream, destinationStream);
  MERGED_STREAMS.set(destinationStream, mergedStream);
  return mergedStream;
};
var pipeMoreSubprocessStream = (sourceStream, destinationStream) => {
  const mergedStream = MERGED_STREAMS.get(destinationStream);
  mergedStream.add(sourceStream);
  return mergedStream;
};
var cleanupMergedStreamsMap = async (destinationStream) => {
  try {
    await finished4(destinationStream, { cleanup: true, readable: false, writable: true });
  } catch {
  }
  MERGED_STREAMS.delete(destinationStream);
};
var MERGED_STREAMS = /* @__PURE__ */ new WeakMap();
var SOURCE_LISTENERS_PER_PIPE = 2;
var DESTINATION_LISTENERS_PER_PIPE = 1;

// node_modules/execa/lib/pipe/abort.js
import { aborted } from "node:util";
var unpipeOnAbort = (unpipeSignal, unpipeContext) => unpipeSignal === void 0 ? [] : [unpipeOnSignalAbort(unpipeSignal, unpipeContext)];
var unpipeOnSignalAbort = async (unpipeSignal, { sourceStream, mergedStream, fileDescriptors, sourceOptions, startTime }) => {
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

// node_modules/execa/lib/pipe/setup.js
var pipeToSubprocess = (sourceInfo, ...pipeArguments) => {
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
var handlePipePromise = async ({
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
var getSubprocessPromises = (sourcePromise, destination) => Promise.allSettled([sourcePromise, destination]);

// node_modules/execa/lib/io/contents.js
import { setImmediate as setImmediate2 } from "node:timers/promises";

// node_modules/execa/lib/io/iterate.js
import { on as on5 } from "node:events";
import { getDefaultHighWaterMark as getDefaultHighWaterMark3 } from "node:stream";
var iterateOnSubprocessStream = ({ subprocessStdout, subprocess, binary, shouldEncode, encoding, preserveNewlines }) => {
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
var stopReadingOnExit = async (subprocess, controller) => {
  try {
    await subprocess;
  } catch {
  } finally {
    controller.abort();
  }
};
var iterateForResult = ({ stream, onStreamEnd, lines, encoding, stripFinalNewline: stripFinalNewline2, allMixed }) => {
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
var stopReadingOnStreamEnd = async (onStreamEnd, controller, stream) => {
  try {
    await onStreamEnd;
  } catch {
    stream.destroy();
  } finally {
    controller.abort();
  }
};
var iterateOnStream = ({ stream, controller, binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) => {
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
var DEFAULT_OBJECT_HIGH_WATER_MARK = getDefaultHighWaterMark3(true);
var HIGH_WATER_MARK = DEFAULT_OBJECT_HIGH_WATER_MARK;
var iterateOnData = async function* ({ onStdoutChunk, controller, binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) {
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
var getGenerators = ({ binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) => [
  getEncodingTransformGenerator(binary, encoding, !shouldEncode),
  getSplitLinesGenerator(binary, preserveNewlines, !shouldSplit, {})
].filter(Boolean);

// node_modules/execa/lib/io/contents.js
var getStreamOutput = async ({ stream, onStreamEnd, fdNumber, encoding, buffer, maxBuffer, lines, allMixed, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => {
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
var logOutputAsync = async ({ stream, onStreamEnd, fdNumber, encoding, allMixed, verboseInfo, streamInfo: { fileDescriptors } }) => {
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
var resumeStream = async (stream) => {
  await setImmediate2();
  if (stream.readableFlowing === null) {
    stream.resume();
  }
};
var getStreamContents2 = async ({ stream, stream: { readableObjectMode }, iterable, fdNumber, encoding, maxBuffer, lines }) => {
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
var getBufferedData = async (streamPromise) => {
  try {
    return await streamPromise;
  } catch (error) {
    return handleBufferedData(error);
  }
};
var handleBufferedData = ({ bufferedData }) => isArrayBuffer(bufferedData) ? new Uint8Array(bufferedData) : bufferedData;

// node_modules/execa/lib/resolve/wait-stream.js
import { finished as finished5 } from "node:stream/promises";
var waitForStream = async (stream, fdNumber, streamInfo, { isSameDirection, stopOnExit = false } = {}) => {
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
var handleStdinDestroy = (stream, { originalStreams: [originalStdin], subprocess }) => {
  const state = { stdinCleanedUp: false };
  if (stream === originalStdin) {
    spyOnStdinDestroy(stream, subprocess, state);
  }
  return state;
};
var spyOnStdinDestroy = (subprocessStdin, subprocess, state) => {
  const { _destroy } = subprocessStdin;
  subprocessStdin._destroy = (...destroyArguments) => {
    setStdinCleanedUp(subprocess, state);
    _destroy.call(subprocessStdin, ...destroyArguments);
  };
};
var setStdinCleanedUp = ({ exitCode, signalCode }, state) => {
  if (exitCode !== null || signalCode !== null) {
    state.stdinCleanedUp = true;
  }
};
var handleStreamError = (error, fdNumber, streamInfo, isSameDirection) => {
  if (!shouldIgnoreStreamError(error, fdNumber, streamInfo, isSameDirection)) {
    throw error;
  }
};
var shouldIgnoreStreamError = (error, fdNumber, streamInfo, isSameDirection = true) => {
  if (streamInfo.propagating) {
    return isStreamEpipe(error) || isStreamAbort(error);
  }
  streamInfo.propagating = true;
  return isInputFileDescriptor(streamInfo, fdNumber) === isSameDirection ? isStreamEpipe(error) : isStreamAbort(error);
};
var isInputFileDescriptor = ({ fileDescriptors }, fdNumber) => fdNumber !== "all" && fileDescriptors[fdNumber].direction === "input";
var isStreamAbort = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
var isStreamEpipe = (error) => error?.code === "EPIPE";

// node_modules/execa/lib/resolve/stdio.js
var waitForStdioStreams = ({ subprocess, encoding, buffer, maxBuffer, lines, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => subprocess.stdio.map((stream, fdNumber) => waitForSubprocessStream({
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
var waitForSubprocessStream = async ({ stream, fdNumber, encoding, buffer, maxBuffer, lines, allMixed, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => {
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

// node_modules/execa/lib/resolve/all-async.js
var makeAllStream = ({ stdout, stderr }, { all }) => all && (stdout || stderr) ? mergeStreams([stdout, stderr].filter(Boolean)) : void 0;
var waitForAllStream = ({ subprocess, encoding, buffer, maxBuffer, lines, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => waitForSubprocessStream({
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
var getAllStream = ({ stdout, stderr, all }, [, bufferStdout, bufferStderr]) => {
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
var getAllMixed = ({ all, stdout, stderr }) => all && stdout && stderr && stdout.readableObjectMode !== stderr.readableObjectMode;

// node_modules/execa/lib/resolve/wait-subprocess.js
import { once as once8 } from "node:events";

// node_modules/execa/lib/verbose/ipc.js
var shouldLogIpc = (verboseInfo) => isFullVerbose(verboseInfo, "ipc");
var logIpcOutput = (message, verboseInfo) => {
  const verboseMessage = serializeVerboseMessage(message);
  verboseLog({
    type: "ipc",
    verboseMessage,
    fdNumber: "ipc",
    verboseInfo
  });
};

// node_modules/execa/lib/ipc/buffer-messages.js
var waitForIpcOutput = async ({
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
var getBufferedIpcOutput = async (ipcOutputPromise, ipcOutput) => {
  await Promise.allSettled([ipcOutputPromise]);
  return ipcOutput;
};

// node_modules/execa/lib/resolve/wait-subprocess.js
var waitForSubprocessResult = async ({
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
var waitForOriginalStreams = (originalStreams, subprocess, streamInfo) => originalStreams.map((stream, fdNumber) => stream === subprocess.stdio[fdNumber] ? void 0 : waitForStream(stream, fdNumber, streamInfo));
var waitForCustomStreamsEnd = (fileDescriptors, streamInfo) => fileDescriptors.flatMap(({ stdioItems }, fdNumber) => stdioItems.filter(({ value, stream = value }) => isStream2(stream, { checkOpen: false }) && !isStandardStream(stream)).map(({ type, value, stream = value }) => waitForStream(stream, fdNumber, streamInfo, {
  isSameDirection: TRANSFORM_TYPES.has(type),
  stopOnExit: type === "native"
})));
var throwOnSubprocessError = async (subprocess, { signal }) => {
  const [error] = await once8(subprocess, "error", { signal });
  throw error;
};

// node_modules/execa/lib/convert/concurrent.js
var initializeConcurrentStreams = () => ({
  readableDestroy: /* @__PURE__ */ new WeakMap(),
  writableFinal: /* @__PURE__ */ new WeakMap(),
  writableDestroy: /* @__PURE__ */ new WeakMap()
});
var addConcurrentStream = (concurrentStreams, stream, waitName) => {
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
var waitForConcurrentStreams = async ({ resolve, promises }, subprocess) => {
  resolve();
  const [isSubprocessExit] = await Promise.race([
    Promise.allSettled([true, subprocess]),
    Promise.all([false, ...promises])
  ]);
  return !isSubprocessExit;
};

// node_modules/execa/lib/convert/readable.js
import { Readable as Readable3 } from "node:stream";
import { callbackify as callbackify2 } from "node:util";

// node_modules/execa/lib/convert/shared.js
import { finished as finished6 } from "node:stream/promises";
var safeWaitForSubprocessStdin = async (subprocessStdin) => {
  if (subprocessStdin === void 0) {
    return;
  }
  try {
    await waitForSubprocessStdin(subprocessStdin);
  } catch {
  }
};
var safeWaitForSubprocessStdout = async (subprocessStdout) => {
  if (subprocessStdout === void 0) {
    return;
  }
  try {
    await waitForSubprocessStdout(subprocessStdout);
  } catch {
  }
};
var waitForSubprocessStdin = async (subprocessStdin) => {
  await finished6(subprocessStdin, { cleanup: true, readable: false, writable: true });
};
var waitForSubprocessStdout = async (subprocessStdout) => {
  await finished6(subprocessStdout, { cleanup: true, readable: true, writable: false });
};
var waitForSubprocess = async (subprocess, error) => {
  await subprocess;
  if (error) {
    throw error;
  }
};
var destroyOtherStream = (stream, isOpen, error) => {
  if (error && !isStreamAbort(error)) {
    stream.destroy(error);
  } else if (isOpen) {
    stream.destroy();
  }
};

// node_modules/execa/lib/convert/readable.js
var createReadable = ({ subprocess, concurrentStreams, encoding }, { from, binary: binaryOption = true, preserveNewlines = true } = {}) => {
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const { subprocessStdout, waitReadableDestroy } = getSubprocessStdout(subprocess, from, concurrentStreams);
  const { readableEncoding, readableObjectMode, readableHighWaterMark } = getReadableOptions(subprocessStdout, binary);
  const { read, onStdoutDataDone } = getReadableMethods({
    subprocessStdout,
    subprocess,
    binary,
    encoding,
    preserveNewlines
  });
  const readable2 = new Readable3({
    read,
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
var getSubprocessStdout = (subprocess, from, concurrentStreams) => {
  const subprocessStdout = getFromStream(subprocess, from);
  const waitReadableDestroy = addConcurrentStream(concurrentStreams, subprocessStdout, "readableDestroy");
  return { subprocessStdout, waitReadableDestroy };
};
var getReadableOptions = ({ readableEncoding, readableObjectMode, readableHighWaterMark }, binary) => binary ? { readableEncoding, readableObjectMode, readableHighWaterMark } : { readableEncoding, readableObjectMode: true, readableHighWaterMark: DEFAULT_OBJECT_HIGH_WATER_MARK };
var getReadableMethods = ({ subprocessStdout, subprocess, binary, encoding, preserveNewlines }) => {
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
var onRead = async (readable2, onStdoutData, onStdoutDataDone) => {
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
var onStdoutFinished = async ({ subprocessStdout, onStdoutDataDone, readable: readable2, subprocess, subprocessStdin }) => {
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
var onReadableDestroy = async ({ subprocessStdout, subprocess, waitReadableDestroy }, error) => {
  if (await waitForConcurrentStreams(waitReadableDestroy, subprocess)) {
    destroyOtherReadable(subprocessStdout, error);
    await waitForSubprocess(subprocess, error);
  }
};
var destroyOtherReadable = (stream, error) => {
  destroyOtherStream(stream, stream.readable, error);
};

// node_modules/execa/lib/convert/writable.js
import { Writable as Writable3 } from "node:stream";
import { callbackify as callbackify3 } from "node:util";
var createWritable = ({ subprocess, concurrentStreams }, { to } = {}) => {
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
var getSubprocessStdin = (subprocess, to, concurrentStreams) => {
  const subprocessStdin = getToStream(subprocess, to);
  const waitWritableFinal = addConcurrentStream(concurrentStreams, subprocessStdin, "writableFinal");
  const waitWritableDestroy = addConcurrentStream(concurrentStreams, subprocessStdin, "writableDestroy");
  return { subprocessStdin, waitWritableFinal, waitWritableDestroy };
};
var getWritableMethods = (subprocessStdin, subprocess, waitWritableFinal) => ({
  write: onWrite.bind(void 0, subprocessStdin),
  final: callbackify3(onWritableFinal.bind(void 0, subprocessStdin, subprocess, waitWritableFinal))
});
var onWrite = (subprocessStdin, chunk, encoding, done) => {
  if (subprocessStdin.write(chunk, encoding)) {
    done();
  } else {
    subprocessStdin.once("drain", done);
  }
};
var onWritableFinal = async (subprocessStdin, subprocess, waitWritableFinal) => {
  if (await waitForConcurrentStreams(waitWritableFinal, subprocess)) {
    if (subprocessStdin.writable) {
      subprocessStdin.end();
    }
    await subprocess;
  }
};
var onStdinFinished = async (subprocessStdin, writable2, subprocessStdout) => {
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
var onWritableDestroy = async ({ subprocessStdin, subprocess, waitWritableFinal, waitWritableDestroy }, error) => {
  await waitForConcurrentStreams(waitWritableFinal, subprocess);
  if (await waitForConcurrentStreams(waitWritableDestroy, subprocess)) {
    destroyOtherWritable(subprocessStdin, error);
    await waitForSubprocess(subprocess, error);
  }
};
var destroyOtherWritable = (stream, error) => {
  destroyOtherStream(stream, stream.writable, error);
};

// node_modules/execa/lib/convert/duplex.js
import { Duplex as Duplex3 } from "node:stream";
import { callbackify as callbackify4 } from "node:util";
var createDuplex = ({ subprocess, concurrentStreams, encoding }, { from, to, binary: binaryOption = true, preserveNewlines = true } = {}) => {
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const { subprocessStdout, waitReadableDestroy } = getSubprocessStdout(subprocess, from, concurrentStreams);
  const { subprocessStdin, waitWritableFinal, waitWritableDestroy } = getSubprocessStdin(subprocess, to, concurrentStreams);
  const { readableEncoding, readableObjectMode, readableHighWaterMark } = getReadableOptions(subprocessStdout, binary);
  const { read, onStdoutDataDone } = getReadableMethods({
    subprocessStdout,
    subprocess,
    binary,
    encoding,
    preserveNewlines
  });
  const duplex2 = new Duplex3({
    read,
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
var onDuplexDestroy = async ({ subprocessStdout, subprocessStdin, subprocess, waitReadableDestroy, waitWritableFinal, waitWritableDestroy }, error) => {
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

// node_modules/execa/lib/convert/iterable.js
var createIterable = (subprocess, encoding, {
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
var iterateOnStdoutData = async function* (onStdoutData, subprocessStdout, subprocess) {
  try {
    yield* onStdoutData;
  } finally {
    if (subprocessStdout.readable) {
      subprocessStdout.destroy();
    }
    await subprocess;
  }
};

// node_modules/execa/lib/convert/add.js
var addConvertedStreams = (subprocess, { encoding }) => {
  const concurrentStreams = initializeConcurrentStreams();
  subprocess.readable = createReadable.bind(void 0, { subprocess, concurrentStreams, encoding });
  subprocess.writable = createWritable.bind(void 0, { subprocess, concurrentStreams });
  subprocess.duplex = createDuplex.bind(void 0, { subprocess, concurrentStreams, encoding });
  subprocess.iterable = createIterable.bind(void 0, subprocess, encoding);
  subprocess[Symbol.asyncIterator] = createIterable.bind(void 0, subprocess, encoding, {});
};

// node_modules/execa/lib/methods/promise.js
var mergePromise = (subprocess, promise) => {
  for (const [property, descriptor] of descriptors) {
    const value = descriptor.value.bind(promise);
    Reflect.defineProperty(subprocess, property, { ...descriptor, value });
  }
};
var nativePromisePrototype = (async () => {
})().constructor.prototype;
var descriptors = ["then", "catch", "finally"].map((property) => [
  property,
  Reflect.getOwnPropertyDescriptor(nativePromisePrototype, property)
]);

// node_modules/execa/lib/methods/main-async.js
var execaCoreAsync = (rawFile, rawArguments, rawOptions, createNested) => {
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
var handleAsyncArguments = (rawFile, rawArguments, rawOptions) => {
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
var handleAsyncOptions = ({ timeout, signal, ...options }) => {
  if (signal !== void 0) {
    throw new TypeError('The "signal" option has been renamed to "cancelSignal" instead.');
  }
  return { ...options, timeoutDuration: timeout };
};
var spawnSubprocessAsync = ({ file, commandArguments, options, startTime, verboseInfo, command, escapedCommand, fileDescriptors }) => {
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
var handlePromise = async ({ subprocess, options, startTime, verboseInfo, fileDescriptors, originalStreams, command, escapedCommand, context, onInternalError, controller }) => {
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
  const result = getAsyncResult({
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
  return handleResult(result, verboseInfo, options);
};
var getAsyncResult = ({ errorInfo, exitCode, signal, stdio, all, ipcOutput, context, options, command, escapedCommand, startTime }) => "error" in errorInfo ? makeError({
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

// node_modules/execa/lib/methods/bind.js
var mergeOptions = (boundOptions, options) => {
  const newOptions = Object.fromEntries(
    Object.entries(options).map(([optionName, optionValue]) => [
      optionName,
      mergeOption(optionName, boundOptions[optionName], optionValue)
    ])
  );
  return { ...boundOptions, ...newOptions };
};
var mergeOption = (optionName, boundOptionValue, optionValue) => {
  if (DEEP_OPTIONS.has(optionName) && isPlainObject(boundOptionValue) && isPlainObject(optionValue)) {
    return { ...boundOptionValue, ...optionValue };
  }
  return optionValue;
};
var DEEP_OPTIONS = /* @__PURE__ */ new Set(["env", ...FD_SPECIFIC_OPTIONS]);

// node_modules/execa/lib/methods/create.js
var createExeca = (mapArguments, boundOptions, deepOptions, setBoundExeca) => {
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
var callBoundExeca = ({ mapArguments, deepOptions = {}, boundOptions = {}, setBoundExeca, createNested }, firstArgument, ...nextArguments) => {
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
var parseArguments = ({ mapArguments, firstArgument, nextArguments, deepOptions, boundOptions }) => {
  const callArguments = isTemplateString(firstArgument) ? parseTemplates(firstArgument, nextArguments) : [firstArgument, ...nextArguments];
  const [initialFile, initialArguments, initialOptions] = normalizeParameters(...callArguments);
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

// node_modules/execa/lib/methods/command.js
var mapCommandAsync = ({ file, commandArguments }) => parseCommand(file, commandArguments);
var mapCommandSync = ({ file, commandArguments }) => ({ ...parseCommand(file, commandArguments), isSync: true });
var parseCommand = (command, unusedArguments) => {
  if (unusedArguments.length > 0) {
    throw new TypeError(`The command and its arguments must be passed as a single string: ${command} ${unusedArguments}.`);
  }
  const [file, ...commandArguments] = parseCommandString(command);
  return { file, commandArguments };
};
var parseCommandString = (command) => {
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
var SPACES_REGEXP = / +/g;

// node_modules/execa/lib/methods/script.js
var setScriptSync = (boundExeca, createNested, boundOptions) => {
  boundExeca.sync = createNested(mapScriptSync, boundOptions);
  boundExeca.s = boundExeca.sync;
};
var mapScriptAsync = ({ options }) => getScriptOptions(options);
var mapScriptSync = ({ options }) => ({ ...getScriptOptions(options), isSync: true });
var getScriptOptions = (options) => ({ options: { ...getScriptStdinOption(options), ...options } });
var getScriptStdinOption = ({ input, inputFile, stdio }) => input === void 0 && inputFile === void 0 && stdio === void 0 ? { stdin: "inherit" } : {};
var deepScriptOptions = { preferLocal: true };

// node_modules/execa/index.js
var execa = createExeca(() => ({}));
var execaSync = createExeca(() => ({ isSync: true }));
var execaCommand = createExeca(mapCommandAsync);
var execaCommandSync = createExeca(mapCommandSync);
var execaNode = createExeca(mapNode);
var $ = createExeca(mapScriptAsync, {}, deepScriptOptions, setScriptSync);
var {
  sendMessage: sendMessage2,
  getOneMessage: getOneMessage2,
  getEachMessage: getEachMessage2,
  getCancelSignal: getCancelSignal2
} = getIpcExport();

// src/backends/types.ts
var BackendError = class extends Error {
  constructor(message, logTail) {
    super(message);
    this.logTail = logTail;
    this.name = "BackendError";
  }
  logTail;
};

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

// src/runtime.ts
var fromSource = import.meta.url.endsWith(".ts");
function typescriptLoaderArgs() {
  const preload = new URL(fromSource ? "./loader/preload.ts" : "./loader.js", import.meta.url).href;
  return [...fromSource ? ["--import", import.meta.resolve("tsx")] : [], "--import", preload];
}
var SOURCES = {
  "embedded-server": "./backends/embedded/server.ts",
  "config-probe": "./config/probe.ts",
  "sandbox-launch": "./action/sandbox-launch.ts"
};
function childEntry(name) {
  const relative = fromSource ? SOURCES[name] : `./${name}.js`;
  return new URL(relative, import.meta.url).pathname;
}

// src/log-tail.ts
var LogTail = class {
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

// src/child-env.ts
var ACTION_ONLY = /^(INPUT_|ACTIONS_)|^(GITHUB_TOKEN|GH_TOKEN|CONVEX_ADMIN_KEY|CONVEX_DEPLOY_KEY|GITHUB_ENV|GITHUB_PATH|GITHUB_OUTPUT|GITHUB_STATE|GITHUB_STEP_SUMMARY)$/i;
function childEnv(env = process.env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) if (v !== void 0 && !ACTION_ONLY.test(k)) out[k] = v;
  return out;
}

// src/backends/embedded/index.ts
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

// src/backends/embedded/in-process.ts
import { getFunctionName as getFunctionName2, makeFunctionReference as makeFunctionReference2 } from "convex/server";

// src/backends/embedded/function-error.ts
import { ConvexError, convexToJson } from "convex/values";

// node_modules/convex-test/dist/index.js
import { AsyncLocalStorage } from "node:async_hooks";
import { actionGeneric, getFunctionAddress, httpActionGeneric, makeFunctionReference, mutationGeneric, queryGeneric } from "convex/server";
import { CommitTsPlaceholder, compareValues, convexToJson as convexToJson2, getConvexSize, getDocumentSize, jsonToConvex } from "convex/values";

// node_modules/convex-test/dist/transactionMetrics.js
var MiB = 1 << 20;
var DEFAULT_TRANSACTION_LIMITS = {
  bytesRead: 16 * MiB,
  bytesWritten: 16 * MiB,
  documentsRead: 32e3,
  databaseQueries: 4096,
  documentsWritten: 16e3,
  functionsScheduled: 1e3,
  scheduledFunctionArgsBytes: 16 * MiB
};

// node_modules/convex-test/dist/index.js
var nestedTxStorage = new AsyncLocalStorage();
var authStorage = new AsyncLocalStorage();
var convexGlobalStorage = new AsyncLocalStorage();
var MAX_COMMIT_TS = 2n ** 63n - 1n;
var executionContextStorage = new AsyncLocalStorage();
var requestMetadataStorage = new AsyncLocalStorage();
var globalOverridesStorage = new AsyncLocalStorage();
var realSetTimeout = globalThis.setTimeout.bind(globalThis);
var realClearTimeout = globalThis.clearTimeout.bind(globalThis);

// src/config/component-tree.ts
import path8 from "node:path";
import { pathToFileURL } from "node:url";

// src/config/project-files.ts
import { access, readdir } from "node:fs/promises";
import path7 from "node:path";
var SOURCE = /\.(ts|tsx|js|mjs|jsx|mts)$/;
var SKIP = /(\.d\.ts|\.test\.[jt]sx?|\.spec\.[jt]sx?|\.config\.[jt]s)$/;
async function listModules(functionsDir) {
  const found = [];
  async function walk(dir) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const full = path7.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (await componentDefinition(full) === void 0) await walk(full);
      } else if (SOURCE.test(entry.name) && !SKIP.test(entry.name) && !entry.name.includes(" ")) {
        found.push(path7.relative(functionsDir, full).split(path7.sep).join("/"));
      }
    }
  }
  await walk(functionsDir);
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

// src/config/component-tree.ts
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

// src/backends/embedded/modules.ts
import { AsyncLocalStorage as AsyncLocalStorage3 } from "node:async_hooks";
import { getFunctionName } from "convex/server";

// src/backends/embedded/scheduled-timers.ts
import { AsyncLocalStorage as AsyncLocalStorage2 } from "node:async_hooks";
var scheduling = new AsyncLocalStorage2();
var realSetTimeout2 = globalThis.setTimeout;

// src/backends/embedded/scheduling.ts
var DEFAULT_CALL_LATENCY_MS = 1;
function roundTrip(callLatencyMs = DEFAULT_CALL_LATENCY_MS) {
  return (point) => new Promise((resolve) => {
    if (point.phase === "call" && callLatencyMs > 0) setTimeout(resolve, callLatencyMs);
    else setImmediate(resolve);
  });
}
var current = roundTrip();

// src/backends/embedded/modules.ts
var requestArrival = new AsyncLocalStorage3();

// src/backends/admin.ts
import { ConvexHttpClient } from "convex/browser";
function adminClient(url, adminKey) {
  const admin = new ConvexHttpClient(url, {
    skipConvexDeploymentUrlCheck: true,
    logger: false,
    fetch: async (input, init) => {
      const res = await fetch(input, { ...init, redirect: "manual" });
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
async function callFunction(client, path22, args) {
  return await client.function(path22, void 0, args);
}

// src/backends/scheduled-jobs.ts
import { makeFunctionReference as makeFunctionReference3 } from "convex/server";
var SCHEDULED_JOBS_FUNCTION = "_system/frontend/paginatedScheduledJobs";
var COMPONENTS_FUNCTION = "_system/frontend/components:list";
var PAGE = 500;
var MAX_PAGES = 20;
function systemScheduledJobs(admin, clock = { now: async () => Date.now() }) {
  const ref2 = makeFunctionReference3(SCHEDULED_JOBS_FUNCTION);
  const componentsRef = makeFunctionReference3(COMPONENTS_FUNCTION);
  const jobsOf = async (componentId, prefix) => {
    const jobs = [];
    let cursor = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = await admin.query(ref2, { componentId, paginationOpts: { numItems: PAGE, cursor } });
      for (const row of result.page) {
        const job = toJob(row);
        if (job) jobs.push(prefix ? { ...job, path: `${prefix}/${job.path}` } : job);
      }
      if (result.isDone) return jobs;
      cursor = result.continueCursor;
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

// src/backends/local/binary.ts
import { constants as constants5 } from "node:fs";
import { access as access3, stat } from "node:fs/promises";
import path11 from "node:path";

// src/backends/local/cache.ts
import os from "node:os";
import path9 from "node:path";
import { access as access2, constants as constants4 } from "node:fs/promises";

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

// src/backends/local/cache.ts
function cacheRoot(env = process.env) {
  if (env.RACE_CHECK_CACHE_DIR) return path9.resolve(env.RACE_CHECK_CACHE_DIR);
  if (env.RUNNER_TOOL_CACHE) return path9.join(env.RUNNER_TOOL_CACHE, "convex-local-backend");
  const home = os.homedir();
  const base = process.platform === "win32" ? env.LOCALAPPDATA ?? path9.join(home, "AppData", "Local") : process.platform === "darwin" ? path9.join(home, "Library", "Caches") : env.XDG_CACHE_HOME ?? path9.join(home, ".cache");
  return path9.join(base, "race-check", "convex-local-backend");
}
function cacheEntry(root, version, target) {
  const versionDir = path9.join(root, version);
  return {
    dir: path9.join(versionDir, target),
    binary: path9.join(versionDir, target, executableName()),
    marker: path9.join(versionDir, `${target}.complete`)
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

// src/backends/local/download.ts
import path10 from "node:path";
import { randomBytes as randomBytes2 } from "node:crypto";
import { chmod, mkdir, rename, rm, writeFile } from "node:fs/promises";

// node_modules/fflate/esm/index.mjs
import { createRequire } from "module";
var require2 = createRequire("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
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
var fdeb = new u8([
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
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start2) {
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
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i2 = 0; i2 < 32768; ++i2) {
  x = (i2 & 43690) >> 1 | (i2 & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i2] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i2;
var hMap = (function(cd, mb, r) {
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
var flt = new u8(288);
for (i2 = 0; i2 < 144; ++i2)
  flt[i2] = 8;
var i2;
for (i2 = 144; i2 < 256; ++i2)
  flt[i2] = 9;
var i2;
for (i2 = 256; i2 < 280; ++i2)
  flt[i2] = 7;
var i2;
for (i2 = 280; i2 < 288; ++i2)
  flt[i2] = 8;
var i2;
var fdt = new u8(32);
for (i2 = 0; i2 < 32; ++i2)
  fdt[i2] = 5;
var i2;
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = function(a2) {
  var m = a2[0];
  for (var i3 = 1; i3 < a2.length; ++i3) {
    if (a2[i3] > m)
      m = a2[i3];
  }
  return m;
};
var bits = function(d, p, m) {
  var o2 = p / 8 | 0;
  return (d[o2] | d[o2 + 1] << 8) >> (p & 7) & m;
};
var bits16 = function(d, p) {
  var o2 = p / 8 | 0;
  return (d[o2] | d[o2 + 1] << 8 | d[o2 + 2] << 16) >> (p & 7);
};
var shft = function(p) {
  return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
};
var ec = [
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
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var inflt = function(dat, st, buf, dict) {
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
var et = /* @__PURE__ */ new u8(0);
var b2 = function(d, b) {
  return d[b] | d[b + 1] << 8;
};
var b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
};
var b8 = function(d, b) {
  return b4(d, b) + b4(d, b + 4) * 4294967296;
};
function inflateSync(data, opts) {
  return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}
var dutf8 = function(d) {
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
var slzh = function(d, b) {
  return b + 30 + b2(d, b + 26) + b2(d, b + 28);
};
var zh = function(d, b, z) {
  var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
  var _a2 = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a2[0], su = _a2[1], off = _a2[2];
  return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
};
var z64hs = function(d, b, l, z, sc, su, off) {
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

// src/backends/local/http.ts
var FetchFailure = class extends Error {
};
async function fetchBytes(url, limits, signal) {
  const controller = new AbortController();
  let why = "aborted";
  const abort = (reason) => {
    why = reason;
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
      throw new FetchFailure(controller.signal.aborted ? why : describeFetchError(e));
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
      throw new FetchFailure(controller.signal.aborted ? why : describeFetchError(e));
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
var CODES = {
  ENOTFOUND: "host not found, no network or DNS? (ENOTFOUND)",
  EAI_AGAIN: "DNS lookup failed, no network? (EAI_AGAIN)",
  ECONNREFUSED: "connection refused (ECONNREFUSED)",
  ECONNRESET: "connection reset (ECONNRESET)",
  ENETUNREACH: "network unreachable (ENETUNREACH)",
  ETIMEDOUT: "connection timed out (ETIMEDOUT)"
};
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

// src/backends/local/download.ts
async function downloadToCache(url, entry, limits, signal) {
  const zip = await fetchBytes(url, limits, signal);
  const name = executableName();
  let files;
  try {
    files = unzipSync(zip, { filter: (f) => path10.posix.basename(f.name) === name });
  } catch (e) {
    throw new FetchFailure(`not a readable zip (${e.message})`);
  }
  const binary = Object.values(files)[0];
  if (!binary) throw new FetchFailure(`the zip holds no ${name}`);
  await mkdir(entry.dir, { recursive: true });
  const temp = path10.join(entry.dir, `.${name}.${randomBytes2(4).toString("hex")}.tmp`);
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

// src/backends/local/version.ts
var PINNED_BACKEND_VERSION = "precompiled-2026-09-15-4e9b83a";
var DEFAULT_VERSION_URL = "https://version.convex.dev/v1/local_backend_version";
var TAG = /^precompiled-\d{4}-\d{2}-\d{2}-[\w.-]+$/;
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

// src/backends/local/binary.ts
var DEFAULT_DOWNLOAD_BASE = "https://github.com/convex/convex-backend/releases/download";
var DEFAULT_LIMITS = { versionApiMs: 1e4, connectMs: 15e3, stallMs: 3e4 };
var WAYS_OUT = "pass --convex-backend-binary PATH (action input convex-backend-binary) to a binary you have, or use --backend embedded";
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
  const file = path11.resolve(raw);
  const info = await stat(file).catch(() => void 0);
  if (!info?.isFile()) throw new ConfigError(`--convex-backend-binary: ${raw} is not a file`);
  try {
    await access3(file, constants5.X_OK);
  } catch {
    throw new ConfigError(`--convex-backend-binary: ${raw} is not executable (chmod +x it)`);
  }
  return file;
}

// src/backends/local/deploy.ts
import path12 from "node:path";
import { createRequire as createRequire2 } from "node:module";
import { stripVTControlCharacters as stripVTControlCharacters2 } from "node:util";
import { readFile, stat as stat2, writeFile as writeFile2 } from "node:fs/promises";

// src/backends/local/redact.ts
function redact(text, secrets) {
  let out = text;
  for (const s of secrets) if (s && s.length >= 8) out = out.split(s).join("[redacted]");
  return out;
}

// src/backends/local/deploy.ts
var DEPLOY_TIMEOUT_MS = 5 * 6e4;
var TAIL_LINES = 50;
async function projectConvexCli(projectDir) {
  let pkgFile;
  try {
    pkgFile = createRequire2(path12.join(path12.resolve(projectDir), "package.json")).resolve("convex/package.json");
  } catch {
    throw new ConfigError(
      `backend local deploys your functions with your project's convex package, and none is installed for ${projectDir} (run npm install)`
    );
  }
  const pkg = JSON.parse(await readFile(pkgFile, "utf8"));
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin?.convex;
  if (!bin) throw new ConfigError(`${pkgFile} names no convex command`);
  return path12.join(path12.dirname(pkgFile), bin);
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
  const envFile = path12.join(opts.workDir, "deploy.env");
  await writeFile2(envFile, `CONVEX_SELF_HOSTED_URL=${opts.url}
CONVEX_SELF_HOSTED_ADMIN_KEY=${opts.adminKey}
`, {
    mode: 384
  });
  const generated = path12.join(opts.projectDir, opts.functionsDir ?? "convex", "_generated");
  const codegen = !(await stat2(generated).catch(() => void 0))?.isDirectory();
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
  return stripVTControlCharacters2(redact(String(r.all ?? ""), secrets)).trimEnd();
}
function outputTail(output) {
  return output.split("\n").slice(-TAIL_LINES).join("\n") || void 0;
}

// src/backends/local/launch.ts
import os2 from "node:os";
import path13 from "node:path";
import readline from "node:readline";
import { stripVTControlCharacters as stripVTControlCharacters3 } from "node:util";
import { randomBytes as randomBytes3 } from "node:crypto";
import { createWriteStream as createWriteStream2, rmSync } from "node:fs";
import { mkdtemp, rm as rm2 } from "node:fs/promises";

// src/backends/local/ports.ts
import net from "node:net";
async function freePorts(count2) {
  const servers = [];
  try {
    const ports = [];
    for (let i3 = 0; i3 < count2; i3++) {
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

// src/backends/local/launch.ts
var KEYGEN_TIMEOUT_MS = 3e4;
var POLL_MS = 100;
var TAIL_LINES2 = 50;
async function launchBackend(opts) {
  const instanceName = `race-check-${randomBytes3(5).toString("hex")}`;
  const instanceSecret = randomBytes3(32).toString("hex");
  registerSecret(instanceSecret);
  const adminKey = await keygen(opts, instanceName, instanceSecret);
  registerSecret(adminKey);
  const secrets = [instanceSecret, adminKey];
  const dataDir = await mkdtemp(path13.join(opts.tmpDir ?? os2.tmpdir(), "race-check-local-"));
  const logFile = path13.join(opts.logDir || process.env.RUNNER_TEMP || os2.tmpdir(), `${instanceName}.log`);
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
      path13.join(dataDir, "storage"),
      "--disable-beacon",
      path13.join(dataDir, "convex_local_backend.sqlite3")
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
    const clean = stripVTControlCharacters3(redact(line, secrets));
    log.push(`${clean}
`);
    logStream.write(`${clean}
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
  const why = r.code ? `could not run ${opts.binary} (${r.code})` : r.timedOut ? `\`keygen admin-key\` did not finish within ${KEYGEN_TIMEOUT_MS / 1e3} s` : r.isCanceled ? "interrupted" : `\`keygen admin-key\` failed (${r.signal ? `signal ${r.signal}` : `exit code ${r.exitCode}`}); releases before May 2026 lack it, pick a newer --convex-backend-version`;
  const output = redact(`${String(r.stderr ?? "")}
${String(r.stdout ?? "")}`.trim(), [instanceSecret]);
  throw new BackendError(`start: ${why}`, output.split("\n").slice(-TAIL_LINES2).join("\n") || void 0);
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

// src/backends/local/index.ts
var DEFAULT_STARTUP_TIMEOUT_MS = 6e4;
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

// src/backends/preview/index.ts
import { mkdtemp as mkdtemp2, rm as rm3, stat as stat3 } from "node:fs/promises";
import os3 from "node:os";
import path15 from "node:path";

// src/backends/url.ts
var LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;
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

// src/version.ts
var VERSION = true ? "1.0.0" : JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;

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
      `Convex refused the preview deployment's admin key for "${previewName}": HTTP ${res.status} ${redact(text, [key.key]).slice(0, 300)}`
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

// src/backends/preview/deploy.ts
import { readFile as readFile2, writeFile as writeFile3 } from "node:fs/promises";
import path14 from "node:path";
var DEPLOY_TIMEOUT_MS2 = 10 * 6e4;
var URL_VARIABLE = "RACE_CHECK_PREVIEW_URL";
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
  const envFile = path14.join(o2.workDir, "preview.env");
  await writeFile3(envFile, `CONVEX_DEPLOY_KEY=${o2.key}
`, { mode: 384 });
  const urlFile = path14.join(o2.workDir, "preview-url");
  const script = path14.join(o2.workDir, "report-url.cjs");
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
    const why = whyFailed(r, timeoutMs);
    throw new BackendError(
      `deploy: \`convex deploy --preview-${o2.claim === "create" ? "create" : "name"} ${o2.name}\` failed (${why})`,
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

// src/backends/preview/index.ts
var DEPLOY_KEY_SOURCE = "CONVEX_DEPLOY_KEY (action input deploy-key)";
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
  const workDir = await mkdtemp2(path15.join(os3.tmpdir(), "race-check-preview-"));
  const generated = path15.join(opts.projectDir, opts.functionsDir ?? "convex", "_generated");
  const codegen = !(await stat3(generated).catch(() => void 0))?.isDirectory();
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

// src/backends/index.ts
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

// src/config/prepare.ts
import { createHash } from "node:crypto";
import { readFile as readFile6, stat as stat4 } from "node:fs/promises";
import path20 from "node:path";

// src/config/codegen.ts
import { access as access4, readFile as readFile4, writeFile as writeFile4 } from "node:fs/promises";
import path17 from "node:path";

// src/loader/register.ts
import { register } from "node:module";
var fromSource2 = import.meta.url.endsWith(".ts");
var registered = false;
function registerLoader(projectDir) {
  if (registered) return;
  registered = true;
  const data = {
    projectDir,
    selfApi: new URL(fromSource2 ? "../index.ts" : "./api.js", import.meta.url).href
  };
  register(new URL(fromSource2 ? "./hooks.ts" : "./loader-hooks.js", import.meta.url), { data });
}

// src/config/convex-version.ts
import { readFile as readFile3 } from "node:fs/promises";
import { createRequire as createRequire3 } from "node:module";
import path16 from "node:path";
var SUPPORTED_CONVEX = { min: "1.43.0", belowMajor: 2 };
var CONVEX_FIX = "npm i convex@^1.48";
async function findConvexPackage(projectDir) {
  let manifest;
  try {
    manifest = createRequire3(path16.join(projectDir, "package.json")).resolve("convex/package.json");
  } catch {
    return void 0;
  }
  const pkg = JSON.parse(await readFile3(manifest, "utf8"));
  const dir = path16.dirname(manifest);
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin?.convex ?? "bin/main.js";
  return { dir, version: pkg.version ?? "0.0.0", bin: path16.join(dir, bin), node: pkg.engines?.node };
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

// src/config/codegen.ts
var exists = (file) => access4(file).then(
  () => true,
  () => false
);
async function ensureGenerated(projectDir, functionsDir) {
  const api = await apiFile(functionsDir);
  if (api) {
    if (await componentDefinition(functionsDir) && !hasComponentsExport(await readFile4(api, "utf8"))) {
      throw new ConfigError(
        `${shown(api)} has no \`components\` export, but ${shown(functionsDir)}/ has a convex.config: delete ${shown(path17.dirname(api))}/ and race-check generates it again`
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
    const file = path17.join(functionsDir, "_generated", name);
    if (await exists(file)) return file;
  }
  return void 0;
}
function hasComponentsExport(source) {
  return /export\s+(declare\s+)?const\s+components\b/.test(source);
}
async function restoreComponents(projectDir, functionsDir, api) {
  if (!await componentDefinition(functionsDir)) return;
  const source = await readFile4(api, "utf8");
  if (hasComponentsExport(source)) return;
  registerLoader(projectDir);
  let tree;
  try {
    tree = await readComponentTree(functionsDir);
  } catch (e) {
    throw new ConfigError(e instanceof Error ? e.message : String(e));
  }
  const generatedDir = path17.dirname(api);
  const entries = await Promise.all(
    tree.map(async (c3) => `  ${JSON.stringify(c3.name)}: ${await componentApiType(c3, generatedDir)};`)
  );
  const shape = `{
${entries.join("\n")}
}`;
  const withImport = addComponentsGenericImport(source, api);
  if (api.endsWith(".ts")) {
    await writeFile4(api, `${withImport}
export const components = componentsGeneric() as unknown as ${shape};
`);
    return;
  }
  await writeFile4(api, `${withImport}
export const components = componentsGeneric();
`);
  const dts = api.replace(/\.js$/, ".d.ts");
  if (await exists(dts)) {
    await writeFile4(dts, `${await readFile4(dts, "utf8")}
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
  if (pkg && component.dir.split(path17.sep).includes("node_modules") && pkg.exportsComponentApi) {
    return `import(${JSON.stringify(`${pkg.name}/_generated/component.js`)}).${api}`;
  }
  for (const ext of [".ts", ".d.ts", ".js"]) {
    if (await exists(path17.join(component.dir, "_generated", `component${ext}`))) {
      const relative = path17.relative(generatedDir, path17.join(component.dir, "_generated", "component.js"));
      return `import(${JSON.stringify(relative.split(path17.sep).join("/"))}).${api}`;
    }
  }
  return `import("convex/server").AnyComponents[string]`;
}
async function packageOf(dir) {
  for (let d = dir; path17.dirname(d) !== d; d = path17.dirname(d)) {
    const text = await readFile4(path17.join(d, "package.json"), "utf8").catch(() => void 0);
    if (text === void 0) continue;
    const pkg = JSON.parse(text);
    if (!pkg.name) continue;
    const exported = typeof pkg.exports === "object" && pkg.exports !== null && "./_generated/component.js" in pkg.exports;
    return { name: pkg.name, exportsComponentApi: exported };
  }
  return void 0;
}
function shown(file) {
  return path17.relative(process.cwd(), file) || file;
}

// src/config/functions.ts
import { readFile as readFile5 } from "node:fs/promises";
import path18 from "node:path";
var BUILDER = /^(internal)?(query|mutation|action)$/i;
async function scanFunctions(functionsDir) {
  const found = /* @__PURE__ */ new Map();
  for (const file of await listModules(functionsDir)) {
    if (file.startsWith("_generated/") || /^(schema|auth\.config)\.[^/]+$/.test(file)) continue;
    const source = await readFile5(path18.join(functionsDir, file), "utf8");
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

// src/config/function-ref.ts
import { getFunctionName as getFunctionName3 } from "convex/server";
var PATH = /^[A-Za-z0-9_][\w/.-]*(:[A-Za-z_$][\w$]*)?$/;
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

// src/config/load.ts
import { access as access5 } from "node:fs/promises";
import path19 from "node:path";
import { pathToFileURL as pathToFileURL2 } from "node:url";
var DEFAULT_CONFIG = "race-check.config.ts";
var CONFIG_TIMEOUT_MS = 3e4;
var loads = 0;
async function loadConfigFile(absolute, file = absolute, opts = {}) {
  try {
    await access5(absolute);
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
  registerLoader(path19.dirname(absolute));
  let timer;
  try {
    const url = `${pathToFileURL2(absolute).href}?load=${++loads}`;
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
    cwd: path19.dirname(absolute),
    extendEnv: false,
    env: { ...childEnv(), RACE_CHECK_PROJECT_DIR: path19.dirname(absolute) },
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
    const why = child.stderr.split("\n").find((l) => l.trim() !== "") ?? `exit code ${child.exitCode}`;
    throw new ConfigError(`cannot load ${file}: ${why.trim()}`);
  }
  const result = JSON.parse(line);
  if (!result.ok) throw new ConfigError(result.message ?? `cannot load ${file}`);
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

// src/config/scenario.ts
var DEFAULTS = {
  rounds: 20,
  clients: 10,
  delayBetweenRounds: 0,
  opTimeout: 3e4,
  settleMs: 1e4
};
function resolveScenario(config, s, overrides = {}) {
  const setup = resolveSetup(s.setup);
  let act;
  const functions = [];
  if (typeof s.act === "function") {
    act = { kind: "flow", flow: s.act };
  } else {
    const path22 = functionPath(s.act.fn);
    const args = s.act.args;
    act = {
      kind: "call",
      path: path22,
      args: (setupValue, client) => typeof args === "function" ? args({ setup: setupValue, client }) : args ?? {}
    };
    functions.push(path22);
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

// src/config/validate.ts
var LIMITS = {
  maxClients: 1e3,
  maxRounds: 1e5,
  maxDelayMs: 6e5,
  /** A day: work scheduled further out than that is not part of a race trial. */
  maxSettleMs: 864e5
};
var INVARIANT_KINDS = ["capacity", "maxSuccesses", "custom"];
var CONFIG_KEYS = [
  "rounds",
  "delayBetweenRounds",
  "clients",
  "opTimeout",
  "settle",
  "functionsDir",
  "env",
  "scenarios"
];
var SCENARIO_KEYS = [
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
var INVARIANT_KEYS = {
  capacity: ["kind", "read", "limit", "title", "noun"],
  maxSuccesses: ["kind", "limit", "title", "noun", "isSuccess"],
  custom: ["kind", "check"]
};
var ENV_NAME = /^[A-Za-z][A-Za-z0-9_]{0,255}$/;
var ENV_VALUE_MAX = 8 * 1024;
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
      const read = inv.read;
      if (!read || typeof read !== "object")
        fail(`${where} invariant.read`, 'capacity needs read: { fn: "module:function", args }');
      ref(read.fn, `${where} invariant.read.fn`, fail);
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

// src/config/prepare.ts
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
    projectDir = path20.resolve(cwd, opts.projectDir ?? ".");
  } else {
    const file = path20.resolve(cwd, opts.configFile ?? DEFAULT_CONFIG);
    configLabel = path20.relative(cwd, file) || file;
    projectDir = opts.projectDir ? path20.resolve(cwd, opts.projectDir) : path20.dirname(file);
    versionChecked = await prepareProject(projectDir);
    config = validateConfig(await loadConfigFile(file, configLabel, { signal: opts.signal }), configLabel);
    configFingerprint = await fingerprintConfig(file, cwd);
  }
  const functionsDir = config.functionsDir ?? await functionsDirFromConvexJson(projectDir) ?? "convex";
  const absoluteFunctions = path20.resolve(projectDir, functionsDir);
  if (!(await stat4(absoluteFunctions).catch(() => void 0))?.isDirectory()) {
    throw new ConfigError(
      `${path20.relative(cwd, absoluteFunctions) || absoluteFunctions}/ not found: run race-check in a Convex project (or set functionsDir in the config)`
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
  const warnings = await checkFunctionNames(scenarios, absoluteFunctions, path20.relative(cwd, absoluteFunctions) || ".");
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
  const text = (await readFile6(file, "utf8")).replace(/\r\n/g, "\n");
  const where = (path20.relative(await repositoryRoot(cwd), cwd) || ".").split(path20.sep).join("/");
  const hash2 = createHash("sha256").update(`race-check config\0${where}\0`).update(text).digest("hex");
  return `sha256:${hash2}`;
}
async function repositoryRoot(cwd) {
  for (let dir = path20.resolve(cwd); ; dir = path20.dirname(dir)) {
    if (await stat4(path20.join(dir, ".git")).catch(() => void 0)) return dir;
    if (path20.dirname(dir) === dir) break;
  }
  const workspace = process.env.GITHUB_WORKSPACE;
  if (workspace && !path20.relative(path20.resolve(workspace), path20.resolve(cwd)).startsWith("..")) return workspace;
  return cwd;
}
async function prepareProject(projectDir) {
  const functions = path20.resolve(projectDir, await functionsDirFromConvexJson(projectDir) ?? "convex");
  if (!(await stat4(functions).catch(() => void 0))?.isDirectory()) return false;
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
  const text = await readFile6(path20.join(projectDir, "convex.json"), "utf8").catch(() => void 0);
  if (text === void 0) return void 0;
  try {
    const functions = JSON.parse(text).functions;
    return typeof functions === "string" ? functions.replace(/\/$/, "") : void 0;
  } catch {
    throw new ConfigError(`${path20.join(projectDir, "convex.json")}: not valid JSON`);
  }
}

// src/engine/fire/stress.ts
import { setTimeout as sleep2 } from "node:timers/promises";

// src/backends/functions.ts
import { makeFunctionReference as makeFunctionReference4 } from "convex/server";
var MODULES_FUNCTION = "_system/frontend/modules:list";
async function deploymentFunctions(admin) {
  const modules = await admin.query(makeFunctionReference4(MODULES_FUNCTION), {});
  const internal = /* @__PURE__ */ new Set();
  const kinds = /* @__PURE__ */ new Map();
  for (const [file, module] of modules) {
    const path22 = file.replace(/\.(js|ts)$/, "");
    for (const fn of module.functions) {
      const name = `${path22}:${fn.name}`;
      if (fn.visibility?.kind === "internal") internal.add(name);
      if (fn.udfType === "Query") kinds.set(name, "query");
      else if (fn.udfType === "Mutation") kinds.set(name, "mutation");
      else if (fn.udfType === "Action") kinds.set(name, "action");
    }
  }
  return { internal, kinds };
}

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

// src/engine/stats.ts
var Z95 = 1.959963984540054;
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
var ScenarioTally = class {
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
function excess(t) {
  return (t.observed ?? 0) - (t.limit ?? 0);
}

// src/engine/summary.ts
var FIRST_LOG_LINES = 10;
var KEPT_HISTORIES = 10;
var TrialLog = class {
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
    for (const [path22, dueInMs] of soonest) {
      const p = { path: path22, dueInMs };
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
    const clean = ran - t.unknown;
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
      detectionRate: clean === 0 ? 0 : t.violations / clean,
      interval: wilson(t.violations, clean),
      // Only trials decided clean rule anything out; undecided ones prove nothing.
      ...t.violations === 0 && clean > 0 && { upperBound: zeroEventUpperBound(clean) },
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
function failedScenario(scenario2, message, logTail, mode = "stress") {
  return {
    ...new TrialLog(scenario2.functions).summary(mode, scenario2.name, scenario2.clients, {
      cutShort: message,
      durationMs: 0
    }),
    fireSpread: {},
    roundDetails: [],
    ...logTail && { backendLog: logTail }
  };
}

// src/engine/outcome.ts
function callOutcome(httpStatus, body, transactional = true) {
  if (httpStatus === 200 || httpStatus === 560) {
    const status = replyStatus(body);
    return status === "success" ? "ok" : status === "error" && transactional ? "fail" : "unknown";
  }
  if (httpStatus >= 300 && httpStatus < 500) return "fail";
  return "unknown";
}
function errorRollsBack(endpoint, path22, kinds) {
  const asked = endpoint === "query" || endpoint === "mutation" || endpoint === "action" ? endpoint : void 0;
  const declared = kinds?.get(path22);
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
var ALL_CALLS_REFUSED = "every call it made was refused";

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

// src/engine/deadline.ts
function withDeadline(work, ms2, late) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(late()), Math.max(1, ms2));
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

// src/engine/trial.ts
var SetupError = class extends Error {
};
function setupConfigError(scenario2, setupError) {
  return new ConfigError(`scenario "${scenario2}": ${setupError}`);
}
async function runTrial(scenario2, driver, setupCall = scenario2.setup) {
  const began = performance.now();
  const setup = await runSetup(driver.admin, setupCall, scenario2.opTimeout);
  const history = await driver.operate(setup);
  const settled = await driver.settle();
  const invariant = await bounded(
    check({ invariant: scenario2.invariant, history, admin: driver.admin, setup }),
    scenario2.opTimeout,
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

// src/engine/fire/client.ts
import { ConvexHttpClient as ConvexHttpClient2 } from "convex/browser";

// src/engine/identity.ts
var DEFAULT_ISSUER = "https://race-check.test";
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
function notFoundReply(path22) {
  return new Response(
    JSON.stringify({ status: "error", errorMessage: `Could not find public function for '${path22}'.` }),
    { status: 200, headers: { "content-type": "application/json" } }
  );
}

// src/engine/fire/gate.ts
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
  fetch = (input, init) => this.send(input, init, true);
  /** For a request of an operation that already ended (it timed out): never takes the gate. */
  fetchUngated = (input, init) => this.send(input, init, false);
  send(input, init, mayGate) {
    const gate = mayGate ? this.gate : void 0;
    if (mayGate) this.gate = void 0;
    return new Promise((resolve, reject) => {
      const url = new URL(String(input));
      const body = init?.body === void 0 || init.body === null ? void 0 : Buffer.from(init.body);
      const headers = {
        ...init?.headers
      };
      if (body) headers["content-length"] = String(body.length);
      const tls = url.protocol === "https:";
      if (tls) this.tlsAgent ??= new https.Agent({ keepAlive: true, maxSockets: 1, keepAliveMsecs: 3e4 });
      const req = (tls ? https : http).request(
        url,
        {
          method: init?.method ?? "GET",
          headers,
          agent: tls ? this.tlsAgent : this.agent,
          signal: init?.signal ?? void 0
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
    const send = (input, init) => (generation === this.generation ? this.transport.fetch : this.transport.fetchUngated)(input, init);
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
    const convexFetch = async (input, init) => {
      const start2 = performance.now() - origin;
      const body = typeof init?.body === "string" ? JSON.parse(init.body) : {};
      const endpoint = String(input).replace(/^.*\/api\//, "");
      const path22 = canonicalPath(body.path ?? endpoint.replace(/^run\//, "").replace(/\/([^/]*)$/, ":$1"));
      const call = { path: path22, endpoint, start: start2, end: start2, outcome: "unknown" };
      const refused = role.identity !== void 0 && role.internal?.has(path22);
      return await recorded(
        call,
        async () => refused ? notFoundReply(path22) : await send(input, init),
        // The body decides, not the status: the open-source backend answers a function that threw
        // with 200 (see outcome.ts). A refused call ran nothing; an action's error may follow
        // committed writes.
        async (res) => {
          const body2 = await res.clone().text();
          const outcome = callOutcome(res.status, body2, refused || errorRollsBack(endpoint, path22, role.kinds));
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
    this.fetch = async (input, init) => {
      const request = input instanceof Request ? input : void 0;
      const url = new URL(request ? request.url : String(input));
      const method = init?.method ?? request?.method ?? "GET";
      const headers = Object.fromEntries(new Headers(init?.headers ?? request?.headers));
      if (role.identity && url.origin === role.siteOrigin && headers.authorization === void 0) {
        const identity3 = Buffer.from(JSON.stringify(role.identity), "utf8").toString("base64");
        headers.authorization = `Convex ${this.adminKey}:${identity3}`;
      }
      const raw = init?.body ?? (request && request.body ? await request.arrayBuffer() : void 0);
      const body = raw === void 0 || raw === null ? void 0 : Buffer.from(await new Response(raw).arrayBuffer());
      const start2 = performance.now() - origin;
      const call = { path: `${method} ${url.pathname}`, endpoint: "http", start: start2, end: start2, outcome: "unknown" };
      return await recorded(
        call,
        () => send(url, { method, headers, body, signal: init?.signal ?? request?.signal }),
        async (res) => httpActionOutcome(res.status)
      );
    };
  }
};

// src/engine/settle.ts
import { setTimeout as sleep } from "node:timers/promises";
async function settle(jobs, opts) {
  const began = performance.now();
  const elapsed = () => performance.now() - began;
  const notQuiet = (reason) => ({ quiet: false, reason, pending: [], durationMs: elapsed() });
  try {
    const read = (left) => Math.min(left, opts.readTimeoutMs ?? left);
    const start2 = await bounded2(jobs.now(), read(opts.timeoutMs));
    const horizonEnd = start2 + opts.horizonMs;
    for (; ; ) {
      const left = opts.timeoutMs - elapsed();
      if (left <= 0 || opts.signal?.aborted) {
        return notQuiet(
          opts.signal?.aborted ? "interrupted while scheduled work was running" : `scheduled work still running after ${Math.round(opts.timeoutMs / 1e3)} s (settle timeout)`
        );
      }
      const open = await bounded2(jobs.list(), read(left));
      const due = open.filter((j) => j.state === "inProgress" || j.dueAt <= horizonEnd);
      if (due.length === 0) {
        const now = await bounded2(jobs.now(), read(left));
        return {
          quiet: true,
          pending: open.map((j) => ({ path: j.path, dueInMs: Math.max(0, j.dueAt - now) })),
          durationMs: elapsed()
        };
      }
      const running = due.some((j) => j.state === "inProgress");
      const next = Math.min(...due.map((j) => j.dueAt));
      if (jobs.advanceTo && !running) {
        await bounded2(jobs.advanceTo(next), read(left));
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

// src/engine/fire/driver.ts
var FireDriver = class {
  constructor(backend, users, scenario2, random, admin, signal, functions = {}) {
    this.backend = backend;
    this.users = users;
    this.scenario = scenario2;
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
    const { backend, users, scenario: scenario2 } = this;
    await Promise.all([
      ...users.map((u2) => u2.transport.warm(backend.url, scenario2.opTimeout)),
      backend.fire?.arm(users.length)
    ]);
    const siteOrigin = backend.siteUrl ? new URL(backend.siteUrl).origin : void 0;
    const roles = users.map((_, client) => ({
      identity: identityFor(scenario2.identity, setup, client),
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
    const history = (await Promise.all(order.map((i3) => runOperation(users[i3], i3, scenario2, setup, origin, roles[i3], site)))).sort((a2, b) => a2.client - b.client);
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
async function runOperation(user, client, scenario2, setup, origin, role, site) {
  user.begin(origin, role);
  const start2 = performance.now() - origin;
  const act = scenario2.act;
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
    value = await withDeadline(work, scenario2.opTimeout, () => new OperationTimeout(scenario2.opTimeout));
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
  scenario: scenario2,
  seed,
  range = { from: 1, to: scenario2.rounds },
  onProgress,
  onLogs,
  signal
}) {
  const began = performance.now();
  const planned = range.to - range.from + 1;
  const admin = adminClient(backend.url, backend.adminKey);
  const log = new TrialLog(scenario2.functions);
  const details = [];
  const kept = [];
  let sample;
  let spreadSource;
  let cutShort;
  let lost = false;
  checkOpenFileLimit(scenario2.clients);
  const users = Array.from({ length: scenario2.clients }, () => new UserClient(backend.url, backend.adminKey));
  let functions;
  try {
    functions = await bounded(deploymentFunctions(admin), scenario2.opTimeout, "listing the deployment's functions");
  } catch (e) {
    if (scenario2.identity) {
      throw new BackendError(
        `could not list the deployment's functions (needed for signed-in users): ${errorMessage(e)}`
      );
    }
  }
  const driver = new FireDriver(backend, users, scenario2, prng(seed ^ hash(scenario2.name)), admin, signal, {
    internal: scenario2.identity ? functions?.internal : void 0,
    kinds: functions?.kinds
  });
  try {
    for (let r = range.from; r <= range.to && !signal?.aborted; r++) {
      let trial;
      try {
        await backend.reset?.({ timeLimitMs: scenario2.opTimeout });
        trial = await runTrial(scenario2, driver);
      } catch (e) {
        if (!await backend.probe()) {
          lost = true;
          cutShort = `backend exited during round ${r} of "${scenario2.name}"`;
          break;
        }
        if (e instanceof SetupError && r === range.from) throw setupConfigError(scenario2.name, e.message);
        cutShort = e instanceof SetupError ? e.message : `round ${r} failed: ${errorMessage(e)}`;
        break;
      }
      if ((trial.verdict === "unknown" || trial.verdict === "error") && !await backend.probe()) {
        lost = true;
        cutShort = `backend exited during round ${r} of "${scenario2.name}"`;
        break;
      }
      const round = { ...trial, ...driver.spread, round: r };
      spreadSource ??= round.spreadSource;
      log.add(trial);
      const lines = await backend.logs?.take().catch(() => void 0);
      if (lines) {
        log.addLogs(lines);
        if (lines.lines.length > 0) onLogs?.(scenario2.name, lines.lines);
      }
      if (!sample || sample.verdict !== "violation" && round.verdict === "violation") sample = round;
      if (round.verdict !== "ok" && kept.length < KEPT_HISTORIES) kept.push(round);
      details.push(summarizeRound(round));
      onProgress?.({
        scenario: scenario2.name,
        round: r - range.from + 1,
        rounds: planned,
        violations: log.tally.violations
      });
      if (scenario2.delayBetweenRounds > 0 && r < range.to) {
        await sleep2(scenario2.delayBetweenRounds, void 0, { signal }).catch(() => void 0);
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
  const result = {
    ...log.summary("stress", scenario2.name, scenario2.clients, {
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
      ...result,
      ...logTail && { backendLog: logTail }
    });
  }
  return result;
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

// src/shell.ts
function shellQuote(arg) {
  if (/^[\w./:=@+-]+$/.test(arg)) return arg;
  if (arg.includes("!")) return `'${arg.replace(/'/g, "'\\''")}'`;
  return `"${arg.replace(/(["\\$`])/g, "\\$1")}"`;
}
function flag(name, value) {
  return value.startsWith("-") ? [`${name}=${value}`] : [name, value];
}

// src/engine/shard.ts
function planShards(scenarios, count2) {
  const shards = Array.from({ length: count2 }, () => []);
  const cost = scenarios.map((s) => s.rounds * Math.max(1, s.clients));
  if (count2 <= scenarios.length) {
    const load2 = new Array(count2).fill(0);
    const order = scenarios.map((_, i3) => i3).sort((a2, b) => cost[b] - cost[a2] || a2 - b);
    for (const i3 of order) {
      const target = load2.indexOf(Math.min(...load2));
      load2[target] += cost[i3];
      shards[target].push({ scenario: i3, from: 1, to: scenarios[i3].rounds });
    }
    for (const parts of shards) parts.sort((a2, b) => a2.scenario - b.scenario);
    return shards;
  }
  const pieces = scenarios.map(() => 1);
  for (let extra = count2 - scenarios.length; extra > 0; extra--) {
    let best = -1;
    for (let i3 = 0; i3 < scenarios.length; i3++) {
      if (pieces[i3] >= scenarios[i3].rounds) continue;
      if (best < 0 || cost[i3] / pieces[i3] > cost[best] / pieces[best]) best = i3;
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

// src/model.ts
var RANK = { ok: 0, inconclusive: 1, error: 2, race: 3 };
function joinVerdicts(verdicts) {
  let joined;
  for (const v of verdicts) if (joined === void 0 || RANK[v] > RANK[joined]) joined = v;
  return joined ?? "error";
}

// src/engine/expectations.ts
import path21 from "node:path";
function withExpectations(results, scenarios) {
  const expected = new Set(scenarios.filter((s) => s.expect === "race").map((s) => s.name));
  return results.map((r) => expected.has(r.name) ? { ...r, expect: "race" } : r);
}
function functionsDirLabel(prepared, cwd) {
  const relative = path21.relative(cwd, path21.resolve(prepared.projectDir, prepared.functionsDir));
  return (relative || ".").split(path21.sep).join("/");
}

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

// src/run.ts
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
  const work = sharding ? sharding.parts.map((part) => ({ scenario: prepared.scenarios[part.scenario], part })) : prepared.scenarios.map((scenario2) => ({ scenario: scenario2, part: void 0 }));
  const withShard = (result, part) => part && sharding ? { ...result, shardRounds: shardRoundsOf(part, prepared.scenarios[part.scenario].rounds, sharding.info.index) } : result;
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
    for (const { scenario: scenario2, part } of work) {
      if (opts.signal?.aborted) break;
      try {
        scenarios.push(
          withShard(
            await runScenario({
              backend,
              scenario: scenario2,
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
          scenarios.push(withShard(failedScenario(scenario2, e.message), part));
          continue;
        }
        if (!(e instanceof BackendError)) throw e;
        const why = opts.signal?.aborted ? "interrupted" : e.message;
        scenarios.push(
          withShard(
            e instanceof ScenarioCutShort ? e.partial : failedScenario(scenario2, why, opts.signal?.aborted ? void 0 : e.logTail),
            part
          )
        );
        break;
      }
    }
    for (const rest of work.slice(scenarios.length)) {
      const why = `not run: ${opts.signal?.aborted ? "interrupted" : "backend exited"}`;
      scenarios.push(withShard(failedScenario(rest.scenario, why), rest.part));
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

// src/stress.ts
async function runStressTest(options, config) {
  const { projectDir, backend, url, adminKey, allowRemote, seed, ...raceConfig } = config;
  return await runRaceCheck({
    config: {
      ...raceConfig,
      ...options.delayBetweenRounds !== void 0 && {
        delayBetweenRounds: options.delayBetweenRounds
      }
    },
    rounds: options.rounds,
    scenario: options.scenario,
    projectDir,
    backend,
    url,
    adminKey,
    allowRemote,
    seed
  });
}

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

// src/report/format.ts
var VERDICT_LABEL = {
  race: "RACE CONDITION",
  ok: "OK",
  inconclusive: "INCONCLUSIVE",
  error: "ERROR"
};
var VERDICT_ICON = {
  race: "🔴",
  ok: "🟢",
  inconclusive: "🟡",
  error: "⚠️"
};
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
  const clean = s.rounds - s.unknown;
  const bound = s.upperBound !== void 0 ? `: per-round race probability < ${pctBound(s.upperBound)} at 95%` : "";
  return s.unknown > 0 ? `0/${s.rounds} rounds, ${clean} decided clean${bound}` : `0/${s.rounds} rounds${bound}`;
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
  let current2 = head.join(" ");
  while (i3 < args.length) {
    const flagWord = shellQuote(args[i3++]);
    const value = i3 < args.length && !args[i3].startsWith("--") ? shellQuote(args[i3++]) : void 0;
    const text = value === void 0 ? flagWord : `${flagWord} ${value}`;
    if (current2.length + 1 + text.length <= limit) {
      current2 = current2 === "" ? text : `${current2} ${text}`;
    } else if (value === void 0 || 2 + text.length <= limit) {
      lines.push(current2);
      current2 = `  ${text}`;
    } else {
      if (current2.length + 1 + flagWord.length <= limit) lines.push(`${current2} ${flagWord}`);
      else lines.push(current2, `  ${flagWord}`);
      current2 = `  ${value}`;
    }
  }
  lines.push(current2);
  return lines.map((l, n2) => n2 < lines.length - 1 ? `${l} \\` : l);
}
function seedLabel(run) {
  if (run.shard) return `seed ${run.seed}, shard ${run.shard.index}/${run.shard.count} (shard seed ${run.shard.seed})`;
  if (run.merged) {
    const { count: count2, missing } = run.merged;
    const seeds = new Set(run.merged.shards.map((x2) => x2.runSeed));
    const seed = seeds.size === 1 ? `seed ${run.seed}` : `seeds ${[...seeds].join(", ")}`;
    const gone = missing.length > 0 ? `, shard(s) ${missing.map((i3) => `${i3}/${count2}`).join(", ")} missing` : "";
    return `${count2 - missing.length} of ${count2} shards merged${gone}, ${seed}`;
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
var STANDING_NOTE = {
  race: void 0,
  new: "new: not racing in the baseline",
  still: "also racing in the baseline",
  known: "known race: reported, not failing",
  fixed: "fixed: it raced in the baseline",
  "may-be-fixed": 'expected a race (expect: "race"), none seen: it may be fixed',
  none: void 0
};
var STANDING_TAG = {
  race: void 0,
  new: "new",
  still: "also in the baseline",
  known: "known race",
  fixed: "fixed",
  "may-be-fixed": "may be fixed",
  none: void 0
};
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

// src/report/json.ts
function renderJson(run) {
  return `${JSON.stringify(run, (_k, v) => typeof v === "number" && !Number.isFinite(v) ? null : v, 2)}
`;
}

// src/explore/token.ts
function replayArgs(configLabel, scenario2, token) {
  return ["npx", "race-check", "explore", ...flag("--config", configLabel), ...flag("--scenario", scenario2)].concat(
    "--replay",
    token
  );
}

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

// src/report/markdown.ts
var CHART_ROUNDS = 100;
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
    const search = explored.get(s.name);
    const searchCell = searchColumn ? ` ${search ? searchSummary(search) : "—"} |` : "";
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
    const search = explored.get(s.name);
    if (verdicts.get(s.name) === "race") out.push(...raceSection(run, s, search, ctx));
    else if (s.verdict !== "ok")
      out.push(
        `**${mdInline(s.name)}**: ${mdInline(s.headline)}${s.error && s.error !== s.headline ? ` (${mdInline(s.error)})` : ""}`,
        ""
      );
    if (search && search.verdict !== "ok" && search.verdict !== "race") {
      out.push(`**${mdInline(s.name)}** (interleaving search): ${mdInline(search.headline)}`, "");
    }
    for (const x2 of [s, search]) {
      const pending = x2 && pendingLine(x2);
      if (pending) out.push(`**${mdInline(s.name)}**: ${mdInline(pending)}`, "");
      if (x2) out.push(...logsSection(x2));
    }
  }
  for (const search of explored.values()) {
    if (!run.scenarios.some((s) => s.name === search.name) && search.counterexample) {
      out.push(...interleaving(run, search, search.counterexample));
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
function raceSection(run, s, search, ctx) {
  const racing = s.verdict === "race" ? s : search ?? s;
  const note = standingNote(ctx.comparison, racing);
  const out = [`#### ${mdInline(s.name)}: ${mdInline(racing.headline)}`, ""];
  if (note) out.push(`_${mdInline(note)}_`, "");
  const functions = sourceLinks([.../* @__PURE__ */ new Set([...s.functions, ...search?.functions ?? []])], ctx);
  if (functions) out.push(functions, "");
  if (search?.counterexample) out.push(...interleaving(run, search, search.counterexample, false));
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
var cell = mdCell;
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
export {
  BackendError,
  ConfigError,
  capacity,
  custom,
  defineConfig,
  defineScenario,
  maxSuccesses,
  renderJson,
  renderMarkdown,
  renderText,
  runRaceCheck,
  runStressTest,
  scenario
};
