import { afterEach, describe, expect, it, vi } from "vitest";
import { act, cleanup, renderHook } from "@testing-library/react";
import { useLatestRequest } from "./useLatestRequest";

/** A promise settled by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

afterEach(cleanup);

describe("useLatestRequest", () => {
  it("passes on the reply and the failure of the request in flight", async () => {
    const { result } = renderHook(() => useLatestRequest());
    const reply = vi.fn();
    const failure = vi.fn();
    const ok = deferred<string>();
    result.current.run(ok.promise, reply, failure);
    await act(async () => ok.resolve("a"));
    expect(reply).toHaveBeenCalledWith("a");
    const bad = deferred<string>();
    result.current.run(bad.promise, reply, failure);
    await act(async () => bad.reject("broken"));
    expect(failure).toHaveBeenCalledWith("broken");
  });

  it("drops the reply to a request a newer one superseded, even if it arrives last", async () => {
    const { result } = renderHook(() => useLatestRequest());
    const reply = vi.fn();
    const old = deferred<string>();
    const fresh = deferred<string>();
    result.current.run(old.promise, reply, reply);
    result.current.run(fresh.promise, reply, reply);
    await act(async () => fresh.resolve("fresh"));
    await act(async () => old.resolve("old"));
    expect(reply.mock.calls).toEqual([["fresh"]]);
  });

  it("drops the reply and the failure of an abandoned request", async () => {
    const { result } = renderHook(() => useLatestRequest());
    const reply = vi.fn();
    const failure = vi.fn();
    const a = deferred<string>();
    result.current.run(a.promise, reply, failure);
    result.current.abandon();
    await act(async () => a.resolve("late"));
    const b = deferred<string>();
    result.current.run(b.promise, reply, failure);
    result.current.abandon();
    await act(async () => b.reject("late failure"));
    expect(reply).not.toHaveBeenCalled();
    expect(failure).not.toHaveBeenCalled();
  });

  it("drops what arrives after the component is gone", async () => {
    const { result, unmount } = renderHook(() => useLatestRequest());
    const failure = vi.fn();
    const a = deferred<string>();
    result.current.run(a.promise, failure, failure);
    unmount();
    await act(async () => a.reject("screen left"));
    expect(failure).not.toHaveBeenCalled();
  });

  it("is the same object from render to render (safe in effect dependencies)", () => {
    const { result, rerender } = renderHook(() => useLatestRequest());
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });
});
