import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { QuestionScreen } from "./QuestionScreen";
import type { QuestionView } from "./types";

const view: QuestionView = {
  id: "danger",
  fact: "danger",
  multiple: false,
  staff: { question: "今、危険な状態にある人はいますか？" },
  client: { question: "Is anyone in danger right now?" },
  options: [
    { value: "immediate", key: 1, staff: "はい", client: "Yes" },
    { value: "none", key: 2, staff: "いいえ", client: "No" },
    { value: "unknown", key: 3, staff: "わからない", client: "Not sure" },
  ],
  progress: { answered: 0, remaining: 7 },
};

afterEach(cleanup);

describe("QuestionScreen", () => {
  it("shows the question in both languages, tagged with their languages", () => {
    render(<QuestionScreen view={view} staffLang="ja" clientLang="en" onAnswer={() => {}} />);
    const staff = screen.getByRole("heading", { level: 1 });
    const client = screen.getByRole("heading", { level: 2 });
    expect(staff.textContent).toBe(view.staff.question);
    expect(staff.getAttribute("lang")).toBe("ja");
    expect(client.textContent).toBe(view.client.question);
    expect(client.getAttribute("lang")).toBe("en");
  });

  it("shows one button per option with its number key and both labels", () => {
    render(<QuestionScreen view={view} staffLang="ja" clientLang="en" onAnswer={() => {}} />);
    const buttons = screen.getAllByRole("button");
    expect(buttons).toHaveLength(view.options.length);
    buttons.forEach((button, i) => {
      const option = view.options[i]!;
      expect(button.getAttribute("aria-keyshortcuts")).toBe(String(i + 1));
      expect(button.querySelector(".option-key")?.textContent).toBe(String(option.key));
      expect(within(button).getByText(option.staff).getAttribute("lang")).toBe("ja");
      expect(within(button).getByText(option.client).getAttribute("lang")).toBe("en");
    });
  });

  it("answers by click and by number key, and ignores other keys", () => {
    const onAnswer = vi.fn();
    render(<QuestionScreen view={view} staffLang="ja" clientLang="en" onAnswer={onAnswer} />);
    fireEvent.click(screen.getAllByRole("button")[1]!);
    fireEvent.keyDown(window, { key: "3" });
    fireEvent.keyDown(window, { key: "9" });
    fireEvent.keyDown(window, { key: "1", ctrlKey: true });
    expect(onAnswer.mock.calls).toEqual([["none"], ["unknown"]]);
  });

  it("marks the selected option as pressed", () => {
    render(<QuestionScreen view={view} staffLang="ja" clientLang="en" selected="none" onAnswer={() => {}} />);
    const pressed = screen.getAllByRole("button").map((b) => b.getAttribute("aria-pressed"));
    expect(pressed).toEqual(["false", "true", "false"]);
  });
});
