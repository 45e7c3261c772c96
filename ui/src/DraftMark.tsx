import { t, useLangs } from "./i18n";

/** A small mark beside a client-language text that nobody has reviewed against the current
 *  Japanese (core's `client_draft`): the client should know it may be wrong. */
export function DraftMark({ draft }: { draft: boolean }) {
  const { client, clientTexts } = useLangs();
  if (!draft) return null;
  return (
    <span className="draft-mark" lang={client} role="note">
      {t(clientTexts, "ui-draft-marker")}
    </span>
  );
}

/** Whether the client's language is a draft translation (its status is computed from the
 *  review state of its messages). */
export function useClientIsDraft(): boolean {
  const { client, locales } = useLangs();
  return locales.find((l) => l.tag === client)?.status === "draft";
}
