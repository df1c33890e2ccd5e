"use client";

/**
 * Shown in place of the root layout when the layout itself fails: its own document, without the
 * app's stylesheet. Kept to plain links: its code is part of every page's first load.
 */
export default function GlobalError() {
  return (
    <html lang="en">
      <body>
        <main role="alert">
          <h1>The AI/ML Job Market could not be loaded</h1>
          <p>
            Something went wrong on our side. Reload the page in a moment, or go to{" "}
            <a href="/">the overview</a>.
          </p>
        </main>
      </body>
    </html>
  );
}
