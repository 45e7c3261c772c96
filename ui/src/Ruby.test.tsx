import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, render } from "@testing-library/react";
import type { QuestionView } from "./bindings";
import { LangContext, type Langs } from "./i18n";

const invoke = vi.hoisted(() => vi.fn());
vi.mock("@tauri-apps/api/core", () => ({ invoke }));

import { plainText, rb, rubySegments } from "./Ruby";
import { QuestionScreen } from "./QuestionScreen";

afterEach(cleanup);

// What core sends for `｜被害《ひがい》を 受《う》けた` (crates/core/src/i18n/ruby.rs, Annotated).
const annotated = "\uFFF9被害\uFFFAひがい\uFFFBを \uFFF9受\uFFFAう\uFFFBけた";

describe("readings from core", () => {
  it("split into pieces, each with its reading", () => {
    expect(rubySegments(annotated)).toEqual([
      { text: "被害", ruby: "ひがい" },
      { text: "を " },
      { text: "受", ruby: "う" },
      { text: "けた" },
    ]);
    expect(plainText(annotated)).toBe("被害(ひがい)を 受(う)けた");
  });

  it("leave a text without them exactly as it is", () => {
    for (const text of ["", "Police 110", "被害を受けた", "在留資格(ビザ)", "a | b"]) {
      expect(rb(text)).toBe(text);
      expect(plainText(text)).toBe(text);
    }
    // An annotation never closed stays text.
    expect(rubySegments("\uFFF9被害\uFFFAひがい")).toEqual([{ text: "\uFFF9被害\uFFFAひがい" }]);
  });

  it("are drawn as <ruby> with <rt>, and the fallback parentheses in <rp>", () => {
    const { container } = render(<p>{rb(annotated)}</p>);
    const ruby = container.querySelectorAll("ruby");
    expect(ruby).toHaveLength(2);
    expect(ruby[0]!.querySelector("rt")?.textContent).toBe("ひがい");
    expect([...ruby[0]!.querySelectorAll("rp")].map((e) => e.textContent)).toEqual(["(", ")"]);
    expect(container.querySelector("p")?.textContent).toBe("被害(ひがい)を 受(う)けた");
  });

  it("show on a question for the client, and the staff's text without them is unchanged", () => {
    const langs: Langs = {
      staff: "ja",
      client: "ja-x-plain",
      reference: "ja",
      staffTexts: {},
      clientTexts: {},
      referenceTexts: {},
      locales: [],
    };
    const view = {
      id: "q",
      multiple: false,
      staff: { question: "被害を受けましたか。" },
      client: { question: annotated },
      client_draft: false,
      options: [{ key: 1, value: "yes", staff: "はい", client: "\uFFF9有\uFFFAあ\uFFFBる" }],
    } as unknown as QuestionView;
    const { container } = render(
      <LangContext.Provider value={langs}>
        <QuestionScreen view={view} progress={null} pending={[]} onAnswer={() => {}} onToggle={() => {}} onBack={() => {}} />
      </LangContext.Provider>,
    );
    expect(container.querySelector(".question-client ruby rt")?.textContent).toBe("ひがい");
    expect(container.querySelector(".option-client ruby rt")?.textContent).toBe("あ");
    const staff = container.querySelector(".question-staff")!;
    expect(staff.querySelector("ruby")).toBeNull();
    expect(staff.innerHTML).toBe("被害を受けましたか。");
  });
});
