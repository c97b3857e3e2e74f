import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="text-muted">There is nothing here, or it belongs to another account.</p>
      <Link href="/" className="font-medium text-brand underline">
        Back to the home page
      </Link>
    </div>
  );
}
