import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { platformOf } from "./platform";
import "./styles.css";

// Before the first paint: styles.css picks each platform's fonts by this mark.
document.documentElement.dataset.platform = platformOf(navigator.userAgent);

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
