import { describe, expect, it } from "vitest";
import { platformOf } from "./platform";

describe("platformOf", () => {
  it("reads the three webviews' user agents", () => {
    // WebKitGTK (as WebKitWebDriver reports it), WebView2, WKWebView.
    expect(platformOf("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15")).toBe("linux");
    expect(platformOf("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")).toBe("windows");
    expect(platformOf("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)")).toBe("macos");
  });
  it("takes an unknown agent for Linux, whose fonts are the package's", () => {
    expect(platformOf("")).toBe("linux");
  });
});
