// Third-party code in this bundle: licences in THIRD_PARTY_NOTICES.md.
import { createRequire as __rcCreateRequire } from "node:module";
const require = __rcCreateRequire(import.meta.url);

// src/loader/hooks.ts
import { existsSync, realpathSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// node_modules/get-tsconfig/dist/index.mjs
import m2 from "node:path";
import ce from "node:fs";
import $e from "node:module";

// node_modules/resolve-pkg-maps/dist/index.mjs
var A = (r2) => r2 !== null && typeof r2 == "object";
var a = (r2, t) => Object.assign(new Error(`[${r2}]: ${t}`), { code: r2 });
var _ = "ERR_INVALID_PACKAGE_CONFIG";
var E = "ERR_INVALID_PACKAGE_TARGET";
var I = "ERR_PACKAGE_PATH_NOT_EXPORTED";
var R = /^\d+$/;
var O = /^(\.{1,2}|node_modules)$/i;
var w = /\/|\\/;
var h = ((r2) => (r2.Export = "exports", r2.Import = "imports", r2))(h || {});
var f = (r2, t, e, o, c) => {
  if (t == null) return [];
  if (typeof t == "string") {
    const [n, ...i] = t.split(w);
    if (n === ".." || i.some((l) => O.test(l))) throw a(E, `Invalid "${r2}" target "${t}" defined in the package config`);
    return [c ? t.replace(/\*/g, c) : t];
  }
  if (Array.isArray(t)) return t.flatMap((n) => f(r2, n, e, o, c));
  if (A(t)) {
    for (const n of Object.keys(t)) {
      if (R.test(n)) throw a(_, "Cannot contain numeric property keys");
      if (n === "default" || o.includes(n)) return f(r2, t[n], e, o, c);
    }
    return [];
  }
  throw a(E, `Invalid "${r2}" target "${t}"`);
};
var s = "*";
var m = (r2, t) => {
  const e = r2.indexOf(s), o = t.indexOf(s);
  return e === o ? t.length > r2.length : o > e;
};
function d(r2, t) {
  if (!t.includes(s) && r2.hasOwnProperty(t)) return [t];
  let e, o;
  for (const c of Object.keys(r2)) if (c.includes(s)) {
    const [n, i, l] = c.split(s);
    if (l === void 0 && t.startsWith(n) && t.endsWith(i)) {
      const g = t.slice(n.length, -i.length || void 0);
      g && (!e || m(e, c)) && (e = c, o = g);
    }
  }
  return [e, o];
}
var p = (r2) => Object.keys(r2).reduce((t, e) => {
  const o = e === "" || e[0] !== ".";
  if (t === void 0 || t === o) return o;
  throw a(_, '"exports" cannot contain some keys starting with "." and some not');
}, void 0);
var u = /^\w+:/;
var v = (r2, t, e) => {
  if (!r2) throw new Error('"exports" is required');
  t = t === "" ? "." : `./${t}`, (typeof r2 == "string" || Array.isArray(r2) || A(r2) && p(r2)) && (r2 = { ".": r2 });
  const [o, c] = d(r2, t), n = f(h.Export, r2[o], t, e, c);
  if (n.length === 0) throw a(I, t === "." ? 'No "exports" main defined' : `Package subpath '${t}' is not defined by "exports"`);
  for (const i of n) if (!i.startsWith("./") && !u.test(i)) throw a(E, `Invalid "exports" target "${i}" defined in the package config`);
  return n;
};

// node_modules/get-tsconfig/dist/index.mjs
import Ie from "fs";
import Ue from "os";
import Re from "path";
var xe = Object.defineProperty;
var r = (e, t) => xe(e, "name", { value: t, configurable: true });
function L(e) {
  return e.startsWith("\\\\?\\") ? e : e.replace(/\\/g, "/");
}
r(L, "slash");
var Q = r((e) => {
  const t = ce[e];
  return (l, ...n) => {
    const s2 = `${e}:${n.join(":")}`;
    let i = l == null ? void 0 : l.get(s2);
    return i === void 0 && (i = Reflect.apply(t, ce, n), l == null || l.set(s2, i)), i;
  };
}, "cacheFs");
var x = Q("existsSync");
var Se = Q("readFileSync");
var H = Q("statSync");
var Ne = Q("realpathSync");
var Pe = r((...[e, t]) => {
  const l = Ne(e, t);
  if (typeof l != "string") throw new TypeError(`Unexpected resolved path type for ${l} in ${t}`);
  return l;
}, "realpath");
var O2 = r((e, t, l) => {
  for (; ; ) {
    const n = m2.posix.join(e, t);
    if (x(l, n)) return n;
    const s2 = m2.dirname(e);
    if (s2 === e) return;
    e = s2;
  }
}, "findUp");
var C = /^\.{1,2}(\/.*)?$/;
var X = r((e) => {
  const t = L(e);
  return C.test(t) ? t : `./${t}`;
}, "normalizeRelativePath");
function We(e, t = false) {
  const l = e.length;
  let n = 0, s2 = "", i = 0, o = 16, f2 = 0, u2 = 0, c = 0, w2 = 0, p2 = 0;
  function _2(g, j) {
    let y = 0, A2 = 0;
    for (; y < g; ) {
      let k = e.charCodeAt(n);
      if (k >= 48 && k <= 57) A2 = A2 * 16 + k - 48;
      else if (k >= 65 && k <= 70) A2 = A2 * 16 + k - 65 + 10;
      else if (k >= 97 && k <= 102) A2 = A2 * 16 + k - 97 + 10;
      else break;
      n++, y++;
    }
    return y < g && (A2 = -1), A2;
  }
  r(_2, "scanHexDigits");
  function h2(g) {
    n = g, s2 = "", i = 0, o = 16, p2 = 0;
  }
  r(h2, "setPosition");
  function D() {
    let g = n;
    if (e.charCodeAt(n) === 48) n++;
    else for (n++; n < e.length && R2(e.charCodeAt(n)); ) n++;
    if (n < e.length && e.charCodeAt(n) === 46) if (n++, n < e.length && R2(e.charCodeAt(n))) for (n++; n < e.length && R2(e.charCodeAt(n)); ) n++;
    else return p2 = 3, e.substring(g, n);
    let j = n;
    if (n < e.length && (e.charCodeAt(n) === 69 || e.charCodeAt(n) === 101)) if (n++, (n < e.length && e.charCodeAt(n) === 43 || e.charCodeAt(n) === 45) && n++, n < e.length && R2(e.charCodeAt(n))) {
      for (n++; n < e.length && R2(e.charCodeAt(n)); ) n++;
      j = n;
    } else p2 = 3;
    return e.substring(g, j);
  }
  r(D, "scanNumber");
  function T() {
    let g = "", j = n;
    for (; ; ) {
      if (n >= l) {
        g += e.substring(j, n), p2 = 2;
        break;
      }
      const y = e.charCodeAt(n);
      if (y === 34) {
        g += e.substring(j, n), n++;
        break;
      }
      if (y === 92) {
        if (g += e.substring(j, n), n++, n >= l) {
          p2 = 2;
          break;
        }
        switch (e.charCodeAt(n++)) {
          case 34:
            g += '"';
            break;
          case 92:
            g += "\\";
            break;
          case 47:
            g += "/";
            break;
          case 98:
            g += "\b";
            break;
          case 102:
            g += "\f";
            break;
          case 110:
            g += `
`;
            break;
          case 114:
            g += "\r";
            break;
          case 116:
            g += "	";
            break;
          case 117:
            const k = _2(4);
            k >= 0 ? g += String.fromCharCode(k) : p2 = 4;
            break;
          default:
            p2 = 5;
        }
        j = n;
        continue;
      }
      if (y >= 0 && y <= 31) if (J(y)) {
        g += e.substring(j, n), p2 = 2;
        break;
      } else p2 = 6;
      n++;
    }
    return g;
  }
  r(T, "scanString");
  function d2() {
    if (s2 = "", p2 = 0, i = n, u2 = f2, w2 = c, n >= l) return i = l, o = 17;
    let g = e.charCodeAt(n);
    if (ee(g)) {
      do
        n++, s2 += String.fromCharCode(g), g = e.charCodeAt(n);
      while (ee(g));
      return o = 15;
    }
    if (J(g)) return n++, s2 += String.fromCharCode(g), g === 13 && e.charCodeAt(n) === 10 && (n++, s2 += `
`), f2++, c = n, o = 14;
    switch (g) {
      case 123:
        return n++, o = 1;
      case 125:
        return n++, o = 2;
      case 91:
        return n++, o = 3;
      case 93:
        return n++, o = 4;
      case 58:
        return n++, o = 6;
      case 44:
        return n++, o = 5;
      case 34:
        return n++, s2 = T(), o = 10;
      case 47:
        const j = n - 1;
        if (e.charCodeAt(n + 1) === 47) {
          for (n += 2; n < l && !J(e.charCodeAt(n)); ) n++;
          return s2 = e.substring(j, n), o = 12;
        }
        if (e.charCodeAt(n + 1) === 42) {
          n += 2;
          const y = l - 1;
          let A2 = false;
          for (; n < y; ) {
            const k = e.charCodeAt(n);
            if (k === 42 && e.charCodeAt(n + 1) === 47) {
              n += 2, A2 = true;
              break;
            }
            n++, J(k) && (k === 13 && e.charCodeAt(n) === 10 && n++, f2++, c = n);
          }
          return A2 || (n++, p2 = 1), s2 = e.substring(j, n), o = 13;
        }
        return s2 += String.fromCharCode(g), n++, o = 16;
      case 45:
        if (s2 += String.fromCharCode(g), n++, n === l || !R2(e.charCodeAt(n))) return o = 16;
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        return s2 += D(), o = 11;
      default:
        for (; n < l && v2(g); ) n++, g = e.charCodeAt(n);
        if (i !== n) {
          switch (s2 = e.substring(i, n), s2) {
            case "true":
              return o = 8;
            case "false":
              return o = 9;
            case "null":
              return o = 7;
          }
          return o = 16;
        }
        return s2 += String.fromCharCode(g), n++, o = 16;
    }
  }
  r(d2, "scanNext");
  function v2(g) {
    if (ee(g) || J(g)) return false;
    switch (g) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  r(v2, "isUnknownContentCharacter");
  function $() {
    let g;
    do
      g = d2();
    while (g >= 12 && g <= 15);
    return g;
  }
  return r($, "scanNextNonTrivia"), { setPosition: h2, getPosition: r(() => n, "getPosition"), scan: t ? $ : d2, getToken: r(() => o, "getToken"), getTokenValue: r(() => s2, "getTokenValue"), getTokenOffset: r(() => i, "getTokenOffset"), getTokenLength: r(() => n - i, "getTokenLength"), getTokenStartLine: r(() => u2, "getTokenStartLine"), getTokenStartCharacter: r(() => i - w2, "getTokenStartCharacter"), getTokenError: r(() => p2, "getTokenError") };
}
r(We, "createScanner");
function ee(e) {
  return e === 32 || e === 9;
}
r(ee, "isWhiteSpace");
function J(e) {
  return e === 10 || e === 13;
}
r(J, "isLineBreak");
function R2(e) {
  return e >= 48 && e <= 57;
}
r(R2, "isDigit");
var ge;
(function(e) {
  e[e.lineFeed = 10] = "lineFeed", e[e.carriageReturn = 13] = "carriageReturn", e[e.space = 32] = "space", e[e._0 = 48] = "_0", e[e._1 = 49] = "_1", e[e._2 = 50] = "_2", e[e._3 = 51] = "_3", e[e._4 = 52] = "_4", e[e._5 = 53] = "_5", e[e._6 = 54] = "_6", e[e._7 = 55] = "_7", e[e._8 = 56] = "_8", e[e._9 = 57] = "_9", e[e.a = 97] = "a", e[e.b = 98] = "b", e[e.c = 99] = "c", e[e.d = 100] = "d", e[e.e = 101] = "e", e[e.f = 102] = "f", e[e.g = 103] = "g", e[e.h = 104] = "h", e[e.i = 105] = "i", e[e.j = 106] = "j", e[e.k = 107] = "k", e[e.l = 108] = "l", e[e.m = 109] = "m", e[e.n = 110] = "n", e[e.o = 111] = "o", e[e.p = 112] = "p", e[e.q = 113] = "q", e[e.r = 114] = "r", e[e.s = 115] = "s", e[e.t = 116] = "t", e[e.u = 117] = "u", e[e.v = 118] = "v", e[e.w = 119] = "w", e[e.x = 120] = "x", e[e.y = 121] = "y", e[e.z = 122] = "z", e[e.A = 65] = "A", e[e.B = 66] = "B", e[e.C = 67] = "C", e[e.D = 68] = "D", e[e.E = 69] = "E", e[e.F = 70] = "F", e[e.G = 71] = "G", e[e.H = 72] = "H", e[e.I = 73] = "I", e[e.J = 74] = "J", e[e.K = 75] = "K", e[e.L = 76] = "L", e[e.M = 77] = "M", e[e.N = 78] = "N", e[e.O = 79] = "O", e[e.P = 80] = "P", e[e.Q = 81] = "Q", e[e.R = 82] = "R", e[e.S = 83] = "S", e[e.T = 84] = "T", e[e.U = 85] = "U", e[e.V = 86] = "V", e[e.W = 87] = "W", e[e.X = 88] = "X", e[e.Y = 89] = "Y", e[e.Z = 90] = "Z", e[e.asterisk = 42] = "asterisk", e[e.backslash = 92] = "backslash", e[e.closeBrace = 125] = "closeBrace", e[e.closeBracket = 93] = "closeBracket", e[e.colon = 58] = "colon", e[e.comma = 44] = "comma", e[e.dot = 46] = "dot", e[e.doubleQuote = 34] = "doubleQuote", e[e.minus = 45] = "minus", e[e.openBrace = 123] = "openBrace", e[e.openBracket = 91] = "openBracket", e[e.plus = 43] = "plus", e[e.slash = 47] = "slash", e[e.formFeed = 12] = "formFeed", e[e.tab = 9] = "tab";
})(ge || (ge = {})), new Array(20).fill(0).map((e, t) => " ".repeat(t));
var S = 200;
new Array(S).fill(0).map((e, t) => `
` + " ".repeat(t)), new Array(S).fill(0).map((e, t) => "\r" + " ".repeat(t)), new Array(S).fill(0).map((e, t) => `\r
` + " ".repeat(t)), new Array(S).fill(0).map((e, t) => `
` + "	".repeat(t)), new Array(S).fill(0).map((e, t) => "\r" + "	".repeat(t)), new Array(S).fill(0).map((e, t) => `\r
` + "	".repeat(t));
var Y;
(function(e) {
  e.DEFAULT = { allowTrailingComma: false };
})(Y || (Y = {}));
function Je(e, t = [], l = Y.DEFAULT) {
  let n = null, s2 = [];
  const i = [];
  function o(u2) {
    Array.isArray(s2) ? s2.push(u2) : n !== null && (s2[n] = u2);
  }
  return r(o, "onValue"), Me(e, { onObjectBegin: r(() => {
    const u2 = {};
    o(u2), i.push(s2), s2 = u2, n = null;
  }, "onObjectBegin"), onObjectProperty: r((u2) => {
    n = u2;
  }, "onObjectProperty"), onObjectEnd: r(() => {
    s2 = i.pop();
  }, "onObjectEnd"), onArrayBegin: r(() => {
    const u2 = [];
    o(u2), i.push(s2), s2 = u2, n = null;
  }, "onArrayBegin"), onArrayEnd: r(() => {
    s2 = i.pop();
  }, "onArrayEnd"), onLiteralValue: o, onError: r((u2, c, w2) => {
    t.push({ error: u2, offset: c, length: w2 });
  }, "onError") }, l), s2[0];
}
r(Je, "parse$1");
function Me(e, t, l = Y.DEFAULT) {
  const n = We(e, false), s2 = [];
  let i = 0;
  function o(b) {
    return b ? () => i === 0 && b(n.getTokenOffset(), n.getTokenLength(), n.getTokenStartLine(), n.getTokenStartCharacter()) : () => true;
  }
  r(o, "toNoArgVisit");
  function f2(b) {
    return b ? (F) => i === 0 && b(F, n.getTokenOffset(), n.getTokenLength(), n.getTokenStartLine(), n.getTokenStartCharacter()) : () => true;
  }
  r(f2, "toOneArgVisit");
  function u2(b) {
    return b ? (F) => i === 0 && b(F, n.getTokenOffset(), n.getTokenLength(), n.getTokenStartLine(), n.getTokenStartCharacter(), () => s2.slice()) : () => true;
  }
  r(u2, "toOneArgVisitWithPath");
  function c(b) {
    return b ? () => {
      i > 0 ? i++ : b(n.getTokenOffset(), n.getTokenLength(), n.getTokenStartLine(), n.getTokenStartCharacter(), () => s2.slice()) === false && (i = 1);
    } : () => true;
  }
  r(c, "toBeginVisit");
  function w2(b) {
    return b ? () => {
      i > 0 && i--, i === 0 && b(n.getTokenOffset(), n.getTokenLength(), n.getTokenStartLine(), n.getTokenStartCharacter());
    } : () => true;
  }
  r(w2, "toEndVisit");
  const p2 = c(t.onObjectBegin), _2 = u2(t.onObjectProperty), h2 = w2(t.onObjectEnd), D = c(t.onArrayBegin), T = w2(t.onArrayEnd), d2 = u2(t.onLiteralValue), v2 = f2(t.onSeparator), $ = o(t.onComment), g = f2(t.onError), j = l && l.disallowComments, y = l && l.allowTrailingComma;
  function A2() {
    for (; ; ) {
      const b = n.scan();
      switch (n.getTokenError()) {
        case 4:
          k(14);
          break;
        case 5:
          k(15);
          break;
        case 3:
          k(13);
          break;
        case 1:
          j || k(11);
          break;
        case 2:
          k(12);
          break;
        case 6:
          k(16);
          break;
      }
      switch (b) {
        case 12:
        case 13:
          j ? k(10) : $();
          break;
        case 16:
          k(1);
          break;
        case 15:
        case 14:
          break;
        default:
          return b;
      }
    }
  }
  r(A2, "scanNext");
  function k(b, F = [], W = []) {
    if (g(b), F.length + W.length > 0) {
      let I2 = n.getToken();
      for (; I2 !== 17; ) {
        if (F.indexOf(I2) !== -1) {
          A2();
          break;
        } else if (W.indexOf(I2) !== -1) break;
        I2 = A2();
      }
    }
  }
  r(k, "handleError");
  function P(b) {
    const F = n.getTokenValue();
    return b ? d2(F) : (_2(F), s2.push(F)), A2(), true;
  }
  r(P, "parseString");
  function M() {
    switch (n.getToken()) {
      case 11:
        const b = n.getTokenValue();
        let F = Number(b);
        isNaN(F) && (k(2), F = 0), d2(F);
        break;
      case 7:
        d2(null);
        break;
      case 8:
        d2(true);
        break;
      case 9:
        d2(false);
        break;
      default:
        return false;
    }
    return A2(), true;
  }
  r(M, "parseLiteral");
  function V() {
    return n.getToken() !== 10 ? (k(3, [], [2, 5]), false) : (P(false), n.getToken() === 6 ? (v2(":"), A2(), U() || k(4, [], [2, 5])) : k(5, [], [2, 5]), s2.pop(), true);
  }
  r(V, "parseProperty");
  function z() {
    p2(), A2();
    let b = false;
    for (; n.getToken() !== 2 && n.getToken() !== 17; ) {
      if (n.getToken() === 5) {
        if (b || k(4, [], []), v2(","), A2(), n.getToken() === 2 && y) break;
      } else b && k(6, [], []);
      V() || k(4, [], [2, 5]), b = true;
    }
    return h2(), n.getToken() !== 2 ? k(7, [2], []) : A2(), true;
  }
  r(z, "parseObject");
  function G() {
    D(), A2();
    let b = true, F = false;
    for (; n.getToken() !== 4 && n.getToken() !== 17; ) {
      if (n.getToken() === 5) {
        if (F || k(4, [], []), v2(","), A2(), n.getToken() === 4 && y) break;
      } else F && k(6, [], []);
      b ? (s2.push(0), b = false) : s2[s2.length - 1]++, U() || k(4, [], [4, 5]), F = true;
    }
    return T(), b || s2.pop(), n.getToken() !== 4 ? k(8, [4], []) : A2(), true;
  }
  r(G, "parseArray");
  function U() {
    switch (n.getToken()) {
      case 3:
        return G();
      case 1:
        return z();
      case 10:
        return P(true);
      default:
        return M();
    }
  }
  return r(U, "parseValue"), A2(), n.getToken() === 17 ? l.allowEmptyContent ? true : (k(4, [], []), false) : U() ? (n.getToken() !== 17 && k(9, [], []), true) : (k(4, [], []), false);
}
r(Me, "visit");
var ke;
(function(e) {
  e[e.None = 0] = "None", e[e.UnexpectedEndOfComment = 1] = "UnexpectedEndOfComment", e[e.UnexpectedEndOfString = 2] = "UnexpectedEndOfString", e[e.UnexpectedEndOfNumber = 3] = "UnexpectedEndOfNumber", e[e.InvalidUnicode = 4] = "InvalidUnicode", e[e.InvalidEscapeCharacter = 5] = "InvalidEscapeCharacter", e[e.InvalidCharacter = 6] = "InvalidCharacter";
})(ke || (ke = {}));
var me;
(function(e) {
  e[e.OpenBraceToken = 1] = "OpenBraceToken", e[e.CloseBraceToken = 2] = "CloseBraceToken", e[e.OpenBracketToken = 3] = "OpenBracketToken", e[e.CloseBracketToken = 4] = "CloseBracketToken", e[e.CommaToken = 5] = "CommaToken", e[e.ColonToken = 6] = "ColonToken", e[e.NullKeyword = 7] = "NullKeyword", e[e.TrueKeyword = 8] = "TrueKeyword", e[e.FalseKeyword = 9] = "FalseKeyword", e[e.StringLiteral = 10] = "StringLiteral", e[e.NumericLiteral = 11] = "NumericLiteral", e[e.LineCommentTrivia = 12] = "LineCommentTrivia", e[e.BlockCommentTrivia = 13] = "BlockCommentTrivia", e[e.LineBreakTrivia = 14] = "LineBreakTrivia", e[e.Trivia = 15] = "Trivia", e[e.Unknown = 16] = "Unknown", e[e.EOF = 17] = "EOF";
})(me || (me = {}));
var Ve = Je;
var de;
(function(e) {
  e[e.InvalidSymbol = 1] = "InvalidSymbol", e[e.InvalidNumberFormat = 2] = "InvalidNumberFormat", e[e.PropertyNameExpected = 3] = "PropertyNameExpected", e[e.ValueExpected = 4] = "ValueExpected", e[e.ColonExpected = 5] = "ColonExpected", e[e.CommaExpected = 6] = "CommaExpected", e[e.CloseBraceExpected = 7] = "CloseBraceExpected", e[e.CloseBracketExpected = 8] = "CloseBracketExpected", e[e.EndOfFileExpected = 9] = "EndOfFileExpected", e[e.InvalidCommentToken = 10] = "InvalidCommentToken", e[e.UnexpectedEndOfComment = 11] = "UnexpectedEndOfComment", e[e.UnexpectedEndOfString = 12] = "UnexpectedEndOfString", e[e.UnexpectedEndOfNumber = 13] = "UnexpectedEndOfNumber", e[e.InvalidUnicode = 14] = "InvalidUnicode", e[e.InvalidEscapeCharacter = 15] = "InvalidEscapeCharacter", e[e.InvalidCharacter = 16] = "InvalidCharacter";
})(de || (de = {}));
var we = r((e, t) => Ve(Se(t, e, "utf8")), "readJsonc");
var ne = /* @__PURE__ */ Symbol("implicitBaseUrl");
var E2 = "${configDir}";
var ze = r(() => {
  const { findPnpApi: e } = $e;
  return e && e(process.cwd());
}, "getPnpApi");
var te = r((e, t, l, n) => {
  const s2 = `resolveFromPackageJsonPath:${e}:${t}:${l}`;
  if (n != null && n.has(s2)) return n.get(s2);
  const i = we(e, n);
  if (!i) return;
  let o = t || "tsconfig.json";
  if (!l && i.exports) try {
    const [f2] = v(i.exports, t, ["require", "types"]);
    o = f2;
  } catch {
    return false;
  }
  else !t && i.tsconfig && (o = i.tsconfig);
  return o = m2.join(e, "..", o), n == null || n.set(s2, o), o;
}, "resolveFromPackageJsonPath");
var se = "package.json";
var le = "tsconfig.json";
var Ge = r((e, t, l) => {
  var n;
  let s2 = e;
  if (e === ".." && (s2 = m2.join(s2, le)), e[0] === "." && (s2 = m2.resolve(t, s2)), m2.isAbsolute(s2)) {
    if (x(l, s2)) {
      if (H(l, s2).isFile()) return s2;
    } else if (!s2.endsWith(".json")) {
      const T = `${s2}.json`;
      if (x(l, T)) return T;
    }
    return;
  }
  const [i, ...o] = e.split("/"), f2 = i[0] === "@" ? `${i}/${o.shift()}` : i, u2 = o.join("/"), c = ze();
  if (c) {
    const { resolveRequest: T } = c;
    try {
      if (f2 === e) {
        const d2 = T(m2.join(f2, se), t);
        if (d2) {
          const v2 = te(d2, u2, false, l);
          if (v2 && x(l, v2)) return v2;
        }
      } else {
        let d2;
        try {
          d2 = T(e, t, { extensions: [".json"] });
        } catch {
          d2 = T(m2.join(e, le), t);
        }
        if (d2) return d2;
      }
    } catch {
    }
  }
  const w2 = O2(m2.resolve(t), m2.join("node_modules", f2), l);
  if (!w2 || !((n = H(l, w2)) != null && n.isDirectory())) return;
  const p2 = Pe(l, w2), _2 = m2.join(p2, se);
  if (x(l, _2)) {
    const T = te(_2, u2, false, l);
    if (T === false) return;
    if (T && x(l, T) && H(l, T).isFile()) return T;
  }
  const h2 = m2.join(p2, u2), D = h2.endsWith(".json");
  if (!D) {
    const T = `${h2}.json`;
    if (x(l, T)) return T;
  }
  if (x(l, h2)) {
    if (H(l, h2).isDirectory()) {
      const T = m2.join(h2, se);
      if (x(l, T)) {
        const v2 = te(T, "", true, l);
        if (v2 && x(l, v2)) return v2;
      }
      const d2 = m2.join(h2, le);
      if (x(l, d2)) return d2;
    } else if (D) return h2;
  }
}, "resolveExtendsPath");
var oe = r((e, t) => X(m2.relative(e, t)), "pathRelative");
var pe = ["files", "include", "exclude"];
var N = r((e, t, l) => {
  const n = m2.join(t, l), s2 = m2.relative(e, n);
  return L(s2) || "./";
}, "resolveAndRelativize");
var Qe = r((e, t, l) => {
  const n = m2.relative(e, t);
  if (!n) return l;
  const s2 = l.startsWith("./") ? l.slice(2) : l;
  return L(`${n}/${s2}`);
}, "prefixPattern");
var He = r((e, t, l, n) => {
  const s2 = Ge(e, t, n);
  if (!s2) throw new Error(`File '${e}' not found.`);
  if (l.has(s2)) throw new Error(`Circularity detected while resolving configuration: ${s2}`);
  l.add(s2);
  const i = m2.dirname(s2), o = ve(s2, n, l, true);
  delete o.references;
  const { compilerOptions: f2 } = o;
  if (f2) {
    const { baseUrl: u2 } = f2;
    u2 && !u2.startsWith(E2) && (f2.baseUrl = N(t, i, u2));
    const { outDir: c } = f2;
    c && !c.startsWith(E2) && (f2.outDir = N(t, i, c));
    const { declarationDir: w2 } = f2;
    w2 && !w2.startsWith(E2) && (f2.declarationDir = N(t, i, w2));
    const { rootDir: p2 } = f2;
    p2 && !p2.startsWith(E2) && (f2.rootDir = N(t, i, p2));
    const { rootDirs: _2 } = f2;
    _2 && (f2.rootDirs = _2.map((D) => D.startsWith(E2) ? D : N(t, i, D)));
    const { typeRoots: h2 } = f2;
    h2 && (f2.typeRoots = h2.map((D) => D.startsWith(E2) ? D : N(t, i, D)));
  }
  for (const u2 of pe) {
    const c = o[u2];
    c && (o[u2] = c.map((w2) => w2.startsWith(E2) ? w2 : Qe(t, i, w2)));
  }
  return o;
}, "resolveExtends");
var be = ["outDir", "declarationDir"];
var ve = r((e, t, l = /* @__PURE__ */ new Set(), n = false) => {
  let s2;
  try {
    s2 = we(e, t) || {};
  } catch {
    throw new Error(`Cannot resolve tsconfig at path: ${e}`);
  }
  if (typeof s2 != "object") throw new SyntaxError(`Failed to parse tsconfig at: ${e}`);
  const i = m2.dirname(e);
  if (s2.compilerOptions) {
    const { compilerOptions: o } = s2;
    o.paths && !o.baseUrl && (o[ne] = i);
  }
  if (s2.extends) {
    const o = Array.isArray(s2.extends) ? s2.extends : [s2.extends];
    delete s2.extends;
    for (const f2 of o.reverse()) {
      const u2 = He(f2, i, new Set(l), t), c = { ...u2, ...s2, compilerOptions: { ...u2.compilerOptions, ...s2.compilerOptions } };
      u2.watchOptions && (c.watchOptions = { ...u2.watchOptions, ...s2.watchOptions }), s2 = c;
    }
  }
  if (s2.compilerOptions) {
    const { compilerOptions: o } = s2, f2 = ["baseUrl", "rootDir"];
    for (const u2 of f2) {
      const c = o[u2];
      if (c && !c.startsWith(E2)) {
        const w2 = m2.resolve(i, c), p2 = oe(i, w2);
        o[u2] = p2;
      }
    }
    for (const u2 of be) {
      let c = o[u2];
      c && (!n && !Array.isArray(s2.exclude) && (s2.exclude = be.map((w2) => o[w2]).filter(Boolean)), c.startsWith(E2) || (c = X(c)), o[u2] = c);
    }
  } else s2.compilerOptions = {};
  if (s2.include && (s2.include = s2.include.map(L)), s2.files && (s2.files = s2.files.map((o) => o.startsWith(E2) ? o : X(o))), s2.watchOptions) {
    const { watchOptions: o } = s2;
    o.excludeDirectories && (o.excludeDirectories = o.excludeDirectories.map((f2) => L(m2.resolve(i, f2)))), o.excludeFiles && (o.excludeFiles = o.excludeFiles.map((f2) => L(m2.resolve(i, f2)))), o.watchFile && (o.watchFile = o.watchFile.toLowerCase()), o.watchDirectory && (o.watchDirectory = o.watchDirectory.toLowerCase()), o.fallbackPolling && (o.fallbackPolling = o.fallbackPolling.toLowerCase());
  }
  return s2;
}, "_parseTsconfig");
var Z = r((e, t) => {
  if (e.startsWith(E2)) return L(m2.join(t, e.slice(E2.length)));
}, "interpolateConfigDir");
var Xe = ["outDir", "declarationDir", "outFile", "rootDir", "baseUrl", "tsBuildInfoFile"];
var Ye = r((e) => {
  var t, l, n, s2, i, o, f2, u2, c, w2, p2, _2, h2, D, T, d2, v2, $, g, j, y, A2, k, P, M, V, z, G, U, b, F, W, I2;
  if (e.strict) {
    const a2 = ["noImplicitAny", "noImplicitThis", "strictNullChecks", "strictFunctionTypes", "strictBindCallApply", "strictPropertyInitialization", "strictBuiltinIteratorReturn", "alwaysStrict", "useUnknownInCatchVariables"];
    for (const B of a2) e[B] === void 0 && (e[B] = true);
  }
  if (e.composite && ((t = e.declaration) != null || (e.declaration = true), (l = e.incremental) != null || (e.incremental = true)), e.target) {
    let a2 = e.target.toLowerCase();
    a2 === "es2015" && (a2 = "es6"), e.target = a2, a2 === "esnext" && ((n = e.module) != null || (e.module = "es6"), (s2 = e.useDefineForClassFields) != null || (e.useDefineForClassFields = true)), (a2 === "es6" || a2 === "es2016" || a2 === "es2017" || a2 === "es2018" || a2 === "es2019" || a2 === "es2020" || a2 === "es2021" || a2 === "es2022" || a2 === "es2023" || a2 === "es2024") && ((i = e.module) != null || (e.module = "es6")), (a2 === "es2022" || a2 === "es2023" || a2 === "es2024") && ((o = e.useDefineForClassFields) != null || (e.useDefineForClassFields = true));
  }
  if (e.module) {
    let a2 = e.module.toLowerCase();
    if (a2 === "es2015" && (a2 = "es6"), e.module = a2, (a2 === "es6" || a2 === "es2020" || a2 === "es2022" || a2 === "esnext" || a2 === "none" || a2 === "system" || a2 === "umd" || a2 === "amd") && ((f2 = e.moduleResolution) != null || (e.moduleResolution = "classic")), a2 === "system" && ((u2 = e.allowSyntheticDefaultImports) != null || (e.allowSyntheticDefaultImports = true)), (a2 === "node16" || a2 === "node18" || a2 === "node20" || a2 === "nodenext" || a2 === "preserve") && ((c = e.esModuleInterop) != null || (e.esModuleInterop = true), (w2 = e.allowSyntheticDefaultImports) != null || (e.allowSyntheticDefaultImports = true)), (a2 === "node16" || a2 === "node18" || a2 === "node20" || a2 === "nodenext") && ((p2 = e.moduleDetection) != null || (e.moduleDetection = "force")), a2 === "node16" && ((_2 = e.target) != null || (e.target = "es2022"), (h2 = e.moduleResolution) != null || (e.moduleResolution = "node16")), a2 === "node18" && ((D = e.target) != null || (e.target = "es2022"), (T = e.moduleResolution) != null || (e.moduleResolution = "node16")), a2 === "node20" && ((d2 = e.target) != null || (e.target = "es2023"), (v2 = e.moduleResolution) != null || (e.moduleResolution = "node16"), ($ = e.resolveJsonModule) != null || (e.resolveJsonModule = true)), a2 === "nodenext" && ((g = e.target) != null || (e.target = "esnext"), (j = e.moduleResolution) != null || (e.moduleResolution = "nodenext"), (y = e.resolveJsonModule) != null || (e.resolveJsonModule = true)), a2 === "node16" || a2 === "node18" || a2 === "node20" || a2 === "nodenext") {
      const B = e.target;
      (B === "es3" || B === "es2022" || B === "es2023" || B === "es2024" || B === "esnext") && ((A2 = e.useDefineForClassFields) != null || (e.useDefineForClassFields = true));
    }
    a2 === "preserve" && ((k = e.moduleResolution) != null || (e.moduleResolution = "bundler"));
  }
  if (e.moduleResolution) {
    let a2 = e.moduleResolution.toLowerCase();
    a2 === "node" && (a2 = "node10"), e.moduleResolution = a2, (a2 === "node16" || a2 === "nodenext" || a2 === "bundler") && ((P = e.resolvePackageJsonExports) != null || (e.resolvePackageJsonExports = true), (M = e.resolvePackageJsonImports) != null || (e.resolvePackageJsonImports = true)), a2 === "bundler" && ((V = e.allowSyntheticDefaultImports) != null || (e.allowSyntheticDefaultImports = true), (z = e.resolveJsonModule) != null || (e.resolveJsonModule = true));
  }
  e.jsx && (e.jsx = e.jsx.toLowerCase()), e.moduleDetection && (e.moduleDetection = e.moduleDetection.toLowerCase()), e.importsNotUsedAsValues && (e.importsNotUsedAsValues = e.importsNotUsedAsValues.toLowerCase()), e.newLine && (e.newLine = e.newLine.toLowerCase()), e.esModuleInterop && ((G = e.allowSyntheticDefaultImports) != null || (e.allowSyntheticDefaultImports = true)), e.verbatimModuleSyntax && ((U = e.isolatedModules) != null || (e.isolatedModules = true), (b = e.preserveConstEnums) != null || (e.preserveConstEnums = true)), e.isolatedModules && ((F = e.preserveConstEnums) != null || (e.preserveConstEnums = true)), e.rewriteRelativeImportExtensions && ((W = e.allowImportingTsExtensions) != null || (e.allowImportingTsExtensions = true)), e.lib && (e.lib = e.lib.map((a2) => a2.toLowerCase())), e.checkJs && ((I2 = e.allowJs) != null || (e.allowJs = true));
}, "normalizeCompilerOptions");
var ie = r((e, t = /* @__PURE__ */ new Map()) => {
  const l = m2.resolve(e), n = ve(l, t), s2 = m2.dirname(l), { compilerOptions: i } = n;
  if (i) {
    for (const f2 of Xe) {
      const u2 = i[f2];
      if (u2) {
        const c = Z(u2, s2);
        i[f2] = c ? oe(s2, c) : u2;
      }
    }
    for (const f2 of ["rootDirs", "typeRoots"]) {
      const u2 = i[f2];
      u2 && (i[f2] = u2.map((c) => {
        const w2 = Z(c, s2);
        return w2 ? oe(s2, w2) : X(c);
      }));
    }
    const { paths: o } = i;
    if (o) for (const f2 of Object.keys(o)) o[f2] = o[f2].map((u2) => {
      var c;
      return (c = Z(u2, s2)) != null ? c : u2;
    });
    Ye(i);
  }
  for (const o of pe) {
    const f2 = n[o];
    f2 && (n[o] = f2.map((u2) => {
      var c;
      return (c = Z(u2, s2)) != null ? c : u2;
    }));
  }
  return n;
}, "parseTsconfig");
var Ze = Object.defineProperty;
var q = r((e, t) => Ze(e, "name", { value: t, configurable: true }), "s");
var Te = q((e) => {
  let t = "";
  for (let l = 0; l < e.length; l += 1) {
    const n = e[l], s2 = n.toUpperCase();
    t += n === s2 ? n.toLowerCase() : s2;
  }
  return t;
}, "invertCase");
var re = /* @__PURE__ */ new Map();
var Ae = q((e, t) => {
  const l = Re.join(e, `.is-fs-case-sensitive-test-${process.pid}`);
  try {
    return t.writeFileSync(l, ""), !t.existsSync(Te(l));
  } finally {
    try {
      t.unlinkSync(l);
    } catch {
    }
  }
}, "checkDirectoryCaseWithWrite");
var qe = q((e, t, l) => {
  try {
    return Ae(e, l);
  } catch (n) {
    if (t === void 0) return Ae(Ue.tmpdir(), l);
    throw n;
  }
}, "checkDirectoryCaseWithFallback");
var Ke = q((e, t = Ie, l = true) => {
  const n = e != null ? e : process.cwd();
  if (l && re.has(n)) return re.get(n);
  let s2;
  const i = Te(n);
  return i !== n && t.existsSync(n) ? s2 = !t.existsSync(i) : s2 = qe(n, e, t), l && re.set(n, s2), s2;
}, "isFsCaseSensitive");
var { join: Oe } = m2.posix;
var _e = r((e, t) => {
  const l = Oe(e, t);
  return e.startsWith("//") && !l.startsWith("//") ? `/${l}` : l;
}, "pathJoin");
var ue = { ts: [".ts", ".tsx", ".d.ts"], cts: [".cts", ".d.cts"], mts: [".mts", ".d.mts"] };
var Ce = r((e) => {
  const t = [...ue.ts], l = [...ue.cts], n = [...ue.mts];
  return e != null && e.allowJs && (t.push(".js", ".jsx"), l.push(".cjs"), n.push(".mjs")), [...t, ...l, ...n];
}, "getSupportedExtensions");
var en = r((e) => {
  const t = [];
  if (!e) return t;
  const { outDir: l, declarationDir: n } = e;
  return l && t.push(l), n && t.push(n), t;
}, "getDefaultExcludeSpec");
var ye = r((e) => e.replaceAll(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`), "escapeForRegexp");
var nn = ["node_modules", "bower_components", "jspm_packages"];
var fe = `(?!(${nn.join("|")})(/|$))`;
var tn = /(?:^|\/)[^.*?]+$/;
var je = "**/*";
var K = "[^/]";
var ae = "[^./]";
var Fe = process.platform === "win32";
var De = r(({ config: e, path: t }, l = Ke()) => {
  if ("extends" in e) throw new Error("tsconfig#extends must be resolved. Use getTsconfig or parseTsconfig to resolve it.");
  if (!m2.isAbsolute(t)) throw new Error("The tsconfig path must be absolute");
  Fe && (t = L(t));
  const n = m2.dirname(t), { files: s2, include: i, exclude: o, compilerOptions: f2 } = e, u2 = r((d2) => m2.isAbsolute(d2) ? d2 : _e(n, d2), "resolvePattern"), c = s2 == null ? void 0 : s2.map(u2), w2 = Ce(f2), p2 = l ? "" : "i", h2 = (o || en(f2)).map((d2) => {
    const v2 = u2(d2), $ = ye(v2).replaceAll(String.raw`\*\*/`, "(.+/)?").replaceAll(String.raw`\*`, `${K}*`).replaceAll(String.raw`\?`, K);
    return new RegExp(`^${$}($|/)`, p2);
  }), D = s2 || i ? i : [je], T = D ? D.map((d2) => {
    let v2 = u2(d2);
    tn.test(v2) && (v2 = _e(v2, je));
    const $ = ye(v2).replaceAll(String.raw`/\*\*`, `(/${fe}${ae}${K}*)*?`).replaceAll(/(\/)?\\\*/g, (g, j) => {
      const y = `(${ae}|(\\.(?!min\\.js$))?)*`;
      return j ? `/${fe}${ae}${y}` : y;
    }).replaceAll(/(\/)?\\\?/g, (g, j) => {
      const y = K;
      return j ? `/${fe}${y}` : y;
    });
    return new RegExp(`^${$}$`, p2);
  }) : void 0;
  return (d2) => {
    if (!m2.isAbsolute(d2)) throw new Error("filePath must be absolute");
    if (Fe && (d2 = L(d2)), c != null && c.includes(d2)) return e;
    if (!(!w2.some((v2) => d2.endsWith(v2)) || h2.some((v2) => v2.test(d2))) && T && T.some((v2) => v2.test(d2))) return e;
  };
}, "createFilesMatcher");
var he = r((e, t, l) => {
  const n = m2.resolve(e);
  let s2 = L(e);
  for (; ; ) {
    const i = O2(s2, t, l);
    if (!i) return;
    const o = m2.resolve(i), f2 = ie(o, l), u2 = { path: L(o), config: f2 };
    if (De(u2)(n)) return u2;
    const w2 = m2.dirname(i), p2 = m2.dirname(w2);
    if (p2 === w2) return;
    s2 = p2;
  }
}, "findConfigApplicable");
var Le = r((e = process.cwd(), t = "tsconfig.json", l = /* @__PURE__ */ new Map(), n = false) => {
  var s2;
  return n ? (s2 = he(e, t, l)) == null ? void 0 : s2.path : O2(L(e), t, l);
}, "findTsconfig");
var sn = r((e = process.cwd(), t = "tsconfig.json", l = /* @__PURE__ */ new Map(), n = false) => {
  var s2;
  if (!n) {
    const i = Le(e, t, l);
    if (!i) return null;
    const o = ie(i, l);
    return { path: i, config: o };
  }
  return (s2 = he(e, t, l)) != null ? s2 : null;
}, "getTsconfig");
var ln = /\*/g;
var Ee = r((e, t) => {
  const l = e.match(ln);
  if (l && l.length > 1) throw new Error(t);
}, "assertStarCount");
var on = r((e) => {
  if (e.includes("*")) {
    const [t, l] = e.split("*");
    return { prefix: t, suffix: l };
  }
  return e;
}, "parsePattern");
var rn = r(({ prefix: e, suffix: t }, l) => l.startsWith(e) && l.endsWith(t), "isPatternMatch");
var un = r((e, t, l) => Object.entries(e).map(([n, s2]) => (Ee(n, `Pattern '${n}' can have at most one '*' character.`), { pattern: on(n), substitutions: s2.map((i) => {
  if (Ee(i, `Substitution '${i}' in pattern '${n}' can have at most one '*' character.`), !t && !C.test(i) && !m2.isAbsolute(i)) throw new Error("Non-relative paths are not allowed when 'baseUrl' is not set. Did you forget a leading './'?");
  return m2.resolve(l, i);
}) })), "parsePaths");
var fn = r((e) => {
  const { compilerOptions: t } = e.config;
  if (!t) return null;
  const { baseUrl: l, paths: n } = t;
  if (!l && !n) return null;
  const s2 = ne in t && t[ne], i = m2.resolve(m2.dirname(e.path), l || s2 || "."), o = n ? un(n, l, i) : [];
  return (f2) => {
    if (C.test(f2)) return [];
    const u2 = [];
    for (const _2 of o) {
      if (_2.pattern === f2) return _2.substitutions.map(L);
      typeof _2.pattern != "string" && u2.push(_2);
    }
    let c, w2 = -1;
    for (const _2 of u2) rn(_2.pattern, f2) && _2.pattern.prefix.length > w2 && (w2 = _2.pattern.prefix.length, c = _2);
    if (!c) return l ? [L(m2.join(i, f2))] : [];
    const p2 = f2.slice(c.pattern.prefix.length, f2.length - c.pattern.suffix.length);
    return c.substitutions.map((_2) => L(_2.replace("*", p2)));
  };
}, "createPathsMatcher");

// src/loader/hooks.ts
var data = { projectDir: process.cwd(), selfApi: "" };
var projectPackageUrl = pathToFileURL(path.join(data.projectDir, "package.json")).href;
function initialize(init) {
  if (init) data = init;
  projectPackageUrl = pathToFileURL(path.join(data.projectDir, "package.json")).href;
}
var TS_EXTENSIONS = /* @__PURE__ */ new Set([".ts", ".tsx", ".mts", ".jsx"]);
var JS_TO_TS = {
  ".js": [".ts", ".tsx"],
  ".jsx": [".tsx"],
  ".mjs": [".mts"]
};
var IMPLICIT = [".ts", ".tsx", ".js", ".jsx", ".mjs", "/index.ts", "/index.tsx", "/index.js"];
async function resolve(specifier, context, next) {
  if (specifier === "race-check" && data.selfApi) return { url: data.selfApi, shortCircuit: true };
  if (specifier === "convex" || specifier.startsWith("convex/")) {
    try {
      return await next(specifier, { ...context, parentURL: projectPackageUrl });
    } catch {
      return await next(specifier, context);
    }
  }
  try {
    return await next(specifier, context);
  } catch (error) {
    const code = error.code;
    const relative = specifier.startsWith("./") || specifier.startsWith("../") || specifier.startsWith("file:");
    if (!relative || code !== "ERR_MODULE_NOT_FOUND" && code !== "ERR_UNSUPPORTED_DIR_IMPORT") throw error;
    for (const candidate of candidates(specifier)) {
      try {
        return await next(candidate, context);
      } catch {
      }
    }
    throw error;
  }
}
function candidates(specifier) {
  const ext = path.posix.extname(specifier);
  const swapped = JS_TO_TS[ext]?.map((ts) => specifier.slice(0, -ext.length) + ts) ?? [];
  return [...swapped, ...IMPLICIT.map((suffix) => specifier.replace(/\/$/, "") + suffix)];
}
var DEFINITION = /\/convex\.config\.(ts|mts|js|mjs)$/;
var DEFINITION_SOURCE = "race-check-definition";
async function load(url, context, next) {
  if (!url.startsWith("file:")) return next(url, context);
  const parsed = new URL(url);
  if (DEFINITION.test(parsed.pathname) && !parsed.searchParams.has(DEFINITION_SOURCE)) {
    return { format: "module", source: definitionWrapper(parsed), shortCircuit: true };
  }
  const file = fileURLToPath(url);
  const ext = path.extname(file);
  if (TS_EXTENSIONS.has(ext)) {
    const source = await readFile(file, "utf8");
    return { format: "module", source: await transform(source, file, ext), shortCircuit: true };
  }
  if (ext === ".js" && !url.includes("/node_modules/")) {
    const source = await readFile(file, "utf8");
    if (/^\s*(import|export)\s/m.test(source)) return { format: "module", source, shortCircuit: true };
  }
  return next(url, context);
}
function definitionWrapper(url) {
  const source = new URL(url.href);
  source.searchParams.set(DEFINITION_SOURCE, "");
  const from = JSON.stringify(source.href);
  const dir = JSON.stringify(path.dirname(fileURLToPath(url)).split(path.sep).join("/"));
  return [
    `import definition from ${from};`,
    `export * from ${from};`,
    `if (definition !== null && typeof definition === "object" && typeof definition.componentDefinitionPath !== "string") {`,
    `  definition.componentDefinitionPath = ${dir};`,
    `  if (definition.defaultName === undefined) definition.defaultName = definition._name;`,
    `}`,
    `export default definition;`
  ].join("\n");
}
var esbuild;
async function transform(source, file, ext) {
  esbuild ??= findEsbuild();
  try {
    const out = await esbuild.transform(source, {
      loader: ext === ".tsx" ? "tsx" : ext === ".jsx" ? "jsx" : "ts",
      format: "esm",
      target: `node${process.versions.node.split(".")[0]}`,
      sourcefile: file,
      sourcemap: "inline",
      tsconfigRaw: {
        compilerOptions: {
          // JSX as Convex's bundler compiles it: per the tsconfig.json nearest to the file.
          ...ext === ".tsx" || ext === ".jsx" ? jsxOptions(file) : {},
          // Type-only imports must vanish whatever the user's tsconfig says: nothing else runs tsc here.
          verbatimModuleSyntax: false,
          preserveValueImports: false
        }
      }
    });
    return out.code;
  } catch (e) {
    const first = e.errors?.[0];
    if (first) {
      const where = first.location ? `:${first.location.line}:${first.location.column}` : "";
      throw new SyntaxError(`${file}${where}: ${first.text}`, { cause: e });
    }
    throw e;
  }
}
var tsconfigCache = /* @__PURE__ */ new Map();
var JSX_MODES = /* @__PURE__ */ new Set(["react", "react-jsx", "react-jsxdev"]);
function jsxOptions(file) {
  const found = sn(path.dirname(file), "tsconfig.json", tsconfigCache);
  const options = found?.config.compilerOptions ?? {};
  const out = {};
  if (typeof options.jsx === "string" && JSX_MODES.has(options.jsx)) out.jsx = options.jsx;
  for (const key of ["jsxFactory", "jsxFragmentFactory", "jsxImportSource"]) {
    if (typeof options[key] === "string") out[key] = options[key];
  }
  return out;
}
function findEsbuild() {
  const attempts = [
    () => path.join(data.projectDir, "package.json"),
    // npm may nest esbuild under convex when the project pins another esbuild version.
    () => path.join(convexDir(), "package.json"),
    () => fileURLToPath(import.meta.url)
  ];
  for (const from of attempts) {
    try {
      return createRequire(from())("esbuild");
    } catch {
    }
  }
  throw new Error(
    `cannot compile TypeScript: esbuild not found from ${data.projectDir} (it comes with the convex package: run npm install there)`
  );
}
function convexDir() {
  let dir = data.projectDir;
  for (; ; ) {
    const candidate = path.join(dir, "node_modules", "convex");
    if (existsSync(path.join(candidate, "package.json"))) return realpathSync(candidate);
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("convex not installed");
    dir = parent;
  }
}
export {
  initialize,
  load,
  resolve
};
