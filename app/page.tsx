export default function HomePage() {
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Interview stories that prove what you can do</h1>
      <p className="text-lg text-muted">
        StoryBank is where you draft your achievement stories in the STAR shape (Situation, Task, Action, Result),
        keep them in one bank, and get each one graded the moment you write it.
      </p>
      <ul className="grid gap-4 sm:grid-cols-3">
        <li className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="font-semibold">Skills working together</h2>
          <p className="mt-1 text-sm text-muted">Does a technical step you took lead, through people, to an outcome?</p>
        </li>
        <li className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="font-semibold">Concrete context</h2>
          <p className="mt-1 text-sm text-muted">Whose team, what problem, how big, by when, and what was your own part?</p>
        </li>
        <li className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="font-semibold">A measured result</h2>
          <p className="mt-1 text-sm text-muted">A number that moved on a metric someone cares about, because of what you did.</p>
        </li>
      </ul>
    </div>
  );
}
