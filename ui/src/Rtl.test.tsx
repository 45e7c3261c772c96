import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, render } from "@testing-library/react";
import type { QuestionView, ReferralView } from "./bindings";
import { dirOf, LangContext, type Langs } from "./i18n";

const invoke = vi.hoisted(() => vi.fn());
vi.mock("@tauri-apps/api/core", () => ({ invoke }));

import { QuestionScreen } from "./QuestionScreen";
import { ReferralCard } from "./ReferralCard";
import { Emergencies, SlipScreen } from "./Screens";

afterEach(() => {
  cleanup();
  invoke.mockReset();
});

function langs(staff: string, client: string): Langs {
  return {
    staff,
    client,
    reference: "ja",
    staffTexts: { "ui-slip-title": `slip-${staff}` },
    clientTexts: { "ui-slip-title": `slip-${client}`, "ui-emergency-title": `call-${client}` },
    referenceTexts: { "ui-slip-title": "slip-ja" },
    locales: [],
  };
}

const both = (x: string) => ({ staff: `${x}-ja`, client: `${x}-client` });

function referral(service: string): ReferralView {
  return {
    service,
    priority: "emergency",
    priority_label: both("emergency"),
    reasons: [],
    name: both(service),
    client_draft: false,
    contacts: [
      { kind: "phone", value: "0120-000-001", label: null, note: both("line") },
      { kind: "dial", value: "#8103", label: null, note: null },
      { kind: "in_person", value: "local", label: both("nearest-office"), note: null },
    ],
    hours: both("hours"),
    expect: both("expect"),
    free_call: "yes",
    anonymous: "yes",
    languages: ["ja", "ar"],
    languages_confirmed: true,
    language_fit: { fit: "unknown", contact: null, contact_label: null, label: both("unknown"), advice: both("advice") },
    sources: ["https://example.org"],
    assured_date: "2026-04-01",
    assured_label: both("assured"),
    confidence: "high",
    check_before_use: null,
    origin: { kind: "shipped" },
  };
}

const question: QuestionView = {
  id: "danger",
  multiple: false,
  staff: { question: "危険はありますか" },
  client: { question: "هل يوجد أحد في خطر الآن؟" },
  options: [
    { key: 1, value: "immediate", staff: "はい", client: "نعم" },
    { key: 2, value: "none", staff: "いいえ", client: "لا" },
  ],
} as unknown as QuestionView;

/** `lang` and `dir` of every element whose text is exactly `text`. */
const tagged = (root: HTMLElement, text: string) =>
  [...root.querySelectorAll<HTMLElement>("[lang]")].filter((e) => e.textContent === text).map((e) => [e.lang, e.dir]);

describe("writing direction", () => {
  it("is right to left for Arabic and Dari and left to right for every other shipped locale", () => {
    // The file names only (nothing is loaded): every locale the app ships.
    const files = import.meta.glob("../../locales/*/locale.toml");
    const shipped = Object.keys(files).map((path) => path.split("/").at(-2) ?? path);
    expect(shipped).toEqual(expect.arrayContaining(["ar", "fa-AF", "si", "ja"]));
    for (const tag of shipped) expect([tag, dirOf(tag)]).toEqual([tag, tag === "ar" || tag === "fa-AF" ? "rtl" : "ltr"]);
  });

  it("puts the client's Arabic right to left beside the staff's Japanese on the question", () => {
    const { container } = render(
      <LangContext.Provider value={langs("ja", "ar")}>
        <QuestionScreen view={question} progress={both("progress")} pending={[]} onAnswer={() => {}} onToggle={() => {}} onBack={() => {}} />
      </LangContext.Provider>,
    );
    expect(tagged(container, "危険はありますか")).toEqual([["ja", "ltr"]]);
    expect(tagged(container, "هل يوجد أحد في خطر الآن؟")).toEqual([["ar", "rtl"]]);
    expect(tagged(container, "نعم")).toEqual([["ar", "rtl"]]);
    expect(tagged(container, "はい")).toEqual([["ja", "ltr"]]);
    expect(tagged(container, "progress-client")).toEqual([["ar", "rtl"]]);
  });

  it("keeps numbers and dial codes left to right on a result card in any client language", () => {
    const { container } = render(
      <LangContext.Provider value={langs("ja", "ar")}>
        <ReferralCard card={referral("police_sexual_crime_8103")} />
      </LangContext.Provider>,
    );
    const values = [...container.querySelectorAll<HTMLElement>("button.contact-value")];
    expect(values.map((v) => [v.textContent, v.dir])).toEqual([
      ["0120-000-001", "ltr"],
      ["#8103", "ltr"],
    ]);
    expect(tagged(container, "police_sexual_crime_8103-client")).toEqual([["ar", "rtl"]]);
    expect(tagged(container, "unknown-client")).toEqual([["ar", "rtl"]]);
    expect(tagged(container, "unknown-ja")).toEqual([["ja", "ltr"]]);
    expect(tagged(container, "nearest-office-client")).toEqual([["ar", "rtl"]]);
  });

  it("lays the slip out from the right for an Arabic client, the Japanese column left to right", () => {
    const { container } = render(
      <LangContext.Provider value={langs("ja", "ar")}>
        <SlipScreen cards={[referral("onestop_8891")]} onBack={() => {}} />
      </LangContext.Provider>,
    );
    expect(container.querySelector<HTMLElement>("section.slip")!.dir).toBe("rtl");
    const client = container.querySelector<HTMLElement>(".slip-client")!;
    const reference = container.querySelector<HTMLElement>(".slip-reference")!;
    expect([client.dir, reference.dir]).toEqual(["rtl", "ltr"]);
    expect(new Set([...client.querySelectorAll<HTMLElement>("dt, dd[lang]")].map((e) => `${e.lang} ${e.dir}`))).toEqual(new Set(["ar rtl"]));
    expect(new Set([...reference.querySelectorAll<HTMLElement>("dt, dd[lang]")].map((e) => `${e.lang} ${e.dir}`))).toEqual(new Set(["ja ltr"]));
    for (const value of container.querySelectorAll<HTMLElement>("button.contact-value")) expect(value.dir).toBe("ltr");
    expect(tagged(container, "slip-ar")).toEqual([["ar", "rtl"]]);
    expect(tagged(container, "slip-ja")).toEqual([["ja", "ltr"]]);
  });

  it("lays the slip out from the left for a left-to-right client", () => {
    const { container } = render(
      <LangContext.Provider value={langs("ja", "si")}>
        <SlipScreen cards={[referral("onestop_8891")]} onBack={() => {}} />
      </LangContext.Provider>,
    );
    expect(container.querySelector<HTMLElement>("section.slip")!.dir).toBe("ltr");
    expect(tagged(container, "slip-si")).toEqual([["si", "ltr"]]);
  });

  it("shows an emergency number left to right beside the client's Arabic name", () => {
    const card = referral("police_emergency");
    card.contacts = [{ kind: "dial", value: "110", label: null, note: null }];
    const { container } = render(
      <LangContext.Provider value={langs("ja", "ar")}>
        <Emergencies cards={[card]} />
      </LangContext.Provider>,
    );
    const number = container.querySelector<HTMLElement>(".emergency-number")!;
    expect([number.tagName, number.dir, number.textContent]).toEqual(["BDI", "ltr", "110"]);
    expect(tagged(container, "police_emergency-client")).toEqual([["ar", "rtl"]]);
    expect(tagged(container, "call-ar")).toEqual([["ar", "rtl"]]);
  });
});
