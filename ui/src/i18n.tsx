import { createContext, useContext, type ReactNode } from "react";
import type { LocaleView } from "./bindings";
import type { Texts } from "./api";

/** The UI's own messages in the three languages a screen may need, and the languages. */
export interface Langs {
  staff: string;
  client: string;
  /** The reference language (Japanese): the second language of the slip. */
  reference: string;
  staffTexts: Texts;
  clientTexts: Texts;
  referenceTexts: Texts;
  locales: LocaleView[];
}

export const LangContext = createContext<Langs>({
  staff: "ja",
  client: "ja",
  reference: "ja",
  staffTexts: {},
  clientTexts: {},
  referenceTexts: {},
  locales: [],
});

export const useLangs = () => useContext(LangContext);

/** A message of `ui.ftl` in the given texts; the id itself if missing (never happens in a valid build). */
export function t(texts: Texts, id: string): string {
  return texts[id] ?? id;
}

/** Languages written right to left, by primary subtag: Arabic, Persian (Dari is `fa-AF`), Pashto,
 *  Urdu, Hebrew, Yiddish, Dhivehi, Sorani Kurdish, Sindhi, Uyghur, Syriac. */
const RIGHT_TO_LEFT = new Set(["ar", "fa", "ps", "ur", "he", "yi", "dv", "ckb", "sd", "ug", "syr"]);

/** The writing direction of a language tag. */
export function dirOf(tag: string): "rtl" | "ltr" {
  return RIGHT_TO_LEFT.has((tag.split(/[-_]/)[0] ?? "").toLowerCase()) ? "rtl" : "ltr";
}

/** `lang` and `dir` of a text block in this language. Every block carries its own direction (an
 *  element with `dir` is also a bidi isolate), so a client's Arabic beside the staff's Japanese
 *  never reorders the other. Numbers and dial codes are marked left-to-right with `<Ltr>`. */
export function inLang(tag: string): { lang: string; dir: "rtl" | "ltr" } {
  return { lang: tag, dir: dirOf(tag) };
}

/** A phone number, dial code, address or other code: left to right in any language around it. */
export function Ltr({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <bdi dir="ltr" className={className}>
      {children}
    </bdi>
  );
}

/** Staff-language text of a `ui.ftl` message, tagged with its language. */
export function S({ id, className }: { id: string; className?: string }) {
  const { staff, staffTexts } = useLangs();
  return (
    <span {...inLang(staff)} className={className}>
      {t(staffTexts, id)}
    </span>
  );
}

/** Client-language text of a `ui.ftl` message, tagged with its language. */
export function C({ id, className }: { id: string; className?: string }) {
  const { client, clientTexts } = useLangs();
  return (
    <span {...inLang(client)} className={className}>
      {t(clientTexts, id)}
    </span>
  );
}

/** The name of a language tag as the locale list gives it (the tag itself if not shipped). */
export function languageName(locales: LocaleView[], tag: string): string {
  return locales.find((l) => l.tag === tag)?.name ?? autonym(tag) ?? tag;
}

/** A language we ship no texts for, named as its speakers write it (CLDR's data in the webview):
 *  a service's `zh` or `pt` means nothing to the client reading the slip. */
function autonym(tag: string): string | undefined {
  try {
    return new Intl.DisplayNames([tag], { type: "language", fallback: "none" }).of(tag);
  } catch {
    return undefined;
  }
}
