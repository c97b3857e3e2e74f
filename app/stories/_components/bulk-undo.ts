// Shared by the selection toolbar and the undo bar: after a bulk action the page is refreshed from
// the server, and the undo bar that then appears takes the keyboard focus (the selected rows are gone).
let focusNextUndo = false;

export function requestUndoFocus(): void {
  focusNextUndo = true;
}

/** True once after requestUndoFocus. */
export function takeUndoFocus(): boolean {
  const wanted = focusNextUndo;
  focusNextUndo = false;
  return wanted;
}

/** The JSON body of a bulk request, sent same-origin (proxy.ts refuses it from any other site). */
export async function postJson(url: string, body: unknown): Promise<{ ok: boolean; status: number; data: Record<string, unknown> }> {
  try {
    const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" }, body: JSON.stringify(body) });
    let data: Record<string, unknown> = {};
    try {
      data = (await response.json()) as Record<string, unknown>;
    } catch {
      data = {};
    }
    return { ok: response.ok, status: response.status, data };
  } catch {
    return { ok: false, status: 0, data: { error: "The server could not be reached. Check your connection and try again." } };
  }
}
