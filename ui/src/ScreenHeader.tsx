import { useEffect, useRef } from "react";
import { S } from "./i18n";

/** Focuses an element (the screen's heading) when the screen appears: keyboard and screen-reader users start there. */
export function useFocusHeading<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

/**
 * The top of a tool screen reached from Start (Directory, Records, Reports, Settings): its title,
 * focused on arrival, the Back button, and the screen's note if it has one. The section that
 * holds it is labelled by `${titleId}`.
 */
export function ScreenHeader({ titleId, noteId, onBack }: { titleId: string; noteId?: string; onBack: () => void }) {
  const heading = useFocusHeading<HTMLHeadingElement>();
  return (
    <>
      <h1 id={titleId} tabIndex={-1} ref={heading}>
        <S id={titleId} />
      </h1>
      <nav className="actions top-actions">
        <button type="button" className="secondary-button back" onClick={onBack} aria-keyshortcuts="Backspace Alt+ArrowLeft">
          <S id="ui-back" />
        </button>
      </nav>
      {noteId && (
        <p className="note">
          <S id={noteId} />
        </p>
      )}
    </>
  );
}
