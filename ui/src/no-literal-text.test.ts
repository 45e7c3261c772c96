// The UI shows only strings that Rust produced. This guards against text written into the
// TS/TSX sources: JSX text, and string literals in attributes that people read.
import { describe, expect, it } from "vitest";
import ts from "typescript";

const sources = import.meta.glob<string>(["./**/*.{ts,tsx}", "!./**/*.test.{ts,tsx}"], {
  query: "?raw",
  import: "default",
  eager: true,
});

const READ_ATTRIBUTES = new Set(["title", "alt", "placeholder", "label", "aria-label", "aria-description", "aria-valuetext", "aria-roledescription"]);

function literalTexts(name: string, text: string): string[] {
  const file = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) => `${name}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && node.text.trim() !== "") {
      found.push(`${where(node)}: JSX text ${JSON.stringify(node.text.trim())}`);
    }
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(file)) && node.initializer) {
      const init = node.initializer;
      const literal = ts.isStringLiteral(init)
        ? init
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
          ? init.expression
          : undefined;
      if (literal) found.push(`${where(node)}: ${node.name.getText(file)}=${JSON.stringify(literal.text)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe("UI sources", () => {
  it("contain no user-visible text of their own", () => {
    const names = Object.keys(sources);
    expect(names).toContain("./App.tsx");
    const found = names.flatMap((name) => literalTexts(name, sources[name] ?? ""));
    expect(found).toEqual([]);
  });

  it("the check finds text written into JSX", () => {
    const found = literalTexts("x.tsx", `const a = <p title="Hello">Hi {name}</p>;`);
    expect(found).toEqual([`x.tsx:1: title="Hello"`, `x.tsx:1: JSX text "Hi"`]);
  });
});
