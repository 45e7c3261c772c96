import { createContext, useContext } from "react";
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

/** Staff-language text of a `ui.ftl` message, tagged with its language. */
export function S({ id, className }: { id: string; className?: string }) {
  const { staff, staffTexts } = useLangs();
  return (
    <span lang={staff} className={className}>
      {t(staffTexts, id)}
    </span>
  );
}

/** Client-language text of a `ui.ftl` message, tagged with its language. */
export function C({ id, className }: { id: string; className?: string }) {
  const { client, clientTexts } = useLangs();
  return (
    <span lang={client} className={className}>
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
