/** The system the webview runs on, as far as the fonts care (styles.css names each one's fonts). */
export type Platform = "linux" | "windows" | "macos";

/** From the webview's user agent: WebView2 says "Windows NT", WKWebView "Macintosh"; anything
 *  else is taken for WebKitGTK on Linux, the platform the package is built for. */
export function platformOf(userAgent: string): Platform {
  if (/Windows NT/.test(userAgent)) return "windows";
  if (/Macintosh|Mac OS X/.test(userAgent)) return "macos";
  return "linux";
}
