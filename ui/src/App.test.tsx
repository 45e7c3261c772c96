import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import type { QuestionView } from "./types";

const invoke = vi.hoisted(() => vi.fn());
vi.mock("@tauri-apps/api/core", () => ({ invoke }));

import { App } from "./App";

const view: QuestionView = {
  id: "danger",
  fact: "danger",
  multiple: false,
  staff: { question: "今、危険な状態にある人はいますか？" },
  client: { question: "Is anyone in danger right now?" },
  options: [
    { value: "immediate", key: 1, staff: "はい", client: "Yes" },
    { value: "none", key: 2, staff: "いいえ", client: "No" },
  ],
  progress: { answered: 0, remaining: 7 },
};

afterEach(() => {
  cleanup();
  invoke.mockReset();
});

describe("App", () => {
  it("asks Rust for the first question in the staff and client languages and shows it", async () => {
    invoke.mockResolvedValue(view);
    render(<App />);
    expect(await screen.findByText(view.staff.question)).toBeTruthy();
    expect(invoke).toHaveBeenCalledWith("question_view", { staffLang: "ja", clientLang: "en" });
    expect(screen.getAllByRole("button")).toHaveLength(2);
  });

  it("shows nothing of its own while loading", () => {
    invoke.mockReturnValue(new Promise(() => {}));
    const { container } = render(<App />);
    expect(container.textContent).toBe("");
  });

  it("shows the error text that Rust sent", async () => {
    invoke.mockRejectedValue("data/flow.toml:3: unknown key `qestion`");
    render(<App />);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("data/flow.toml:3: unknown key `qestion`");
  });
});
