import { Fragment, type ReactNode } from "react";

/**
 * Readings (furigana) in a text from core. Core parses the ruby markup of the Fluent files
 * (`｜被害《ひがい》`, see `crates/core/src/i18n/ruby.rs`, the one parser) and hands the UI each
 * reading in Unicode's interlinear annotation characters: U+FFF9 base U+FFFA reading U+FFFB.
 * This only splits on those three characters; a text without them comes back as it is.
 */
const ANCHOR = "\uFFF9";
const SEPARATOR = "\uFFFA";
const TERMINATOR = "\uFFFB";

export interface RubySegment {
  text: string;
  ruby?: string;
}

/** The text's pieces, each with its reading when it has one. */
export function rubySegments(text: string): RubySegment[] {
  if (!text.includes(ANCHOR)) return text === "" ? [] : [{ text }];
  const out: RubySegment[] = [];
  let rest = text;
  while (rest !== "") {
    const start = rest.indexOf(ANCHOR);
    const sep = start < 0 ? -1 : rest.indexOf(SEPARATOR, start);
    const end = sep < 0 ? -1 : rest.indexOf(TERMINATOR, sep);
    if (end < 0) {
      out.push({ text: rest });
      break;
    }
    if (start > 0) out.push({ text: rest.slice(0, start) });
    out.push({ text: rest.slice(start + 1, sep), ruby: rest.slice(sep + 1, end) });
    rest = rest.slice(end + 1);
  }
  return out;
}

/** The text as plain characters, readings in parentheses: for attributes and titles. */
export function plainText(text: string): string {
  if (!text.includes(ANCHOR)) return text;
  return rubySegments(text)
    .map((s) => (s.ruby === undefined ? s.text : `${s.text}(${s.ruby})`))
    .join("");
}

/** The text with its readings drawn as `<ruby>` (React escapes every piece). */
export function rb(text: string | null | undefined): ReactNode {
  if (typeof text !== "string" || !text.includes(ANCHOR)) return text;
  return rubySegments(text).map((s, i) =>
    s.ruby === undefined ? (
      <Fragment key={i}>{s.text}</Fragment>
    ) : (
      <ruby key={i}>
        {s.text}
        <rp>{"("}</rp>
        <rt>{s.ruby}</rt>
        <rp>{")"}</rp>
      </ruby>
    ),
  );
}
