// Fonts for every shipped script on every platform (docs/platforms.md): the UI may not rely on
// the fonts the Debian package pulls in on Windows or macOS, and on Linux it names no font the
// package does not bring (a missing family costs WebKitGTK a lookup per text style). Each
// shipped locale's text must fall under a `:lang` rule of styles.css whose stack, with the
// platform's `--font-*` variables, names a Noto family on Linux and nothing else but generic
// families, a font Windows ships on Windows and one macOS ships on macOS.
import { describe, expect, it } from "vitest";
import raw from "./styles.css?raw";

const css = raw.replace(/\/\*[\s\S]*?\*\//g, "");

const localeFiles = import.meta.glob<string>("../../locales/*/locale.toml", { query: "?raw", import: "default", eager: true });
const shipped = Object.keys(localeFiles).map((p) => p.split("/").at(-2) as string);

/** Fonts installed with Windows 10/11 and with macOS, by script (docs/platforms.md). */
const WINDOWS = ["Yu Gothic UI", "Meiryo", "Microsoft YaHei", "Microsoft JhengHei", "Malgun Gothic", "Leelawadee UI", "Myanmar Text", "Khmer UI", "Nirmala UI", "Segoe UI"];
const MACOS = ["Hiragino Sans", "PingFang SC", "PingFang TC", "Apple SD Gothic Neo", "Thonburi", "Myanmar Sangam MN", "Khmer Sangam MN", "Kohinoor Devanagari", "Helvetica Neue", "Geeza Pro", "Sinhala Sangam MN"];
const GENERIC = ["sans-serif", "serif", "system-ui", "monospace"];

type Platform = "linux" | "windows" | "macos";

/** The `--font-*` variables of the `:root` block for `platform` (Linux: the plain `:root`). */
function variables(platform: Platform): Map<string, string> {
  const selector = platform === "linux" ? ":root" : `:root[data-platform="${platform}"]`;
  const vars = new Map<string, string>();
  for (const m of css.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    if ((m[1] ?? "").trim() !== selector) continue;
    for (const v of (m[2] ?? "").matchAll(/(--font-[\w-]+):\s*([^;]+);/g)) vars.set(v[1] as string, (v[2] as string).trim());
  }
  return vars;
}

/** A `font-family` value with the platform's variables put in, as a list of family names. */
function expand(value: string, platform: Platform): string[] {
  const linux = variables("linux");
  const own = variables(platform);
  const put = value.replace(/var\((--font-[\w-]+)\)/g, (_, name: string) => {
    const v = own.get(name) ?? linux.get(name);
    if (v === undefined) throw new Error(`${name} is not defined`);
    return v;
  });
  return put.split(",").map((f) => f.trim().replace(/^"|"$/g, ""));
}

/** The `font-family` of the `:lang` rule that names `tag`, else its primary subtag (`ja-x-plain`, `fa-AF`). */
function ruleFor(tag: string): string | undefined {
  const lang = tag.replace(/-x-.*$/, "");
  return ruleOf(lang) ?? ruleOf(lang.split("-")[0] ?? lang);
}

function ruleOf(lang: string): string | undefined {
  for (const m of css.matchAll(/((?::lang\([^)]+\)\s*,?\s*)+)\{\s*font-family:\s*([^;]+);/g)) {
    const [, selectors = "", stack = ""] = m;
    const langs = [...selectors.matchAll(/:lang\(([^)]+)\)/g)].map((l) => l[1]);
    if (langs.includes(lang)) return stack;
  }
  return undefined;
}

describe("font stacks", () => {
  it("ships locales", () => {
    expect(shipped).toContain("ja");
    expect(shipped.length).toBeGreaterThan(10);
  });
  it.each(shipped)("%s: Noto only on Linux, a Windows font on Windows, a macOS font on macOS", (tag) => {
    const rule = ruleFor(tag);
    expect(rule, `no :lang rule with a font-family for ${tag}`).toBeDefined();
    const linux = expand(rule!, "linux");
    expect(linux[0]?.startsWith("Noto "), `${tag}: ${linux}`).toBe(true);
    expect(linux.every((f) => f.startsWith("Noto ") || GENERIC.includes(f)), `${tag} names a font Linux lacks: ${linux}`).toBe(true);
    const windows = expand(rule!, "windows");
    expect(windows.some((f) => WINDOWS.includes(f)), `${tag}: ${windows}`).toBe(true);
    expect(windows.some((f) => MACOS.includes(f)), `${tag} names a macOS font on Windows: ${windows}`).toBe(false);
    const macos = expand(rule!, "macos");
    expect(macos.some((f) => MACOS.includes(f)), `${tag}: ${macos}`).toBe(true);
    expect(macos.some((f) => WINDOWS.includes(f)), `${tag} names a Windows font on macOS: ${macos}`).toBe(false);
  });
  it("the page's own stack follows the same rule", () => {
    const root = /:root\s*\{[^}]*?\bfont-family:\s*([^;]+);/.exec(css)?.[1];
    expect(root).toBeDefined();
    expect(expand(root!, "linux").every((f) => f.startsWith("Noto ") || GENERIC.includes(f))).toBe(true);
  });
  it("every other font-family names fonts through the platform's variables only", () => {
    const literal = [...css.matchAll(/font-family:\s*([^;}]+)/g)]
      .map((m) => (m[1] ?? "").trim())
      .filter((value) => value.split(",").some((f) => !/^var\(--font-[\w-]+\)$/.test(f.trim()) && !GENERIC.includes(f.trim())));
    expect(literal, "a font named outside the --font-* variables").toEqual([]);
  });
});

describe("borders", () => {
  // WebKitGTK paints a dashed border with rounded corners slowly: the draft mark on every question
  // cost the next question's frame about 6 ms (BENCHMARKS.md, 2026-12-06).
  it("no dashed or dotted border has rounded corners", () => {
    for (const m of css.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
      const body = m[2] ?? "";
      if (/border[\w-]*:[^;]*\b(dashed|dotted)\b/.test(body)) {
        expect(/border[\w-]*radius/.test(body), `${(m[1] ?? "").trim()} has a dashed border with a radius`).toBe(false);
      }
    }
  });
});
