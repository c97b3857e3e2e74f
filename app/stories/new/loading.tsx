/** The editor's shape while the story loads, so nothing jumps when it arrives. */
export default function LoadingStory() {
  return (
    <div className="space-y-6" aria-busy="true">
      <p className="sr-only" role="status">
        Loading the story…
      </p>
      <div className="h-9 w-64 animate-pulse rounded bg-slate-200" />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="h-[32rem] animate-pulse rounded-xl bg-white shadow-sm" />
        <div className="h-[32rem] animate-pulse rounded-xl bg-white shadow-sm" />
      </div>
    </div>
  );
}
