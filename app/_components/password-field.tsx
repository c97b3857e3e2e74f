"use client";

import { useLayoutEffect, useRef, useState, type ComponentProps, type MouseEvent } from "react";

type PasswordFieldProps = Omit<ComponentProps<"input">, "type" | "autoComplete" | "className" | "ref"> & {
  id: string;
  name: string;
  autoComplete: "current-password" | "new-password";
  /** Completes the toggle's name, "Show …": "password", "current password". */
  reveals?: string;
  /** Classes for the row that holds the input and its toggle. */
  className?: string;
};

/**
 * A password input with a Show toggle beside it, so a long password can be read back on a phone before it
 * is sent. The toggle is a pressed or unpressed button whose name stays "Show password" (WCAG 2.5.3: a name
 * that changed to "Hide" would no longer be a toggle's). A press with the mouse or a finger leaves focus
 * and the caret in the input; from the keyboard, focus stays on the toggle and the caret is kept.
 */
export function PasswordField({ reveals = "password", className = "", ...input }: PasswordFieldProps) {
  const [shown, setShown] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const caret = useRef<[number, number] | null>(null);

  // Switching the type can move the caret to the end in some browsers: put it back where it was.
  useLayoutEffect(() => {
    const saved = caret.current;
    caret.current = null;
    if (saved && field.current && document.activeElement === field.current) field.current.setSelectionRange(...saved);
  }, [shown]);

  function keepFocusInField(event: MouseEvent) {
    if (document.activeElement === field.current) event.preventDefault();
  }

  function toggle() {
    const { current } = field;
    if (current && document.activeElement === current && current.selectionStart !== null && current.selectionEnd !== null) {
      caret.current = [current.selectionStart, current.selectionEnd];
    }
    setShown((was) => !was);
  }

  return (
    <div className={`mt-1 flex w-full ${className}`}>
      <input
        {...input}
        ref={field}
        type={shown ? "text" : "password"}
        // Shown as text, a password must not be capitalised, corrected or sent to a spelling service.
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        className="min-w-0 flex-1 rounded-l-md border border-slate-300 bg-white px-3 py-2 text-ink"
      />
      <button
        type="button"
        aria-pressed={shown}
        onMouseDown={keepFocusInField}
        onClick={toggle}
        className="shrink-0 rounded-r-md border border-l-0 border-slate-300 bg-slate-100 px-3 text-sm font-semibold text-ink hover:bg-slate-200 aria-pressed:border-slate-700 aria-pressed:bg-slate-700 aria-pressed:text-white"
      >
        Show<span className="sr-only"> {reveals}</span>
      </button>
    </div>
  );
}
