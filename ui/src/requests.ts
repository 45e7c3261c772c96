// App's requests (state.ts `Request`) sent to Rust through api.ts, each answered by one `Reply`.
import * as api from "./api";
import type { Texts } from "./api";
import { runOf, type Reply, type Request, type SaveError, type State } from "./state";

/** Rust refused the save itself (consent, no referral, the log closed): the save screen says why. */
const isSaveError = (e: unknown): e is SaveError => api.isCommandError(e) && e.kind === "save";

/** A language's texts: the ones already loaded, else Rust's. */
function textsFor(state: State, lang: string): Promise<Texts> {
  const loaded = state.texts[lang];
  return loaded ? Promise.resolve(loaded) : api.texts(lang);
}

/** Sends `request` in the languages of `state`; rejects with what Rust rejected with. */
export async function perform(request: Request, state: State): Promise<Reply> {
  const { staff, client, screen } = state;
  switch (request.kind) {
    case "ask":
      return { kind: "ask", steps: request.steps, view: await api.consultation(request.steps, staff, client) };
    case "cases":
      return { kind: "cases", cases: await api.trainingCases(staff) };
    case "case":
      return { kind: "case", start: await api.trainingStart(request.id, staff, client) };
    case "slip":
      return { kind: "slip", cards: await api.slip(request.steps, client) };
    case "save-form":
      return { kind: "save-form", form: await api.saveForm(request.steps, staff) };
    case "save": {
      const { steps, choices } = request;
      try {
        await api.saveConsultation({
          steps,
          staff_lang: staff,
          client_lang: client,
          outcome: choices.outcome,
          interpreter: choices.interpreter,
          handover_consent: choices.handoverConsent,
          region: choices.region,
        });
        return { kind: "saved" };
      } catch (error) {
        if (isSaveError(error)) return { kind: "save-refused", error };
        throw error;
      }
    }
    case "debrief":
      return { kind: "debrief", debrief: await api.trainingDebrief(request.caseId, request.steps, staff, client) };
    case "staff": {
      const { tag } = request;
      const run = runOf(screen);
      const [texts, locales, view] = await Promise.all([
        textsFor(state, tag),
        api.locales(tag),
        run ? api.consultation(run.steps, tag, client) : null,
      ]);
      return { kind: "staff", tag, texts, locales, view };
    }
    case "client": {
      // Another client language, at any point: the answers stay; what is shown is asked for again.
      const { tag } = request;
      const run = runOf(screen);
      const [texts, view, start, cards] = await Promise.all([
        textsFor(state, tag),
        run ? api.consultation(run.steps, staff, tag) : null,
        screen.kind === "vignette" ? api.trainingStart(screen.training.start.case, staff, tag) : null,
        screen.kind === "slip" ? api.slip(screen.run.steps, tag) : null,
      ]);
      return { kind: "client", tag, texts, view, start, cards };
    }
  }
}
