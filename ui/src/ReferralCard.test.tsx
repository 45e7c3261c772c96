import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { DirectoryEntryView, DirectoryScreen as DirectoryData, LanguageFitView, ReferralView } from "./bindings";
import { LangContext, type Langs } from "./i18n";

const invoke = vi.hoisted(() => vi.fn());
vi.mock("@tauri-apps/api/core", () => ({ invoke }));

import { contactOrder, ReferralCard } from "./ReferralCard";
import { SlipScreen } from "./Screens";
import { DirectoryScreen } from "./Directory";

afterEach(() => {
  cleanup();
  invoke.mockReset();
});

const texts = (lang: string) => ({
  "ui-card-contact": `contact-${lang}`,
  "ui-card-language-fit": `fit-${lang}`,
  "directory-fit-language": `fit-language-${lang}`,
  "ui-draft-marker": `draft-${lang}`,
  "ui-slip-draft-footer": `footer-${lang}`,
});

function langs(staff: string, client: string): Langs {
  return {
    staff,
    client,
    reference: "ja",
    staffTexts: texts(staff),
    clientTexts: texts(client),
    referenceTexts: texts("ja"),
    locales: [
      { tag: "ja", name: "日本語", status: "reference", status_label: "基準", produced_by: "" },
      { tag: "vi", name: "Tiếng Việt", status: "draft", status_label: "下書き", produced_by: "" },
      { tag: "ne", name: "नेपाली", status: "draft", status_label: "下書き", produced_by: "" },
    ],
  };
}

const both = (x: string) => ({ staff: `${x}-ja`, client: `${x}-vi` });

const nativeFit: LanguageFitView = {
  fit: "native",
  contact: 1,
  contact_label: both("use-first"),
  label: both("native"),
  advice: null,
};

const unknownFit: LanguageFitView = {
  fit: "unknown",
  contact: null,
  contact_label: null,
  label: both("unknown"),
  advice: both("advice"),
};

function referral(service: string, fit: LanguageFitView | null): ReferralView {
  return {
    service,
    priority: "standard",
    priority_label: both("standard"),
    reasons: [],
    name: both(service),
    contacts: [
      { kind: "phone", value: "0120-000-001", label: null, note: both("japanese-line") },
      { kind: "phone", value: "0120-000-002", label: null, note: both("vietnamese-line") },
    ],
    hours: both("hours"),
    expect: both("expect"),
    free_call: "yes",
    anonymous: "yes",
    languages: ["ja", "vi"],
    languages_confirmed: true,
    language_fit: fit,
    sources: ["https://example.org"],
    assured_date: "2026-04-01",
    assured_label: both("assured"),
    confidence: "high",
    check_before_use: null,
    origin: { kind: "shipped" },
    client_draft: false,
  };
}

const values = (root: HTMLElement) => [...root.querySelectorAll(".contact .contact-value")].map((e) => e.textContent);

describe("contact order", () => {
  it("puts the contact for the client's language first and keeps each one's index", () => {
    const card = referral("otit", nativeFit);
    expect(contactOrder(card.contacts, nativeFit).map((c) => c.index)).toEqual([1, 0]);
    expect(contactOrder(card.contacts, unknownFit).map((c) => c.index)).toEqual([0, 1]);
    expect(contactOrder(card.contacts, null).map((c) => c.index)).toEqual([0, 1]);
  });
});

describe("a result card", () => {
  it("lists the client's-language contact first, marked in both languages", () => {
    const { container } = render(
      <LangContext.Provider value={langs("ja", "vi")}>
        <ReferralCard card={referral("otit", nativeFit)} />
      </LangContext.Provider>,
    );
    expect(container.querySelector("article")?.dataset.fit).toBe("native");
    expect(values(container)).toEqual(["0120-000-002", "0120-000-001"]);
    const first = container.querySelector<HTMLElement>("[data-use-first=true]")!;
    expect(first.dataset.index).toBe("1");
    expect(within(first).getByText("use-first-ja").getAttribute("lang")).toBe("ja");
    expect(within(first).getByText("use-first-vi").getAttribute("lang")).toBe("vi");
    expect(container.querySelectorAll("[data-use-first]")).toHaveLength(1);
    // The fit in both languages, each tagged; no advice when the client can use the line.
    const fit = container.querySelector<HTMLElement>(".language-fit")!;
    expect(within(fit).getByText("native-ja").getAttribute("lang")).toBe("ja");
    expect(within(fit).getByText("native-vi").getAttribute("lang")).toBe("vi");
    expect(container.querySelector(".fit-advice")).toBeNull();
    expect(screen.getByText("fit-ja").tagName).toBe("DT");
  });

  it("says plainly what to do when the service cannot be used in the client's language", () => {
    const { container } = render(
      <LangContext.Provider value={langs("ja", "vi")}>
        <ReferralCard card={referral("labour_office", unknownFit)} />
      </LangContext.Provider>,
    );
    expect(container.querySelector("article")?.dataset.fit).toBe("unknown");
    expect(container.querySelector("[data-use-first]")).toBeNull();
    expect(values(container)).toEqual(["0120-000-001", "0120-000-002"]);
    const advice = container.querySelector<HTMLElement>(".fit-advice")!;
    expect(advice.getAttribute("role")).toBe("note");
    expect(within(advice).getByText("advice-ja").getAttribute("lang")).toBe("ja");
    expect(within(advice).getByText("advice-vi").getAttribute("lang")).toBe("vi");
  });

  it("names an in-person contact at the local office in words, never as the data's `local`", () => {
    const card = referral("police_station", unknownFit);
    card.contacts = [{ kind: "in_person", value: "local", label: both("nearest-office"), note: null }];
    const { container } = render(
      <LangContext.Provider value={langs("ja", "vi")}>
        <ReferralCard card={card} />
      </LangContext.Provider>,
    );
    const shown = container.querySelector<HTMLElement>(".contact .contact-value")!;
    expect(within(shown).getByText("nearest-office-ja").getAttribute("lang")).toBe("ja");
    expect(within(shown).getByText("nearest-office-vi").getAttribute("lang")).toBe("vi");
    expect(shown.textContent).not.toContain("local");
  });

  it("shows no fit for a Japanese-speaking client on a Japanese line", () => {
    const { container } = render(
      <LangContext.Provider value={langs("ja", "ja")}>
        <ReferralCard card={referral("otit", null)} />
      </LangContext.Provider>,
    );
    expect(container.querySelector("article")?.dataset.fit).toBeUndefined();
    expect(container.querySelector(".language-fit")).toBeNull();
    expect(screen.queryByText("fit-ja")).toBeNull();
  });
});

describe("the slip", () => {
  it("gives the client their language's contact first, in each column's own language", () => {
    const { container } = render(
      <LangContext.Provider value={langs("ja", "vi")}>
        <SlipScreen cards={[referral("otit", nativeFit), referral("labour_office", unknownFit)]} onBack={() => {}} />
      </LangContext.Provider>,
    );
    const [otit, office] = [...container.querySelectorAll<HTMLElement>(".slip-card")];
    expect(otit!.dataset.fit).toBe("native");
    const client = otit!.querySelector<HTMLElement>(".slip-client")!;
    const reference = otit!.querySelector<HTMLElement>(".slip-reference")!;
    expect(values(client)).toEqual(["0120-000-002", "0120-000-001"]);
    expect(values(reference)).toEqual(["0120-000-002", "0120-000-001"]);
    // Each column in its one language: the client's text on the client's side only.
    expect(within(client).getByText("use-first-vi").getAttribute("lang")).toBe("vi");
    expect(within(client).queryByText("use-first-ja")).toBeNull();
    expect(within(reference).getByText("use-first-ja").getAttribute("lang")).toBe("ja");
    expect(within(client).getByText("fit-vi").getAttribute("lang")).toBe("vi");
    expect(office!.dataset.fit).toBe("unknown");
    expect(within(office!.querySelector<HTMLElement>(".slip-client")!).getByText("advice-vi").getAttribute("lang")).toBe("vi");
  });
});

describe("the Directory", () => {
  const entry = (fit: LanguageFitView | null): DirectoryEntryView => ({
    ...referral("otit", fit),
    serves: [],
    open_now: "unknown",
    open_now_label: both("open"),
    origin_label: both("shipped"),
  });
  const data = (fit: LanguageFitView | null): DirectoryData => ({
    entries: [entry(fit)],
    total: 1,
    concerns: [],
    languages: [
      { value: "fil", label: "Filipino" },
      { value: "zh", label: "zh" },
    ],
  });

  it("shows each entry's fit for the client's language, and lets staff choose that language", async () => {
    invoke.mockImplementation(async (cmd: string, args: { clientLang: string }) => {
      expect(cmd).toBe("directory");
      return data(args.clientLang === "vi" ? nativeFit : null);
    });
    const onClientLang = vi.fn();
    const { container } = render(
      <LangContext.Provider value={langs("ja", "vi")}>
        <DirectoryScreen onBack={() => {}} onError={(e) => { throw e; }} onClientLang={onClientLang} />
      </LangContext.Provider>,
    );
    await waitFor(() => expect(container.querySelector(".directory-entry")).not.toBeNull());
    expect(invoke).toHaveBeenCalledWith("directory", expect.objectContaining({ staffLang: "ja", clientLang: "vi" }));
    const article = container.querySelector<HTMLElement>(".directory-entry")!;
    expect(article.dataset.fit).toBe("native");
    expect(values(article)).toEqual(["0120-000-002", "0120-000-001"]);
    expect(within(article).getByText("native-vi").getAttribute("lang")).toBe("vi");
    // The language the fit is for is on screen, and changing it is the app's client language.
    const select = screen.getByLabelText("fit-language-ja") as HTMLSelectElement;
    expect(select.value).toBe("vi");
    fireEvent.change(select, { target: { value: "ne" } });
    expect(onClientLang).toHaveBeenCalledWith("ne");
    // A tag the app ships no texts for is named by its speakers' name for it, not the bare tag.
    const options = [...container.querySelectorAll<HTMLOptionElement>("#directory-language option")].map((o) => o.value);
    expect(options).toEqual(["", "fil", "zh"]);
    const zh = container.querySelector<HTMLOptionElement>("#directory-language option[value=zh]")!;
    expect(zh.textContent).not.toBe("zh");
  });
});

describe("a draft translation", () => {
  it("marks a card whose client texts nobody reviewed, in the client's language", () => {
    const { container } = render(
      <LangContext.Provider value={langs("ja", "vi")}>
        <ReferralCard card={{ ...referral("otit", nativeFit), client_draft: true }} />
        <ReferralCard card={referral("labour_office", unknownFit)} />
      </LangContext.Provider>,
    );
    const marks = container.querySelectorAll<HTMLElement>(".draft-mark");
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe("draft-vi");
    expect(marks[0]!.getAttribute("lang")).toBe("vi");
    expect(marks[0]!.closest("article")?.dataset.service).toBe("otit");
  });

  it("puts the footer on the slip in a draft language, in it and in Japanese; none in Japanese", () => {
    const { container, unmount } = render(
      <LangContext.Provider value={langs("ja", "vi")}>
        <SlipScreen cards={[referral("otit", nativeFit)]} onBack={() => {}} />
      </LangContext.Provider>,
    );
    const footer = container.querySelector<HTMLElement>(".slip-draft-footer")!;
    const lines = [...footer.querySelectorAll("p")].map((p) => [p.getAttribute("lang"), p.textContent]);
    expect(lines).toEqual([
      ["vi", "footer-vi"],
      ["ja", "footer-ja"],
    ]);
    unmount();
    const ja = render(
      <LangContext.Provider value={langs("ja", "ja")}>
        <SlipScreen cards={[referral("otit", nativeFit)]} onBack={() => {}} />
      </LangContext.Provider>,
    );
    expect(ja.container.querySelector(".slip-draft-footer")).toBeNull();
  });
});
