// Fonts for every shipped script on every platform (docs/platforms.md): the UI may not rely on
// the fonts the Debian package pulls in. Each shipped locale's text must fall under a `:lang`
// rule of styles.css naming a Noto family (Linux), a font Windows ships and one macOS ships for
// that script.
import { describe, expect, it } from "vitest";
import css from "./styles.css?raw";

const localeFiles = import.meta.glob<string>("../../locales/*/locale.toml", { query: "?raw", import: "default", eager: true });
const shipped = Object.keys(localeFiles).map((p) => p.split("/").at(-2) as string);

/** Fonts installed with Windows 10/11 and with macOS, by script (docs/platforms.md). */
const WINDOWS = ["Yu Gothic UI", "Meiryo", "Microsoft YaHei", "Microsoft JhengHei", "Malgun Gothic", "Leelawadee UI", "Myanmar Text", "Khmer UI", "Nirmala UI", "Segoe UI"];
const MACOS = ["Hiragino Sans", "PingFang SC", "PingFang TC", "Apple SD Gothic Neo", "Thonburi", "Myanmar Sangam MN", "Khmer Sangam MN", "Kohinoor Devanagari", "Helvetica Neue", "Geeza Pro", "Sinhala Sangam MN"];

/** The font stack of the `:lang` rule that names `tag`, else its primary subtag (`ja-x-plain`, `fa-AF`). */
function stackFor(tag: string): string[] | undefined {
  const lang = tag.replace(/-x-.*$/, "");
  return stackOf(lang) ?? stackOf(lang.split("-")[0] ?? lang);
}

function stackOf(lang: string): string[] | undefined {
  for (const m of css.matchAll(/((?::lang\([^)]+\)\s*,?\s*)+)\{\s*font-family:\s*([^;]+);/g)) {
    const [, selectors = "", stack = ""] = m;
    const langs = [...selectors.matchAll(/:lang\(([^)]+)\)/g)].map((l) => l[1]);
    if (langs.includes(lang)) return stack.split(",").map((f) => f.trim().replace(/^"|"$/g, ""));
  }
  return undefined;
}

describe("font stacks", () => {
  it("ships locales", () => {
    expect(shipped).toContain("ja");
    expect(shipped.length).toBeGreaterThan(10);
  });
  it.each(shipped)("%s: a Noto family, a Windows font and a macOS font", (tag) => {
    const stack = stackFor(tag);
    expect(stack, `no :lang rule with a font-family for ${tag}`).toBeDefined();
    expect(stack!.some((f) => f.startsWith("Noto "))).toBe(true);
    expect(stack!.some((f) => WINDOWS.includes(f)), `${tag}: ${stack}`).toBe(true);
    expect(stack!.some((f) => MACOS.includes(f)), `${tag}: ${stack}`).toBe(true);
  });
});
