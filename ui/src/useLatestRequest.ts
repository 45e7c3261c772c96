import { useCallback, useEffect, useMemo, useRef } from "react";

export interface LatestRequest {
  /** Sends `promise`'s reply to `onReply` (its failure to `onError`) only if no newer request was
   *  run, nothing was abandoned and the component is still there since. */
  run: <T>(promise: Promise<T>, onReply: (value: T) => void, onError: (error: unknown) => void) => void;
  /** Drops the request in flight: its reply or failure will be ignored. */
  abandon: () => void;
}

/** The one guard against replies to an abandoned request: a screen that was left, a consultation
 *  that was hidden, a filter that was changed again. Each `run` supersedes the one before. */
export function useLatestRequest(): LatestRequest {
  const latest = useRef(0);
  useEffect(() => {
    const counter = latest;
    return () => {
      counter.current += 1;
    };
  }, []);
  const run = useCallback(<T,>(promise: Promise<T>, onReply: (value: T) => void, onError: (error: unknown) => void) => {
    latest.current += 1;
    const id = latest.current;
    promise.then(
      (value) => {
        if (id === latest.current) onReply(value);
      },
      (error: unknown) => {
        if (id === latest.current) onError(error);
      },
    );
  }, []);
  const abandon = useCallback(() => {
    latest.current += 1;
  }, []);
  return useMemo(() => ({ run, abandon }), [run, abandon]);
}
