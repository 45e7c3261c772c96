import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// The UI is embedded into the Tauri binary from `dist/` (see src-tauri/tauri.conf.json,
// `build.frontendDist`). There is no dev server in the app's configuration.
export default defineConfig({
  plugins: [react()],
  clearScreen: false,
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Keep everything in files served by the app itself: the CSP allows no inline script.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  // Tests read the repository's locales/ (fonts.test.ts: a font stack for every shipped locale).
  server: { fs: { allow: [".."] } },
  test: {
    environment: "jsdom",
    // styles.css as text for fonts.test.ts (vitest empties CSS imports otherwise).
    css: { include: [/styles\.css/] },
    include: ["src/**/*.test.{ts,tsx}"],
  },
});
